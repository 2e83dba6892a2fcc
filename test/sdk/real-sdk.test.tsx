import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getErrorCopy,
  createHMSErrorStore,
  HMSErrorProvider,
  HMSErrorUI,
  useHMSErrors,
  type HMSErrorStore,
  type HMSNotificationsLike,
} from 'react-hms-errors';
import { answerFetchWith, createRealSDK, FAKE_JWT, failFetch, INIT_ENDPOINT } from './harness';

type SDK = Awaited<ReturnType<typeof createRealSDK>>;

/** A host app as the README shows it: the hook wired to the SDK, and the kit's UI. */
function CallScreen({ notifications, onGuard }: { notifications: HMSNotificationsLike; onGuard?: (g: ReturnType<typeof useHMSErrors>['guard']) => void }) {
  const { guard } = useHMSErrors({ notifications });
  onGuard?.(guard);
  return <HMSErrorUI />;
}

/** The toasts on screen, by role, inside the kit's labelled region. */
const shownToasts = () => {
  // A landmark only while it holds toasts (issue 12).
  const region = screen.queryByRole('region', { name: /notifications/i });
  return region ? within(region).queryAllByRole('listitem') : [];
};

let sdk: SDK;
let store: HMSErrorStore;
let guard: ReturnType<typeof useHMSErrors>['guard'];

beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});
  sdk = await createRealSDK();
  sdk.actions.setLogLevel(7 /* HMSLogLevel.NONE */);
  store = createHMSErrorStore();
  render(
    <HMSErrorProvider store={store}>
      <CallScreen notifications={sdk.notifications} onGuard={(g) => (guard = g)} />
    </HMSErrorProvider>,
  );
});

afterEach(async () => {
  await sdk.actions.leave().catch(() => {});
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const config = (authToken: string) => ({ userName: 'Ada', authToken, initEndpoint: INIT_ENDPOINT });

describe('given the real @100mslive/hms-video-store wired through useHMSErrors', () => {
  it('shows one terminal dialog with room copy when init answers HTTP 400 {code: 40001}', async () => {
    answerFetchWith(400, { code: 40001, message: 'Invalid room' });
    await act(() => sdk.actions.join(config(FAKE_JWT)).catch(() => {}));

    const dialog = await screen.findByRole('alertdialog');
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    expect(dialog).toHaveAccessibleName(getErrorCopy(store.getState().terminal!).title);
    const { terminal, history, toasts } = store.getState();
    expect(terminal).toMatchObject({ code: 40001, isTerminal: true, catalogKey: '40001', name: 'ServerErrors' });
    expect(terminal!.meta.category).toBe('room');
    expect(terminal!.sources).toEqual(['notification']);
    expect(history).toHaveLength(1);
    expect(toasts).toHaveLength(0);
  });

  it('shows one non-terminal 2003 toast when preview() cannot reach the server', async () => {
    failFetch();
    // preview() leaves the room in Connecting and may never settle: don't await it.
    void sdk.actions.preview(config(FAKE_JWT)).catch(() => {});

    await waitFor(() => expect(store.getState().toasts).toHaveLength(1));
    const [toast] = store.getState().toasts;
    expect(toast).toMatchObject({ code: 2003, isTerminal: false, catalogKey: '2003', name: 'EndpointUnreachable' });
    expect(toast.meta.category).toBe('network');
    await waitFor(() => expect(shownToasts()).toHaveLength(1));
    expect(shownToasts()[0]).toHaveTextContent(getErrorCopy(toast).title);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getState().terminal).toBeNull();
    expect(store.getState().history).toHaveLength(1);
  });

  it('shows one terminal 2004 when guard(join()) rejects a token that is not a JWT (no notification is sent)', async () => {
    let result: unknown = 'unset';
    await act(async () => {
      result = await guard(sdk.actions.join(config('not-a-jwt')), { label: 'join' });
    });

    expect(result).toBeUndefined();
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    const { terminal, history } = store.getState();
    expect(terminal).toMatchObject({ code: 2004, isTerminal: true, catalogKey: '2004', name: 'InvalidTokenFormat' });
    expect(terminal!.meta.category).toBe('token');
    expect(terminal!.sources).toEqual(['guard']);
    expect(history).toHaveLength(1);
  });

  it('shows one entry for init 400 {code: 40101} through guard(join()) despite the double delivery', async () => {
    answerFetchWith(400, { code: 40101, message: 'Invalid access key' });
    await act(async () => {
      await guard(sdk.actions.join(config(FAKE_JWT)), { label: 'join' });
    });

    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Error 40101');
    expect(screen.getByRole('button', { name: 'Go home' })).toHaveFocus();
    const { terminal, history, stats } = store.getState();
    expect(terminal).toMatchObject({ code: 40101, isTerminal: true, catalogKey: '40101' });
    expect(terminal!.meta.category).toBe('token');
    // Delivered as an ERROR notification and as the rejection: one record, both sources noted.
    expect(history).toHaveLength(1);
    expect([...history[0].sources].sort()).toEqual(['guard', 'notification']);
    expect(stats).toEqual({ reported: 2, deduplicated: 1, evicted: 0 });
  });

  it('reports once when several components pass hms.getNotifications() inline', async () => {
    function Inline() {
      useHMSErrors({ notifications: sdk.hms.getNotifications() });
      return null;
    }
    render(
      <HMSErrorProvider store={store}>
        <Inline />
        <Inline />
      </HMSErrorProvider>,
    );
    failFetch();
    void sdk.actions.preview(config(FAKE_JWT)).catch(() => {});

    await waitFor(() => expect(store.getState().toasts).toHaveLength(1));
    expect(store.getState().toasts[0]).toMatchObject({ code: 2003, count: 1 });
    expect(store.getState().stats.reported).toBe(1);
  });
});
