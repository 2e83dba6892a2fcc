import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorUI, useHMSErrors, type HMSErrorStore } from 'react-hms-errors';
import { answerFetchWith, createRealSDK, failFetch, FAKE_JWT, INIT_ENDPOINT } from './harness';

// The kit's recovery buttons calling the real @100mslive/hms-video-store's actions (spied on, not
// replaced): the README's first snippet, `<HMSErrorProvider actions={hmsActions}>`, and nothing else.

type SDK = Awaited<ReturnType<typeof createRealSDK>>;

let sdk: SDK;
let store: HMSErrorStore;
let guard: ReturnType<typeof useHMSErrors>['guard'];

function CallScreen({ sdk }: { sdk: SDK }) {
  guard = useHMSErrors({ notifications: sdk.notifications }).guard;
  return <HMSErrorUI />;
}

beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
  sdk = await createRealSDK();
  sdk.actions.setLogLevel(7 /* HMSLogLevel.NONE */);
  store = createHMSErrorStore();
});

afterEach(async () => {
  // leave() while a join hangs may never settle: give it a moment, no more.
  await Promise.race([sdk.actions.leave().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000))]);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderCall() {
  render(
    <HMSErrorProvider store={store} actions={sdk.actions}>
      <CallScreen sdk={sdk} />
    </HMSErrorProvider>,
  );
}

describe('given the real SDK actions on the provider', () => {
  it('"Allow audio" on 3008 calls the real unblockAudio() and the toast goes', async () => {
    const unblockAudio = vi.spyOn(sdk.actions, 'unblockAudio');
    renderCall();
    // The SDK sets up its audio only once a preview or join starts: one that fails is enough.
    failFetch();
    await act(() => guard(() => sdk.actions.preview({ userName: 'Ada', authToken: FAKE_JWT, initEndpoint: INIT_ENDPOINT })));
    act(() => store.dismissAll());
    act(() => void store.report({ code: 3008, name: 'AutoplayBlocked', message: 'autoplay blocked', isTerminal: false }));
    await userEvent.click(screen.getByRole('button', { name: 'Allow audio' }));
    expect(unblockAudio).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Allow audio' })).not.toBeInTheDocument());
    expect(store.getState().toasts).toHaveLength(0);
  });

  it('"Rejoin" after a guarded join failed calls the real leave() and runs join() again against the init endpoint', async () => {
    // Init answers HTTP 500: the real join() rejects with a terminal 500 that trying again can fix.
    const firstFetch = answerFetchWith(500, { code: 500, message: 'Internal error' });
    const leave = vi.spyOn(sdk.actions, 'leave');
    const join = vi.spyOn(sdk.actions, 'join');
    renderCall();
    const config = { userName: 'Ada', authToken: FAKE_JWT, initEndpoint: INIT_ENDPOINT };
    await act(() => guard(() => sdk.actions.join(config), { label: 'join' }));
    expect(store.getState().terminal).toMatchObject({ code: 500 });
    expect(firstFetch).toHaveBeenCalled();
    // The second attempt reaches the server, which now refuses the link: its own error shows.
    const secondFetch = answerFetchWith(400, { code: 40101, message: 'Invalid access key' });
    await userEvent.click(screen.getByRole('button', { name: 'Rejoin' }));
    await waitFor(() => expect(join).toHaveBeenCalledTimes(2));
    expect(leave).toHaveBeenCalled();
    expect(leave.mock.invocationCallOrder[0]).toBeLessThan(join.mock.invocationCallOrder[1]);
    expect(join.mock.calls[1][0]).toEqual(config);
    await waitFor(() => expect(secondFetch).toHaveBeenCalled());
    await waitFor(() => expect(store.getState().terminal).toMatchObject({ code: 40101 }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Error 40101');
  }, 20_000);
});
