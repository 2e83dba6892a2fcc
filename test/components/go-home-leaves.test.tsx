import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorDialog, HMSErrorProvider } from 'react-hms-errors';
import { invalidLink, stubLocation } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function openDialog(store = createHMSErrorStore()) {
  act(() => {
    store.report(invalidLink);
  });
  return store;
}

describe('given <HMSErrorProvider actions={hmsActions}>', () => {
  describe('after "Go home"', () => {
    it('calls leave() before navigating', async () => {
      const order: string[] = [];
      const actions = { leave: vi.fn(() => void order.push('leave')) };
      const onNavigateHome = vi.fn(() => void order.push('navigate'));
      const store = createHMSErrorStore();
      render(
        <HMSErrorProvider store={store} actions={actions}>
          <HMSErrorDialog onNavigateHome={onNavigateHome} />
        </HMSErrorProvider>,
      );
      openDialog(store);
      await userEvent.click(screen.getByRole('button', { name: 'Go home' }));
      expect(order).toEqual(['leave', 'navigate']);
      expect(actions.leave).toHaveBeenCalledTimes(1);
    });

    it('navigates even when leave() throws, rejects or never settles', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      for (const leave of [
        () => {
          throw new Error('boom');
        },
        () => Promise.reject(new Error('nope')),
        () => new Promise(() => {}),
      ]) {
        const assign = stubLocation();
        const store = createHMSErrorStore();
        const { unmount } = render(
          <HMSErrorProvider store={store} actions={{ leave }}>
            <HMSErrorDialog />
          </HMSErrorProvider>,
        );
        openDialog(store);
        await userEvent.click(screen.getByRole('button', { name: 'Go home' }));
        expect(assign).toHaveBeenCalledWith('/');
        unmount();
      }
    });

    it('uses the actions given to createHMSErrorStore when the provider has none', async () => {
      stubLocation();
      const leave = vi.fn();
      const store = createHMSErrorStore({ actions: { leave } });
      render(<HMSErrorDialog store={store} />);
      openDialog(store);
      await userEvent.click(screen.getByRole('button', { name: 'Go home' }));
      expect(leave).toHaveBeenCalledTimes(1);
    });

    it('also leaves when the countdown goes home by itself', () => {
      vi.useFakeTimers();
      stubLocation();
      const leave = vi.fn();
      const store = createHMSErrorStore();
      render(
        <HMSErrorProvider store={store} actions={{ leave }}>
          <HMSErrorDialog autoNavigateAfterMs={5000} />
        </HMSErrorProvider>,
      );
      openDialog(store);
      act(() => {
        vi.advanceTimersByTime(5000);
      });
      expect(leave).toHaveBeenCalledTimes(1);
    });
  });

  it('works without actions, and with an actions object that has no leave', async () => {
    const assign = stubLocation();
    const store = createHMSErrorStore();
    render(
      <HMSErrorProvider store={store} actions={{ unblockAudio: vi.fn() }}>
        <HMSErrorDialog />
      </HMSErrorProvider>,
    );
    openDialog(store);
    await userEvent.click(screen.getByRole('button', { name: 'Go home' }));
    expect(assign).toHaveBeenCalledWith('/');
  });
});
