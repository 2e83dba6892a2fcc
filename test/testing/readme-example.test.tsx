import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { HMSErrorProvider, HMSErrorUI, useHMSErrors, type HMSNotificationsLike } from 'react-hms-errors';
import { createFakeHMSActions, createFakeHMSNotifications, reconnectThenGiveUp } from 'react-hms-errors/testing';

// Your app's call screen: it hands the SDK's notifications to the kit.
function CallScreen({ notifications }: { notifications: HMSNotificationsLike }) {
  useHMSErrors({ notifications });
  return <h1>Weekly sync</h1>;
}

afterEach(() => {
  vi.useRealTimers();
});

it('sends the person home, leaving the room, when the connection never comes back', async () => {
  // Fake timers for the SDK's 60 s; `shouldAdvanceTime` lets Testing Library's own waits run.
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const notifications = createFakeHMSNotifications(); // stands in for hms.getNotifications()
  const actions = createFakeHMSActions(); // stands in for hms.getActions()
  const onNavigateHome = vi.fn();
  render(
    <HMSErrorProvider actions={actions}>
      <CallScreen notifications={notifications} />
      <HMSErrorUI onNavigateHome={onNavigateHome} />
    </HMSErrorProvider>,
  );

  // RECONNECTING now; the terminal 1003 once the SDK's 60 s retry window has passed.
  const gaveUp = reconnectThenGiveUp({ notifications });
  expect(screen.getAllByText('Reconnecting').length).toBeGreaterThan(0);
  await vi.advanceTimersByTimeAsync(60_000);
  await gaveUp;

  const dialog = screen.getByRole('alertdialog', { name: "We couldn't reconnect you" });
  await user.click(within(dialog).getByRole('button', { name: 'Go home' }));
  expect(actions.leave.calls).toHaveLength(1);
  expect(onNavigateHome).toHaveBeenCalledTimes(1);
});
