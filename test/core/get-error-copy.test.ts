import { describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, defaultCopy, getErrorCopy, normalizeHMSError } from '../../src/core';
import { copyFor } from '../support/copy';

describe('getErrorCopy', () => {
  describe('given a code, an error or a catalog key', () => {
    it('returns the same entry for each way of naming it', () => {
      const byCode = getErrorCopy(3003);
      expect(getErrorCopy({ code: 3003 })).toEqual(byCode);
      expect(getErrorCopy(normalizeHMSError({ code: 3003 }))).toEqual(byCode);
      expect(getErrorCopy('3003')).toEqual(byCode);
      expect(getErrorCopy('ROOM_ENDED').title).toBe(defaultCopy.ROOM_ENDED.title);
    });

    it('fills {device} from the track type', () => {
      expect(getErrorCopy({ code: 3003, trackType: 'video' }).title).toMatch(/camera/);
      expect(getErrorCopy({ code: 3003, trackType: 'audio' }).title).toMatch(/microphone/);
      expect(getErrorCopy({ code: 3003 }).title).toMatch(/camera or microphone/);
      for (const copy of [getErrorCopy(3001), getErrorCopy(3002), getErrorCopy(3003)]) {
        expect(`${copy.title}${copy.message}${copy.hint}`).not.toMatch(/[{}]/);
      }
    });

    it('gives a cancelled screen share its own copy, not camera-permission steps', () => {
      const copy = getErrorCopy({ code: 3001, trackType: 'screen', name: 'CantAccessCaptureDevice' });
      expect(copy.title).toMatch(/screen sharing/i);
      expect(copy.action).toBeUndefined();
      expect(getErrorCopy({ code: 3001, trackType: 'video' }).action).toBe('fix-permissions');
    });

    it('names who removed the person, or says only that they were removed', () => {
      const named = getErrorCopy({ ...normalizeHMSError(null), catalogKey: 'REMOVED_FROM_ROOM', requestedBy: 'Grace' });
      expect(named.message).toBe('\u2068Grace\u2069 removed you from the call.');
      expect(getErrorCopy('REMOVED_FROM_ROOM').message).toBe('You were removed from the call.');
    });

    it('gives unknown input honest generic copy', () => {
      for (const input of [undefined, 123456789, { code: 'nope' }, Symbol('x')]) {
        const copy = getErrorCopy(input);
        expect(copy.title.length).toBeGreaterThan(0);
        expect(copy.hint.length).toBeGreaterThan(0);
      }
    });
  });

  describe('per platform', () => {
    it('picks Bluetooth copy for Flutter and tab-sharing copy for web for 3012', () => {
      expect(getErrorCopy(3012, undefined, { platform: 'flutter' })).toEqual(getErrorCopy('3012.flutter'));
      expect(getErrorCopy(3012)).toEqual(getErrorCopy('3012.web'));
      expect(getErrorCopy('3012.flutter').hint).toMatch(/bluetooth|nearby/i);
      expect(getErrorCopy('3012.web').hint).toMatch(/tab/i);
    });
  });

  describe('overrides and translations', () => {
    it('applies an override by code or by key, field by field', () => {
      expect(getErrorCopy(40101, { 40101: { hint: 'Open the invite again.' } })).toMatchObject({
        hint: 'Open the invite again.',
        title: defaultCopy['40101'].title,
      });
      expect(getErrorCopy(3012, { '3012.web': { title: 'Share this tab' } }).title).toBe('Share this tab');
    });

    it('accepts a function of the error', () => {
      const copy = getErrorCopy({ code: 3003, trackType: 'video' }, { 3003: (error, defaults) => ({ title: `${defaults.title} (${error.trackType})` }) });
      expect(copy.title).toMatch(/\(video\)$/);
    });

    it('ignores wrong-typed fields in an override', () => {
      const copy = getErrorCopy(3003, { 3003: { title: 42 as never, hint: null as never } });
      expect(copy.title).toBe(getErrorCopy(3003).title);
      expect(copy.hint).toBe(getErrorCopy(3003).hint);
    });

    it('falls back to the default copy and logs once when an override throws', () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      const overrides = { 3003: () => { throw new Error('bad override'); } };
      const store = createHMSErrorStore({ copy: overrides, groupingWindowMs: 0 });
      store.report({ code: 3003 });
      store.report({ code: 3003 });
      expect(copyFor(store, store.getState().toasts[0]).title).toBe(getErrorCopy(3003).title);
      expect(log).toHaveBeenCalledTimes(1);
      log.mockRestore();
    });

    it('uses a translated catalog, with English for whatever it lacks', () => {
      const fr = { '3003': { title: 'Appareil déjà utilisé', message: 'Une autre application utilise votre {device}.' } };
      const copy = getErrorCopy({ code: 3003, trackType: 'video' }, undefined, { catalog: fr, deviceNames: { video: 'caméra' } });
      expect(copy).toMatchObject({ title: 'Appareil déjà utilisé', message: 'Une autre application utilise votre caméra.' });
      expect(copy.hint).toBe(getErrorCopy({ code: 3003, trackType: 'video' }).hint.replace('camera', 'caméra'));
    });
  });
});

describe('getErrorCopy given options that throw when read', () => {
  it('uses the defaults for device names, developer notes and "someone"', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    const copy = getErrorCopy({ code: 3003, trackType: 'video' }, undefined, {
      deviceNames: hostile as never,
      developerNotes: hostile as never,
      someone: 'x',
    });
    expect(copy.title).toMatch(/camera/);
    expect(copy.developerNote).toBe('');
  });
});
