import { useId, useState } from 'react';
import { useHMSErrors } from '../../src';
import { BAD_TOKEN, FAKE_JWT, failInit, INIT_ENDPOINT } from './fakeBackend';
import { useSDKRoomState, type RealSDK } from './useRealSDK';

/** What the last join() did, as the SDK itself reported it (the kit shows the person's version). */
function describe(outcome: unknown): string {
  if (outcome && typeof outcome === 'object' && 'code' in outcome) {
    const { code, name } = outcome as { code: unknown; name?: unknown };
    return `join() rejected: ${String(code)} ${typeof name === 'string' ? name : ''}`.trim();
  }
  return `join() rejected: ${String(outcome)}`;
}

/**
 * Joins with the real `@100mslive/hms-video-store`: every call goes through `guard`, and the SDK's
 * notifications reach the kit through `useHMSErrors({ notifications })` (wired in `DemoRoom`).
 */
export function RealSDKPanel({ sdk }: { sdk: RealSDK }) {
  const { guard } = useHMSErrors();
  const roomState = useSDKRoomState(sdk);
  const [status, setStatus] = useState('Not joined yet');
  const headingId = useId();

  const join = async (authToken: string, beforeEachAttempt?: () => void) => {
    setStatus('join() pending…');
    try {
      // The watchdog covers the SDK's join() that never settles when its server is unreachable.
      // Guarding the task (not its promise) lets the dialog's "Rejoin" leave and run it again.
      const task = () => {
        beforeEachAttempt?.();
        return sdk.actions.join({ userName: 'Ada', authToken, initEndpoint: INIT_ENDPOINT });
      };
      await guard(task, {
        label: 'join',
        timeoutMs: 30_000,
        rethrow: true,
      });
      setStatus('join() resolved');
    } catch (error) {
      setStatus(describe(error));
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Real 100ms SDK</h3>
      <p className="demo-muted">
        <code>@100mslive/hms-video-store</code> with <code>fetch</code> stubbed in this story: the init
        endpoint answers HTTP 400 <code>{'{ code: 40001 }'}</code>. After an HTTP 500, the dialog's
        Rejoin calls this SDK's <code>leave()</code> and runs the guarded <code>join()</code> again; Allow
        audio calls its <code>unblockAudio()</code>.
      </p>
      <div className="demo-buttons">
        <button type="button" onClick={() => join(BAD_TOKEN)}>
          Join with a bad token
        </button>
        <button type="button" onClick={() => join(FAKE_JWT)}>
          Join a room that does not exist
        </button>
        <button
          type="button"
          onClick={() => {
            // The server fails the first attempt only: "Rejoin" reaches it again and gets its answer.
            let attempts = 0;
            void join(FAKE_JWT, () => failInit(attempts++ === 0 ? 500 : null));
          }}
        >
          Join while the server fails (HTTP 500)
        </button>
      </div>
      <dl className="demo-facts">
        <dt>SDK room state</dt>
        <dd data-testid="sdk-room-state">{roomState}</dd>
        <dt>Last call</dt>
        <dd data-testid="sdk-last-call">{status}</dd>
      </dl>
    </section>
  );
}
