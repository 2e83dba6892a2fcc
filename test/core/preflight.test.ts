import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore } from 'react-hms-errors';
import { runHMSPreflight, type HMSPreflightCheckId } from 'react-hms-errors/core';
import { createFakeHMSActions, createHMSException } from 'react-hms-errors/testing';

// jsdom has no `isSecureContext`, `RTCPeerConnection`, `navigator.mediaDevices`,
// `navigator.permissions` or `navigator.getAutoplayPolicy`: each test builds the browser it needs
// as an `environment` object (a stand-in for `window`), or stubs the real globals where it says so.

class FakePeerConnection {}

/** A healthy browser: secure, WebRTC, a camera and a microphone, both allowed, autoplay allowed. */
function browser(overrides: { navigator?: Record<string, unknown>; [key: string]: unknown } = {}) {
  const { navigator, ...rest } = overrides;
  return {
    isSecureContext: true,
    RTCPeerConnection: FakePeerConnection,
    navigator: {
      mediaDevices: {
        enumerateDevices: async () => [
          { kind: 'audioinput', deviceId: 'mic' },
          { kind: 'videoinput', deviceId: 'cam' },
          { kind: 'audiooutput', deviceId: 'spk' },
        ],
      },
      permissions: { query: async () => ({ state: 'granted' }) },
      getAutoplayPolicy: () => 'allowed',
      ...navigator,
    },
    ...rest,
  };
}

