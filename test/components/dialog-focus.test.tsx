import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorDialog, HMSErrorProvider } from 'react-hms-errors';
import { invalidLink } from './helpers';

afterEach(() => vi.restoreAllMocks());

const websocketFailed = { code: 1000, name: 'WebsocketFailedToConnect', isTerminal: true };

function renderWithTrigger(dialog = <HMSErrorDialog onRetry={() => {}} />) {
  const store = createHMSErrorStore();
  render(
    <HMSErrorProvider store={store}>
      <button type="button">Join</button>
      <button type="button">Elsewhere</button>
      {dialog}
    </HMSErrorProvider>,
  );
  return store;
}

describe('given a terminal dialog', () => {
  it('is an APG alert dialog: role alertdialog with aria-modal="true"', () => {
    const store = renderWithTrigger();
    act(() => void store.report(websocketFailed));
    expect(screen.getByRole('alertdialog')).toHaveAttribute('aria-modal', 'true');
  });

  describe('when it closes', () => {
    it('returns focus to the element focused before it opened', async () => {
      const store = renderWithTrigger();
      const join = screen.getByRole('button', { name: 'Join' });
      join.focus();
      act(() => void store.report(websocketFailed));
      expect(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Go home' })).toHaveFocus();
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(join).toHaveFocus();
    });

    it('or to the element the app names', async () => {
      const store = createHMSErrorStore();
      const Target = () => {
        return (
          <>
            <button type="button">Join</button>
            <button type="button" id="chosen">
              Chosen
            </button>
            <HMSErrorDialog onRetry={() => {}} returnFocusTo={() => document.getElementById('chosen')} />
          </>
        );
      };
      render(
        <HMSErrorProvider store={store}>
          <Target />
        </HMSErrorProvider>,
      );
      screen.getByRole('button', { name: 'Join' }).focus();
      act(() => void store.report(websocketFailed));
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(screen.getByRole('button', { name: 'Chosen' })).toHaveFocus();
    });
  });

  it('keeps "Copy details" and technical details off for an ordinary ending, on for a failure', () => {
    const store = renderWithTrigger(<HMSErrorDialog />);
    act(() => void store.reportNotification({ type: 'ROOM_ENDED', data: { reason: 'Meeting over', roomEnded: true } }));
    expect(screen.queryByRole('button', { name: 'Copy details' })).not.toBeInTheDocument();
    act(() => store.reset());
    act(() => void store.report(invalidLink));
    expect(screen.getByRole('button', { name: 'Copy details' })).toBeInTheDocument();
  });

  describe('when the kit\u2019s dialog fails to render', () => {
    it('shows a portalled fallback that takes focus and keeps Tab on its way out', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      // A container that is not a DOM node makes Radix's portal throw.
      const store = renderWithTrigger(<HMSErrorDialog container={{} as HTMLElement} />);
      act(() => void store.report(invalidLink));
      const fallback = screen.getByRole('alertdialog', { name: 'The call has ended' });
      expect(fallback).toHaveAttribute('aria-modal', 'true');
      expect(fallback.closest('.hmse-root')!.parentElement).toBe(document.body);
      const goHome = within(fallback).getByRole('link', { name: 'Go home' });
      expect(goHome).toHaveFocus();
      fireEvent.keyDown(goHome, { key: 'Tab' });
      expect(goHome).toHaveFocus();
    });
  });
});
