import { act, render, screen, within } from '@testing-library/react';
import { cdp, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/styles/styles.css';
import {
  createHMSErrorStore,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSColorScheme,
  type HMSErrorStoreOptions,
  type HMSErrorUIProps,
} from '../../src';
import { contrastRatio, defaultDarkPalette, defaultLightPalette } from '../../src/components/theme';

/*
 * A host app's global stylesheet, loaded after the kit's, must not change how the kit's own
 * elements look: bare element rules and `*` resets are everywhere (the stock Vite React template
 * alone makes every h1/h2 near-white in dark mode). The app's deliberate theming (custom
 * properties, `classNames`, `unstyled`) must still win.
 */

/** The stock Vite React template's index.css, in its dark-mode form (`h2` as it styles `h1`). */
const viteTemplate = `
  :root { font-family: Inter, system-ui, Avenir, Helvetica, Arial, sans-serif; line-height: 1.5; font-weight: 400;
    color-scheme: light dark; color: rgba(255, 255, 255, 0.87); background-color: #242424; }
  a { font-weight: 500; color: #646cff; text-decoration: inherit; }
  body { margin: 0; display: flex; place-items: center; min-width: 320px; min-height: 100vh;
    color: #f3f4f6; font-size: 10px; line-height: 1; }
  h1, h2 { font-size: 3.2em; line-height: 1.1; color: #f3f4f6; }
  @media (prefers-color-scheme: dark) { h1, h2 { color: #f3f4f6; } }
  p { color: #9ca3af; font-size: 12px; margin: 1.5em 0; }
  button { border-radius: 8px; border: 1px solid transparent; padding: 0.6em 1.2em; font-size: 1em;
    font-weight: 500; font-family: inherit; background-color: #1a1a1a; color: #ffffff; cursor: pointer; }
  button:focus, button:focus-visible { outline: 4px auto -webkit-focus-ring-color; }
  ul, ol { list-style: square; padding-left: 40px; margin: 1em 0; }
  li { margin: 0.5em 0; padding: 2px 0; }
`;

/** A "modern reset" style sheet: zeroed boxes, unset buttons, a serif body, shouty headings. */
const resets = `
  * { margin: 0; padding: 0; box-sizing: content-box; }
  body { color: #222222; font: 300 10px/1 Georgia, serif; letter-spacing: 0.05em; }
  h2 { color: #f3f4f6; font: 800 28px/1 'Courier New', monospace; text-align: center; text-transform: uppercase;
    letter-spacing: 0.2em; margin: 2rem 0; }
  p { color: #777777; font-size: 11px; font-weight: 200; line-height: 1; margin: 0 0 2em; padding: 3px; text-align: justify; }
  button { all: unset; }
  button:focus, button:focus-visible { outline: none; }
  button { background: none; border: 0; font: inherit; color: inherit; padding: 0; border-radius: 0; }
  a { color: #0000ee; text-decoration: underline; font-weight: 700; }
  ul, ol, li { list-style: none; margin: 0 0 1em; padding: 0 0 0 1em; }
  summary { color: #ff00ff; font-size: 20px; list-style: none; }
  span { font-size: 30px; color: #00aa00; }
`;

/** The "62.5% trick" (1rem = 10px), common in apps that size in rem: the kit's words must not shrink with it. */
const tinyRoot = `html { font-size: 62.5%; } body { font-size: 1.4rem; } h2 { color: #f3f4f6; font-size: 2.4rem; }`;

const hostSheets = { 'the stock Vite template': viteTemplate, 'resets and unset buttons': resets, 'a 62.5% root font size': tinyRoot };

const PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-transform',
  'text-decoration-line',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-left-width',
  'border-left-color',
  'border-top-left-radius',
  'box-sizing',
  'display',
  'list-style-type',
] as const;

const invalidLink = {
  code: 40101,
  name: 'ServerErrors',
  message: 'Token Error: Invalid Access Key',
  isTerminal: true,
};
const screenShareFailed = { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false };
const autoplay = { code: 3008, name: 'AutoplayBlocked', message: 'autoplay blocked', isTerminal: false };
const cameraBlocked = { code: 3001, name: 'CantAccessCaptureDevice', message: 'denied', isTerminal: false };
const deviceInUse = { code: 3003, name: 'DeviceInUse', message: 'in use', isTerminal: false };

const added: HTMLStyleElement[] = [];

/** Appends a stylesheet to <head>: after the kit's, which Vite injected when this file imported it. */
function addSheet(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
  return style;
}

afterEach(() => {
  for (const style of added.splice(0)) style.remove();
  vi.restoreAllMocks();
});

function renderKit(props: Partial<HMSErrorUIProps> = {}, storeOptions?: HMSErrorStoreOptions) {
  const store = createHMSErrorStore(storeOptions);
  render(
    <HMSErrorProvider store={store}>
      <main>
        <h2>Room</h2>
      </main>
      <HMSErrorUI onNavigateHome={() => {}} {...props} />
    </HMSErrorProvider>,
  );
  const report = (error: unknown) =>
    act(() => {
      store.report(error);
    });
  return { store, report };
}

