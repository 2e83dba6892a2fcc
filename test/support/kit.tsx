// Harnesses shared by the kit's own tests (one place, instead of a copy per file).
import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
import {
  createHMSErrorStore,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSCopyOverrides,
  type HMSErrorStore,
  type HMSErrorUIProps,
} from 'react-hms-errors';

/**
 * Replaces `window.location` for one test: jsdom's `assign` is not configurable, so this is the
 * one browser API the tests fake. Undo with `vi.unstubAllGlobals()`.
 */
export function stubLocation() {
  const assign = vi.fn();
  vi.stubGlobal('location', { ...window.location, href: window.location.href, assign });
  return assign;
}

/** The kit inside a small host app (a heading in a landmark), as an app renders it. */
export function renderInHostApp(props: HMSErrorUIProps = {}, store: HMSErrorStore = createHMSErrorStore()) {
  const view = render(
    <HMSErrorProvider store={store}>
      <main>
        <h1>Host app</h1>
      </main>
      <HMSErrorUI {...props} />
    </HMSErrorProvider>,
  );
  const report = (error: unknown) => act(() => void store.report(error));
  return { ...view, store, report };
}

/** Copy that puts the SDK's own text on screen, as many apps do with `message`/`description`. */
export const sdkTextInCopy: HMSCopyOverrides = {
  '40101': (error) => ({ title: error.message, message: error.description, hint: error.name }),
  '3003': (error) => ({ title: error.message, message: error.description, hint: error.name }),
};
