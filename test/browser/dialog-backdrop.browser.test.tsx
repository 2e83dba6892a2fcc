// Issue 12, item 8: the dialog's backdrop dims the call behind it, bright or dark, in either
// scheme, and the dialog's card (its fill or its border) stands out from the dimmed call
// (non-text contrast ≥ 3:1).
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorUI } from '../../src';

type RGBA = [number, number, number, number];
const parse = (css: string): RGBA => {
  const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b, css.startsWith('rgba') ? a : 1];
};
const over = ([r, g, b, a]: RGBA, [R, G, B]: RGBA): RGBA => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
const luminance = ([r, g, b]: RGBA) => {
  const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
};
const contrast = (x: RGBA, y: RGBA) => {
  const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (a! + 0.05) / (b! + 0.05);
};

const brightCall: RGBA = [208, 208, 208, 1];
const darkCall: RGBA = [48, 52, 58, 1];

describe.each(['light', 'dark'] as const)('the dialog backdrop in the %s scheme', (colorScheme) => {
  it('dims a bright and a dark call to under half their light, and the card stands out from both', async () => {
    const store = createHMSErrorStore();
    render(
      <HMSErrorProvider store={store}>
        <HMSErrorUI colorScheme={colorScheme} homeHref="#home" />
      </HMSErrorProvider>,
    );
    act(() => void store.report({ code: 1003, isTerminal: true }));
    const dialog = await screen.findByRole('alertdialog');
    const overlay = parse(getComputedStyle(document.querySelector('.hmse-overlay')!).backgroundColor);
    const card = parse(getComputedStyle(dialog).backgroundColor);
    const border = parse(getComputedStyle(dialog).borderTopColor);
    expect(parseFloat(getComputedStyle(dialog).borderTopWidth)).toBeGreaterThanOrEqual(1);
    for (const call of [brightCall, darkCall]) {
      const dimmed = over(overlay, call);
      expect(luminance(dimmed)).toBeLessThan(luminance(call) * 0.5);
      // The card's visual boundary (its fill or its border) against the dimmed call: WCAG 1.4.11.
      expect(Math.max(contrast(card, dimmed), contrast(border, dimmed))).toBeGreaterThanOrEqual(3);
    }
  });
});
