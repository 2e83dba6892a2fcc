import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorDialog, HMSErrorProvider } from 'react-hms-errors';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const websocketFailed = { code: 1000, name: 'WebsocketFailedToConnect', action: 'JOIN', isTerminal: true };

function renderDialog(actions?: { leave?: () => unknown }) {
  const store = createHMSErrorStore();
  render(
    <HMSErrorProvider store={store} actions={actions}>
      <HMSErrorDialog />
    </HMSErrorProvider>,
  );
  return store;
}

describe('given a join guarded as a task: guard(() => hmsActions.join(config))', () => {
  describe('when it fails with a retryable terminal error', () => {
    it('offers "Rejoin" as the primary action, with focus, and "Go home" beside it', async () => {
      const store = renderDialog();
      await act(() => store.guard(() => Promise.reject(websocketFailed), { label: 'join' }));
      const rejoin = screen.getByRole('button', { name: 'Rejoin' });
      expect(rejoin).toHaveFocus();
      expect(rejoin).toHaveClass('hmse-primary');
      expect(screen.getByRole('button', { name: 'Go home' })).toHaveClass('hmse-secondary');
    });

    it('leaves, then runs the same task again under the same options', async () => {
      const order: string[] = [];
      const leave = vi.fn(async () => void order.push('leave'));
      const join = vi
        .fn()
        .mockImplementationOnce(() => Promise.reject(websocketFailed))
        .mockImplementationOnce(() => {
          order.push('join');
          return Promise.resolve('joined');
        });
      const store = renderDialog({ leave });
      await act(() => store.guard(join, { label: 'join' }));
      await userEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
      await vi.waitFor(() => expect(join).toHaveBeenCalledTimes(2));
      expect(order).toEqual(['leave', 'join']);
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(store.getState().terminal).toBeNull();
    });

    it('runs again after the watchdog timed out once leave() has let go of the last attempt', async () => {
      vi.useFakeTimers();
      let attempts = 0;
      // The SDK's leave() waits for the attempt in flight: here it lets go after a second.
      const store = renderDialog({ leave: () => new Promise((resolve) => setTimeout(resolve, 1000)) });
      void store.guard(() => (++attempts === 1 ? new Promise(() => {}) : Promise.resolve()), { timeoutMs: 1000, slowMs: false });
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(screen.getByRole('alertdialog')).toHaveAccessibleName("The call didn't start in time");
      act(() => screen.getByRole('button', { name: 'Rejoin' }).click());
      // Working on it: the dialog stays, its Rejoin busy, until the SDK has left.
      expect(screen.getByRole('button', { name: 'Rejoin' })).toHaveAttribute('aria-busy', 'true');
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(attempts).toBe(2);
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });

    it('keeps the dialog with "Go home" when leave() never lets go (joining again would do nothing)', async () => {
      vi.useFakeTimers();
      vi.spyOn(console, 'error').mockImplementation(() => {});
      let attempts = 0;
      const store = renderDialog({ leave: () => new Promise(() => {}) });
      void store.guard(() => (++attempts === 1 ? new Promise(() => {}) : Promise.resolve()), { timeoutMs: 1000, slowMs: false });
      await act(() => vi.advanceTimersByTimeAsync(1000));
      act(() => screen.getByRole('button', { name: 'Rejoin' }).click());
      await act(() => vi.advanceTimersByTimeAsync(3000));
      expect(attempts).toBe(1);
      expect(screen.getByRole('alertdialog')).toHaveAccessibleName("The call didn't start in time");
      expect(screen.queryByRole('button', { name: 'Rejoin' })).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Go home' })).toHaveFocus();
    });
  });

  it('does not offer "Rejoin" for a promise (no task to run again) or an error that retrying cannot fix', async () => {
    const store = renderDialog();
    await act(() => store.guard(Promise.reject(websocketFailed)));
    expect(screen.queryByRole('button', { name: 'Rejoin' })).not.toBeInTheDocument();
    act(() => store.reset());
    await act(() => store.guard(() => Promise.reject({ code: 40101, name: 'ServerErrors', isTerminal: true })));
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rejoin' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go home' })).toHaveFocus();
  });
});
