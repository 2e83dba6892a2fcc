export { HMSErrorDialog } from './HMSErrorDialog';
export type { HMSErrorDialogProps } from './HMSErrorDialog';
export { HMSErrorToasts } from './HMSErrorToasts';
export type { HMSErrorToastsProps, HMSToastInset, HMSToastPosition } from './HMSErrorToasts';
export type { HMSToastRenderer, HMSToastRenderHelpers } from './Toast';
export { HMSErrorRecent } from './HMSErrorRecent';
export { isHMSErrorUIEvent } from './layering';
export type { HMSErrorRecentProps } from './HMSErrorRecent';
export { HMSErrorUI } from './HMSErrorUI';
export type { HMSErrorUIProps } from './HMSErrorUI';
export type {
  HMSErrorClassNames,
  HMSErrorComponentProps,
  HMSErrorUIConfig,
  HMSPermissionStepsOverrides,
} from './config';
export { defaultLabels, formatLabel } from './labels';
export type { HMSErrorLabels } from './labels';
export { defaultDarkPalette, defaultLightPalette, themeToStyle } from './theme';
export type { HMSColorScheme, HMSErrorPalette, HMSErrorTheme } from './theme';
export { formatDiagnostics } from './diagnostics';
