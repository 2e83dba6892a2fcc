import * as Dialog from '@radix-ui/react-dialog';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorRecent, HMSErrorToasts, isHMSErrorUIEvent } from '../src';
import { trackError } from './support/scenarios';
import './stories.css';

/**
 * Issue 12's accessibility scenarios: the recent-notifications view, toasts used from inside a
 * host's modal, and a phone-sized call whose controls the toasts leave free.
 */
const meta = {
  title: 'Components/Accessibility',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);
const cameraInUse = trackError(3003, 'DeviceInUse', 'video');
const noAudio = trackError(3010, 'NoAudioDetected', 'audio');
const screenShare = { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false };

function useSeededStore(seed: (store: ReturnType<typeof createHMSErrorStore>) => void) {
  const [store] = useState(() => {
    const store = createHMSErrorStore();
    seed(store);
    return store;
  });
  return store;
}

/** Toasts that left the screen, listed again with their buttons, in a labelled region. */
export const RecentNotifications: Story = {
  render: function Render() {
    const store = useSeededStore((s) => {
      s.report(noAudio);
      s.report(cameraInUse);
      s.dismissAll();
    });
    return (
      <HMSErrorProvider store={store}>
        <main className="sb-page" style={{ padding: 16, maxWidth: 420 }}>
          <HMSErrorRecent onRetry={() => {}} />
        </main>
        <HMSErrorToasts />
      </HMSErrorProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const region = await page(canvasElement).findByRole('region', { name: 'Recent notifications' });
    const items = within(region).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    // Its buttons work again, each described by the toast's title.
    const [action] = within(items[0]).getAllByRole('button').filter((b) => b.hasAttribute('aria-describedby'));
    await expect(action).toHaveAccessibleDescription(/\S/);
  },
};

/**
 * A host's Radix modal (the call's settings) and a toast at the same time: the host passes
 * `isHMSErrorUIEvent` to `onPointerDownOutside` / `onFocusOutside`, so dismissing the toast does
 * not close the settings.
 */
export const UnderAHostModal: Story = {
  render: function Render() {
    const store = useSeededStore((s) => s.report(screenShare));
    return (
      <HMSErrorProvider store={store}>
        <main className="sb-page" style={{ padding: 16 }}>
          <Dialog.Root defaultOpen>
            <Dialog.Trigger className="sb-button">Settings</Dialog.Trigger>
            <Dialog.Portal>
              <Dialog.Overlay style={{ position: 'fixed', inset: 0, background: 'rgba(0,0,0,.4)' }} />
              <Dialog.Content
                aria-describedby={undefined}
                style={{ position: 'fixed', top: 40, left: 40, padding: 16, background: '#fff', color: '#111', borderRadius: 8 }}
                onPointerDownOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
                onFocusOutside={(event) => isHMSErrorUIEvent(event) && event.preventDefault()}
              >
                <Dialog.Title style={{ margin: 0, fontSize: 18 }}>Settings</Dialog.Title>
                <Dialog.Close>Close settings</Dialog.Close>
              </Dialog.Content>
            </Dialog.Portal>
          </Dialog.Root>
        </main>
        <HMSErrorToasts />
      </HMSErrorProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await body.findByRole('dialog', { name: 'Settings' });
    const close = await waitFor(() => canvasElement.ownerDocument.querySelector<HTMLElement>('[data-hmse-close]')!);
    await userEvent.click(close);
    await waitFor(() => expect(canvasElement.ownerDocument.querySelector('[data-hmse-toast]')).toBeNull());
    await expect(body.getByRole('dialog', { name: 'Settings' })).toBeInTheDocument();
  },
};

/**
 * A 320 px phone call: `inset={{ bottom: 64 }}` keeps the 64 px controls row free; the stack
 * stays collapsed (newest in front) until hovered or focused (F8).
 */
export const PhoneCallWithControls: Story = {
  globals: { viewport: { value: 'mobile1' } },
  render: function Render() {
    const store = useSeededStore((s) => [screenShare, noAudio, cameraInUse].forEach((e) => s.report(e)));
    return (
      <HMSErrorProvider store={store}>
        <main className="sb-page" style={{ position: 'fixed', inset: 0, background: '#0d1117' }}>
          <div style={{ position: 'fixed', left: 0, right: 0, bottom: 0, height: 64, boxSizing: 'border-box', display: 'flex', gap: 8, padding: 12, background: '#161b22' }}>
            <button type="button" style={{ flex: 1 }}>
              Mute
            </button>
            <button type="button" style={{ flex: 1 }}>
              Leave
            </button>
          </div>
        </main>
        <HMSErrorToasts inset={{ bottom: 64 }} colorScheme="dark" />
      </HMSErrorProvider>
    );
  },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const region = await body.findByRole('region', { name: 'Notifications (F8)' });
    const root = region.closest('[data-hmse-root]')!;
    const controls = body.getByRole('button', { name: 'Leave' }).parentElement!;
    await expect(root.getBoundingClientRect().bottom).toBeLessThanOrEqual(controls.getBoundingClientRect().top);
  },
};
