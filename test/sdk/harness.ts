// Runs the real @100mslive/hms-video-store under jsdom with no server, as TOOLCHAIN.md describes:
// the browser APIs it probes for, an https init endpoint, and a stubbed `fetch`.
import { vi } from 'vitest';

export const INIT_ENDPOINT = 'https://init.example.test';

/** Any three-part base64url string passes the SDK's JWT format check. */
export const FAKE_JWT = [
  { alg: 'HS256', typ: 'JWT' },
  { access_key: 'key', room_id: 'room', user_id: 'user', role: 'host', type: 'app', version: 2 },
  'signature',
]
  .map((part) => Buffer.from(typeof part === 'string' ? part : JSON.stringify(part)).toString('base64url'))
  .join('.');

class FakePeerConnection {
  close() {}
  addEventListener() {}
  removeEventListener() {}
}

class FakeAudioContext {
  state = 'running';
  destination = {};
  resume() {
    return Promise.resolve();
  }
  createMediaElementSource() {
    return { connect() {}, disconnect() {} };
  }
  createGain() {
    return { gain: { value: 1 }, connect() {}, disconnect() {} };
  }
  close() {
    return Promise.resolve();
  }
}

export function installBrowserStubs(): void {
  const mediaDevices = {
    enumerateDevices: () => Promise.resolve([]),
    getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(navigator, 'mediaDevices', { value: mediaDevices, configurable: true });
  vi.stubGlobal('RTCPeerConnection', FakePeerConnection);
  vi.stubGlobal('AudioContext', FakeAudioContext);
}

/** `fetch` answering every call with one JSON response. */
export function answerFetchWith(status: number, body: unknown) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** `fetch` failing the way browsers do when the network is down. */
export function failFetch() {
  const fetch = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

export async function createRealSDK() {
  installBrowserStubs();
  const { HMSReactiveStore } = await import('@100mslive/hms-video-store');
  const hms = new HMSReactiveStore();
  hms.triggerOnSubscribe();
  return { hms, actions: hms.getActions(), notifications: hms.getNotifications() };
}
