import { catalogMeta } from './meta';
import { durationFor, groupKeyFor } from './policy';
import type { HMSErrorStore } from './store';
import type { HMSActionsLike, HMSErrorCatalogKey, HMSErrorEntry } from './types';

/**
 * How the kit itself gets a person out of a non-terminal error, through the SDK's actions: which
 * call recovers which entry (pure), running it (never throws), and turning a toast into "fixed"
 * when its cause goes away. No React, no browser globals read at import.
 */

/** What a recovery button does through the SDK. */
export type HMSRecoveryKind = 'unblock-audio' | 'enable' | 'choose-device';

/** How long the SDK keeps reconnecting before it gives up (`MAX_TRANSPORT_RETRY_TIME`). */
export const SDK_RECONNECT_WINDOW_MS = 60_000;

/** Which auto-resolutions run; all by default. */
export interface HMSAutoResolveOptions {
  /** 3001 / 3011 become "allowed" when the Permissions API reports `granted`. @defaultValue `true` */
  permissions?: boolean;
  /** "No camera found" and friends become "connected" when a device of that kind appears. @defaultValue `true` */
  devices?: boolean;
  /** While the browser is offline, the reconnecting toast says so. @defaultValue `true` */
  online?: boolean;
}

/** Whether one auto-resolution is on, from the store's `autoResolve` option. */
export function autoResolves(option: boolean | HMSAutoResolveOptions | undefined, which: keyof HMSAutoResolveOptions): boolean {
  if (option === false) return false;
  if (option && typeof option === 'object') return option[which] !== false;
  return true;
}

const method = (actions: HMSActionsLike | null | undefined, name: keyof HMSActionsLike) => {
  try {
    const fn = actions ? actions[name] : undefined;
    return typeof fn === 'function' ? (fn as (...args: any[]) => unknown).bind(actions) : undefined;
  } catch {
    // a Proxy or getter that throws: as if the method were missing
    return undefined;
  }
};

const isTrackKey = (key: string) => /^3\d{3}/.test(key) || key === 'range.3xxx';
/** Turning the device on again can help: in use, lost, silent, generic, or newly allowed / found. */
const ENABLE_KEYS = new Set<string>(['3000', '3003', '3004', '3015', 'PERMISSION_GRANTED', 'DEVICE_FOUND']);
/** Another device may help: none found, lost midway, the chosen one gone, or one just plugged in. */
const CHOOSE_KEYS = new Set<string>(['3002', '3004', '3014', 'DEVICE_FOUND']);

/** The `setLocal…Enabled(true)` calls that turn an entry's track on again, or none. */
function enableCalls(entry: HMSErrorEntry, actions: HMSActionsLike | null | undefined): (() => unknown)[] {
  const { catalogKey, trackType } = entry;
  if (trackType === 'screen') {
    // Sharing again helps unless the system forbids recording the screen (3011).
    const share = method(actions, 'setScreenShareEnabled');
    return isTrackKey(catalogKey) && entry.code !== 3011 && share ? [() => share(true)] : [];
  }
  if (!ENABLE_KEYS.has(catalogKey)) return [];
  const video = method(actions, 'setLocalVideoEnabled');
  const audio = method(actions, 'setLocalAudioEnabled');
  if (trackType === 'video') return video ? [() => video(true)] : [];
  if (trackType === 'audio') return audio ? [() => audio(true)] : [];
  if (trackType === 'audio, video') return video && audio ? [() => video(true), () => audio(true)] : [];
  return [];
}

/** The device kind an entry's choice lists (`videoinput` / `audioinput`), or none. */
export function deviceKindFor(entry: HMSErrorEntry): 'videoinput' | 'audioinput' | null {
  if (!CHOOSE_KEYS.has(entry.catalogKey)) return null;
  return entry.trackType === 'video' ? 'videoinput' : entry.trackType === 'audio' ? 'audioinput' : null;
}

/**
 * The recoveries the SDK's actions can run for an entry, in the order their buttons show. Pure.
 * Buttons appear only for what can run: no actions object, no method, no button.
 */
