import { act, screen, within } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHMSErrorStore,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSErrorStore,
} from 'react-hms-errors';
import { Room } from './host-app';


function App({ store }: { store: HMSErrorStore }) {
  return (
    <HMSErrorProvider store={store}>
      <Room />
      <HMSErrorUI homeHref="/lobby" colorScheme="system" autoNavigateAfterMs={30_000} onRetry={() => {}} />
    </HMSErrorProvider>
  );
}

/** The same reports on the server's store and on the client's, as a real app would replay them. */
function storeWith(reports: unknown[]) {
  const store = createHMSErrorStore();
  for (const error of reports) store.report(error);
  return store;
}

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
  vi.restoreAllMocks();
});

function hydrate(reports: unknown[]) {
  const html = renderToString(<App store={storeWith(reports)} />);
  container = document.body.appendChild(document.createElement('div'));
  container.innerHTML = html;
  const log = vi.spyOn(console, 'error');
  const recoverable = vi.fn();
  act(() => {
    root = hydrateRoot(container!, <App store={storeWith(reports)} />, { onRecoverableError: recoverable });
  });
  const hydrationLogs = log.mock.calls.filter((args) => /hydrat|did not match|mismatch/i.test(args.map(String).join(' ')));
  return { html, hydrationLogs, recoverable, log };
}

describe('given markup rendered on the server with react-dom/server', () => {
  it('hydrates an empty kit with no hydration warning', () => {
    const { html, hydrationLogs, recoverable, log } = hydrate([]);
    expect(html).toContain('Host app');
    expect(hydrationLogs).toEqual([]);
    expect(recoverable).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(screen.getByText('0 toasts, in call, no last error')).toBeInTheDocument();
    // Mounted, empty: the toasts' element is there, a landmark only once it holds toasts.
    expect(document.querySelector('.hmse-toasts')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Notifications/ })).toBeNull();
  });

  it('hydrates a store holding toasts with no hydration warning, then shows them', () => {
    const { hydrationLogs, recoverable } = hydrate([
      { code: 3003, isTerminal: false },
      { code: 3010, isTerminal: false },
    ]);
    expect(hydrationLogs).toEqual([]);
    expect(recoverable).not.toHaveBeenCalled();
    const region = screen.getByRole('region', { name: /Notifications/ });
    expect(within(region).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('2 toasts, in call, no last error')).toBeInTheDocument();
  });

  it('hydrates a store holding a terminal error with no hydration warning, then opens the dialog', () => {
    const { hydrationLogs, recoverable } = hydrate([
      { code: 3003, isTerminal: false },
      { code: 40101, isTerminal: true },
    ]);
    expect(hydrationLogs).toEqual([]);
    expect(recoverable).not.toHaveBeenCalled();
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('button', { name: 'Go home' })).toHaveFocus();
    expect(screen.getByText('0 toasts, ended, no last error')).toBeInTheDocument();
  });
});
