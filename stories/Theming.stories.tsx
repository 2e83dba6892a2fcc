import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { getErrorCopy, HMSErrorUI, type HMSColorScheme, type HMSErrorStore, type HMSErrorTheme } from '../src';
import { expectVisible } from './support/expect';
import { KitStory, NO_AUTO_DISMISS } from './support/KitStory';
import { reconnectedNotification, reconnectingNotification, serverError, trackError } from './support/scenarios';

/** The story's controls: theme props flattened so each one is a control, plus what to show. */
interface ThemingArgs extends Omit<HMSErrorTheme, 'radius' | 'spacing' | 'zIndex'> {
  /** Corner radius in px. */
  radius?: number;
  /** Base spacing unit in px. */
  spacing?: number;
  colorScheme: HMSColorScheme;
  unstyled: boolean;
  /** Which part of the UI to preview. */
  show: 'toasts' | 'dialog';
}

const THEME_KEYS: readonly (keyof HMSErrorTheme & keyof ThemingArgs)[] = [
  'accent', 'accentText', 'danger', 'warning', 'info', 'success',
  'surface', 'text', 'muted', 'border', 'overlay', 'radius', 'font', 'shadow', 'spacing',
];

const cameraBlocked = trackError(3001, 'CantAccessCaptureDevice', 'video');
const interrupted = { code: 1006, name: 'WebSocketAbnormalClose', message: 'Abnormal close', isTerminal: false };

function seedToasts(store: HMSErrorStore) {
  store.reportNotification(reconnectingNotification());
  store.reportNotification(reconnectedNotification());
  store.report(interrupted);
  store.report(cameraBlocked);
}

function ThemingPreview({ show, colorScheme, unstyled, ...tokens }: ThemingArgs) {
  const theme: HMSErrorTheme = {};
  for (const key of THEME_KEYS) {
    const value = tokens[key];
    if (value !== undefined && value !== '') (theme as Record<string, unknown>)[key] = value;
  }
  const dark = colorScheme === 'dark';
  // Unstyled, the toasts are plain lists in the page's flow, not fixed to a corner: at the end of
  // `document.body` they would sit below the fold. They mount here instead, through `container`.
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  return (
    <KitStory
      // A new store per preview, so switching "show" starts from a clean state.
      key={show}
      options={{ durations: NO_AUTO_DISMISS }}
      seed={show === 'dialog' ? (store) => store.report(serverError(40001, 'Invalid room')) : seedToasts}
      page={dark ? 'dark' : 'light'}
      note={
        unstyled
          ? 'Unstyled: the kit renders its markup with no class names (so none of its CSS) and keeps the data-* attributes for your own styles. Here it mounts in this page through the container prop.'
          : 'Edit the theme in the Controls panel: every change applies live through --hmse-* custom properties.'
      }
    >
      <div ref={setSlot} />
      <HMSErrorUI
        container={unstyled ? slot : undefined}
        theme={theme}
        colorScheme={colorScheme}
        unstyled={unstyled}
        onNavigateHome={() => {}}
        onRetry={() => {}}
        onAction={() => {}}
      />
    </KitStory>
  );
}

const color = { control: 'color' } as const;

/**
 * Theme props edited live: colours, radius, font, spacing, light / dark / system, unstyled.
 * Leave a colour empty to keep the default of the active scheme.
 */
const meta = {
  // In a group like every other section, or the sidebar would list it first, before the Demo.
  title: 'Theming/Theme props',
  component: ThemingPreview,
  args: { show: 'toasts', colorScheme: 'light', unstyled: false },
  argTypes: {
    show: { control: 'inline-radio', options: ['toasts', 'dialog'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    unstyled: { control: 'boolean' },
    accent: color,
    accentText: color,
    danger: color,
    warning: color,
    info: color,
    success: color,
    surface: color,
    text: color,
    muted: color,
    border: color,
    overlay: color,
    radius: { control: { type: 'range', min: 0, max: 24, step: 1 } },
    spacing: { control: { type: 'range', min: 4, max: 16, step: 1 } },
    font: {
      control: 'select',
      options: [
        undefined,
        'Georgia, "Times New Roman", serif',
        '"Courier New", ui-monospace, monospace',
        '"Trebuchet MS", Verdana, sans-serif',
      ],
    },
    shadow: { control: 'text' },
  },
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } } },
} satisfies Meta<typeof ThemingPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const kitRoot = (element: Element) => element.closest<HTMLElement>('[data-color-scheme]')!;

