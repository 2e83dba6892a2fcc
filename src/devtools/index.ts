'use client';
// `react-hms-errors/devtools`: an inspector for development. Nothing else imports it, so an app's
// production bundle holds it only if the app imports it (and then it renders nothing there).
export { HMSErrorDevtools, isProductionBuild } from './HMSErrorDevtools';
export type { HMSErrorDevtoolsProps } from './HMSErrorDevtools';
export type { HMSErrorDevtoolsPosition } from './styles';
export { devtoolsRows, formatHMSErrorReport, DECISION_REASONS, ROUTE_RULES } from './report';
export type { HMSDevtoolsRow, HMSDevtoolsOutcome } from './report';
