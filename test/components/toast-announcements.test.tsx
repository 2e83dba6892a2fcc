import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorToasts, HMSErrorUI } from 'react-hms-errors';
import { advance, errors, invalidLink, setup } from './helpers';

// Issue 12, item 5 (WCAG 4.1.3) and item 7 (the landmark). Fake clock: the intervals are the
// behaviour under test, not the machine's speed.
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const status = () => screen.getByRole('status');
const alert = () => screen.getByRole('alert', { hidden: true });

describe('toast announcements', () => {
  describe('given a toast with a button', () => {
    it('adds "Press F8 to respond." to its title and hint', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts onRetry={() => {}} />);
      report(errors.deviceInUse);
      expect(alert()).toHaveTextContent(/^Can't start your camera or microphone\. .+ Press F8 to respond\.$/);
    });

    it('counts the buttons the SDK actions add: "Allow audio" for 3008, "Turn camera on" for 3003', () => {
      vi.useFakeTimers();
      const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
      // The store's `actions` are duck-typed: plain functions stand in for the SDK's methods.
      const actions = { unblockAudio: vi.fn(), setLocalVideoEnabled: vi.fn(), setLocalAudioEnabled: vi.fn() };
      const { report } = setup(<HMSErrorToasts />, { actions });
      report(errors.autoplay);
      expect(screen.getByRole('button', { name: /allow audio/i })).toBeInTheDocument();
      expect(status()).toHaveTextContent(/Allow audio.* Press F8 to respond\.$/);
      report({ code: 3003, isTerminal: false, trackType: 'video' });
      expect(screen.getByRole('button', { name: /turn camera on/i })).toBeInTheDocument();
      expect(alert()).toHaveTextContent(/Press F8 to respond\.$/);
      // …and no false "nothing can unblock audio" in the console.
      expect(errorLog.mock.calls.flat().join(' ')).not.toContain('nothing can unblock audio');
    });

    it('still tells the developer when a 3008 toast cannot offer "Allow audio"', () => {
      const errorLog = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { report } = setup(<HMSErrorToasts />);
      report(errors.autoplay);
      expect(screen.queryByRole('button', { name: /allow audio/i })).toBeNull();
      expect(errorLog.mock.calls.flat().join(' ')).toContain('nothing can unblock audio');
    });

    it('says nothing about F8 for a toast without one', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      expect(alert().textContent).not.toContain('F8');
    });

    it('names the hotkey the app chose', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts hotkey="Alt+KeyN" onRetry={() => {}} />);
      report(errors.deviceInUse);
      expect(alert()).toHaveTextContent('Press Alt+N to respond.');
    });
  });

  describe('after an announcement', () => {
    it('clears the stale text within about 5 s', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      report(errors.noAudio);
      expect(alert()).not.toBeEmptyDOMElement();
      expect(status()).not.toBeEmptyDOMElement();
      advance(5000);
      expect(alert()).toBeEmptyDOMElement();
      expect(status()).toBeEmptyDOMElement();
      // The toasts themselves stay.
      expect(screen.getAllByRole('listitem')).toHaveLength(2);
    });
  });

  describe('when a call-ending error opens the dialog', () => {
    it('empties the regions first and announces no toast while it is open', () => {
      vi.useFakeTimers();
      const { report, store } = setup(<HMSErrorUI />);
      report(errors.screenShareFailed);
      expect(alert()).not.toBeEmptyDOMElement();
      report(invalidLink);
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
      const regions = document.querySelectorAll('.hmse-root [aria-live="polite"], .hmse-root [aria-live="assertive"]');
      for (const region of regions) expect(region).toBeEmptyDOMElement();
      act(() => void store.report(errors.noAudio));
      for (const region of regions) expect(region).toBeEmptyDOMElement();
    });
  });

  describe('when more toasts wait than fit', () => {
    it('announces how many wait, politely, at most every 10 s', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />, { maxVisibleToasts: 1 });
      report(errors.screenShareFailed);
      report(errors.noAudio);
      expect(status()).toHaveTextContent('1 more notification waiting');
      report(errors.systemBlocked);
      expect(status()).toHaveTextContent('1 more notification waiting');
      advance(10_000);
      report(errors.deviceInUse);
      expect(status()).toHaveTextContent('3 more notifications waiting');
    });

    it('announces a new wait at once after every toast is gone (reset, dismiss all)', () => {
      vi.useFakeTimers();
      const { report, store } = setup(<HMSErrorToasts />, { maxVisibleToasts: 1 });
      report(errors.screenShareFailed);
      report(errors.noAudio);
      expect(status()).toHaveTextContent('1 more notification waiting');
      act(() => store.reset());
      advance(5000);
      expect(status()).toBeEmptyDOMElement();
      // 5 s after the last "more", inside the 10 s interval: heard at once all the same.
      report(errors.screenShareFailed);
      report(errors.noAudio);
      expect(status()).toHaveTextContent('1 more notification waiting');
    });
  });
});

