import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { HMSErrorProvider, HMSErrorUI, useHMSErrors, type HMSNotificationsLike } from 'react-hms-errors';
import { HMSErrorDevtools } from 'react-hms-errors/devtools';
import { createFakeHMSNotifications } from 'react-hms-errors/testing';

function CallScreen({ notifications }: { notifications: HMSNotificationsLike }) {
  useHMSErrors({ notifications });
  return <h1>Weekly sync</h1>;
}

// Your app: the devtools next to the kit's UI. In a production build they render nothing.
function App({ notifications }: { notifications: HMSNotificationsLike }) {
  return (
    <HMSErrorProvider>
      <CallScreen notifications={notifications} />
      <HMSErrorUI />
      <HMSErrorDevtools />
    </HMSErrorProvider>
  );
}

it('says what became of a report, and why', async () => {
  const user = userEvent.setup();
  const notifications = createFakeHMSNotifications(); // stands in for hms.getNotifications()
  render(<App notifications={notifications} />);
  notifications.emitError(3003); // the camera or microphone is in use by another app

  const devtools = within(screen.getByRole('complementary', { name: 'Error devtools' }));
  await user.click(devtools.getByRole('button', { name: 'Error devtools (1)' }));
  await user.click(devtools.getByRole('button', { name: /^#1 .* toast 3003 / }));
  expect(devtools.getByText('There was a free toast slot.')).toBeInTheDocument();
  expect(devtools.getByText('Non-terminal errors are toasts.', { exact: false })).toBeInTheDocument();
});
