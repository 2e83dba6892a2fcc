import * as Dialog from '@radix-ui/react-dialog';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createHMSErrorStore, HMSErrorDialog, HMSErrorProvider, HMSErrorToasts, HMSErrorUI, isHMSErrorUIEvent } from 'react-hms-errors';
import { errors, invalidLink, setup } from './helpers';

// Issue 12, items 5, 6 and 8.
describe('layering', () => {
  describe('while a call-ending dialog is open', () => {
    it("hides every toasts root, another provider's too, from assistive technology and makes it inert", () => {
      const left = createHMSErrorStore();
      const right = createHMSErrorStore();
      render(
        <>
          <HMSErrorProvider store={left}>
            <HMSErrorUI />
          </HMSErrorProvider>
          <HMSErrorProvider store={right}>
            <HMSErrorToasts hotkey="F9" />
          </HMSErrorProvider>
        </>,
      );
      act(() => void right.report(errors.screenShareFailed));
      const rightRoot = screen.getByRole('region', { name: 'Notifications (F9)' }).closest('[data-hmse-root]')!;
      act(() => void left.report(invalidLink));
      expect(screen.getByRole('alertdialog')).toBeInTheDocument();
      expect(rightRoot).toHaveAttribute('aria-hidden', 'true');
      expect(rightRoot).toHaveAttribute('inert');
      expect(screen.queryByRole('region', { name: 'Notifications (F9)' })).toBeNull();
      act(() => left.dismissTerminal());
      expect(rightRoot).not.toHaveAttribute('aria-hidden');
      expect(rightRoot).not.toHaveAttribute('inert');
      expect(screen.getByRole('region', { name: 'Notifications (F9)' })).toBeInTheDocument();
    });
  });

  describe("under a host's Radix modal that uses isHMSErrorUIEvent", () => {
    it('a click on a toast works and does not close the host modal', async () => {
      // jsdom has no stylesheet: the kit's `pointer-events: auto` over the modal's
      // `pointer-events: none` body is checked in Chromium (the story); here the check is off.
      const user = userEvent.setup({ pointerEventsCheck: 0 });
      const { report, store } = setup(
        <>
          <Dialog.Root defaultOpen>
            <Dialog.Portal>
              <Dialog.Content
                aria-describedby={undefined}
                onPointerDownOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
                onFocusOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
              >
                <Dialog.Title>Settings</Dialog.Title>
                <button type="button">Save</button>
              </Dialog.Content>
            </Dialog.Portal>
          </Dialog.Root>
          <HMSErrorToasts />
        </>,
      );
      report(errors.screenShareFailed);
      report(errors.noAudio);
      const toasts = screen.getAllByRole('listitem', { hidden: true });
      await user.click(within(toasts[1]).getByRole('button', { name: /^Dismiss/, hidden: true }));
      expect(store.getState().toasts).toHaveLength(1);
      expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
    });

    it('tells kit events from the rest', () => {
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      const inside = screen.getByRole('button', { name: /^Dismiss/ });
      expect(isHMSErrorUIEvent({ target: inside })).toBe(true);
      expect(isHMSErrorUIEvent({ target: document.body })).toBe(false);
      // Radix's outside events carry the original event in `detail`.
      expect(isHMSErrorUIEvent({ target: null, detail: { originalEvent: { target: inside } } })).toBe(true);
      expect(isHMSErrorUIEvent(null)).toBe(false);
    });
  });
});

describe('the dialog', () => {
  it("makes the countdown's sentence part of its description", () => {
    const { report } = setup(<HMSErrorDialog autoNavigateAfterMs={30_000} />);
    report(invalidLink);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveAccessibleDescription(/Going home in 30 s/);
    // …as well as the message.
    expect(dialog).toHaveAccessibleDescription(/Access Key|invite|link/i);
  });

  it("follows the system's colour scheme by default", () => {
    const { report } = setup(<HMSErrorDialog />);
    report(invalidLink);
    expect(screen.getByRole('alertdialog').closest('[data-hmse-root]')).toHaveAttribute('data-color-scheme', 'system');
  });
});
