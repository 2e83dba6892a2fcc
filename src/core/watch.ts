import { resolveInPlace } from './recovery';
import type { HMSErrorStore } from './store';
import type { HMSErrorEntry } from './types';

/**
 * Watchers that notice when an error's cause is gone and say so in the toast itself. Each takes
 * the browser object it listens to (so tests and SSR can pass their own or none) and returns a
 * function that stops it; a missing API means the watcher does nothing.
 */

type Stop = () => void;
const nothing: Stop = () => {};

/** The part of `navigator.permissions` the watcher uses. */
export interface PermissionsLike {
  query(descriptor: { name: any }): Promise<PermissionStatusLike>;
}
export interface PermissionStatusLike {
  state: string;
  addEventListener?: (type: 'change', listener: () => void) => void;
  removeEventListener?: (type: 'change', listener: () => void) => void;
}

/** The part of `navigator.mediaDevices` the watchers and the device choice use. */
export interface MediaDevicesLike {
  enumerateDevices(): Promise<{ deviceId: string; kind: string; label: string; groupId?: string }[]>;
  addEventListener?: (type: 'devicechange', listener: () => void) => void;
  removeEventListener?: (type: 'devicechange', listener: () => void) => void;
}

const PERMISSION_KEYS = new Set(['3001', '3011']);

/**
 * A 3001 / 3011 toast turns into "Your camera is allowed" when the browser's permission for
 * that device becomes `granted` (both, for camera and microphone).
 */
export function watchPermissions(store: HMSErrorStore, permissions: PermissionsLike | null | undefined): Stop {
  if (!permissions || typeof permissions.query !== 'function') return nothing;
  let stopped = false;
  const granted = { video: false, audio: false };
  const cleanups: Stop[] = [];
  const isResolved = (entry: HMSErrorEntry) => {
    if (!PERMISSION_KEYS.has(entry.catalogKey)) return false;
    if (entry.trackType === 'video') return granted.video;
    if (entry.trackType === 'audio') return granted.audio;
    if (entry.trackType === 'audio, video') return granted.video && granted.audio;
    return false;
  };
  for (const [name, track] of [
    ['camera', 'video'],
    ['microphone', 'audio'],
  ] as const) {
    let query: Promise<PermissionStatusLike>;
    try {
      // Firefox and older Safari reject (or throw on) these names: nothing to watch there.
      query = Promise.resolve(permissions.query({ name }));
    } catch {
      continue;
    }
    query.then(
      (status) => {
        if (stopped || !status || typeof status.addEventListener !== 'function') return;
        const onChange = () => {
          granted[track] = status.state === 'granted';
          if (granted[track]) resolveInPlace(store, isResolved, 'PERMISSION_GRANTED');
        };
        granted[track] = status.state === 'granted';
        status.addEventListener('change', onChange);
        cleanups.push(() => status.removeEventListener?.('change', onChange));
      },
      () => {},
    );
  }
  return () => {
    stopped = true;
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
}

const DEVICE_KEYS = new Set(['3002', '3004', '3014']);
const KIND_OF_TRACK: Record<string, string> = { video: 'videoinput', audio: 'audioinput' };

/**
 * "No camera found" (3002), "Lost your camera" (3004) and "Your camera disconnected" (3014)
 * turn into "Your camera is connected" when `devicechange` brings a device of that kind: any
 * such device for 3002, a new one for the others.
 */
export function watchDevices(store: HMSErrorStore, mediaDevices: MediaDevicesLike | null | undefined): Stop {
  if (!mediaDevices || typeof mediaDevices.enumerateDevices !== 'function' || typeof mediaDevices.addEventListener !== 'function') {
    return nothing;
  }
  let stopped = false;
  // Per kind: the ids seen and how many (ids are '' before permission is given, so count too).
  let known: Map<string, { ids: Set<string>; count: number }> | null = null;
  const snapshot = async () => {
    const list = await mediaDevices.enumerateDevices();
    const byKind = new Map<string, { ids: Set<string>; count: number }>();
    for (const device of Array.isArray(list) ? list : []) {
      const kind = byKind.get(device.kind) ?? { ids: new Set<string>(), count: 0 };
      kind.count += 1;
      if (device.deviceId) kind.ids.add(device.deviceId);
      byKind.set(device.kind, kind);
    }
    return byKind;
  };
  snapshot().then(
    (first) => {
      if (!known) known = first;
    },
    () => {},
  );
  const onChange = () => {
    snapshot().then(
      (now) => {
        if (stopped) return;
        const before = known ?? new Map();
        known = now;
        const appeared = (kind: string) => {
          const was = before.get(kind);
          const is = now.get(kind);
          if (!is) return false;
          return !was || is.count > was.count || [...is.ids].some((id) => !was.ids.has(id));
        };
        resolveInPlace(
          store,
          (entry) => {
            if (!DEVICE_KEYS.has(entry.catalogKey) || !entry.trackType) return false;
            const kind = KIND_OF_TRACK[entry.trackType];
            if (!kind) return false;
            return entry.catalogKey === '3002' ? (now.get(kind)?.count ?? 0) > 0 : appeared(kind);
          },
          'DEVICE_FOUND',
        );
      },
      () => {},
    );
  };
  mediaDevices.addEventListener('devicechange', onChange);
  return () => {
    stopped = true;
    mediaDevices.removeEventListener?.('devicechange', onChange);
  };
}