const byId = (result: Awaited<ReturnType<typeof runHMSPreflight>>, id: HMSPreflightCheckId) =>
  result.checks.find((c) => c.id === id)!;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('runHMSPreflight', () => {
  describe('given a healthy browser', () => {
    it('passes every check it can make and finds nothing', async () => {
      const result = await runHMSPreflight({ environment: browser() });
      expect(result).toMatchObject({ status: 'pass', ok: true, findings: [] });
      expect(result.checks.map((c) => [c.id, c.status])).toEqual([
        ['secure-context', 'pass'],
        ['webrtc', 'pass'],
        ['devices', 'pass'],
        ['permissions', 'pass'],
        ['autoplay', 'pass'],
        ['connectivity', 'skipped'],
      ]);
    });
  });

  describe('given a page opened over plain HTTP', () => {
    it('fails with the terminal 6010 once, and skips the checks that need a secure page', async () => {
      const result = await runHMSPreflight({
        environment: browser({ isSecureContext: false, navigator: { mediaDevices: undefined } }),
      });
      expect(result.status).toBe('fail');
      expect(result.findings.map((f) => [f.code, f.catalogKey, f.isTerminal])).toEqual([[6010, '6010', true]]);
      expect(byId(result, 'devices').status).toBe('skipped');
      expect(byId(result, 'permissions').status).toBe('skipped');
    });
  });

  it('finds a missing RTCPeerConnection as the terminal 6011', async () => {
    const result = await runHMSPreflight({ environment: browser({ RTCPeerConnection: undefined }) });
    expect(byId(result, 'webrtc')).toMatchObject({ status: 'fail', finding: { code: 6011, name: 'MissingRTCPeerConnection' } });
    expect(result.ok).toBe(false);
  });

  it('finds a secure page without navigator.mediaDevices as 6010', async () => {
    const result = await runHMSPreflight({ environment: browser({ navigator: { mediaDevices: undefined } }) });
    expect(byId(result, 'devices')).toMatchObject({ status: 'fail', finding: { code: 6010 } });
  });

  describe('given a computer without a camera', () => {
    it('warns with 3002 for video only', async () => {
      const result = await runHMSPreflight({
        environment: browser({
          navigator: { mediaDevices: { enumerateDevices: async () => [{ kind: 'audioinput' }] } },
        }),
      });
      expect(byId(result, 'devices')).toMatchObject({
        status: 'warn',
        finding: { code: 3002, catalogKey: '3002', trackType: 'video', isTerminal: false },
      });
      expect(result).toMatchObject({ status: 'warn', ok: true });
    });

    it('finds nothing when the call uses no camera', async () => {
      const result = await runHMSPreflight({
        devices: { video: false },
        environment: browser({
          navigator: { mediaDevices: { enumerateDevices: async () => [{ kind: 'audioinput' }] } },
        }),
      });
      expect(result.findings).toEqual([]);
    });
  });

  describe('given blocked permissions', () => {
    it('reports 3001 with the device that is blocked', async () => {
      const query = async ({ name }: { name: string }) => ({ state: name === 'camera' ? 'denied' : 'prompt' });
      const result = await runHMSPreflight({ environment: browser({ navigator: { permissions: { query } } }) });
      expect(byId(result, 'permissions')).toMatchObject({ status: 'warn', finding: { code: 3001, trackType: 'video' } });
    });

    it('names both devices when both are blocked', async () => {
      const query = async () => ({ state: 'denied' });
      const result = await runHMSPreflight({ environment: browser({ navigator: { permissions: { query } } }) });
      expect(byId(result, 'permissions').finding).toMatchObject({ code: 3001, trackType: 'audio, video' });
    });

    it("says it couldn't check when the browser rejects the permission names (Firefox, older Safari)", async () => {
      const query = async () => {
        throw new TypeError("'camera' (value of 'name' member of PermissionDescriptor) is not a valid value");
      };
      const result = await runHMSPreflight({ environment: browser({ navigator: { permissions: { query } } }) });
      expect(byId(result, 'permissions')).toMatchObject({ status: 'unknown', finding: null });
    });
  });

  describe('autoplay', () => {
    it('warns with 3008 where the browser says sound needs a click (getAutoplayPolicy, Firefox)', async () => {
      for (const policy of ['disallowed', 'allowed-muted']) {
        const result = await runHMSPreflight({ environment: browser({ navigator: { getAutoplayPolicy: () => policy } }) });
        expect(byId(result, 'autoplay')).toMatchObject({ status: 'warn', finding: { code: 3008, trackType: 'audio' } });
      }
    });

    it("says it couldn't check where the browser does not tell", async () => {
      const result = await runHMSPreflight({ environment: browser({ navigator: { getAutoplayPolicy: undefined } }) });
      expect(byId(result, 'autoplay')).toMatchObject({ status: 'unknown', finding: null });
    });
  });

  describe('given hostile or missing browser APIs', () => {
    it('never throws, whatever throws, hangs or is missing', async () => {
      vi.useFakeTimers();
      const throwing = new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
        },
      );
      const environments: unknown[] = [
        undefined,
        null,
        {},
        throwing,
        { navigator: throwing },
        browser({ navigator: { mediaDevices: throwing, permissions: throwing, getAutoplayPolicy: throwing } }),
        browser({
          navigator: {
            mediaDevices: { enumerateDevices: () => new Promise(() => {}) },
            permissions: { query: () => new Promise(() => {}) },
            getAutoplayPolicy: () => {
              throw new Error('nope');
            },
          },
        }),
        browser({
          navigator: {
            mediaDevices: {
              enumerateDevices: () => {
                throw new Error('sync');
              },
            },
            permissions: { query: () => null },
          },
        }),
        browser({ navigator: { mediaDevices: { enumerateDevices: async () => 'not a list' } } }),
      ];
      for (const environment of environments) {
        const run = runHMSPreflight({ environment, timeoutMs: 1000 });
        await vi.advanceTimersByTimeAsync(5000);
        const result = await run;
        expect(result.checks).toHaveLength(6);
        expect(['pass', 'warn', 'fail']).toContain(result.status);
      }
    });

    it('reads the real globals by default (stubbed here: jsdom has none of them)', async () => {
      vi.stubGlobal('isSecureContext', false);
      const result = await runHMSPreflight();
      expect(byId(result, 'secure-context').finding).toMatchObject({ code: 6010 });
      expect(byId(result, 'webrtc').finding).toMatchObject({ code: 6011 });
    });
  });

  describe('with report', () => {
    it('reports each finding into a store: a toast for 3002, the dialog for 6011', async () => {
      const store = createHMSErrorStore();
      await runHMSPreflight({
        report: store,
        environment: browser({
          navigator: { mediaDevices: { enumerateDevices: async () => [{ kind: 'videoinput' }] } },
        }),
      });
      expect(store.getState().toasts.map((t) => [t.code, t.trackType])).toEqual([[3002, 'audio']]);
      expect(store.getState().terminal).toBeNull();

      await runHMSPreflight({ report: store, environment: browser({ RTCPeerConnection: undefined }) });
      expect(store.getState().terminal).toMatchObject({ code: 6011 });
    });

    it('keeps the result when the reporter throws, and reports nothing for an aborted run', async () => {
      const seen: unknown[] = [];
      const result = await runHMSPreflight({
        environment: browser({ RTCPeerConnection: undefined }),
        report: (error) => {
          seen.push(error);
          throw new Error('reporter broke');
        },
      });
      expect(result.findings).toHaveLength(1);
      expect(seen).toHaveLength(1);

      const controller = new AbortController();
      controller.abort();
      await runHMSPreflight({ environment: browser({ RTCPeerConnection: undefined }), signal: controller.signal, report: (e) => seen.push(e) });
      expect(seen).toHaveLength(1);
    });
  });

  describe("with the SDK's actions (initDiagnostics)", () => {
    it('passes when the connectivity check completes without errors', async () => {
      const actions = createFakeHMSActions();
      const result = await runHMSPreflight({ environment: browser(), actions });
      expect(byId(result, 'connectivity').status).toBe('pass');
      expect(actions.initDiagnostics.calls).toHaveLength(1);
    });

    it("reports the connectivity check's error, and the browser support check's", async () => {
      const actions = createFakeHMSActions();
      actions.diagnostics.failConnectivity([createHMSException(1000)]);
      let result = await runHMSPreflight({ environment: browser(), actions });
      expect(byId(result, 'connectivity')).toMatchObject({ status: 'warn', finding: { code: 1000 } });

      actions.diagnostics.failBrowserSupport(createHMSException(6011));
      result = await runHMSPreflight({ environment: browser(), actions });
      expect(byId(result, 'connectivity')).toMatchObject({ status: 'fail', finding: { code: 6011 } });
    });

    it('gives up with 2003 when the check never completes', async () => {
      vi.useFakeTimers();
      const actions = createFakeHMSActions();
      actions.diagnostics.hangConnectivity();
      const run = runHMSPreflight({ environment: browser(), actions, connectivity: { timeoutMs: 10_000 } });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(byId(await run, 'connectivity')).toMatchObject({ status: 'warn', finding: { code: 2003 } });
    });

    it('contains an initDiagnostics that throws', async () => {
      const result = await runHMSPreflight({
        environment: browser(),
        actions: {
          initDiagnostics: () => {
            throw new Error('Should only be called after joining');
          },
        },
      });
      expect(byId(result, 'connectivity')).toMatchObject({ status: 'unknown', finding: null });
    });
  });
});
