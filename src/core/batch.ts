import type { StoreApi } from 'zustand/vanilla';

/** Stores with changes their subscribers have not heard of yet. */
const pending = new Set<() => void>();

let channel: MessageChannel | undefined;
/**
 * Publishes every pending store in a task of its own, right after the current one: setImmediate
 * in Node, a MessageChannel in browsers (neither clamped nor throttled in a background tab, unlike
 * a timer), a timer where there is neither (jest's jsdom environment has neither).
 */
function publishAfterTask(): void {
  if (typeof setImmediate === 'function') setImmediate(flushHMSErrorStores);
  else if (typeof MessageChannel === 'function') {
    channel ??= new MessageChannel();
    channel.port1.onmessage = flushHMSErrorStores;
    channel.port2.postMessage(0);
  } else setTimeout(flushHMSErrorStores);
}

/**
 * React's test mode (Testing Library sets it): React itself then runs every update inside `act()`
 * synchronously, so the store publishes at once too, as React would render it before the next
 * assertion. Everywhere else (apps, Storybook, benchmarks) changes are batched per task.
 */
const inActEnvironment = () => (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT === true;

/**
 * Makes a zustand store publish once per task: `setState` changes what `getState()` returns at
 * once, and subscribers hear of every change of the task in one notification, in the next task.
 * A storm of 10,000 reports in one task is one notification and one React commit, and that
 * commit is a task of its own: publishing from a microtask made the storm's work and React's
 * render one long task (80–140 ms for 10,000 reports on a fresh page); now each stays shorter,
 * and input can be handled between them. `flush()` publishes at once when a caller needs it.
 *
 * `seen` is called whenever a state may be seen outside the store: `getState()` from anyone, or
 * a publish. Returns the store's own `flush` (publishes pending changes now) and `read`, which reads
 * the current state without counting as seen (for the store's own reports).
 */
export function batchNotifications<T>(api: StoreApi<T>, seen: () => void = () => {}): { flush: () => void; read: () => T } {
  const publish = api.setState;
  const published = api.getState;
  let current: T | undefined;
  let dirty = false;

  const flush = () => {
    pending.delete(flush);
    if (!dirty) return;
    dirty = false;
    const next = current as T;
    current = undefined;
    seen();
    publish(next, true);
  };

  const read = () => (dirty ? (current as T) : published());
  api.getState = () => {
    seen();
    return read();
  };
  api.setState = (partial, replace) => {
    const previous = read();
    const patch = typeof partial === 'function' ? (partial as (state: T) => T | Partial<T>)(previous) : partial;
    if (Object.is(patch, previous)) return;
    current = replace || typeof patch !== 'object' || patch === null ? (patch as T) : { ...previous, ...patch };
    // Already scheduled: the rest of the task's changes ride along (in act() nothing stays pending).
    if (dirty) return;
    dirty = true;
    pending.add(flush);
    if (inActEnvironment()) flush();
    else if (pending.size === 1) publishAfterTask();
  };
  return { flush, read };
}

/** Publishes every store's pending changes now (a test that wants a render before it yields). */
export function flushHMSErrorStores(): void {
  for (const flush of [...pending]) flush();
}
