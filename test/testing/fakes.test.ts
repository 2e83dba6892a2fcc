import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHMSErrorStore, normalizeHMSError } from 'react-hms-errors';
import { SHARED_CODE_KEYS } from '../../src/core/codes';
import {
  createFakeHMSActions,
  createFakeHMSNotifications,
  createHMSException,
  createHMSExceptionError,
} from 'react-hms-errors/testing';

describe('createFakeHMSNotifications', () => {
  it('delivers only the types a listener asked for, like the SDK', () => {
    const notifications = createFakeHMSNotifications();
    const all: string[] = [];
    const errorsOnly: string[] = [];
    const listed: string[] = [];
    notifications.onNotification((n) => all.push(n.type));
    notifications.onNotification((n) => errorsOnly.push(n.type), 'ERROR');
    notifications.onNotification((n) => listed.push(n.type), ['RECONNECTING', 'RECONNECTED']);
    notifications.emitError(3003);
    notifications.emit({ type: 'RECONNECTING' });
    notifications.emit({ type: 'PEER_JOINED' });
    expect(all).toEqual(['ERROR', 'RECONNECTING', 'PEER_JOINED']);
    expect(errorsOnly).toEqual(['ERROR']);
    expect(listed).toEqual(['RECONNECTING']);
  });

  it('counts live subscriptions and forgets unsubscribed ones', () => {
    const notifications = createFakeHMSNotifications();
    const seen: number[] = [];
    const off = notifications.onNotification((n) => seen.push(n.id));
    expect(notifications.listenerCount()).toBe(1);
    off();
    off();
    expect(notifications.listenerCount()).toBe(0);
    notifications.emitError(3003);
    expect(seen).toEqual([]);
  });

  it('lets a listener unsubscribe while being called without skipping the others', () => {
    const notifications = createFakeHMSNotifications();
    const calls: string[] = [];
    const offA = notifications.onNotification(() => {
      calls.push('a');
      offA();
    });
    notifications.onNotification(() => calls.push('b'));
    notifications.emitError(3003);
    notifications.emitError(3003);
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('is what the store accepts as notifications', () => {
    const notifications = createFakeHMSNotifications();
    const store = createHMSErrorStore();
    const off = store.connect(notifications);
    notifications.emitError(3003, { trackType: 'video' });
    expect(store.getState().toasts.map((t) => [t.catalogKey, t.trackType])).toEqual([['3003', 'video']]);
    off();
    expect(notifications.listenerCount()).toBe(0);
  });
});

describe('createHMSException', () => {
  it('builds the SDK shape: name, action, message, description, isTerminal, trackType, timestamp', () => {
    const denied = createHMSException(3001, { trackType: 'video' });
    expect(denied).toMatchObject({
      code: 3001,
      name: 'CantAccessCaptureDevice',
      action: 'TRACK',
      message: 'User denied permission to access capture device - video',
      isTerminal: false,
      trackType: 'video',
    });
    expect(denied.timestamp).toBeInstanceOf(Date);
    expect(createHMSException(6010)).toMatchObject({ name: 'MissingMediaDevices', action: 'JOIN', isTerminal: true });
    expect(createHMSException(40101)).toMatchObject({ name: 'ServerErrors', isTerminal: true });
    expect(createHMSException(1003)).toMatchObject({ name: 'WebSocketConnectionLost', message: 'Network connection lost', isTerminal: false });
  });

  it('resolves every shared catalog code to its own catalog entry, and the platform-dependent ones to web', () => {
    for (const key of SHARED_CODE_KEYS) {
      expect(normalizeHMSError(createHMSException(Number(key))).catalogKey).toBe(key);
    }
    for (const code of [2002, 3012, 3013, 6002]) {
      expect(normalizeHMSError(createHMSException(code)).catalogKey).toBe(`${code}.web`);
    }
  });

  it('rejects like the SDK: an Error whose message does not survive JSON.stringify', () => {
    const error = createHMSExceptionError(2004);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 2004, name: 'InvalidTokenFormat', isTerminal: true });
    expect(JSON.parse(JSON.stringify(error)).message).toBeUndefined();
    expect(normalizeHMSError(error).message).toMatch(/JWT/);
  });
});

describe('createFakeHMSActions', () => {
  it('records calls per method and in order across methods', async () => {
    const actions = createFakeHMSActions();
    await actions.setLocalVideoEnabled(true);
    await actions.leave();
    expect(actions.setLocalVideoEnabled.calls).toEqual([[true]]);
    expect(actions.calls.map((c) => c.method)).toEqual(['setLocalVideoEnabled', 'leave']);
  });

  it('settles as told: resolveWith, rejectWith, and hang until told otherwise', async () => {
    const actions = createFakeHMSActions();
    actions.join.hang();
    let settled = false;
    const pending = actions.join({}).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(actions.join.pendingCount()).toBe(1);
    actions.join.resolveWith();
    await pending;
    expect(settled).toBe(true);

    const denied = createHMSExceptionError(3001);
    actions.setLocalVideoEnabled.rejectWith(denied);
    await expect(actions.setLocalVideoEnabled(true)).rejects.toBe(denied);
    actions.setLocalVideoEnabled.reset();
    await expect(actions.setLocalVideoEnabled(true)).resolves.toBeUndefined();
    expect(actions.setLocalVideoEnabled.calls).toEqual([[true]]);
  });

  it('reset() forgets calls and restores every default, diagnostics included', async () => {
    const actions = createFakeHMSActions();
    actions.leave.rejectWith(new Error('no'));
    actions.diagnostics.failBrowserSupport(new Error('unsupported'));
    await actions.leave().catch(() => {});
    actions.reset();
    expect(actions.calls).toEqual([]);
    await expect(actions.leave()).resolves.toBeUndefined();
    expect(() => actions.initDiagnostics().checkBrowserSupport()).not.toThrow();
  });

  it('fits the store\'s actions option', () => {
    const actions = createFakeHMSActions();
    expect(() => createHMSErrorStore({ actions })).not.toThrow();
  });
});

describe('the testing entry', () => {
  it('imports no test framework, so it runs under jest as well as vitest', () => {
    const dir = join(process.cwd(), 'src/testing');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from ['"](vitest|jest|@jest\/|@testing-library)/);
    }
  });
});
