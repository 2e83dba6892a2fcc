import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorDialog } from 'react-hms-errors';
import { LAST_ERROR_STORAGE_KEY } from 'react-hms-errors/core';
import { advance, invalidLink, setup, stubLocation } from './helpers';

/** A terminal error whose copy says retry can help. */
const retryableTerminal = { code: 4001, name: 'WebrtcError', message: 'ICE failed', isTerminal: true };

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('HMSErrorDialog', () => {
  describe('given a terminal error', () => {
    it('opens an alertdialog named by the title and described by the message and hint', () => {
      const { report } = setup(<HMSErrorDialog />);
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      report(invalidLink);
      const dialog = screen.getByRole('alertdialog', { name: "Couldn't verify your invite" });
      expect(dialog).toHaveAccessibleDescription(/This isn't something you did\. The app couldn't verify your invite\. Contact the app's support/);
    });

    it('moves focus to "Go home"', () => {
      const { report } = setup(<HMSErrorDialog />);
      report(invalidLink);
      expect(screen.getByRole('button', { name: 'Go home' })).toHaveFocus();
    });

    it('shows the error code small, and offers no close button', () => {
      const { report } = setup(<HMSErrorDialog />);
      report(invalidLink);
      const dialog = screen.getByRole('alertdialog');
      expect(within(dialog).getByText('Error 40101')).toBeVisible();
      expect(within(dialog).getAllByRole('button').map((b) => b.textContent)).toEqual(['Go home', 'Copy details']);
    });

    it('exposes its state as data attributes', () => {
      const { report } = setup(<HMSErrorDialog />);
      report(invalidLink);
      const dialog = screen.getByRole('alertdialog');
      expect(dialog).toHaveAttribute('data-state', 'open');
      expect(dialog).toHaveAttribute('data-code', '40101');
      expect(dialog).toHaveAttribute('data-severity', 'error');
      expect(dialog).toHaveAttribute('data-kind', 'error');
    });
  });

  describe('when the person tries to close it without choosing', () => {
    it('stays open on Escape', async () => {
      const { report, user } = setup(<HMSErrorDialog />);
      report(invalidLink);
      await user.keyboard('{Escape}');
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    });

    it('stays open on a click on the overlay or outside', async () => {
      const { report, user, container } = setup(
        <>
          <button type="button">Host button</button>
          <HMSErrorDialog />
        </>,
      );
      report(invalidLink);
      const overlay = document.querySelector('.hmse-overlay')!;
      await user.pointer({ keys: '[MouseLeft]', target: overlay });
      fireEvent.pointerDown(container, { button: 0 });
      fireEvent.focusIn(container);
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    });
  });

  describe('after "Go home"', () => {
    it('calls onNavigateHome with the entry and closes', async () => {
      const assign = stubLocation();
      const onNavigateHome = vi.fn();
      const { report, user, store } = setup(<HMSErrorDialog onNavigateHome={onNavigateHome} />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      expect(onNavigateHome).toHaveBeenCalledTimes(1);
      expect(onNavigateHome.mock.calls[0][0]).toMatchObject({ code: 40101, catalogKey: '40101' });
      expect(assign).not.toHaveBeenCalled();
      expect(store.getState().terminal).toBeNull();
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });

    it('goes to homeHref with window.location.assign without onNavigateHome', async () => {
      const assign = stubLocation();
      const { report, user } = setup(<HMSErrorDialog homeHref="/lobby" />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      expect(assign).toHaveBeenCalledWith('/lobby');
    });

    it('goes to "/" by default', async () => {
      const assign = stubLocation();
      const { report, user } = setup(<HMSErrorDialog />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      expect(assign).toHaveBeenCalledWith('/');
    });

    it('really navigates the window (hash URL, which jsdom implements)', async () => {
      const { report, user } = setup(<HMSErrorDialog homeHref="#/home" />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      expect(window.location.hash).toBe('#/home');
      window.location.hash = '';
    });

    it('still goes to homeHref when onNavigateHome throws, and logs it once', async () => {
      const assign = stubLocation();
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const onNavigateHome = vi.fn(() => {
        throw new Error('router not ready');
      });
      const { report, user } = setup(<HMSErrorDialog homeHref="/safe" onNavigateHome={onNavigateHome} />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      expect(assign).toHaveBeenCalledWith('/safe');
      const ownLogs = log.mock.calls.filter((args) => String(args[0]).startsWith('[react-hms-errors]'));
      expect(ownLogs).toHaveLength(1);
      expect(String(ownLogs[0][0])).toMatch(/onNavigateHome threw/);
    });

    it('goes to homeHref when onNavigateHome returns a rejected promise', async () => {
      const assign = stubLocation();
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { report, user } = setup(
        <HMSErrorDialog onNavigateHome={() => Promise.reject(new Error('navigation aborted'))} />,
      );
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    });

    it('keeps the error in sessionStorage for the home page', async () => {
      stubLocation();
      const { report, user } = setup(<HMSErrorDialog />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      expect(JSON.parse(sessionStorage.getItem(LAST_ERROR_STORAGE_KEY)!)).toMatchObject({
        code: 40101,
        catalogKey: '40101',
        title: "Couldn't verify your invite",
      });
    });

    it('keeps nothing with rememberError={false}', async () => {
      stubLocation();
      const { report, user } = setup(<HMSErrorDialog rememberError={false} />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      expect(sessionStorage.getItem(LAST_ERROR_STORAGE_KEY)).toBeNull();
    });
  });

  describe('"Try again"', () => {
    it('is offered for a retryable error when onRetry is given, and retries then closes', async () => {
      const onRetry = vi.fn();
      const { report, user, store } = setup(<HMSErrorDialog onRetry={onRetry} />);
      report(retryableTerminal);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 4001 }));
      expect(store.getState().terminal).toBeNull();
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });

    it('is not offered when the error is not retryable', () => {
      const { report } = setup(<HMSErrorDialog onRetry={() => {}} />);
      report(invalidLink);
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    });

    it('is not offered without onRetry', () => {
      const { report } = setup(<HMSErrorDialog />);
      report(retryableTerminal);
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    });

    it('leaves the dialog open with its way out when onRetry throws', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { report, user } = setup(
        <HMSErrorDialog
          onRetry={() => {
            throw new Error('no');
          }}
        />,
      );
      report(retryableTerminal);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(screen.getByRole('button', { name: 'Go home' })).toBeInTheDocument();
    });
  });

  describe('"Copy details"', () => {
    it('copies code, name, action, message, description, time and user agent, then confirms', async () => {
      const { report, user } = setup(<HMSErrorDialog />);
      const writeText = vi.fn((_text: string) => Promise.resolve());
      mockClipboard(writeText);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Copy details' }));
      const text = writeText.mock.calls[0][0];
      expect(text).toContain('Code: 40101');
      expect(text).toContain('Name: ServerErrors');
      expect(text).toContain('Action: JOIN');
      expect(text).toContain('Message: Token Error: Invalid Access Key');
      expect(text).toContain('Description: Access Key provided in the token is wrong.');
      expect(text).toMatch(/Time: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);
      expect(text).toContain(`User agent: ${navigator.userAgent}`);
      expect(await screen.findByRole('status')).toHaveTextContent('Copied');
    });

    it('opens the details with a note when the clipboard is unavailable', async () => {
      const { report, user } = setup(<HMSErrorDialog />);
      mockClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      report(invalidLink);
      const details = screen.getByText('Technical details').closest('details')!;
      expect(details).not.toHaveAttribute('open');
      await user.click(screen.getByRole('button', { name: 'Copy details' }));
      expect(await screen.findByRole('status')).toHaveTextContent("Couldn't copy automatically");
      expect(details).toHaveAttribute('open');
    });

    it('shows the SDK message in the details as text, never as markup', () => {
      const { report } = setup(<HMSErrorDialog />);
      report({ ...invalidLink, message: '<img src=x onerror="alert(1)">' });
      const details = screen.getByText('Technical details').closest('details')!;
      expect(details.querySelector('img')).toBeNull();
      expect(details).toHaveTextContent('Message: <img src=x onerror="alert(1)">');
    });

    it('can be hidden with showDetails={false} and the code with showCode={false}', () => {
      const { report } = setup(<HMSErrorDialog showDetails={false} showCode={false} />);
      report(invalidLink);
      expect(screen.queryByRole('button', { name: 'Copy details' })).not.toBeInTheDocument();
      expect(screen.queryByText('Technical details')).not.toBeInTheDocument();
      expect(screen.queryByText('Error 40101')).not.toBeInTheDocument();
    });
  });

  describe('given autoNavigateAfterMs', () => {
    // Fake-timer tests use fireEvent: user-event awaits a real setTimeout inside RTL's act wrapper.
    it('counts down, can be paused and resumed, then goes home', () => {
      vi.useFakeTimers();
      const assign = stubLocation();
      const { report } = setup(<HMSErrorDialog autoNavigateAfterMs={3000} />);
      report(invalidLink);
      expect(screen.getByText('Going home in 3 s')).toBeInTheDocument();
      advance(1000);
      expect(screen.getByText('Going home in 2 s')).toBeInTheDocument();

      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      advance(10_000);
      expect(assign).not.toHaveBeenCalled();
      expect(screen.getByText('Going home in 2 s')).toBeInTheDocument();

      fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
      advance(1999);
      expect(assign).not.toHaveBeenCalled();
      advance(1);
      expect(assign).toHaveBeenCalledWith('/');
    });

    it('announces the countdown politely when it starts and when paused, not every second', () => {
      vi.useFakeTimers();
      stubLocation();
      const { report } = setup(<HMSErrorDialog autoNavigateAfterMs={30_000} />);
      report(invalidLink);
      const dialog = screen.getByRole('alertdialog');
      const announcer = within(dialog)
        .getAllByRole('status')
        .find((el) => /automatically/.test(el.textContent ?? ''))!;
      expect(announcer).toHaveTextContent('You will be taken home automatically in 30 seconds.');
      advance(3000);
      expect(announcer).toHaveTextContent('in 30 seconds.');
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      expect(announcer).toHaveTextContent('Going home automatically is paused.');
    });
  });

  describe('when a second terminal error arrives', () => {
    it('keeps showing the first', () => {
      const { report } = setup(<HMSErrorDialog />);
      report(invalidLink);
      report({ code: 4002, isTerminal: true });
      expect(screen.getByRole('alertdialog', { name: "Couldn't verify your invite" })).toBeInTheDocument();
      expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    });
  });

  describe('without a provider or store', () => {
    it('logs a setup error and renders nothing, leaving the host app mounted', () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <main>
          <p>Host still here</p>
          <HMSErrorDialog />
        </main>,
      );
      expect(screen.getByText('Host still here')).toBeInTheDocument();
      expect(log.mock.calls.some((args) => String(args[0]).includes('HMSErrorDialog failed'))).toBe(true);
    });
  });
});