/** The stylesheet's defaults: nothing overridden. */
export const Defaults: Story = {
  play: async ({ canvasElement }) => {
    const title = await page(canvasElement).findByText(getErrorCopy(cameraBlocked).title);
    await expect(kitRoot(title)).toHaveAttribute('data-color-scheme', 'light');
    await expect(kitRoot(title).getAttribute('style') ?? '').not.toContain('--hmse-');
  },
};

/** A brand's own palette, rounder corners, a serif font and roomier spacing. */
export const Brand: Story = {
  args: {
    accent: '#5b21b6',
    accentText: '#ffffff',
    danger: '#9f1239',
    surface: '#fffbeb',
    text: '#1c1917',
    muted: '#57534e',
    border: '#a8a29e',
    radius: 16,
    spacing: 10,
    font: 'Georgia, "Times New Roman", serif',
  },
  play: async ({ canvasElement }) => {
    const title = await page(canvasElement).findByText(getErrorCopy(cameraBlocked).title);
    const root = kitRoot(title);
    await expect(root.style.getPropertyValue('--hmse-accent')).toBe('#5b21b6');
    await expect(root.style.getPropertyValue('--hmse-radius')).toBe('16px');
    const toast = title.closest('li')!;
    await expectVisible(toast);
    await expect(getComputedStyle(toast).fontFamily).toContain('Georgia');
    await expect(getComputedStyle(toast).backgroundColor).toBe('rgb(255, 251, 235)');
  },
};

/** The dialog in the brand theme: "Go home" takes `accent`, the error stripe `danger`. */
export const BrandDialog: Story = {
  args: { ...Brand.args, show: 'dialog' },
  play: async ({ canvasElement }) => {
    const dialog = await page(canvasElement).findByRole('alertdialog');
    const goHome = within(dialog).getByRole('button', { name: 'Go home' });
    await waitFor(() => expect(getComputedStyle(goHome).backgroundColor).toBe('rgb(91, 33, 182)'));
    await expect(getComputedStyle(dialog).borderTopColor).toBe('rgb(159, 18, 57)');
    await expect(getComputedStyle(dialog).borderBottomLeftRadius).toBe('16px');
  },
};

/** `colorScheme="dark"`. */
export const Dark: Story = {
  args: { colorScheme: 'dark', show: 'dialog' },
  play: async ({ canvasElement }) => {
    const dialog = await page(canvasElement).findByRole('alertdialog');
    await expect(kitRoot(dialog)).toHaveAttribute('data-color-scheme', 'dark');
    await waitFor(() => expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(28, 33, 40)'));
  },
};

/** `colorScheme="system"` follows `prefers-color-scheme` (light in the test browser). */
export const FollowsSystem: Story = {
  args: { colorScheme: 'system' },
  play: async ({ canvasElement }) => {
    const title = await page(canvasElement).findByText(getErrorCopy(cameraBlocked).title);
    await expect(kitRoot(title)).toHaveAttribute('data-color-scheme', 'system');
    const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(getComputedStyle(title.closest('li')!).backgroundColor).toBe(dark ? 'rgb(28, 33, 40)' : 'rgb(255, 255, 255)');
  },
};

/** `unstyled`: none of the kit's classes (so none of its CSS); `data-*` state attributes stay for the app's own styles. */
export const Unstyled: Story = {
  args: { unstyled: true },
  // An unstyled app brings its own CSS: at least WCAG 2.2's 24 px targets (axe checks 2.2 AA).
  decorators: [
    (Story) => (
      <>
        <style>{'[data-hmse-close] { min-width: 24px; min-height: 24px; }'}</style>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    const title = await page(canvasElement).findByText(getErrorCopy(cameraBlocked).title);
    const toast = title.closest('li')!;
    await expect(toast.className).toBe('');
    await expect(toast).toHaveAttribute('data-severity', 'error');
    await expect(canvasElement.ownerDocument.querySelector('[class*="hmse-"]')).toBeNull();
    // What a person opening the story sees: the toasts on the first screen, not below the fold.
    const toasts = canvasElement.ownerDocument.querySelectorAll('[data-hmse-toast]');
    await expect(toasts).toHaveLength(3);
    for (const each of toasts) {
      const { top, bottom } = each.getBoundingClientRect();
      await expect(top).toBeGreaterThanOrEqual(0);
      await expect(bottom).toBeLessThanOrEqual(window.innerHeight);
    }
  },
};
