import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts } from '../../src';

const screenShareFailed = { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false };
const noAudio = { code: 3010, name: 'NoAudioDetected', message: 'no audio', isTerminal: false };

const region = () => screen.getByRole('region', { name: 'Notifications (F8)' });
const toastItems = () => Array.from(document.querySelectorAll<HTMLElement>('[data-hmse-toast]'));

describe('toast focus in a real Chromium (issue 14)', () => {
  describe('given two toasts, focus on a trigger button and F8 pressed', () => {
    it('a mouse dismissal keeps the other timer running, and focus ends on the trigger, never on the region or body', async () => {
      // The error stays; the warning times out soon (a short duration, not a timing assertion).
      const store = createHMSErrorStore({ durations: { error: null, warning: 1500 } });
      render(
        <HMSErrorProvider store={store}>
          <main>
            <h1>Room</h1>
            <button type="button">Share screen</button>
          </main>
          <HMSErrorToasts />
        </HMSErrorProvider>,
      );
      const trigger = screen.getByRole('button', { name: 'Share screen' });
      await userEvent.click(trigger);
      act(() => {
        store.report(screenShareFailed);
        store.report(noAudio);
      });
      expect(toastItems()).toHaveLength(2);
      await userEvent.keyboard('{F8}');
      expect(region()).toHaveFocus();

      // From the mouse dismissal on, record everything that holds focus.
      const focused: (Element | null)[] = [];
      const onFocusIn = () => focused.push(document.activeElement);
      document.addEventListener('focusin', onFocusIn);
      try {
        const [error] = toastItems();
        await userEvent.click(within(error).getByRole('button', { name: /^Dismiss/ }));
        focused.push(document.activeElement);
        expect(toastItems()).toHaveLength(1);
        // The person moves the mouse back to the call.
        await userEvent.hover(trigger);
        await expect
          .poll(
            () => {
              focused.push(document.activeElement);
              return toastItems().length;
            },
            { timeout: 10_000 },
          )
          .toBe(0);
        focused.push(document.activeElement);
      } finally {
        document.removeEventListener('focusin', onFocusIn);
      }

      expect(trigger).toHaveFocus();
      // (Empty, the toasts' element is no landmark: found by its class.)
      const container = document.querySelector('.hmse-toasts');
      expect(focused.filter((el) => el === document.body || el === container || el === null)).toEqual([]);
    });
  });
});
