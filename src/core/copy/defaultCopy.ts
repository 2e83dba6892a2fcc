import type { HMSErrorCatalog, HMSErrorCatalogKey } from '../types';
import { developerNotes } from './developer-notes';
import { catalogMeta } from '../meta';
import { en } from './en';

function withNotes(): HMSErrorCatalog {
  const catalog = {} as HMSErrorCatalog;
  for (const key of Object.keys(en) as HMSErrorCatalogKey[]) {
    const { title, message, hint } = en[key];
    catalog[key] = { ...catalogMeta[key], title, message, hint, developerNote: developerNotes[key] };
  }
  return catalog;
}

/**
 * The whole English catalog, developer notes included: the default, and the fallback for every
 * other language. Importing it ships the notes; the store and components don't need it.
 */
export const defaultCopy: HMSErrorCatalog = /* @__PURE__ */ withNotes();
