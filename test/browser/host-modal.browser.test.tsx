// Issue 12, item 6: under a host's own Radix modal (focus trapped, outside pointer events off),
// the toasts are reachable by keyboard (F8) and by pointer, and using them neither closes the
// host's modal nor loses its focus for good: Tab from the toasts goes back into the modal.
import * as Dialog from '@radix-ui/react-dialog';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts, isHMSErrorUIEvent } from '../../src';

const deviceInUse = { code: 3003, name: 'DeviceInUse', message: 'in use', isTerminal: false, trackType: 'video' };
const toastItems = () => Array.from(document.querySelectorAll<HTMLElement>('[data-hmse-toast]'));

function renderWithHostModal(onRetry = () => {}) {
  const store = createHMSErrorStore();
  render(
    <HMSErrorProvider store={store}>
      <main>
        <h1>Room</h1>
        <Dialog.Root defaultOpen>
          <Dialog.Portal>
            <Dialog.Overlay />
            <Dialog.Content
              aria-describedby={undefined}
              // As the README says: using a toast does not close the host's modal.
              onPointerDownOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
              onFocusOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
              onEscapeKeyDown={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
            >
              <Dialog.Title>Settings</Dialog.Title>
              <button type="button">Save</button>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      </main>
      <HMSErrorToasts onRetry={onRetry} />
    </HMSErrorProvider>,
  );
  act(() => void store.report(deviceInUse));
  return store;
}

describe("under a host's open Radix modal", () => {
  it('F8 moves focus into the toasts and it stays there; Tab returns to the modal, which stays open', async () => {
    renderWithHostModal();
    const save = screen.getByRole('button', { name: 'Save' });
    await expect.poll(() => document.activeElement).toBe(save);
    expect(document.querySelector('[data-radix-focus-guard]')).not.toBeNull(); // the trap is on

    await userEvent.keyboard('{F8}');
    const region = document.querySelector<HTMLElement>('.hmse-toasts')!;
    // A trap that heard of it would have pulled focus back to "Save" by the next frame.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    expect(region.contains(document.activeElement)).toBe(true);

    await userEvent.keyboard('{Tab}');
    const [toast] = toastItems();
    expect(toast!.contains(document.activeElement)).toBe(true);
    expect(document.activeElement).toHaveAccessibleName(/Turn camera on|Try again|Dismiss/);

    // Out of the toasts: the modal's trap takes focus back.
    for (let i = 0; i < 6 && region.contains(document.activeElement); i++) await userEvent.keyboard('{Tab}');
    await expect.poll(() => screen.getByRole('dialog', { name: 'Settings' }).contains(document.activeElement)).toBe(true);
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
  });

  it("a toast's button works by keyboard from there, and the modal stays open", async () => {
    let retried = 0;
    renderWithHostModal(() => void retried++);
    await userEvent.keyboard('{F8}');
    await userEvent.keyboard('{Tab}');
    const button = within(toastItems()[0]!).getAllByRole('button').find((b) => !/^Dismiss/.test(b.getAttribute('aria-label') ?? ''))!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(retried).toBe(1);
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
  });
});
