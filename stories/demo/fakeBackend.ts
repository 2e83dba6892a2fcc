/**
 * A stand-in for 100ms's servers, installed on `window.fetch` while the demo room is mounted, so
 * the real SDK produces real errors with no network and no account.
 */

/** Where the demo points the SDK's init call. `.invalid` never resolves in DNS (RFC 2606). */
export const INIT_ENDPOINT = 'https://init.invalid';

const base64url = (text: string) => btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** Passes the SDK's token format check (three base64url parts); no server would accept it. */
export const FAKE_JWT = [
  { alg: 'HS256', typ: 'JWT' },
  { access_key: 'demo', room_id: 'no-such-room', user_id: 'ada', role: 'host', type: 'app', version: 2 },
  'signature',
]
  .map((part) => base64url(typeof part === 'string' ? part : JSON.stringify(part)))
  .join('.');

/** Not a JWT at all: the SDK rejects `join()` with 2004 before any request. */
export const BAD_TOKEN = 'not-a-jwt';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

// The init answer while a story asks for a server error (one demo room at a time).
let initFailure: { status: number; code: number; message: string } | null = null;

/**
 * Init calls answer HTTP `status` (e.g. 500: terminal, and worth a Rejoin; the SDK retries it a
 * few times first) until `failInit(null)` puts back the usual 400 `{ code: 40001 }`.
 */
export function failInit(status: number | null, message = 'Internal server error') {
  initFailure = status === null ? null : { status, code: status, message };
}

/**
 * Replaces `window.fetch`: the init endpoint answers HTTP 400 `{ code: 40001 }` ("room not
 * found"), the SDK's analytics calls to *.100ms.live get an empty 200, anything else goes to the
 * real fetch. Returns the function that puts the real fetch back.
 */
export function installFakeBackend(): () => void {
  const realFetch = window.fetch;
  const fake: typeof fetch = async (input, init) => {
    const url = new URL(urlOf(input), window.location.href);
    if (url.origin === new URL(INIT_ENDPOINT).origin) {
      if (initFailure) return json(initFailure.status, { code: initFailure.code, message: initFailure.message });
      return json(400, { code: 40001, message: 'Invalid room' });
    }
    if (url.hostname.endsWith('.100ms.live')) return json(200, {});
    return realFetch(input, init);
  };
  window.fetch = fake;
  return () => {
    initFailure = null;
    // Only undo our own stub: another story may have installed its own since.
    if (window.fetch === fake) window.fetch = realFetch;
  };
}
