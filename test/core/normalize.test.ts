import { describe, expect, it } from 'vitest';
import { normalizeHMSError, normalizeHMSNotification } from 'react-hms-errors/core';

/** The web SDK's thrown class: an Error subclass whose `message` is a non-enumerable own property. */
class HMSExceptionLike extends Error {
  constructor(
    public code: number,
    public name: string,
    public action: string,
    message: string,
    public description: string,
    public isTerminal = false,
  ) {
    super(message);
    Object.defineProperty(this, 'message', { value: message, enumerable: false });
  }
}

const now = () => 1_700_000_000_000;

describe('normalizeHMSError', () => {
  describe('given the web SDK notification object', () => {
    it('keeps code, name, texts, terminal flag, track type and the raw input', () => {
      const raw = {
        code: 3001,
        name: 'CantAccessCaptureDevice',
        action: 'TRACK',
        message: 'User denied permission to access capture device - video',
        description: 'No permission',
        isTerminal: false,
        timestamp: new Date(1_600_000_000_000),
        trackType: 'video',
      };
      const error = normalizeHMSError(raw, { now });
      expect(error).toMatchObject({
        code: 3001,
        catalogKey: '3001',
        name: 'CantAccessCaptureDevice',
        action: 'TRACK',
        isTerminal: false,
        trackType: 'video',
        platform: 'web',
        kind: 'error',
        timestamp: 1_600_000_000_000,
      });
      expect(error.raw).toBe(raw);
    });
  });

  describe('given the thrown Error subclass', () => {
    it('reads the non-enumerable message', () => {
      const thrown = new HMSExceptionLike(2004, 'InvalidTokenFormat', 'JOIN', 'Token is not in proper JWT format', '', true);
      expect(Object.keys(thrown)).not.toContain('message');
      const error = normalizeHMSError(thrown);
      expect(error).toMatchObject({ code: 2004, message: 'Token is not in proper JWT format', isTerminal: true, catalogKey: '2004' });
    });
  });

  describe('given the Flutter shape', () => {
    it('accepts a code object with a value and infers the Flutter platform from id/params', () => {
      const error = normalizeHMSError({
        id: 'abc',
        code: { value: 3012 },
        message: 'BLUETOOTH_CONNECT permission is not given',
        description: '',
        action: 'Add the permission',
        params: {},
        isTerminal: false,
      });
      expect(error).toMatchObject({ code: 3012, platform: 'flutter', catalogKey: '3012.flutter', sdkId: 'abc' });
    });

    it.each([{ errorCode: '1003' }, { errorCode: 1003 }, '1003', 1003])('reads the code from %j', (code) => {
      expect(normalizeHMSError({ id: 'x', code, isTerminal: true }).code).toBe(1003);
    });
  });

  describe('codes whose meaning differs between platforms', () => {
    it('uses the web name to pick web copy even when the platform option says Flutter', () => {
      const error = normalizeHMSError({ code: 3012, name: 'CurrentTabNotShared' }, { platform: 'flutter' });
      expect(error.catalogKey).toBe('3012.web');
    });

    it.each([2002, 3012, 3013, 6002])('resolves %i per platform option when the name does not say', (code) => {
      expect(normalizeHMSError({ code }, { platform: 'flutter' }).catalogKey).toBe(`${code}.flutter`);
      expect(normalizeHMSError({ code }, { platform: 'web' }).catalogKey).toBe(`${code}.web`);
      expect(normalizeHMSError({ code }).catalogKey).toBe(`${code}.web`);
    });
  });

  describe('given input without a code', () => {
    it("treats Safari's { name: 'TypeError', message: 'Load failed' } as a non-terminal network error", () => {
      const error = normalizeHMSError({ name: 'TypeError', message: 'Load failed' });
      expect(error).toMatchObject({ code: null, catalogKey: 'NETWORK', isTerminal: false });
    });

    it('treats a bare Error as unknown and keeps its message', () => {
      expect(normalizeHMSError(new Error('boom'))).toMatchObject({ catalogKey: 'UNKNOWN', message: 'boom', isTerminal: false });
    });

    it('treats a fetch-failure string as a network error and other strings as unknown', () => {
      expect(normalizeHMSError('Failed to fetch').catalogKey).toBe('NETWORK');
      expect(normalizeHMSError('something odd').catalogKey).toBe('UNKNOWN');
    });

    it.each([null, undefined, true, Symbol('s'), () => {}, [], {}])('returns a safe unknown error for %s', (input) => {
      const error = normalizeHMSError(input);
      expect(error.catalogKey).toBe('UNKNOWN');
      expect(error.isTerminal).toBe(false);
    });
  });

  describe('given a missing isTerminal', () => {
    it('falls back to what the code usually means', () => {
      expect(normalizeHMSError({ code: 40101 }).isTerminal).toBe(true);
      expect(normalizeHMSError({ code: 3003 }).isTerminal).toBe(false);
      expect(normalizeHMSError(6010).isTerminal).toBe(true);
    });
  });

  describe('given codes nobody listed', () => {
    it.each([
      [3999, 'range.3xxx'],
      [1234, 'range.1xxx'],
      [7777, 'range.7xxx'],
      [418, 'range.http4xx'],
      [599, 'range.http5xx'],
      [40999, 'range.server4xxxx'],
      [99, 'UNKNOWN'],
    ])('maps %i to %s', (code, key) => {
      expect(normalizeHMSError({ code }).catalogKey).toBe(key);
    });
  });

  describe('given hostile input', () => {
    it('survives throwing getters, throwing proxies, circular objects and huge strings', () => {
      const getter = Object.defineProperty({}, 'code', { get: () => { throw new Error('no'); } });
      const proxy = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } });
      const circular: Record<string, unknown> = { code: 3003 };
      circular.self = circular;
      const huge = { code: 1003, message: 'x'.repeat(1_000_000) };
      expect(normalizeHMSError(getter).catalogKey).toBe('UNKNOWN');
      expect(normalizeHMSError(proxy).catalogKey).toBe('UNKNOWN');
      expect(normalizeHMSError(circular).code).toBe(3003);
      expect(normalizeHMSError(huge).message.length).toBeLessThan(30_000);
    });
  });
});

