import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderInHostApp, stubLocation } from '../support/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHMSErrorStore,
  getErrorCopy,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSErrorStore,
  type HMSErrorUIProps,
  useHMSErrorStore,
} from 'react-hms-errors';
import { copyFor } from '../support/copy';

let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function boom(what: string) {
  return () => {
    throw new Error(`${what} failed`);
  };
}

const renderKit = renderInHostApp;

// `hidden`: while the dialog is open, Radix hides the rest of the page from assistive technology.
const hostIsMounted = () =>
  expect(screen.getByRole('heading', { name: 'Host app', hidden: true })).toBeInTheDocument();
const toastRegion = () => screen.getByRole('region', { name: /Notifications/ });
const toastItems = () => {
  // A landmark only while it holds toasts (issue 12).
  const region = screen.queryByRole('region', { name: /Notifications/ });
  return region ? within(region).queryAllByRole('listitem') : [];
};

const kitLogs = () => consoleError.mock.calls.filter((args: unknown[]) => String(args[0]).includes('[react-hms-errors]'));

describe('given customisation that throws, in the store', () => {
  it('falls back to the default copy when a copy override function throws, logs once and keeps reporting', () => {
    const store = createHMSErrorStore({
      copy: {
        3003: () => {
          throw new Error('override bug');
        },
      },
    });
    const first = store.report({ code: 3003, isTerminal: false, trackType: 'video' });
    const second = store.report({ code: 3003, isTerminal: false, trackType: 'audio' });
    expect(copyFor(store, first!)).toEqual(getErrorCopy({ code: 3003, trackType: 'video' }));
    expect(copyFor(store, second!)).toEqual(getErrorCopy({ code: 3003, trackType: 'audio' }));
    expect(store.getState().toasts).toHaveLength(2);
    expect(kitLogs()).toHaveLength(1);
  });

  it('falls back to the default copy when reading an override or a translation throws (getter-based i18n)', () => {
    const overrides = Object.defineProperty({}, '3003', {
      enumerable: true,
      get() {
        throw new Error('missing translation');
      },
    });
    const catalog = new Proxy(
      {},
      {
        get() {
          throw new Error('catalog not loaded');
        },
      },
    );
    const store = createHMSErrorStore({ copy: overrides, copyOptions: { catalog } });
    const entry = store.report({ code: 3003, isTerminal: false });
    // The error is not lost: it is on screen with the English copy.
    expect(entry).not.toBeNull();
    expect(store.getState().toasts).toHaveLength(1);
    expect(copyFor(store, entry!).title).toBe(getErrorCopy(3003).title);
    expect(store.getState().stats.reported).toBe(1);
  });

  it('keeps recording when onEntry throws, and logs that once', () => {
    const onEntry = vi.fn(() => {
      throw new Error('analytics down');
    });
    const store = createHMSErrorStore({ onEntry });
    store.report({ code: 3003, isTerminal: false });
    store.report({ code: 3002, isTerminal: false });
    store.report({ code: 40101, isTerminal: true });
    expect(onEntry).toHaveBeenCalledTimes(3);
    expect(store.getState().toasts).toHaveLength(0);
    expect(store.getState().terminal?.code).toBe(40101);
    expect(store.getState().history).toHaveLength(3);
    expect(kitLogs()).toHaveLength(1);
  });
});

