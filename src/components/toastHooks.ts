import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/** `false` on the server and while hydrating, `true` on the client: portals mount only there. */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/** Whether the person is probably not looking: the window lost focus or the tab is hidden. */
export function usePageInactive(): boolean {
  const [blurred, setBlurred] = useState(false);
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    const onBlur = () => setBlurred(true);
    const onFocus = () => setBlurred(false);
    const onVisibility = () => setHidden(document.visibilityState === 'hidden');
    onVisibility();
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return blurred || hidden;
}

/**
 * Calls `onExpire` after `duration` ms of unpaused time. Pausing keeps the time left; a new
 * `restartKey` (a grouped repeat, reconnecting → reconnected) starts the full duration again.
 * `null` never expires.
 */
export function useAutoDismiss(
  duration: number | null,
  paused: boolean,
  restartKey: string,
  onExpire: () => void,
): void {
  const left = useRef(duration ?? 0);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  // Declared before the timer so that, on a restart, it runs after the old timer's cleanup.
  useEffect(() => {
    left.current = duration ?? 0;
  }, [duration, restartKey]);

  useEffect(() => {
    if (duration === null || paused) return;
    const startedAt = Date.now();
    const timer = setTimeout(() => expire.current(), Math.max(0, left.current));
    return () => {
      clearTimeout(timer);
      left.current -= Date.now() - startedAt;
    };
  }, [duration, paused, restartKey]);
}

/** Parses `'F8'`, `'Alt+KeyT'`, `'Ctrl+Shift+n'`… and tells whether a key event matches it. */
export function matchesHotkey(event: KeyboardEvent, hotkey: string): boolean {
  const parts = hotkey.split('+').map((p) => p.trim()).filter(Boolean);
  const key = parts.pop();
  if (!key) return false;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  if (
    event.altKey !== mods.has('alt') ||
    event.ctrlKey !== (mods.has('ctrl') || mods.has('control')) ||
    event.shiftKey !== mods.has('shift') ||
    event.metaKey !== (mods.has('meta') || mods.has('cmd'))
  ) {
    return false;
  }
  const wanted = key.toLowerCase();
  return event.key?.toLowerCase() === wanted || event.code?.toLowerCase() === wanted;
}

/** `'Alt+KeyT'` → `'Alt+T'`, for the region's name. */
export function hotkeyLabel(hotkey: string): string {
  return hotkey.replace(/\bKey([A-Z])\b/g, '$1').replace(/\bDigit(\d)\b/g, '$1');
}
