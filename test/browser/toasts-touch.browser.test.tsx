// Issue 12: on a touch screen (no hover), a tap on the collapsed stack opens it; a tap outside
// closes it again. Touch comes from Chromium's own touch emulation (DevTools protocol).
import { act, render, screen } from '@testing-library/react';
import { cdp } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts } from '../../src';

const errors = [
  { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false },
  { code: 3010, name: 'NoAudioDetected', message: 'no audio', isTerminal: false },
  { code: 3003, name: 'DeviceInUse', message: 'in use', isTerminal: false },
];
const stack = () => document.querySelector<HTMLElement>('.hmse-toasts')!;
const toastItems = () => Array.from(document.querySelectorAll<HTMLElement>('[data-hmse-toast]'));
const messageShown = (toast: HTMLElement) => getComputedStyle(toast.querySelector('.hmse-toast-message')!).display !== 'none';

async function tap(element: Element) {
  const box = element.getBoundingClientRect();
  // The test runs in vitest's iframe; the protocol takes the top page's coordinates.
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: window.innerWidth };
  const scale = window.frameElement ? frame.width / window.innerWidth || 1 : 1;
  const point = {
    x: Math.round(frame.left + (box.left + box.width / 2) * scale),
    y: Math.round(frame.top + (box.top + Math.min(box.height / 2, 12)) * scale),
  };
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

afterEach(async () => {
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
});

describe('the collapsed stack on a touch screen', () => {
  it('opens on a tap and closes on a tap outside', async () => {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const store = createHMSErrorStore();
    render(
      <HMSErrorProvider store={store}>
        <main style={{ height: '60vh' }}>
          <h1>Room</h1>
        </main>
        <HMSErrorToasts />
      </HMSErrorProvider>,
    );
    act(() => {
      for (const error of errors) store.report(error);
    });
    const [back] = toastItems();
    expect(stack()).not.toHaveAttribute('data-expanded');
    expect(messageShown(back!)).toBe(false);

    await tap(toastItems().at(-1)!);
    await expect.poll(() => stack().hasAttribute('data-expanded')).toBe(true);
    expect(messageShown(back!)).toBe(true);

    await tap(screen.getByRole('heading', { name: 'Room' }));
    await expect.poll(() => stack().hasAttribute('data-expanded')).toBe(false);
  });
});
