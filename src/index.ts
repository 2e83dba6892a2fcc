'use client';
// The main entry: what an app needs, and nothing it doesn't (at most 20 runtime values; the
// rest of the headless core is `react-hms-errors/core`). Types are all exported.
export { createHMSErrorStore, normalizeHMSError, getErrorCopy, developerNotes } from './core/index';
export { HMSErrorProvider } from './react/HMSErrorProvider';
export { useHMSErrorStore } from './react/context';
export { useHMSErrors } from './react/useHMSErrors';
export { useHMSErrorState } from './react/useHMSErrorState';
export { useHMSErrorActions } from './react/useHMSErrorActions';
export { useLastHMSError } from './react/useLastHMSError';
export { useHMSErrorToaster } from './react/useHMSErrorToaster';
export { useHMSRecentNotifications } from './react/useHMSRecentNotifications';
export type {
  HMSErrorToaster,
  HMSErrorToasterHandlers,
  HMSToastDismissVia,
  HMSToastPauseReason,
  UseHMSErrorToasterOptions,
} from './react/useHMSErrorToaster';
export { HMSErrorUI, HMSErrorDialog, HMSErrorToasts, HMSErrorRecent, isHMSErrorUIEvent, defaultLabels } from './components/index';

export type * from './core/types';
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
  HMSDurations,
  HMSRoutes,
  GetErrorCopyOptions,
  HMSCopyOverride,
  HMSCopyOverrides,
  HMSDeviceNames,
  HMSBrowserFamily,
  HMSBrowserPermissionSteps,
  HMSSystem,
  HMSSystemPermissionSteps,
  HMSLastError,
  UseLastHMSErrorResult,
  NormalizeOptions,
  HMSNotificationLike,
  HMSLocale,
  HMSLocaleEntry,
  HMSLocaleCatalog,
  HMSDeviceKey,
  HMSDiagnosticsFieldNames,
  HMSAutoResolveOptions,
  HMSRecoveryKind,
} from './core/index';
export type { HMSErrorProviderProps } from './react/HMSErrorProvider';
export type { UseHMSErrorsOptions, UseHMSErrorsResult } from './react/useHMSErrors';
export type { HMSErrorActionsResult } from './react/useHMSErrorActions';
export type {
  HMSErrorDialogProps,
  HMSErrorToastsProps,
  HMSErrorRecentProps,
  HMSToastInset,
  HMSToastPosition,
  HMSToastRenderer,
  HMSToastRenderHelpers,
  HMSErrorUIProps,
  HMSErrorClassNames,
  HMSErrorComponentProps,
  HMSErrorUIConfig,
  HMSPermissionStepsOverrides,
  HMSErrorLabels,
  HMSColorScheme,
  HMSErrorPalette,
  HMSErrorTheme,
} from './components/index';
// The headless `runHMSPreflight` is in `react-hms-errors/core`.
export type * from './core/preflight';
export { useHMSPreflight } from './react/useHMSPreflight';
export type { UseHMSPreflightOptions, UseHMSPreflightResult } from './react/useHMSPreflight';
export { HMSPreflight } from './components/HMSPreflight';
export type { HMSPreflightLabels, HMSPreflightProps } from './components/HMSPreflight';
