// The headless core: no React. `react-hms-errors/core`.
export {
  CATALOG_KEYS,
  SHARED_CODE_KEYS,
  PLATFORM_CODE_KEYS,
  SPECIAL_KEYS,
  RANGE_KEYS,
  VARIANT_KEYS,
  catalogKeyForCode,
} from './codes';
export type { HMSErrorCatalogKey } from './codes';
export {
  normalizeHMSError,
  normalizeHMSNotification,
  HMS_NOTIFICATION_TYPES,
} from './normalize';
export type { NormalizeOptions, HMSNotificationLike } from './normalize';
export { defaultDeviceNames, getErrorCopy } from './copy/getErrorCopy';
export { defaultCopy } from './copy/defaultCopy';
export { developerNotes } from './copy/developer-notes';
export { en as personCopy } from './copy/en';
export type {
  GetErrorCopyOptions,
  HMSCopyOverride,
  HMSCopyOverrides,
  HMSDeviceNames,
} from './copy/getErrorCopy';
export {
  permissionSteps,
  systemPermissionSteps,
  detectBrowserFamily,
  detectSystem,
} from './copy/permission-steps';
export type {
  HMSBrowserFamily,
  HMSBrowserPermissionSteps,
  HMSSystem,
  HMSSystemPermissionSteps,
} from './copy/permission-steps';
export { DEFAULT_DURATIONS, DEFAULT_POLICY, routeFor, groupKeyFor, durationFor } from './policy';
export type { HMSDurations, HMSRoutes } from './policy';
export { createHMSErrorStore } from './store';
export type {
  GuardOptions,
  HMSConnectionState,
  HMSEntryInfo,
  HMSErrorActions,
  HMSErrorState,
  HMSErrorStore,
  HMSErrorStoreOptions,
  HMSNotificationsLike,
  ReportOptions,
} from './store';
export type * from './types';
