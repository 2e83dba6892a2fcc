import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as core from '../../src/core/index';
import * as kit from '../../src/index';
import {
  createHMSErrorStore,
  HMSErrorDialog,
  HMSErrorProvider,
  HMSErrorToasts,
  HMSErrorUI,
} from '../../src/index';
import { Room } from '../hardening/host-app';

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'self'];

afterEach(() => {
  vi.restoreAllMocks();
});


describe('given a Node environment with no DOM', () => {
  it('really has no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('imports both entries', () => {
    expect(typeof kit.HMSErrorUI).toBe('function');
    expect(typeof kit.createHMSErrorStore).toBe('function');
    expect(typeof core.normalizeHMSError).toBe('function');
    expect(Object.keys(core)).not.toContain('HMSErrorProvider');
  });

  it('reads no browser global while evaluating either entry', async () => {
    const reads: string[] = [];
    // Node 21+ has its own `navigator`: put back whatever was there.
    const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const name of BROWSER_GLOBALS) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          reads.push(`${name}\n${new Error().stack}`);
          throw new Error(`${name} read at import`);
        },
      });
    }
    try {
      // Only the kit's own modules are evaluated again: dependencies stay in Node's module cache.
      vi.resetModules();
      const freshCore = await import('../../src/core/index');
      const freshKit = await import('../../src/index');
      expect(freshCore.createHMSErrorStore).not.toBe(core.createHMSErrorStore);
      expect(typeof freshKit.HMSErrorUI).toBe('function');
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
    expect(reads).toEqual([]);
  });

  it('renders the provider with the full UI to a string, next to the host app', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(
      <HMSErrorProvider>
        <Room />
        <HMSErrorUI homeHref="/lobby" colorScheme="system" autoNavigateAfterMs={10_000} onRetry={() => {}} />
      </HMSErrorProvider>,
    );
    expect(html).toContain('Host app');
    expect(html).toContain('0 toasts, in call, no last error');
    expect(log).not.toHaveBeenCalled();
  });

  it('renders a store that already holds a terminal error and toasts', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createHMSErrorStore({ maxVisibleToasts: 2 });
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 3010, isTerminal: false });
    store.report({ code: 3008, isTerminal: false });
    store.reportNotification({ type: 'RECONNECTING', data: { code: 1003 } });
    const toastsOnly = renderToString(
      <HMSErrorProvider store={store}>
        <Room />
        <HMSErrorToasts />
      </HMSErrorProvider>,
    );
    // zustand renders a store's initial state on the server (and while hydrating): no mismatch.
    expect(toastsOnly).toContain('Host app');

    store.report({ code: 40101, isTerminal: true });
    const html = renderToString(
      <HMSErrorProvider store={store}>
        <Room />
        <HMSErrorUI />
        <HMSErrorDialog store={store} autoNavigateAfterMs={5_000} />
      </HMSErrorProvider>,
    );
    expect(html).toContain('Host app');
    expect(log).not.toHaveBeenCalled();
  });

  it('runs guard and the store with no DOM (a server action reporting an SDK failure)', async () => {
    const store = createHMSErrorStore();
    await store.guard(Promise.reject({ code: 2004, name: 'InvalidTokenFormat', isTerminal: true }), { label: 'join' });
    expect(store.getState().terminal?.code).toBe(2004);
  });
});
