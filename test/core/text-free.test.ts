import { describe, expect, it } from 'vitest';
import { createHMSErrorStore, defaultCopy, getErrorCopy } from 'react-hms-errors/core';

describe('given a store', () => {
  it('holds no text: entries carry the catalog key, parameters and meaning, never the words', () => {
    const store = createHMSErrorStore({ copy: { 3003: { title: 'Kamera belegt' } } });
    store.report({ code: 3003, name: 'DeviceInUse', isTerminal: false, trackType: 'video', message: 'sdk says' });
    const [toast] = store.getState().toasts;
    store.reportNotification({ type: 'REMOVED_FROM_ROOM', data: { requestedBy: { name: 'Grace' }, reason: 'bye' } });
    const state = JSON.stringify(store.getState());
    for (const text of [defaultCopy['3003'].title, defaultCopy['3003'].hint, defaultCopy.REMOVED_FROM_ROOM.title, 'Kamera belegt']) {
      expect(state).not.toContain(text);
    }
    expect(toast).toMatchObject({ catalogKey: '3003', trackType: 'video', meta: { category: 'device', severity: 'error', retryable: true } });
    expect(toast).not.toHaveProperty('copy');
    // The words come from one place, in whatever language the UI asks for.
    expect(getErrorCopy(toast, store.options.copy).title).toBe('Kamera belegt');
    expect(getErrorCopy(store.getState().terminal!).message).toContain('Grace');
  });

  it('takes routing and timing meaning from a fixed override, and ignores nonsense in it', () => {
    const store = createHMSErrorStore({
      durations: { warning: 1234 },
      copy: { 3003: { severity: 'warning' }, 3010: { severity: 'loud' as never, retryable: 'yes' as never } },
    });
    expect(store.report({ code: 3003 })!).toMatchObject({ meta: { severity: 'warning' }, duration: 1234 });
    expect(store.report({ code: 3010 })!.meta).toEqual({ category: 'device', severity: 'warning', retryable: false });
  });
});