describe('the toasts landmark', () => {
  it('exists only while it holds toasts, and names its shortcut in aria-keyshortcuts', async () => {
    const user = userEvent.setup();
    const { report } = setup(<HMSErrorToasts />);
    expect(screen.queryByRole('region', { name: /Notifications/ })).toBeNull();
    report(errors.screenShareFailed);
    const region = screen.getByRole('region', { name: 'Notifications (F8)' });
    expect(region).toHaveAttribute('aria-keyshortcuts', 'F8');
    await user.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(screen.queryByRole('region', { name: /Notifications/ })).toBeNull();
  });
});

describe('F6', () => {
  it('moves focus from the page into the toasts and back, as landmark navigation does', async () => {
    const user = userEvent.setup();
    const { report } = setup(
      <>
        <button type="button">Mute</button>
        <HMSErrorToasts />
      </>,
    );
    report(errors.screenShareFailed);
    act(() => screen.getByRole('button', { name: 'Mute' }).focus());
    await user.keyboard('{F6}');
    expect(screen.getByRole('region', { name: 'Notifications (F8)' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Dismiss/ })).toHaveFocus();
    await user.keyboard('{F6}');
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
  });

  it('does nothing when there are no toasts', async () => {
    const user = userEvent.setup();
    setup(
      <>
        <button type="button">Mute</button>
        <HMSErrorToasts />
      </>,
    );
    act(() => screen.getByRole('button', { name: 'Mute' }).focus());
    await user.keyboard('{F6}');
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
  });
});

describe('F6 on a page with landmarks', () => {
  it('cycles the landmarks and the toasts in document order, back to where focus was in each', async () => {
    const user = userEvent.setup();
    const { report } = setup(
      <>
        <header>
          <button type="button">Logo</button>
        </header>
        <main>
          <button type="button">Mute</button>
        </main>
        <nav aria-label="Call controls">
          <button type="button">Leave</button>
        </nav>
        <HMSErrorToasts />
      </>,
    );
    report(errors.screenShareFailed);
    act(() => screen.getByRole('button', { name: 'Mute' }).focus());
    await user.keyboard('{F6}');
    expect(screen.getByRole('navigation', { name: 'Call controls' })).toHaveFocus();
    await user.keyboard('{F6}');
    expect(screen.getByRole('region', { name: 'Notifications (F8)' })).toHaveFocus();
    await user.keyboard('{F6}');
    expect(screen.getByRole('banner')).toHaveFocus();
    await user.keyboard('{F6}');
    // Back in main: where focus was.
    expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    await user.keyboard('{Shift>}{F6}{/Shift}');
    expect(screen.getByRole('banner')).toHaveFocus();
    await user.keyboard('{Shift>}{F6}{/Shift}');
    expect(screen.getByRole('region', { name: 'Notifications (F8)' })).toHaveFocus();
    // A landmark made focusable for F6 is not left in the Tab order.
    expect(screen.getByRole('banner')).not.toHaveAttribute('tabindex');
  });
});
