import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const subscribeNothing = () => () => {};
const online = () => navigator.onLine !== false;
const always = () => true;

/** Whether the browser says it is online (`true` on the server, or when `enabled` is false). */
export function useOnline(enabled = true): boolean {
  return useSyncExternalStore(enabled ? subscribe : subscribeNothing, enabled ? online : always, always);
}
