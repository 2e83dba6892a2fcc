// The store outside React under jest's jsdom environment, against the BUILT package: that
// environment has neither setImmediate nor MessageChannel, so the store's publish (in a task of
// its own) has to come from a timer. Without that fallback, report() threw inside and dropped the
// error.
import { expect, it } from '@jest/globals';
import { createHMSErrorStore } from 'react-hms-errors';

it('publishes a store used outside React in jest’s jsdom, which has neither setImmediate nor MessageChannel', async () => {
  // A plain store test (no Testing Library, so not React's act environment).
  expect(globalThis.IS_REACT_ACT_ENVIRONMENT).not.toBe(true);
  expect(typeof setImmediate).toBe('undefined');
  expect(typeof MessageChannel).toBe('undefined');
  const store = createHMSErrorStore();
  const heard = [];
  store.subscribe((state) => heard.push(state.toasts.map((t) => t.code)));
  const entry = store.report({ code: 3003, isTerminal: false });
  expect(entry).toMatchObject({ code: 3003 });
  expect(store.getState().toasts).toHaveLength(1);
  expect(heard).toEqual([]);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(heard).toEqual([[3003]]);
});
