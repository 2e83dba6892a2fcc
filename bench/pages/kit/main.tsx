// react-hms-errors as an app uses it: one store, <HMSErrorProvider store={store}><HMSErrorToasts />
// </HMSErrorProvider>, the documented stylesheet import, and store.report(error) for every error
// (what the kit does with each SDK ERROR notification).
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts } from '../../../src/index';
import '../../../src/styles/styles.css';
import { installHarness, onRender } from '../shared/harness';

const store = createHMSErrorStore();

installHarness({
  fire(error) {
    store.report(error);
  },
  countToasts: () => document.querySelectorAll('[data-hmse-toast]').length,
  toasterRoot: () => document.querySelector('[data-hmse-toasts-root]'),
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
