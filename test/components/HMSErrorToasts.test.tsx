import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getErrorCopy, HMSErrorProvider, HMSErrorToasts } from '../../src';
import { advance, errors, setup } from './helpers';

const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

const region = () => screen.getByRole('region', { name: 'Notifications (F8)' });
// The region is a landmark only while it holds toasts (issue 12): none, no toast items.
const toastItems = () => {
  const found = screen.queryByRole('region', { name: 'Notifications (F8)' });
  return found ? within(found).queryAllByRole('listitem').filter((li) => li.hasAttribute('data-hmse-toast')) : [];
};

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Errors stay until dismissed by default; these tests time them as an app may choose to. */
const ERRORS_TIMED = { durations: { error: 8000 } };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('HMSErrorToasts', () => {
  describe('given a non-terminal error', () => {
    it('shows a toast with the title, message and hint from the catalog', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      const [toast] = toastItems();
      const { title, message, hint } = getErrorCopy(errors.screenShareFailed);
      expect(within(toast).getByText(title)).toBeInTheDocument();
      expect(within(toast).getByText(message)).toBeInTheDocument();
      expect(within(toast).getByText(hint)).toBeInTheDocument();
    });

    it('exposes state as data attributes', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.noAudio);
      const [toast] = toastItems();
      expect(toast).toHaveAttribute('data-severity', 'warning');
      expect(toast).toHaveAttribute('data-code', '3010');
      expect(toast).toHaveAttribute('data-kind', 'error');
      expect(toast).toHaveAttribute('data-state', 'open');
    });

    it('has a close button named after the toast that dismisses it', async () => {
      const { report, user, store } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      await user.click(screen.getByRole('button', { name: "Dismiss: Can't start your video" }));
      expect(toastItems()).toHaveLength(0);
      expect(store.getState().toasts).toHaveLength(0);
    });
  });

  describe('when the same error repeats', () => {
    it('shows one toast with a visible "×3" and "3 times" for screen readers', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      report(errors.screenShareFailed);
      report(errors.screenShareFailed);
      expect(toastItems()).toHaveLength(1);
      const [toast] = toastItems();
      const badge = within(toast).getByText('×3');
      expect(badge).toHaveAttribute('aria-hidden', 'true');
      expect(toast).toHaveTextContent('(3 times)');
    });
  });

  describe('live regions', () => {
    it('exist before any toast: polite status and assertive alert', () => {
      setup(<HMSErrorToasts />);
      const status = screen.getByRole('status');
      const alert = screen.getByRole('alert');
      expect(status).toHaveAttribute('aria-live', 'polite');
      expect(alert).toHaveAttribute('aria-live', 'assertive');
      expect(status).toBeEmptyDOMElement();
      expect(alert).toBeEmptyDOMElement();
    });

    it('announce errors assertively and warnings politely', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      expect(screen.getByRole('alert')).toHaveTextContent("Can't start your video.");
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      report(errors.noAudio);
      // Title and what to do (the hint), not the message that restates the title.
      expect(screen.getByRole('status').textContent).toBe(
        `${toastTitle(1)}. ${toastItems()[1].querySelector('.hmse-toast-hint')!.textContent}`,
      );
    });

    it('announce a storm again politely and briefly ("Still happening, 52 times"), at most every 10 s', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      const first = screen.getByRole('alert').textContent;
      for (let i = 0; i < 50; i++) report(errors.screenShareFailed);
      expect(screen.getByRole('alert').textContent).toBe(first);
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      advance(9999);
      report(errors.screenShareFailed);
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
      advance(1);
      report(errors.screenShareFailed);
      expect(screen.getByRole('status')).toHaveTextContent("Can't start your video. Still happening, 53 times");
      vi.useRealTimers();
    });

    it('keep the toast list itself silent, so nothing is announced twice', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      expect(region()).toHaveAttribute('aria-live', 'off');
    });
  });

  describe('timers (fake clock)', () => {
    it('dismiss a toast after its duration', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />, ERRORS_TIMED);
      report(errors.screenShareFailed); // error: 8000 ms (ERRORS_TIMED)
      advance(7999);
      expect(toastItems()).toHaveLength(1);
      advance(1);
      expect(toastItems()).toHaveLength(0);
    });

    it('pause while hovered and resume with the time that was left', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />, ERRORS_TIMED);
      report(errors.screenShareFailed);
      advance(3000);
      fireEvent.pointerEnter(toastItems()[0]);
      advance(60_000);
      expect(toastItems()).toHaveLength(1);
      fireEvent.pointerLeave(toastItems()[0]);
      advance(4999);
      expect(toastItems()).toHaveLength(1);
      advance(1);
      expect(toastItems()).toHaveLength(0);
    });

    it('pause while focus is inside the toasts', () => {
      vi.useFakeTimers();
      const { report } = setup(
        <>
          <button type="button">Outside</button>
          <HMSErrorToasts />
        </>,
        ERRORS_TIMED,
      );
      report(errors.screenShareFailed);
      act(() => screen.getByRole('button', { name: /^Dismiss/ }).focus());
      advance(60_000);
      expect(toastItems()).toHaveLength(1);
      act(() => screen.getByRole('button', { name: 'Outside' }).focus());
      advance(8000);
      expect(toastItems()).toHaveLength(0);
    });

    it('pause while the window is blurred', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />, ERRORS_TIMED);
      report(errors.screenShareFailed);
      act(() => {
        window.dispatchEvent(new Event('blur'));
      });
      advance(60_000);
      expect(toastItems()).toHaveLength(1);
      act(() => {
        window.dispatchEvent(new Event('focus'));
      });
      advance(8000);
      expect(toastItems()).toHaveLength(0);
    });

    it('pause while the tab is hidden', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />, ERRORS_TIMED);
      report(errors.screenShareFailed);
      advance(2000);
      setVisibility('hidden');
      advance(60_000);
      expect(toastItems()).toHaveLength(1);
      setVisibility('visible');
      advance(5999);
      expect(toastItems()).toHaveLength(1);
      advance(1);
      expect(toastItems()).toHaveLength(0);
    });

    it('restart when a repeat is grouped into the toast', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />, ERRORS_TIMED);
      report(errors.screenShareFailed);
      advance(6000);
      report(errors.screenShareFailed);
      advance(7999);
      expect(toastItems()).toHaveLength(1);
      advance(1);
      expect(toastItems()).toHaveLength(0);
    });

    it('never dismiss a toast that carries an action', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts onAction={() => {}} onRetry={() => {}} />);
      report(errors.autoplay);
      report(errors.cameraBlocked);
      report(errors.deviceInUse);
      advance(10 * 60_000);
      expect(toastItems()).toHaveLength(3);
    });

    it('dismiss a retryable error normally when no retry handler makes it actionable', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />, ERRORS_TIMED);
      report(errors.deviceInUse);
      expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
      advance(8000);
      expect(toastItems()).toHaveLength(0);
    });
  });

  describe('more errors than fit', () => {
    it('shows the store maximum and "+N more", filling slots as toasts go', async () => {
      const { report, user } = setup(<HMSErrorToasts />, { maxVisibleToasts: 2 });
      report(errors.screenShareFailed);
      report(errors.noAudio);
      report(errors.systemBlocked);
      report(errors.deviceInUse);
      expect(toastItems()).toHaveLength(2);
      expect(screen.getByText('+2 more')).toBeInTheDocument();
      await user.click(screen.getAllByRole('button', { name: /^Dismiss/ })[0]);
      expect(toastItems()).toHaveLength(2);
      expect(screen.getByText('+1 more')).toBeInTheDocument();
    });
  });

  describe('actions', () => {
    it('"Allow audio" on 3008 calls onAction("unblock-audio", entry) and dismisses', async () => {
      const onAction = vi.fn();
      const { report, user } = setup(<HMSErrorToasts onAction={onAction} />);
      report(errors.autoplay);
      await user.click(screen.getByRole('button', { name: 'Allow audio' }));
      expect(onAction).toHaveBeenCalledWith('unblock-audio', expect.objectContaining({ code: 3008 }));
      expect(toastItems()).toHaveLength(0);
    });

    it('"Allow audio" keeps the toast when onAction throws, and the app keeps working', async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { report, user } = setup(
        <HMSErrorToasts
          onAction={() => {
            throw new Error('unblockAudio failed');
          }}
        />,
      );
      report(errors.autoplay);
      await user.click(screen.getByRole('button', { name: 'Allow audio' }));
      await user.click(screen.getByRole('button', { name: 'Allow audio' }));
      expect(toastItems()).toHaveLength(1);
      expect(log.mock.calls.filter((args) => String(args[0]).startsWith('[react-hms-errors]'))).toHaveLength(1);
    });

    it('"How to fix" on 3001 expands steps for the browser in use', async () => {
      vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(CHROME_MAC);
      const { report, user } = setup(<HMSErrorToasts />);
      report({ ...errors.cameraBlocked, message: 'Permission denied', description: '' });
      const button = screen.getByRole('button', { name: 'How to fix' });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(screen.getByText('In Chrome')).not.toBeVisible();
      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      const steps = document.getElementById(button.getAttribute('aria-controls')!)!;
      expect(steps).toBeVisible();
      expect(within(steps).getByText('In Chrome')).toBeInTheDocument();
      expect(within(steps).getAllByRole('listitem').length).toBeGreaterThan(1);
      expect(steps).not.toHaveTextContent('{device}');
    });

    it('"How to fix" on 3011 shows the system steps', async () => {
      vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(CHROME_MAC);
      const { report, user } = setup(<HMSErrorToasts />);
      report(errors.systemBlocked);
      await user.click(screen.getByRole('button', { name: 'How to fix' }));
      expect(screen.getByText('On macOS')).toBeVisible();
    });

    it('"Try again" on a retryable error calls onRetry(entry) and dismisses', async () => {
      const onRetry = vi.fn();
      const { report, user } = setup(<HMSErrorToasts onRetry={onRetry} />);
      report(errors.deviceInUse);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(onRetry).toHaveBeenCalledWith(expect.objectContaining({ code: 3003 }));
      expect(toastItems()).toHaveLength(0);
    });

    it('no "Allow audio" without onAction: the hint says what to do', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.autoplay);
      expect(screen.queryByRole('button', { name: 'Allow audio' })).not.toBeInTheDocument();
    });
  });

  describe('keyboard', () => {
    it('F8 moves focus to the toasts region', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      fireEvent.keyDown(document.body, { key: 'F8', code: 'F8' });
      expect(region()).toHaveFocus();
    });

    it('a custom hotkey names the region and moves focus', () => {
      const { report } = setup(<HMSErrorToasts hotkey="Alt+KeyT" />);
      report(errors.screenShareFailed);
      fireEvent.keyDown(document.body, { key: 'F8', code: 'F8' });
      const custom = screen.getByRole('region', { name: 'Notifications (Alt+T)' });
      expect(custom).not.toHaveFocus();
      fireEvent.keyDown(document.body, { key: '†', code: 'KeyT', altKey: true });
      expect(custom).toHaveFocus();
    });

    it('Escape on a toast dismisses it and moves focus to the next one', async () => {
      const { report, user } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      report(errors.noAudio);
      const [first, second] = toastItems();
      act(() => within(first).getByRole('button', { name: /^Dismiss/ }).focus());
      await user.keyboard('{Escape}');
      expect(toastItems()).toEqual([second]);
      expect(within(second).getByRole('button', { name: /^Dismiss/ })).toHaveFocus();
    });

    it('leaves the toasts alone when Escape is pressed in a text field (the chat box keeps its Escape)', async () => {
      const shadowField = {
        current: null as HTMLDivElement | null,
      };
      const attach = (node: HTMLDivElement | null) => {
        if (node && !node.shadowRoot) node.attachShadow({ mode: 'open' }).append(document.createElement('input'));
        shadowField.current = node;
      };
      const { report, user } = setup(
        <>
          <label>
            Message <input type="text" />
          </label>
          <label>
            Notes <textarea />
          </label>
          <div role="textbox" tabIndex={0} aria-label="Search people" />
          <div ref={attach} />
          <button type="button">Mute</button>
          <HMSErrorToasts />
        </>,
      );
      report(errors.screenShareFailed);
      await user.click(screen.getByRole('textbox', { name: 'Message' }));
      await user.keyboard('hello{Escape}');
      // A custom text box (role only) and a field inside a web component's shadow root.
      await user.click(screen.getByRole('textbox', { name: 'Search people' }));
      await user.keyboard('{Escape}');
      const field = shadowField.current!.shadowRoot!.querySelector('input')!;
      act(() => field.focus());
      await user.keyboard('{Escape}');
      await user.click(screen.getByRole('textbox', { name: 'Notes' }));
      await user.keyboard('{Escape}');
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
      // From a button, Escape still dismisses the newest toast.
      await user.click(screen.getByRole('button', { name: 'Mute' }));
      await user.keyboard('{Escape}');
      expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    });

    it('gives focus back to where it was when the last toast is dismissed from the keyboard', async () => {
      const { report, user } = setup(
        <>
          <button type="button">Mute</button>
          <HMSErrorToasts />
        </>,
      );
      report(errors.screenShareFailed);
      act(() => screen.getByRole('button', { name: 'Mute' }).focus());
      await user.keyboard('{F8}');
      await user.tab();
      expect(screen.getByRole('button', { name: /^Dismiss/ })).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    });
  });

  describe('focus after a dismissal (issue 14)', () => {
    /**
     * A fake clock that also follows real time, so that Testing Library's wrapper around
     * user-event (a real `setTimeout(0)`) resolves; the toasts' seconds pass only with `advance`.
     */
    const fakeClockUser = () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      return userEvent.setup({ delay: null });
    };
    const closeButtons = () => within(region()).getAllByRole('button', { name: /^Dismiss/ });
    const host = (
      <>
        <button type="button">Mute</button>
        <HMSErrorToasts />
      </>
    );

    it('a mouse dismissal does not move focus to the next toast, and its timer still runs', async () => {
      const user = fakeClockUser();
      const { report } = setup(host);
      report(errors.screenShareFailed); // error: 8000 ms (ERRORS_TIMED)
      report(errors.noAudio); // warning: 6000 ms
      await user.click(screen.getByRole('button', { name: 'Mute' }));
      await user.click(closeButtons()[0]);
      expect(toastItems()).toHaveLength(1);
      expect(closeButtons()[0]).not.toHaveFocus();
      // The click had put focus on the removed toast's button: it goes back where it came from.
      expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
      // The pointer moves off the toasts. (jsdom has no layout, so it reports no leave for a
      // pointer that was over the removed button: fire the one a browser would.)
      fireEvent.pointerLeave(region());
      advance(6000);
      expect(toastItems()).toHaveLength(0);
    });

    it('a click on a toast\'s text does not pause the timers once the pointer leaves', async () => {
      const user = fakeClockUser();
      const { report } = setup(host, ERRORS_TIMED);
      report(errors.screenShareFailed);
      await user.click(within(toastItems()[0]).getByText("Can't start your video"));
      await user.unhover(region());
      advance(8000);
      expect(toastItems()).toHaveLength(0);
    });

    it('Enter on a close button dismisses and moves focus to the next toast\'s close button', async () => {
      const { report, user } = setup(host);
      report(errors.screenShareFailed);
      report(errors.noAudio);
      act(() => closeButtons()[0].focus());
      await user.keyboard('{Enter}');
      expect(toastItems()).toHaveLength(1);
      expect(closeButtons()[0]).toHaveFocus();
    });

    it('after the last toast goes by keyboard, focus returns to the element Tab came from', async () => {
      const { report, user } = setup(host);
      report(errors.screenShareFailed);
      report(errors.noAudio);
      act(() => screen.getByRole('button', { name: 'Mute' }).focus());
      await user.tab();
      expect(closeButtons()[0]).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.keyboard('{Escape}');
      expect(toastItems()).toHaveLength(0);
      expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    });

    it('after the last toast goes by mouse, focus returns to the element the click came from', async () => {
      const { report, user } = setup(host);
      report(errors.screenShareFailed);
      await user.click(screen.getByRole('button', { name: 'Mute' }));
      await user.keyboard('{F8}');
      expect(region()).toHaveFocus();
      await user.click(closeButtons()[0]);
      expect(toastItems()).toHaveLength(0);
      expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    });

    it('never leaves focus on the empty region when the app removes the last toast', async () => {
      const { report, user, store } = setup(host);
      report(errors.screenShareFailed);
      act(() => screen.getByRole('button', { name: 'Mute' }).focus());
      await user.keyboard('{F8}');
      expect(region()).toHaveFocus();
      act(() => store.dismissAll());
      // (Empty, it is no longer a landmark: found by its class.)
      expect(document.querySelector('.hmse-toasts')).not.toHaveFocus();
      expect(screen.getByRole('button', { name: 'Mute' })).toHaveFocus();
    });

    it('does nothing when the element focus came from is gone: not the region, not a toast', async () => {
      const { report, user, rerender, store } = setup(host);
      report(errors.screenShareFailed);
      act(() => screen.getByRole('button', { name: 'Mute' }).focus());
      await user.keyboard('{F8}');
      rerender(
        <HMSErrorProvider store={store}>
          <HMSErrorToasts />
        </HMSErrorProvider>,
      );
      await user.tab();
      await user.keyboard('{Enter}');
      expect(toastItems()).toHaveLength(0);
      expect(document.querySelector('.hmse-toasts')).not.toHaveFocus();
    });
  });

  describe('reconnecting → reconnected', () => {
    it('updates one toast in place and announces the change politely', () => {
      const { store } = setup(<HMSErrorToasts />);
      act(() => {
        store.reportNotification({ type: 'RECONNECTING', data: { code: 1003, message: 'ws closed' } });
      });
      const [before] = toastItems();
      expect(before).toHaveAttribute('data-kind', 'reconnecting');
      expect(before).toHaveTextContent('Reconnecting');
      act(() => {
        store.reportNotification({ type: 'RECONNECTED', data: null });
      });
      const [after] = toastItems();
      expect(after).toBe(before);
      expect(after).toHaveAttribute('data-kind', 'reconnected');
      expect(after).toHaveAttribute('data-severity', 'success');
      expect(after).toHaveTextContent('Reconnected');
      expect(screen.getByRole('status')).toHaveTextContent('Reconnected.');
    });
  });

  describe('a custom renderToast', () => {
    it('replaces the body and keeps the close button', () => {
      const { report } = setup(<HMSErrorToasts renderToast={(entry, { copy }) => <b>{`${copy.title} (${entry.code})`}</b>} />);
      report(errors.screenShareFailed);
      expect(screen.getByText("Can't start your video (3006)")).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /^Dismiss/ })).toBeInTheDocument();
    });

    it('falls back to the default body when it throws, logging once per toaster', () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { report } = setup(
        <>
          <p>Host app</p>
          <HMSErrorToasts
            renderToast={() => {
              throw new Error('bad render');
            }}
          />
        </>,
      );
      report(errors.screenShareFailed);
      report(errors.noAudio);
      expect(screen.getByText('Host app')).toBeInTheDocument();
      expect(toastItems()).toHaveLength(2);
      expect(within(toastItems()[0]).getByText("Can't start your video")).toBeInTheDocument();
      const ownLogs = log.mock.calls.filter((args) => String(args[0]).includes('[react-hms-errors]'));
      expect(ownLogs).toHaveLength(1);
      expect(String(ownLogs[0][0])).toContain('renderToast');
    });
  });

  describe('message text', () => {
    it('is rendered as text, never markup', () => {
      const { report } = setup(
        <HMSErrorToasts copy={{ 3006: { message: '<img src=x onerror="alert(1)">' } }} />,
      );
      report(errors.screenShareFailed);
      const [toast] = toastItems();
      expect(toast.querySelector('img')).toBeNull();
      expect(toast).toHaveTextContent('<img src=x onerror="alert(1)">');
    });
  });
});

function toastTitle(index: number): string {
  return toastItems()[index].querySelector('.hmse-toast-title > span')!.textContent!;
}
