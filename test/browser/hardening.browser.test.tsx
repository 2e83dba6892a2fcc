import '../../src/styles/styles.css';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderInHostApp, sdkTextInCopy } from '../support/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHMSErrorStore,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSCopyOverrides,
  type HMSErrorStore,
} from '../../src';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Tokens with no break opportunity: an id, a URL, a base64 blob. */
const LONG =
  `${'Ab3'.repeat(700)} https://init.100ms.live/base/v1/${'segment'.repeat(300)}?token=${'x'.repeat(1500)} ` +
  `${'WWWWWWWWWW'.repeat(200)}`;

const sdkText = sdkTextInCopy;

const renderKit = (store: HMSErrorStore, copy?: HMSCopyOverrides) => renderInHostApp({ copy }, store);

/** Nothing sticks out: no horizontal scrolling inside, and the box stays within the viewport. */
function expectNoHorizontalOverflow(element: HTMLElement) {
  expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
  const box = element.getBoundingClientRect();
  expect(box.width).toBeGreaterThan(0);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
  for (const child of element.querySelectorAll<HTMLElement>('*')) {
    const rect = child.getBoundingClientRect();
    if (rect.width === 0 || getComputedStyle(child).position === 'absolute') continue;
    expect(rect.right, child.outerHTML.slice(0, 80)).toBeLessThanOrEqual(box.right + 0.5);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  delete window.__pwned;
});

describe('given very long unbroken SDK text, in a real Chromium with the default styles', () => {
  it('wraps it inside the dialog, whose details still hold the whole text', () => {
    const store = createHMSErrorStore();
    renderKit(store, sdkText);
    act(() => {
      store.report({ code: 40101, name: LONG, message: LONG, description: LONG, isTerminal: true });
    });

    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByText('Technical details'));
    expect(dialog.querySelector('details')).toHaveProperty('open', true);
    expectNoHorizontalOverflow(dialog);
    const pre = dialog.querySelector<HTMLElement>('details pre')!;
    expect(pre.scrollWidth).toBeLessThanOrEqual(pre.clientWidth);
    expect(pre.textContent).toContain(`Message: ${LONG}`);
    expect(pre.textContent).toContain(`Description: ${LONG}`);
    // "Go home" stays visible and reachable.
    const goHome = within(dialog).getByRole('button', { name: 'Go home' });
    expect(goHome.getBoundingClientRect().width).toBeGreaterThan(0);
  });

  it('wraps it inside a toast and keeps the close button in the toast', () => {
    const store = createHMSErrorStore();
    renderKit(store, sdkText);
    act(() => {
      store.report({ code: 3003, name: LONG, message: LONG, description: LONG, isTerminal: false });
    });

    const region = screen.getByRole('region', { name: /Notifications/ });
    const [toast] = within(region).getAllByRole('listitem');
    expectNoHorizontalOverflow(toast);
    const close = within(toast).getByRole('button', { name: `Dismiss: ${LONG}` });
    const closeBox = close.getBoundingClientRect();
    expect(closeBox.width).toBeGreaterThan(0);
    expect(closeBox.right).toBeLessThanOrEqual(toast.getBoundingClientRect().right);
    expect(toast.textContent).toContain(LONG);
  });

  it('wraps a remover\u2019s very long display name in the "removed you" dialog', () => {
    const store = createHMSErrorStore();
    renderKit(store);
    act(() => {
      store.reportNotification({ type: 'REMOVED_FROM_ROOM', data: { requestedBy: { name: LONG }, reason: LONG } });
    });
    expectNoHorizontalOverflow(screen.getByRole('alertdialog'));
  });
});

describe('given SDK text with HTML and script, in a real Chromium that would run it', () => {
  it('creates no element from it and runs none of it, in the dialog, its details and the toasts', async () => {
    const payload =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
      '<svg><animate onbegin="window.__pwned=3" attributeName=x dur=1s></svg>' +
      '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>';
    const injectable = () => document.querySelectorAll('img, script, iframe, animate').length;
    const before = injectable();
    const store = createHMSErrorStore();
    renderKit(store, sdkText);
    act(() => {
      store.report({ code: 3003, name: payload, message: payload, description: payload, isTerminal: false });
    });
    const [toast] = within(screen.getByRole('region', { name: /Notifications/ })).getAllByRole('listitem');
    expect(toast.textContent).toContain(payload);
    act(() => {
      store.report({ code: 40101, name: payload, message: payload, description: payload, isTerminal: true });
    });
    const dialog = screen.getByRole('alertdialog', { name: payload });
    fireEvent.click(within(dialog).getByText('Technical details'));
    // Give an injected image or frame the time to load, fail and run its handler.
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(window.__pwned).toBeUndefined();
    expect(injectable()).toBe(before);
    expect(dialog.querySelector('details pre')!.textContent).toContain(payload);
  });
});
