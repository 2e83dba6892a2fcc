// Batching in a real Chromium (issue 9): a burst of reports in one task is one store notification
// and one React commit of the kit, with the toasts bounded. React runs in its normal (non-act)
// mode here, as in an app (see setup.ts). Counts, not timings.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorUI } from '../../src';

const codes = [3003, 1006, 4006, 3010, 3015, 2003, 6000, 4001];
/** Until the page has had a frame and a task with nothing left to do. */
const idle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));

async function burst(count: number, code: 'unique' | 'one') {
  const store = createHMSErrorStore();
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  let commits = 0;
  root.render(
    <Profiler id="kit" onRender={() => commits++}>
      <HMSErrorProvider store={store}>
        <HMSErrorUI homeHref="#home" />
      </HMSErrorProvider>
    </Profiler>,
  );
  await idle();
  let notifications = 0;
  store.subscribe(() => notifications++);
  const before = commits;
  for (let i = 0; i < count; i++) store.report({ code: code === 'one' ? 3003 : codes[i % codes.length]!, isTerminal: false, message: `report ${i}` });
  await idle();
  const result = {
    commits: commits - before,
    notifications,
    toasts: host.ownerDocument.querySelectorAll('[data-hmse-toast]').length,
    reported: store.getState().stats.reported,
  };
  root.unmount();
  host.remove();
  return result;
}

describe('a burst of reports in one task', () => {
  it.each([
    [1000, 'unique'],
    [1000, 'one'],
    [10_000, 'unique'],
  ] as const)('%i reports (%s codes): one store notification, one React commit, at most 5 toasts, every report counted', async (count, code) => {
    const result = await burst(count, code);
    expect(result).toMatchObject({ notifications: 1, commits: 1, reported: count });
    expect(result.toasts).toBeGreaterThan(0);
    expect(result.toasts).toBeLessThanOrEqual(5);
  });
});