export function recoveriesFor(entry: HMSErrorEntry, actions: HMSActionsLike | null | undefined): HMSRecoveryKind[] {
  const kinds: HMSRecoveryKind[] = [];
  if (entry.route !== 'toast') return kinds;
  if (entry.meta.action === 'unblock-audio' && method(actions, 'unblockAudio')) kinds.push('unblock-audio');
  if (enableCalls(entry, actions).length > 0) kinds.push('enable');
  const kind = deviceKindFor(entry);
  if (kind && method(actions, kind === 'videoinput' ? 'setVideoSettings' : 'setAudioSettings')) kinds.push('choose-device');
  return kinds;
}

/** Runs one recovery's SDK calls; rejects with the SDK's error. `deviceId` is for `choose-device`. */
export async function callRecovery(
  entry: HMSErrorEntry,
  kind: HMSRecoveryKind,
  actions: HMSActionsLike | null | undefined,
  deviceId?: string,
): Promise<void> {
  if (kind === 'unblock-audio') {
    await method(actions, 'unblockAudio')?.();
    return;
  }
  if (kind === 'enable') {
    for (const call of enableCalls(entry, actions)) await call();
    return;
  }
  const settings = method(actions, deviceKindFor(entry) === 'videoinput' ? 'setVideoSettings' : 'setAudioSettings');
  await settings?.({ deviceId });
}

/**
 * Waits for a recovery (the kit's SDK call or the app's handler): on success the toast goes; on
 * failure the new error is reported (the SDK's own notification of it counts once) and takes the
 * old toast's place, or raises its count when it is the same error. Never rejects.
 */
export async function settleRecovery(
  store: HMSErrorStore,
  entry: HMSErrorEntry,
  attempt: () => unknown,
  dismiss: () => void = () => store.dismiss(entry.id),
): Promise<boolean> {
  try {
    await attempt();
    dismiss();
    return true;
  } catch (error) {
    const next = store.report(error, { source: 'guard' });
    if (next && next.id !== entry.id) dismiss();
    return false;
  }
}

/**
 * Turns matching toasts (visible or queued) into `key` in place, keeping their id, device and
 * count: "Can't use your camera" becomes "Your camera is allowed". The code goes, so an app's
 * override for the old code does not reword the news. Returns how many changed.
 */
export function resolveInPlace(
  store: HMSErrorStore,
  matches: (entry: HMSErrorEntry) => boolean,
  key: Extract<HMSErrorCatalogKey, 'PERMISSION_GRANTED' | 'DEVICE_FOUND'>,
): number {
  let changed = 0;
  const turn = (entry: HMSErrorEntry): HMSErrorEntry => {
    if (entry.route !== 'toast' || !matches(entry)) return entry;
    changed += 1;
    const meta = catalogMeta[key];
    const next = { ...entry, catalogKey: key, code: null, name: '', kind: 'error' as const, meta };
    return {
      ...next,
      groupKey: groupKeyFor(next),
      duration: durationFor(next, meta, 'toast', store.options.durations),
    };
  };
  const { toasts, queue } = store.getState();
  const nextToasts = toasts.map(turn);
  const nextQueue = queue.map(turn);
  if (changed > 0) store.setState({ toasts: nextToasts, queue: nextQueue });
  return changed;
}

const offlineViews = new WeakMap<HMSErrorEntry, HMSErrorEntry>();

/**
 * The entry as shown: while the browser is offline, the reconnecting toast reads "You're
 * offline" (same id, same timers); otherwise the entry itself. The same object for the same entry.
 */
export function presentEntry(entry: HMSErrorEntry, online: boolean): HMSErrorEntry {
  if (online || entry.kind !== 'reconnecting') return entry;
  let view = offlineViews.get(entry);
  if (!view) offlineViews.set(entry, (view = { ...entry, catalogKey: 'OFFLINE', meta: catalogMeta.OFFLINE }));
  return view;
}
