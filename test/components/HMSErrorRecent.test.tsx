import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorRecent, HMSErrorToasts } from 'react-hms-errors';
import { advance, errors, setup } from './helpers';

afterEach(() => vi.useRealTimers());

const recent = () => screen.getByRole('region', { name: 'Recent notifications' });

describe('HMSErrorRecent (issue 12: timing you control)', () => {
  describe('given no toast has left the screen', () => {
    it('is a labelled region that says so', () => {
      const { report } = setup(
        <>
          <HMSErrorToasts />
          <HMSErrorRecent />
        </>,
      );
      expect(within(recent()).getByText('No recent notifications.')).toBeInTheDocument();
      report(errors.screenShareFailed);
      // On screen: not "recent" yet.
      expect(within(recent()).queryAllByRole('listitem')).toHaveLength(0);
    });
  });

  describe('after a toast expired and another was dismissed', () => {
    it('lists both, newest first, to read again and act on from the keyboard', async () => {
      vi.useFakeTimers();
      const onRetry = vi.fn();
      const { report, store } = setup(
        <>
          <button type="button">Mute</button>
          <HMSErrorToasts onRetry={onRetry} />
          <HMSErrorRecent onRetry={onRetry} />
        </>,
      );
      report(errors.noAudio);
      advance(60_000); // the warning times out
      report(errors.deviceInUse);
      act(() => store.dismiss(store.getState().toasts[0].id));
      vi.useRealTimers();

      const items = within(recent()).getAllByRole('listitem');
      expect(items).toHaveLength(2);
      expect(items[0]).toHaveAttribute('data-code', '3003');
      expect(items[1]).toHaveAttribute('data-code', '3010');
      expect(within(items[1]).getByText('No sound from your microphone')).toBeInTheDocument();

      const user = userEvent.setup();
      act(() => screen.getByRole('button', { name: 'Mute' }).focus());
      await user.tab();
      const retry = within(items[0]).getByRole('button', { name: 'Try again' });
      expect(retry).toHaveFocus();
      expect(retry).toHaveAccessibleDescription("Can't start your camera or microphone");
      await user.keyboard('{Enter}');
      expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 3003 }));
    });
  });
});
