import { act, render, screen, within } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorProvider, HMSErrorUI, useHMSErrors, type HMSNotificationsLike } from 'react-hms-errors';
import { createFakeHMSNotifications } from 'react-hms-errors/testing';

/** The testing kit's stand-in for `hms.getNotifications()`, which counts live subscriptions. */
const fakeNotifications = createFakeHMSNotifications;

type Listener = [target: string, type: string, listener: unknown, capture: boolean];

/** Wraps add/removeEventListener on window and document, keeping the set of live listeners. */
function trackListeners() {
  const live: Listener[] = [];
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as AddEventListenerOptions | undefined)?.capture);
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      const key: Listener = [name, type, listener, capture(options)];
      if (!live.some((l) => l.every((part, i) => part === key[i]))) live.push(key);
      add(type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
      const key: Listener = [name, type, listener, capture(options)];
      const index = live.findIndex((l) => l.every((part, i) => part === key[i]));
      if (index >= 0) live.splice(index, 1);
      remove(type, listener, options);
    });
  }
  return live;
}

/** A host screen: the hook wired to the SDK, a join guarded by a watchdog that never fires in time. */
function Room({ notifications, hang }: { notifications: HMSNotificationsLike; hang: boolean }) {
  const { guard } = useHMSErrors({ notifications });
  useEffect(() => {
    if (hang) void guard(new Promise(() => {}), { label: 'join', timeoutMs: 60_000 });
  }, [guard, hang]);
  return <p>in the room</p>;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('given 300 mount/unmount cycles of provider, hook and UI under StrictMode', () => {
  it('leaves no subscription, no pending timer and no listener on window or document', () => {
    const notifications = fakeNotifications();
    const mount = (cycle: number) =>
      render(
        <StrictMode>
          <HMSErrorProvider>
            <Room notifications={notifications} hang={cycle % 3 === 0} />
            <HMSErrorUI autoNavigateAfterMs={cycle % 15 === 0 ? 30_000 : undefined} />
          </HMSErrorProvider>
        </StrictMode>,
      );
    // React DOM adds its document-wide listeners (selectionchange…) once per document, for good:
    // mount once before counting.
    mount(1).unmount();
    const live = trackListeners();

    for (let cycle = 0; cycle < 300; cycle++) {
      const view = mount(cycle);
      expect(notifications.listenerCount()).toBe(1);
      // Every few cycles a toast (auto-dismiss timer), the reconnecting toast, the dialog with its
      // countdown, or time passing: each mounts its own timers and listeners.
      if (cycle % 3 === 0) notifications.emit({ type: 'ERROR', data: { code: 3003 + (cycle % 5), isTerminal: false } });
      if (cycle % 6 === 1) notifications.emit({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } });
      if (cycle % 15 === 0) notifications.emit({ type: 'ERROR', data: { code: 40101, isTerminal: true } });
      if (cycle % 7 === 0) act(() => vi.advanceTimersByTime(1_000));
      view.unmount();
    }

    expect(notifications.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(live).toEqual([]);
  }, 30_000);
});

describe('given StrictMode', () => {
  it('turns one notification into exactly one toast, announced once', () => {
    const notifications = fakeNotifications();
    render(
      <StrictMode>
        <HMSErrorProvider>
          <Room notifications={notifications} hang={false} />
          <HMSErrorUI />
        </HMSErrorProvider>
      </StrictMode>,
    );
    notifications.emit({ type: 'ERROR', data: { code: 3003, isTerminal: false } });
    const region = screen.getByRole('region', { name: /Notifications/ });
    expect(within(region).getAllByRole('listitem')).toHaveLength(1);
    expect(within(region).queryByText('×2')).toBeNull();
    expect(screen.getByRole('alert').children).toHaveLength(1);
  });
});

describe('given two providers side by side', () => {
  it('keeps their subscriptions, toasts and dialogs apart', () => {
    const left = fakeNotifications();
    const right = fakeNotifications();
    const leftRoot = document.body.appendChild(document.createElement('div'));
    const rightRoot = document.body.appendChild(document.createElement('div'));
    render(
      <StrictMode>
        <HMSErrorProvider>
          <Room notifications={left} hang={false} />
          <HMSErrorUI container={leftRoot} hotkey="F7" />
        </HMSErrorProvider>
        <HMSErrorProvider>
          <Room notifications={right} hang={false} />
          <HMSErrorUI container={rightRoot} hotkey="F9" />
        </HMSErrorProvider>
      </StrictMode>,
    );
    expect(left.listenerCount()).toBe(1);
    expect(right.listenerCount()).toBe(1);

    left.emit({ type: 'ERROR', data: { code: 3003, isTerminal: false } });
    left.emit({ type: 'ERROR', data: { code: 3010, isTerminal: false } });
    right.emit({ type: 'ERROR', data: { code: 40101, isTerminal: true } });

    const leftRegion = within(leftRoot).getByRole('region', { name: 'Notifications (F7)', hidden: true });
    expect(within(leftRegion).getAllByRole('listitem', { hidden: true })).toHaveLength(2);
    // The right call ended: its dialog is open, its toasts are cleared (and its empty toasts
    // element is no landmark); the left call's are not.
    expect(within(rightRoot).queryByRole('region', { name: 'Notifications (F9)', hidden: true })).toBeNull();
    expect(within(rightRoot).queryAllByRole('listitem', { hidden: true })).toHaveLength(0);
    expect(within(rightRoot).getByRole('alertdialog')).toBeInTheDocument();
    expect(within(leftRoot).queryByRole('alertdialog', { hidden: true })).toBeNull();
    leftRoot.remove();
    rightRoot.remove();
  });
});