describe('normalizeHMSNotification', () => {
  it('unwraps ERROR notifications', () => {
    expect(normalizeHMSNotification({ type: 'ERROR', data: { code: 3003, isTerminal: false } })).toMatchObject({ code: 3003, kind: 'error' });
  });

  it('maps RECONNECTING (with its 1003) and RECONNECTED (data null)', () => {
    expect(normalizeHMSNotification({ type: 'RECONNECTING', data: { code: 1003, isTerminal: false } })).toMatchObject({
      kind: 'reconnecting',
      catalogKey: 'RECONNECTING',
      code: 1003,
      isTerminal: false,
    });
    expect(normalizeHMSNotification({ type: 'RECONNECTED', data: null })).toMatchObject({ kind: 'reconnected', catalogKey: 'RECONNECTED' });
  });

  it('makes ROOM_ENDED and REMOVED_FROM_ROOM terminal, with who and why', () => {
    expect(
      normalizeHMSNotification({ type: 'REMOVED_FROM_ROOM', data: { requestedBy: { name: 'Grace' }, reason: 'Spam', roomEnded: false } }),
    ).toMatchObject({ kind: 'removed', catalogKey: 'REMOVED_FROM_ROOM', isTerminal: true, requestedBy: 'Grace', reason: 'Spam' });
    expect(normalizeHMSNotification({ type: 'ROOM_ENDED', data: { reason: 'Meeting over', roomEnded: true } })).toMatchObject({
      kind: 'room-ended',
      isTerminal: true,
      reason: 'Meeting over',
    });
  });

  it('reads errors out of DEVICE_CHANGE_UPDATE and ignores unrelated notifications', () => {
    expect(normalizeHMSNotification({ type: 'DEVICE_CHANGE_UPDATE', data: { error: { code: 3002 } } })?.code).toBe(3002);
    expect(normalizeHMSNotification({ type: 'DEVICE_CHANGE_UPDATE', data: { devices: {} } })).toBeNull();
    expect(normalizeHMSNotification({ type: 'PEER_JOINED', data: {} })).toBeNull();
    expect(normalizeHMSNotification({ type: 'toString' })).toBeNull();
    expect(normalizeHMSNotification(null)).toBeNull();
  });
});

describe('given notifications that nest', () => {
  it('stops unwrapping a notification whose data points back at itself', () => {
    const loop: Record<string, unknown> = { type: 'ERROR', code: 3003 };
    loop.data = loop;
    expect(normalizeHMSError(loop).code).toBe(3003);
  });
});
