// The headless core: no React. `react-hms-errors/core`.
export { createHMSErrorStore } from './store';
export { normalizeHMSError, normalizeHMSNotification, HMS_NOTIFICATION_TYPES } from './normalize';
export { getErrorCopy, defaultDeviceNames } from './copy/getErrorCopy';
export { defaultCopy } from './copy/defaultCopy';
export { developerNotes } from './copy/developer-notes';
export { CATALOG_KEYS, catalogKeyForCode } from './codes';
export { permissionSteps, systemPermissionSteps, detectBrowserFamily, detectSystem } from './copy/permission-steps';
export { DEFAULT_DURATIONS, DEFAULT_POLICY } from './policy';
export { watchPermissions, watchDevices } from './watch';
export { recoveriesFor, SDK_RECONNECT_WINDOW_MS } from './recovery';
export { rememberLastHMSError, LAST_ERROR_STORAGE_KEY } from './lastError';

export type { HMSErrorCatalogKey } from './codes';
export type { NormalizeOptions, HMSNotificationLike } from './normalize';
export type { GetErrorCopyOptions, HMSCopyOverride, HMSCopyOverrides, HMSDeviceNames, HMSOfferedAction } from './copy/getErrorCopy';
export type { HMSLocale, HMSLocaleEntry, HMSLocaleCatalog, HMSDeviceKey, HMSDiagnosticsFieldNames } from './copy/locale';
export type { HMSErrorLabels } from './copy/labels';
export type { HMSWordForms, HMSMessageValue } from './copy/format';
export type {
  HMSBrowserFamily,
  HMSBrowserPermissionSteps,
  HMSSystem,
  HMSSystemPermissionSteps,
} from './copy/permission-steps';
export type { HMSDurations, HMSRoutes } from './policy';
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
export type { HMSAutoResolveOptions, HMSRecoveryKind } from './recovery';
export type { PermissionsLike, PermissionStatusLike, MediaDevicesLike } from './watch';
export type { HMSLastError, UseLastHMSErrorResult } from './lastError';
export type * from './types';
export { runHMSPreflight } from './preflight';
export type * from './preflight';
