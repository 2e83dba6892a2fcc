import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { HMSPreflight } from 'react-hms-errors';
import './stories.css';

/**
 * The browser a story pretends to be (`environment` stands in for `window`): a blocked camera, no
 * microphone, no autoplay with sound. The Browser story reads the real Chromium instead.
 */
const troubledBrowser = {
  isSecureContext: true,
  RTCPeerConnection: undefined,
  navigator: {
    mediaDevices: { enumerateDevices: async () => [{ kind: 'videoinput' }] },
    permissions: { query: async ({ name }: { name: string }) => ({ state: name === 'camera' ? 'denied' : 'prompt' }) },
    getAutoplayPolicy: () => 'disallowed',
  },
};

/**
 * `<HMSPreflight>`: a pre-join checklist of what is certain before joining (secure page, WebRTC,
 * devices, permissions, autoplay, optionally the SDK's connectivity check), each finding in the
 * catalog's words. Styled by `styles.css` in light and dark.
 */
const meta = {
  title: 'Components/HMSPreflight',
  component: HMSPreflight,
  render: (args) => (
    // No story page styles around it: what an app gets from styles.css alone.
    <main style={{ padding: 24 }}>
      <HMSPreflight {...args} />
    </main>
  ),
} satisfies Meta<typeof HMSPreflight>;

export default meta;
type Story = StoryObj<typeof meta>;

async function checklist(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  return within(await canvas.findByRole('list', { name: 'Before you join' }, { timeout: 5000 }));
}

/** This browser as it is (a headless Chromium on CI has no camera: it says so). */
export const Browser: Story = {
  play: async ({ canvasElement }) => {
    const list = await checklist(canvasElement);
    await expect(list.getByText('Secure page').closest('li')).toHaveAttribute('data-status', 'pass');
  },
};

/** Problems found: every state's colour bar next to its words, with the catalog's copy. */
export const ProblemsFound: Story = {
  args: { environment: troubledBrowser },
  play: async ({ canvasElement }) => {
    const list = await checklist(canvasElement);
    await expect(list.getByText('Browser support for calls').closest('li')).toHaveAttribute('data-status', 'fail');
    await expect(list.getByText('Camera and microphone').closest('li')).toHaveAttribute('data-status', 'warn');
    await expect(list.getByText('Camera and microphone access').closest('li')).toHaveAttribute('data-status', 'warn');
    const bar = getComputedStyle(list.getByText('Secure page').closest('li')!).borderInlineStartWidth;
    await expect(bar).toBe('4px');
  },
};

/** The same, `colorScheme="dark"`. */
export const Dark: Story = {
  args: { environment: troubledBrowser, colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await checklist(canvasElement);
    const root = within(canvasElement).getByRole('region', { name: 'Before you join' });
    await expect(root).toHaveAttribute('data-color-scheme', 'dark');
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(28, 33, 40)');
  },
};
