import { getErrorCopy, type HMSErrorCopy, type HMSErrorEntry, type HMSErrorStore } from '../../src';

/**
 * The words the kit's UI shows for a store's entry: the store holds no text, so tests that check
 * copy resolve it the way the components do, with the store's copy options.
 */
export function copyFor(store: HMSErrorStore, entry: HMSErrorEntry): HMSErrorCopy {
  const { copy, copyOptions, developerNotes } = store.options;
  return getErrorCopy(entry, copy, { ...copyOptions, developerNotes });
}