async function settled() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}

/** What a person sees of each element: its computed look and its rendered height. */
function measure(elements: Record<string, Element>) {
  const result: Record<string, Record<string, string>> = {};
  for (const [name, element] of Object.entries(elements)) {
    const style = getComputedStyle(element);
    const look: Record<string, string> = {};
    for (const property of PROPERTIES) look[property] = style.getPropertyValue(property);
    look.height = String(Math.round(element.getBoundingClientRect().height));
    result[name] = look;
  }
  return result;
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The colour text is painted on: the nearest ancestor-or-self with an opaque background. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (background.startsWith('rgb(')) return background;
  }
  return 'rgb(255, 255, 255)';
}

function expectReadable(elements: Record<string, Element>) {
  for (const [name, element] of Object.entries(elements)) {
    const ratio = contrastRatio(getComputedStyle(element).color, backgroundOf(element));
    expect({ name, readable: ratio >= 4.5 }, `${name}: ${ratio.toFixed(2)}:1`).toEqual({ name, readable: true });
  }
}

const palettes = { light: defaultLightPalette, dark: defaultDarkPalette };

async function openDialog(colorScheme: HMSColorScheme, props: Partial<HMSErrorUIProps> = {}) {
  const { report } = renderKit({ colorScheme, onRetry: () => {}, ...props });
  report({ code: 4001, name: 'WebrtcError', message: 'ICE failed', isTerminal: true });
  const dialog = await screen.findByRole('alertdialog');
  await settled();
  return dialog;
}

function dialogParts(dialog: HTMLElement) {
  const title = within(dialog).getByRole('heading');
  const description = document.getElementById(dialog.getAttribute('aria-describedby')!)!;
  const [message, hint] = Array.from(description.children);
  return {
    dialog,
    title,
    description,
    message,
    hint,
    code: within(dialog).getByText(/^Error 4001/),
    goHome: within(dialog).getByRole('button', { name: 'Go home' }),
    tryAgain: within(dialog).getByRole('button', { name: 'Try again' }),
    copyDetails: within(dialog).getByRole('button', { name: 'Copy details' }),
    summary: within(dialog).getByText('Technical details'),
  };
}

