// react-hms-errors: one store, <HMSErrorProvider store={store}><HMSErrorToasts /></HMSErrorProvider>,
// and store.report(error) for every error, as an app does with its SDK notifications.
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { createHMSErrorStore, HMSErrorProvider, useHMSErrorState } from '../../../src/index';
import { installHarness, onRender } from '../shared/harness';

// TEMPORARY stand-in until src/components/HMSErrorToasts.tsx lands.
function HMSErrorToasts() {
  const toasts = useHMSErrorState((s) => s.toasts);
  return (
    <ol>
      {toasts.map((t) => (
        <li key={t.id} data-hmse-toast="">
          {t.copy.title} {t.count > 1 ? `×${t.count}` : ''}
        </li>
      ))}
    </ol>
  );
}

const store = createHMSErrorStore();
const TOAST_SELECTOR = '[data-hmse-toast]';

installHarness({
  fire(error) {
    store.report(error);
  },
  countToasts: () => document.querySelectorAll(TOAST_SELECTOR).length,
  extra() {
    const s = store.getState();
    return {
      visible: s.toasts.length,
      queued: s.queue.length,
      history: s.history.length,
      historyCap: store.options.historySize,
      reported: s.stats.reported,
      evicted: s.stats.evicted,
      maxCount: s.toasts.reduce((max, t) => Math.max(max, t.count), 0),
    };
  },
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="app" onRender={onRender}>
    <HMSErrorProvider store={store}>
      <HMSErrorToasts />
    </HMSErrorProvider>
  </Profiler>,
);
