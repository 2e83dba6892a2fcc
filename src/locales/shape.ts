// The shapes a locale file is written in: short names for the kit's locale types.
import type { HMSErrorCatalogKey } from '../core/codes';
import type { HMSWordForms } from '../core/copy/format';
import type { HMSErrorLabels } from '../core/copy/labels';
import type { HMSDeviceKey, HMSLocaleEntry } from '../core/copy/locale';
import type {
  HMSBrowserFamily,
  HMSBrowserPermissionSteps,
  HMSSystem,
  HMSSystemPermissionSteps,
} from '../core/copy/permission-steps';

export type CatalogKey = HMSErrorCatalogKey;
export type Entry = HMSLocaleEntry;
export type LabelKey = keyof HMSErrorLabels;
export type DeviceKey = HMSDeviceKey;
export type WordForms = HMSWordForms;
export type BrowserFamily = HMSBrowserFamily;
export type SystemFamily = HMSSystem;
export type BrowserSteps = HMSBrowserPermissionSteps;
export type SystemSteps = HMSSystemPermissionSteps;
