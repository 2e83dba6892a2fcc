// sonner, as its README recommends: one <Toaster /> and toast.error(message).
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import { Toaster, toast } from 'sonner';
import { REPEATED_CODE, toastText } from '../shared/errors';
import { installHarness, onRender } from '../shared/harness';

installHarness({
  fire(error, config) {
    if (config.withId) toast.error(toastText(error), { id: `hms-${REPEATED_CODE}` });
    else toast.error(toastText(error));
  },
  countToasts: () => document.querySelectorAll('[data-sonner-toast]').length,
  toasterRoot: () => document.querySelector('[data-sonner-toaster]')?.closest('section') ?? null,
});

createRoot(document.getElementById('root')!).render(
  <Profiler id="app" onRender={onRender}>
    <Toaster />
  </Profiler>,
);
