import * as React from 'react';

/**
 * Runs `fn` inside React's `act()` when the test environment asks for it (Testing Library sets
 * `IS_REACT_ACT_ENVIRONMENT`), so that a fake's emission renders before the next assertion
 * without the test wrapping each call. Elsewhere (a browser, Storybook) it just runs `fn`.
 */
export function inAct(fn: () => void): void {
  const act = (React as unknown as { act?: (cb: () => void) => unknown }).act;
  if (typeof act === 'function' && (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT) {
    act(fn);
  } else {
    fn();
  }
}

/** Waits with the global `setTimeout`, read at call time, so fake timers installed later drive it. */
export function wait(ms: number): Promise<void> {
  if (!(ms > 0)) return Promise.resolve();
  return new Promise((resolve) => {
    globalThis.setTimeout(resolve, ms);
  });
}
