// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as kit from 'react-hms-errors';
import * as core from 'react-hms-errors/core';

// Issue 9: a small public surface. The main entry holds what an app needs (at most 20 runtime
// values); the rest of the headless core lives in `react-hms-errors/core`.
describe('the public API', () => {
  it('exports at most 20 runtime values from the main entry, and exactly these', () => {
    const names = Object.keys(kit).sort();
    expect(names.length).toBeLessThanOrEqual(20);
    expect(names).toEqual([
      'HMSErrorDialog',
      'HMSErrorProvider',
      'HMSErrorRecent',
      'HMSErrorToasts',
      'HMSErrorUI',
      'HMSPreflight',
      'createHMSErrorStore',
      'defaultLabels',
      'developerNotes',
      'getErrorCopy',
      'isHMSErrorUIEvent',
      'normalizeHMSError',
      'useHMSErrorActions',
      'useHMSErrorState',
      'useHMSErrorStore',
      'useHMSErrorToaster',
      'useHMSErrors',
      'useHMSPreflight',
      'useHMSRecentNotifications',
      'useLastHMSError',
    ]);
  });

  it('keeps internals off the main entry', () => {
    for (const internal of ['routeFor', 'groupKeyFor', 'formatLabel', 'themeToStyle', 'personCopy', 'CATALOG_KEYS', 'runHMSPreflight']) {
      expect(kit, internal).not.toHaveProperty(internal);
    }
  });

  it('has the headless pieces in react-hms-errors/core, with no React', () => {
    for (const name of ['createHMSErrorStore', 'normalizeHMSError', 'getErrorCopy', 'runHMSPreflight', 'rememberLastHMSError']) {
      expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