describe('given customisation that throws, in the UI', () => {
  it('shows the default copy when a UI copy override throws, logs once, and shows the next error', () => {
    const { report, store } = renderKit({ copy: { 40103: boom('copy override') } });
    report({ code: 40103, isTerminal: true });
    expect(screen.getByRole('alertdialog', { name: getErrorCopy(40103).title })).toBeInTheDocument();

    act(() => store.reset());
    report({ code: 40103, isTerminal: true });
    expect(screen.getByRole('alertdialog', { name: getErrorCopy(40103).title })).toBeInTheDocument();
    report({ code: 40101, isTerminal: true });
    act(() => store.dismissTerminal());
    report({ code: 3003, isTerminal: false });
    expect(toastItems()).toHaveLength(1);
    expect(kitLogs()).toHaveLength(1);
    hostIsMounted();
  });

  it('goes to homeHref when onNavigateHome throws, logs once, and does the same for the next call that ends', () => {
    const assign = stubLocation();
    const onNavigateHome = vi.fn(boom('router'));
    const { report, store } = renderKit({ onNavigateHome, homeHref: '/lobby' });

    report({ code: 40101, isTerminal: true });
    fireEvent.click(screen.getByRole('button', { name: 'Go home' }));
    expect(assign).toHaveBeenLastCalledWith('/lobby');

    act(() => store.reset());
    report({ code: 2004, isTerminal: true });
    fireEvent.click(screen.getByRole('button', { name: 'Go home' }));
    expect(onNavigateHome).toHaveBeenCalledTimes(2);
    expect(assign).toHaveBeenCalledTimes(2);
    expect(kitLogs()).toHaveLength(1);
    hostIsMounted();
  });

  it('keeps the dialog and its way out when onRetry throws, logging once across errors', () => {
    const onRetry = vi.fn(boom('rejoin'));
    const onNavigateHome = vi.fn();
    const { report, store } = renderKit({ onRetry, onNavigateHome });

    report({ code: 1003, isTerminal: true });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();

    act(() => store.reset());
    report({ code: 1003, isTerminal: true });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(2);
    fireEvent.click(screen.getByRole('button', { name: 'Go home' }));
    expect(onNavigateHome).toHaveBeenCalledTimes(1);
    expect(kitLogs()).toHaveLength(1);
    hostIsMounted();
  });

  it('keeps a toast when onAction throws, logs once, and the next toast still works', () => {
    const onAction = vi.fn(boom('unblockAudio'));
    renderKit({ onAction }, createHMSErrorStore()).report({ code: 3008, isTerminal: false });
    fireEvent.click(screen.getByRole('button', { name: 'Allow audio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Allow audio' }));
    expect(onAction).toHaveBeenCalledTimes(2);
    expect(toastItems()).toHaveLength(1);
    expect(kitLogs()).toHaveLength(1);
  });

  it('still shows toasts and the dialog when the provider’s onEntry throws, logging once', () => {
    render(
      <HMSErrorProvider onEntry={boom('analytics')}>
        <h1>Host app</h1>
        <HMSErrorUI />
        <Reporter />
      </HMSErrorProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'report toast' }));
    expect(toastItems()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'report terminal' }));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(kitLogs()).toHaveLength(1);
    hostIsMounted();
  });

  it('falls back to the default body for every toast when renderToast throws, logging once', () => {
    const { report } = renderKit({ renderToast: boom('renderToast') });
    report({ code: 3003, isTerminal: false });
    report({ code: 3010, isTerminal: false });
    const items = toastItems();
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText(getErrorCopy(3003).title)).toBeInTheDocument();
    expect(within(items[1]).getByRole('button', { name: `Dismiss: ${getErrorCopy(3010).title}` })).toBeInTheDocument();
    expect(kitLogs()).toHaveLength(1);
    hostIsMounted();
  });
});

describe('given configuration that makes the kit itself fail to render', () => {
  /** An object whose every read throws: what a half-loaded i18n Proxy looks like. */
  const brokenObject = <T extends object>() =>
    new Proxy({} as T, {
      get: boom('get'),
      ownKeys: boom('ownKeys'),
      getOwnPropertyDescriptor: boom('getOwnPropertyDescriptor'),
      has: boom('has'),
    });

  it('keeps the host app mounted and still offers a way out of a call that ended (copy)', () => {
    const { report } = renderKit({ copy: brokenObject(), homeHref: '/lobby' });
    report({ code: 3003, isTerminal: false });
    report({ code: 40101, isTerminal: true });
    hostIsMounted();
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('link', { name: 'Go home' })).toHaveAttribute('href', '/lobby');
  });

  it('keeps the host app mounted and falls back to the default labels when the labels throw on read', () => {
    const onNavigateHome = vi.fn();
    const { report } = renderKit({ labels: brokenObject(), onNavigateHome });
    report({ code: 3003, isTerminal: false });
    expect(within(toastRegion()).getByRole('button', { name: `Dismiss: ${getErrorCopy(3003).title}` })).toBeInTheDocument();
    report({ code: 40101, isTerminal: true });
    hostIsMounted();
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Go home' }));
    expect(onNavigateHome).toHaveBeenCalledTimes(1);
  });

  it('keeps the host app mounted and still opens the dialog when the theme or class names throw on read', () => {
    const { report } = renderKit({ theme: brokenObject(), classNames: brokenObject() });
    report({ code: 40101, isTerminal: true });
    hostIsMounted();
    expect(screen.getByRole('alertdialog', { name: getErrorCopy(40101).title })).toBeInTheDocument();
  });
});

function Reporter() {
  const store = useHMSErrorStore();
  return (
    <>
      <button onClick={() => store.report({ code: 3003, isTerminal: false })}>report toast</button>
      <button onClick={() => store.report({ code: 40101, isTerminal: true })}>report terminal</button>
    </>
  );
}
