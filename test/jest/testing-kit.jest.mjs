// An app's test under jest (not vitest), with Testing Library, using react-hms-errors/testing.
// Plain JavaScript with React.createElement, so that jest needs no transform; JSX works the same
// with babel-jest or ts-jest in an app.
import { afterEach, expect, it, jest } from '@jest/globals';
import { createElement as h } from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HMSErrorProvider, HMSErrorUI, useHMSErrors } from 'react-hms-errors';
import {
  createFakeHMSActions,
  createFakeHMSNotifications,
  doubleDelivery,
  reconnectThenGiveUp,
} from 'react-hms-errors/testing';

function CallScreen({ notifications, actions }) {
  const { guard } = useHMSErrors({ notifications });
  const join = () => guard(() => actions.join({ userName: 'Ada', authToken: 'token' }), { label: 'join' });
  return h('main', null, h('h1', null, 'Weekly sync'), h('button', { type: 'button', onClick: () => void join() }, 'Join'));
}

function renderCall({ onNavigateHome = () => {} } = {}) {
  const notifications = createFakeHMSNotifications();
  const actions = createFakeHMSActions();
  render(
    h(
      HMSErrorProvider,
      { actions },
      h(CallScreen, { notifications, actions }),
      h(HMSErrorUI, { onNavigateHome }),
    ),
  );
  return { notifications, actions };
}

afterEach(() => {
  jest.useRealTimers();
});

it('sends the person home, leaving the room, when the connection never comes back', async () => {
  jest.useFakeTimers({ advanceTimers: true });
  const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
  const onNavigateHome = jest.fn();
  const { notifications, actions } = renderCall({ onNavigateHome });

  const gaveUp = reconnectThenGiveUp({ notifications });
  expect(screen.getAllByText('Reconnecting').length).toBeGreaterThan(0);
  await jest.advanceTimersByTimeAsync(60_000);
  await gaveUp;

  const dialog = screen.getByRole('alertdialog', { name: "We couldn't reconnect you" });
  await user.click(within(dialog).getByRole('button', { name: 'Go home' }));
  expect(actions.leave.calls).toHaveLength(1);
  expect(onNavigateHome).toHaveBeenCalledTimes(1);
});

it('shows a double delivery (notification + rejection of join) once', async () => {
  const user = userEvent.setup();
  const { notifications, actions } = renderCall();
  actions.join.hang();
  await user.click(screen.getByRole('button', { name: 'Join' }));
  // The rejection reaches the kit through join's promise, outside the fakes' own act(): wrap it.
  await act(async () => {
    await doubleDelivery({ notifications, actions }, { code: 40101, notifyAfterMs: 0, rejectAfterMs: 0 });
  });
  expect(await screen.findAllByRole('alertdialog')).toHaveLength(1);
  expect(actions.join.calls).toHaveLength(1);
});

it('counts live subscriptions: one while mounted, none after unmount', () => {
  const notifications = createFakeHMSNotifications();
  const { unmount } = render(h(HMSErrorProvider, null, h(CallScreen, { notifications, actions: createFakeHMSActions() })));
  expect(notifications.listenerCount()).toBe(1);
  notifications.emitError(3003);
  unmount();
  expect(notifications.listenerCount()).toBe(0);
});
