import { describe, expect, it } from 'vitest';
import { createHMSErrorStore, getErrorCopy, normalizeHMSError, normalizeHMSNotification } from '../../src/core/index';
import { CATALOG_KEYS } from '../../src/core/codes';
import { englishLocale } from '../../src/core/copy/locale-en';
import { HMS_NOTIFICATION_TYPES } from '../../src/core/normalize';
import { catalogMeta } from '../../src/core/meta';
import type { HMSOfferedAction } from '../../src/core/copy/getErrorCopy';

const DEVICES = ['audio', 'video', 'audio, video', undefined] as const;

describe('copy that fits the moment (issue 10)', () => {
  describe('1. dialog vs toast', () => {
    it('tells someone already dropped that they left, not that we are reconnecting', () => {
      for (const code of [1006, 4004, 4006, 6002]) {
        const dialog = getErrorCopy({ code, isTerminal: true });
        expect(`${dialog.message} ${dialog.hint}`, String(code)).not.toMatch(/reconnecting|leave the call/i);
        expect(`${dialog.message} ${dialog.hint}`, String(code)).toMatch(/left the call|haven't joined|ended the call for you|Go home/);
      }
      const toast = getErrorCopy({ code: 4006, isTerminal: false });
      expect(toast.message).toMatch(/reconnecting/);
    });

    it('keeps 4001–4003 non-terminal when isTerminal is missing, as the web SDK sends them', () => {
      for (const code of [4001, 4002, 4003]) expect(normalizeHMSError({ code }).isTerminal, String(code)).toBe(false);
      expect(normalizeHMSError({ code: 4001, isTerminal: true }).isTerminal).toBe(true);
    });

    it('picks the dialog variant from the entry route', () => {
      const store = createHMSErrorStore();
      store.report({ code: 1006, isTerminal: true });
      const entry = store.getState().terminal!;
      expect(getErrorCopy(entry).message).toMatch(/haven't joined/);
      expect(getErrorCopy(entry, { route: 'toast' }).message).not.toMatch(/haven't joined/);
    });
  });

  describe('2. say only what the UI offers', () => {
    it('points at a retry button only when one is offered, by its label', () => {
      const without = getErrorCopy({ code: 1006, isTerminal: true });
      expect(without.hint).toBe('Go home, then join again in a moment.');
      const rejoin = getErrorCopy({ code: 1006, isTerminal: true }, { actions: ['rejoin'] });
      expect(rejoin.hint).toBe('Select Rejoin to join again, or go home.');
      expect(getErrorCopy({ code: 500 }).hint).toBe('Try again in a moment.');
      expect(getErrorCopy({ code: 500 }, { actions: ['retry'] }).hint).toBe('Select Try again in a moment.');
    });

    it('says "Select Allow audio" for 3008 only when that button is shown, with the label given', () => {
      expect(getErrorCopy(3008).hint).not.toMatch(/Allow audio/);
      expect(getErrorCopy(3008, { actions: ['unblock-audio'] }).hint).toBe('Select Allow audio to hear them.');
      expect(getErrorCopy(3008, { actions: ['unblock-audio'], labels: { allowAudio: 'Turn sound on' } }).hint).toBe(
        'Select Turn sound on to hear them.',
      );
    });

    it('names the action for the device: Turn camera on, Turn microphone on, Share again', () => {
      expect(getErrorCopy({ code: 3000, trackType: 'video' }, { actions: ['retry'] }).hint).toBe('Select Turn camera on.');
      expect(getErrorCopy({ code: 3000, trackType: 'audio' }, { actions: ['retry'] }).hint).toBe('Select Turn microphone on.');
      expect(getErrorCopy({ code: 3003, trackType: 'screen' }, { actions: ['retry'] }).hint).toBe('Select Share again to try again.');
    });

    it('never names a kit button in a base (no-button) text', () => {
      const labels = Object.values(englishLocale.labels).filter((l) => !/\{/.test(l) && l.length > 4);
      for (const key of CATALOG_KEYS) {
        const entry = englishLocale.catalog[key];
        for (const text of [entry.hint, entry.message, entry.dialog?.hint ?? '']) {
          for (const label of labels) expect(text.includes(`Select ${label}`), `${key}: ${label}`).toBe(false);
          expect(text, key).not.toMatch(/\{action\}/);
        }
      }
    });
  });

  describe('3. right about causes', () => {
    it('1006 is a failed join, not a dropped call', () => {
      const copy = getErrorCopy(1006);
      expect(copy.title).toBe("Couldn't join the call");
      expect(`${copy.message} ${copy.hint}`).not.toMatch(/reconnect/i);
    });
    it('3013 on web is an audio output problem, not a gesture one', () => {
      const copy = getErrorCopy({ code: 3013, name: 'AudioPlaybackError' });
      expect(copy.hint).toMatch(/speaker or headphones/);
      expect(copy.hint).not.toMatch(/click|tap/i);
    });
    it('3013 on Flutter offers the speaker or a wired headset (no per-app toggle on Android ≤ 11)', () => {
      const copy = getErrorCopy(3013, undefined, { platform: 'flutter' });
      expect(copy.hint).toBe("Use your phone's speaker or a wired headset instead.");
    });
    it('3011 covers blocked or not connected, and names the screen recording setting for the screen', () => {
      expect(getErrorCopy({ code: 3011, trackType: 'video' }).title).toBe("Can't use your camera");
      expect(getErrorCopy({ code: 3011, trackType: 'video' }).message).toBe('Blocked by your system, or not connected.');
      expect(getErrorCopy({ code: 3011, trackType: 'screen' }).hint).toMatch(/Screen & System Audio Recording/);
    });
    it('gives every 3xxx about the screen share screen-share copy, never "screen share" as a device', () => {
      for (const code of [3000, 3002, 3003, 3004, 3009, 3014, 3015, 3099]) {
        const copy = getErrorCopy({ code, trackType: 'screen' });
        expect(`${copy.title} ${copy.message} ${copy.hint}`, String(code)).not.toMatch(/your screen share\b(?! couldn't)/i);
        expect(copy.title, String(code)).toMatch(/screen/i);
      }
    });
    it('3003 hedges', () => {
      const copy = getErrorCopy({ code: 3003, trackType: 'video' });
      expect(copy.title).toBe("Can't start your camera");
      expect(copy.message).toBe('It may be in use by another app or not responding.');
    });
    it('ROOM_ENDED says who when known, "ended for everyone" otherwise, never "the host", and the reason', () => {
      const ended = (data: object) => getErrorCopy(normalizeHMSNotification({ type: 'ROOM_ENDED', data })!);
      expect(ended({}).message).toBe('This call has ended for everyone.');
      expect(ended({ requestedBy: { name: 'Ana' } }).message).toBe('\u2068Ana\u2069 ended the call for everyone.');
      expect(ended({ reason: 'Class is over' }).message).toBe('This call has ended for everyone. Reason: \u2068Class is over\u2069');
      expect(`${ended({}).message} ${ended({}).hint}`).not.toMatch(/host/);
    });
    it('REMOVED_FROM_ROOM shows the reason', () => {
      const copy = getErrorCopy(normalizeHMSNotification({ type: 'REMOVED_FROM_ROOM', data: { reason: 'Spam' } })!);
      expect(copy.message).toBe('You were removed from the call. Reason: \u2068Spam\u2069');
    });
    it('app-side credential errors say it is not the person, link errors ask for a new link', () => {
      for (const code of [40100, 40101, 40103, 40104, 40105, 40107]) {
        const copy = getErrorCopy(code);
        expect(copy.message, String(code)).toMatch(/^This isn't something you did/);
        expect(copy.hint, String(code)).toBe("Contact the app's support.");
      }
      for (const code of [401, 403, 410, 40001, 40002, 40102]) expect(getErrorCopy(code).hint, String(code)).toMatch(/new link/);
    });
    it('6008 and 40108 do not say "role"', () => {
      for (const code of [6008, 40108]) expect(JSON.stringify(getErrorCopy(code)), String(code)).not.toMatch(/\brole\b/i);
    });
    it('a full room gets its own copy', () => {
      const copy = getErrorCopy({ code: 400, message: 'Peer limit reached for the room' });
      expect(copy.title).toBe('This call is full');
    });
  });

  describe('4. quiet by default', () => {
    it('routes events that need nothing from the person to history only', () => {
      const store = createHMSErrorStore();
      for (const code of [4007, 4008, 5001, 5002, 6003, 6004, 6009, 6013, 7004]) {
        store.report({ code, isTerminal: false });
      }
      expect(store.getState().toasts).toHaveLength(0);
      expect(store.getState().history).toHaveLength(9);
      expect(store.getState().history.every((r) => r.outcome === 'silent')).toBe(true);
      const optedIn = createHMSErrorStore({ routes: { 4008: 'toast' } });
      optedIn.report({ code: 4008 });
      expect(optedIn.getState().toasts).toHaveLength(1);
      expect(getErrorCopy(4008).title).toBe('Refreshing your connection');
    });
  });

  describe('5. short', () => {
    it('keeps titles ≤ 40 and toast message + hint ≤ 100 characters once filled', () => {
      const tooLong: string[] = [];
      for (const key of CATALOG_KEYS) {
        for (const trackType of DEVICES) {
          const own = englishLocale.catalog[key] && catalogMeta[key].action;
          const sets: HMSOfferedAction[][] = [[], ['retry'], ...(own && own !== 'retry' ? [[own]] : [])];
          for (const actions of sets) {
            const error = { ...normalizeHMSError(null), catalogKey: key, trackType, requestedBy: 'Ana', isTerminal: false };
            const copy = getErrorCopy(error, { route: 'toast', actions });
            if (copy.title.length > 40) tooLong.push(`${key} title: ${copy.title}`);
            if (key === 'ROOM_ENDED' || key === 'REMOVED_FROM_ROOM') continue; // a dialog, and the SDK's reason is unbounded
            const body = `${copy.message} ${copy.hint}`;
            if (body.length > 100) tooLong.push(`${key} ${trackType} ${actions}: ${body.length} ${body}`);
          }
        }
      }
      expect([...new Set(tooLong)]).toEqual([]);
    });
    it('has no message that restates its title', () => {
      for (const key of CATALOG_KEYS) {
        const { title, message } = englishLocale.catalog[key];
        expect(message.toLowerCase().startsWith(title.toLowerCase()), key).toBe(false);
      }
    });
  });

  describe('6. new codes and events', () => {
    it('has copy for HTTP 501, 502, 504 and a 5xx fallback', () => {
      expect(getErrorCopy(501).title).toBe("The call service can't do that");
      expect(getErrorCopy(502).title).toBe('Call service unreachable');
      expect(getErrorCopy(504).title).toBe('The call service timed out');
      expect(getErrorCopy(599).title).toBe('The call service had a problem');
    });
    it('normalises TRACK_INTERRUPTION_START/END into entries with kind, trackType and reason', () => {
      expect(HMS_NOTIFICATION_TYPES).toContain('TRACK_INTERRUPTION_START');
      expect(HMS_NOTIFICATION_TYPES).toContain('TRACK_INTERRUPTION_END');
      const start = normalizeHMSNotification({
        type: 'TRACK_INTERRUPTION_START',
        data: { started: true, reason: 'phone-call', type: 'audio', trackId: 't1' },
      })!;
      expect(start).toMatchObject({ kind: 'track-interrupted', trackType: 'audio', reason: 'phone-call', isTerminal: false });
      expect(getErrorCopy(start).title).toBe('Your microphone is paused');
      const end = normalizeHMSNotification({ type: 'TRACK_INTERRUPTION_END', data: { started: false, type: 'video' } })!;
      expect(end.kind).toBe('track-resumed');
      expect(getErrorCopy(end).title).toBe('Your camera is back');
    });
  });

  describe('7. names go in literally and isolated', () => {
    it('inserts "$&$&" as written, wrapped in FSI…PDI', () => {
      const copy = getErrorCopy(normalizeHMSNotification({ type: 'REMOVED_FROM_ROOM', data: { requestedBy: { name: '$&$&' } } })!);
      expect(copy.message).toBe('\u2068$&$&\u2069 removed you from the call.');
    });
    it('keeps an Arabic name from flipping an English sentence', () => {
      const copy = getErrorCopy(normalizeHMSNotification({ type: 'ROOM_ENDED', data: { requestedBy: 'سارة' } })!);
      expect(copy.message).toBe('\u2068سارة\u2069 ended the call for everyone.');
    });
  });
});
