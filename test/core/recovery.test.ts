import { describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, recoveriesFor } from 'react-hms-errors/core';

// Which SDK call recovers which entry: a pure table over the entry and the actions object.

const entryFor = (error: object) => {
  const store = createHMSErrorStore();
  return store.report({ name: 'TrackError', message: 'x', isTerminal: false, ...error })!;
};
const all = {
  unblockAudio: vi.fn(),
  setLocalVideoEnabled: vi.fn(),
  setLocalAudioEnabled: vi.fn(),
  setScreenShareEnabled: vi.fn(),
  setVideoSettings: vi.fn(),
  setAudioSettings: vi.fn(),
};

describe('recoveriesFor', () => {
  it.each([
    [{ code: 3008 }, ['unblock-audio']],
    [{ code: 3003, trackType: 'video' }, ['enable']],
    [{ code: 3015, trackType: 'audio' }, ['enable']],
    [{ code: 3004, trackType: 'video' }, ['enable', 'choose-device']],
    [{ code: 3002, trackType: 'audio' }, ['choose-device']],
    [{ code: 3014, trackType: 'video' }, ['choose-device']],
    [{ code: 3003, trackType: 'screen' }, ['enable']],
    [{ code: 3011, trackType: 'screen' }, []],
    [{ code: 3001, trackType: 'video' }, []],
    [{ code: 3003, trackType: 'audio, video' }, ['enable']],
    [{ code: 3003 }, []],
    [{ code: 1003 }, []],
  ])('%j → %j', (error, kinds) => {
    expect(recoveriesFor(entryFor(error), all)).toEqual(kinds);
  });

  it('offers nothing without actions, without the method, or for a terminal entry', () => {
    expect(recoveriesFor(entryFor({ code: 3008 }), null)).toEqual([]);
    expect(recoveriesFor(entryFor({ code: 3003, trackType: 'video' }), { setLocalAudioEnabled: vi.fn() })).toEqual([]);
    expect(recoveriesFor(entryFor({ code: 3003, trackType: 'audio, video' }), { setLocalAudioEnabled: vi.fn() })).toEqual([]);
    expect(recoveriesFor(entryFor({ code: 3003, trackType: 'video', isTerminal: true }), all)).toEqual([]);
  });

  it('treats an actions object whose getters throw as having no such method', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('nope'); } });
    expect(recoveriesFor(entryFor({ code: 3008 }), hostile)).toEqual([]);
  });
});