describe('given a host stylesheet loaded after the kit’s', () => {
  describe.each(Object.entries(hostSheets))('with %s', (_, hostSheet) => {
    it.each(['light', 'dark'] as const)('the dialog keeps its look and readable text (%s)', async (colorScheme) => {
      const dialog = await openDialog(colorScheme);
      const parts = dialogParts(dialog);
      expect(parts.message.textContent).not.toBe('');
      expect(parts.hint.textContent).not.toBe('');
      // The focus ring, as a keyboard user sees it on "Go home".
      await userEvent.tab();
      await userEvent.tab({ shift: true });
      expect(parts.goHome).toHaveFocus();
      expect(parts.goHome.matches(':focus-visible')).toBe(true);
      const ring = () => {
        const { outlineStyle, outlineWidth, outlineColor, outlineOffset } = getComputedStyle(parts.goHome);
        return { outlineStyle, outlineWidth, outlineColor, outlineOffset };
      };
      const ringBefore = ring();
      expect(ringBefore.outlineStyle).toBe('solid');
      const before = measure(parts);

      addSheet(hostSheet);
      // The host sheet is live: it restyles the host's own heading (hidden from the a11y tree by the modal).
      expect(getComputedStyle(document.querySelector('main h2')!).color).toBe('rgb(243, 244, 246)');
      await settled();

      expect(getComputedStyle(parts.title).color).toBe(rgb(palettes[colorScheme].text));
      expect(getComputedStyle(parts.dialog).backgroundColor).toBe(rgb(palettes[colorScheme].surface));
      expect(contrastRatio(getComputedStyle(parts.title).color, getComputedStyle(dialog).backgroundColor)).toBeGreaterThanOrEqual(4.5);
      expectReadable({ title: parts.title, message: parts.message, hint: parts.hint, code: parts.code, goHome: parts.goHome, tryAgain: parts.tryAgain, summary: parts.summary });
      expect(measure(parts)).toEqual(before);
      expect(ring()).toEqual(ringBefore);
      // "Technical details" still shows the browser's disclosure triangle, not a bullet.
      expect(getComputedStyle(parts.summary).listStyleType).toBe('disclosure-closed');
    });

    it.each(['light', 'dark'] as const)('the toasts keep their look and readable text (%s)', async (colorScheme) => {
      const { report } = renderKit({ colorScheme, onAction: () => {}, onRetry: () => {} }, { maxVisibleToasts: 3 });
      report(screenShareFailed);
      report(screenShareFailed);
      report(autoplay);
      report(cameraBlocked);
      report(deviceInUse);
      const region = await screen.findByRole('region', { name: /notifications/i });
      await userEvent.click(within(region).getByRole('button', { name: 'How to fix' }));
      await settled();
      const toasts = Array.from(region.querySelectorAll<HTMLElement>('[data-hmse-toast]'));
      expect(toasts).toHaveLength(3);
      const [first] = toasts;
      const paragraphs = first.querySelectorAll('p');
      const steps = region.querySelector<HTMLElement>('[id] > ol')!;
      const parts = {
        region,
        list: first.parentElement!,
        toast: first,
        title: paragraphs[0],
        message: paragraphs[1],
        hint: paragraphs[2],
        count: within(first).getByText('×2'),
        close: within(first).getByRole('button', { name: /^Dismiss/ }),
        allowAudio: within(region).getByRole('button', { name: 'Allow audio' }),
        howToFix: within(region).getByRole('button', { name: 'How to fix' }),
        stepsHeading: steps.previousElementSibling!,
        steps,
        step: steps.querySelector('li')!,
        more: within(region).getByText(/^\+1 more$/),
      };
      const before = measure(parts);

      addSheet(hostSheet);
      await settled();

      expect(getComputedStyle(parts.title).color).toBe(rgb(palettes[colorScheme].text));
      expectReadable({ title: parts.title, message: parts.message, hint: parts.hint, allowAudio: parts.allowAudio, close: parts.close, step: parts.step, more: parts.more });
      expect(measure(parts)).toEqual(before);
    });
  });

  describe('the app’s own theming still wins', () => {
    it('through the theme prop and through --hmse-* properties in the app’s CSS', async () => {
      const dialog = await openDialog('light', { theme: { surface: '#fffbeb' }, className: 'app-errors' });
      addSheet(resets);
      addSheet('.app-errors { --hmse-text: #3b0764; --hmse-accent: #14532d; }');
      const { title, goHome } = dialogParts(dialog);
      expect(getComputedStyle(title).color).toBe('rgb(59, 7, 100)');
      expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 251, 235)');
      expect(getComputedStyle(goHome).backgroundColor).toBe('rgb(20, 83, 45)');
    });

    it('through a single-class rule for a part given in classNames', async () => {
      const dialog = await openDialog('dark', {
        classNames: { title: 'app-title', primary: 'app-primary', description: 'app-description' },
      });
      addSheet(viteTemplate);
      addSheet(`
        .app-title { color: #fde68a; font-size: 30px; letter-spacing: 1px; }
        .app-primary { background-color: #b91c1c; border-radius: 0; padding: 0 40px; }
        .app-description { color: #a7f3d0; }
      `);
      const { title, goHome, message } = dialogParts(dialog);
      expect(getComputedStyle(title)).toMatchObject({ color: 'rgb(253, 230, 138)', fontSize: '30px', letterSpacing: '1px' });
      expect(getComputedStyle(goHome)).toMatchObject({ backgroundColor: 'rgb(185, 28, 28)', borderTopLeftRadius: '0px', paddingLeft: '40px' });
      // The description's paragraphs inherit the app's colour rather than the host's `p` rule.
      expect(getComputedStyle(message).color).toBe('rgb(167, 243, 208)');
    });

    it('with unstyled: none of the kit’s look, the app’s own rules apply', async () => {
      const dialog = await openDialog('light', { unstyled: true });
      addSheet(viteTemplate);
      expect(document.querySelector('[class*="hmse-"]')).toBeNull();
      const { title } = dialogParts(dialog);
      const look = getComputedStyle(dialog);
      expect(look.position).not.toBe('fixed');
      expect(look.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(title).color).toBe('rgb(243, 244, 246)');
    });
  });
});

describe("the reader's own default font size (the browser's setting)", () => {
  const setDefaultFontSize = (standard: number) => cdp().send('Page.setFontSizes', { fontSizes: { standard } });
  afterEach(() => setDefaultFontSize(16));

  const messageSize = async () => {
    const [toast] = await screen.findAllByRole('listitem');
    return parseFloat(getComputedStyle(toast.querySelector('.hmse-toast-message')!).fontSize);
  };

  it('is kept when the host shrinks its root font size (62.5%), and followed when it does not', async () => {
    const { report } = renderKit();
    report(screenShareFailed);
    const atDefault = await messageSize();
    expect(atDefault).toBeGreaterThanOrEqual(14);

    await setDefaultFontSize(24);
    expect(await messageSize()).toBeCloseTo(atDefault * 1.5, 1);
    addSheet(tinyRoot);
    // The host's own text follows its rem (24px × 62.5% × 1.4); the kit's stays at the reader's size.
    expect(await messageSize()).toBeCloseTo(atDefault * 1.5, 1);

    await setDefaultFontSize(16);
    expect(await messageSize()).toBeCloseTo(atDefault, 1);
  });
});
