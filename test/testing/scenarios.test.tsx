import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorProvider, HMSErrorUI, useHMSErrors, useHMSErrorState, type HMSNotificationsLike } from 'react-hms-errors';
import {
  createFakeHMSActions,
  createFakeHMSNotifications,
  doubleDelivery,
  hangingJoin,
  interruption,
  permissionDeniedThenGranted,
  reconnectThenGiveUp,
  reconnectThenRecover,
  storm,
  type FakeHMSActions,
  type FakeHMSNotifications,
} from 'react-hms-errors/testing';

const toasts = () => Array.from(document.querySelectorAll<HTMLElement>('[data-hmse-toast]'));

/** An app screen: one subscription, a Join button guarded by the kit, a camera button. */
function Room({ notifications, actions }: { notifications: HMSNotificationsLike; actions: FakeHMSActions }) {
  const { guard } = useHMSErrors({ notifications });
  const history = useHMSErrorState((s) => s.history.length);
  return (
    <main>
      <button type="button" onClick={() => void guard(actions.join({ authToken: 't' }), { label: 'join', timeoutMs: 20_000 })}>
        Join
      </button>
      <button type="button" onClick={() => void guard(actions.setLocalVideoEnabled(true))}>
        Turn camera on
      </button>
      <p>{history} reports</p>
    </main>
  );
}

let notifications: FakeHMSNotifications;
let actions: FakeHMSActions;

function renderRoom() {
  return render(
    <HMSErrorProvider actions={actions}>
      <Room notifications={notifications} actions={actions} />
      <HMSErrorUI onNavigateHome={() => {}} />
    </HMSErrorProvider>,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  notifications = createFakeHMSNotifications();
  actions = createFakeHMSActions();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('given the kit wired to the fakes', () => {
  it('subscribes once and unsubscribes on unmount', () => {
    const { unmount } = renderRoom();
    expect(notifications.listenerCount()).toBe(1);
    unmount();
    expect(notifications.listenerCount()).toBe(0);
  });

  describe('reconnectThenRecover', () => {
    it('shows one reconnecting toast that turns into "reconnected", and no dialog', async () => {
      renderRoom();
      const done = reconnectThenRecover({ notifications }, { afterMs: 3000 });
      expect(toasts()).toHaveLength(1);
      expect(toasts()[0]).toHaveTextContent('Reconnecting');
      await act(() => vi.advanceTimersByTimeAsync(3000));
      await done;
      expect(toasts()).toHaveLength(1);
      expect(toasts()[0]).toHaveTextContent('Reconnected');
      expect(toasts()[0]).not.toHaveTextContent('Reconnecting');
      expect(screen.queryByRole('alertdialog')).toBeNull();
    });
  });

  describe('reconnectThenGiveUp', () => {
    it('opens the dialog only after the 60 s window, with the SDK\'s "could not recover" description', async () => {
      renderRoom();
      const done = reconnectThenGiveUp({ notifications });
      await act(() => vi.advanceTimersByTimeAsync(59_999));
      expect(screen.queryByRole('alertdialog')).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(1));
      const error = await done;
      expect(error.description).toMatch(/\. \[SignalDisconnect\] Could not recover after 60000 milliseconds$/);
      expect(error).toMatchObject({ code: 1003, isTerminal: true });
      expect(screen.getByRole('alertdialog', { name: "We couldn't reconnect you" })).toBeInTheDocument();
    });
  });

  describe('doubleDelivery', () => {
    it('shows the error once although it arrives as a notification and as the rejection of join()', async () => {
      renderRoom();
      act(() => screen.getByRole('button', { name: 'Join' }).click());
      const done = doubleDelivery({ notifications, actions }, { code: 40001 });
      await act(() => vi.advanceTimersByTimeAsync(100));
      const rejection = await done;
      expect(rejection).toBeInstanceOf(Error);
      expect(actions.join.calls).toHaveLength(1);
      expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
      expect(screen.getByText('1 reports')).toBeInTheDocument();
    });
  });

  describe('hangingJoin', () => {
    it('says "still connecting", then gives the person a way out when join() never settles', async () => {
      renderRoom();
      const done = hangingJoin({ actions }, { forMs: 20_000 });
      act(() => screen.getByRole('button', { name: 'Join' }).click());
      await act(() => vi.advanceTimersByTimeAsync(8000));
      expect(toasts().some((t) => t.textContent?.includes('Still connecting'))).toBe(true);
      await act(() => vi.advanceTimersByTimeAsync(12_000));
      await done;
      const dialog = screen.getByRole('alertdialog', { name: "The call didn't start in time" });
      expect(within(dialog).getByRole('button', { name: 'Go home' })).toBeInTheDocument();
      expect(actions.join.pendingCount()).toBe(1);
    });
  });

  describe('storm', () => {
    it('keeps the toasts on screen bounded while every report is counted', async () => {
      renderRoom();
      await storm({ notifications }, 500);
      expect(notifications.emitted).toHaveLength(500);
      expect(toasts().length).toBeGreaterThan(0);
      expect(toasts().length).toBeLessThanOrEqual(3);
      expect(screen.queryByRole('alertdialog')).toBeNull();
    });
  });

  describe('permissionDeniedThenGranted', () => {
    it('shows the camera toast; turning the camera on fails until the person allows it', async () => {
      renderRoom();
      const done = permissionDeniedThenGranted({ notifications, actions }, { device: 'video', afterMs: 5000 });
      expect(toasts().some((t) => t.textContent?.includes("Can't use your camera"))).toBe(true);
      await expect(actions.setLocalVideoEnabled(true)).rejects.toMatchObject({ code: 3001, trackType: 'video' });
      await act(() => vi.advanceTimersByTimeAsync(5000));
      await done;
      await expect(actions.setLocalVideoEnabled(true)).resolves.toBeUndefined();
    });
  });

  describe('interruption', () => {
    it('sends START and END with the SDK\'s data; the kit shows "paused", then "back" in the same toast', async () => {
      renderRoom();
      const seen: unknown[] = [];
      notifications.onNotification((n) => seen.push(n), ['TRACK_INTERRUPTION_START', 'TRACK_INTERRUPTION_END']);
      const done = interruption({ notifications }, { type: 'video', durationMs: 2000 });
      await act(() => vi.advanceTimersByTimeAsync(0));
      const [paused] = toasts();
      expect(toasts()).toHaveLength(1);
      expect(paused).toHaveTextContent('Your camera is paused');
      await act(() => vi.advanceTimersByTimeAsync(2000));
      await done;
      expect(toasts()).toEqual([paused]);
      expect(paused).toHaveTextContent('Your camera is back');
      expect(seen).toEqual([
        expect.objectContaining({
          type: 'TRACK_INTERRUPTION_START',
          message: 'Your camera was interrupted, another app may be using it',
          data: { started: true, reason: 'system-interrupt', type: 'video', trackId: 'fake-track-1' },
        }),
        expect.objectContaining({ type: 'TRACK_INTERRUPTION_END', data: expect.objectContaining({ started: false }) }),
      ]);
      // "Back" is a success toast: it goes by itself, after the 6 s every timed toast gets.
      await act(() => vi.advanceTimersByTimeAsync(6000));
      expect(toasts()).toHaveLength(0);
    });
  });
});
