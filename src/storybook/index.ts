'use client';
// `react-hms-errors/storybook`: an error simulator for an app's own Storybook.
export { withHMSErrorSimulator } from './withHMSErrorSimulator';
export type { HMSErrorSimulatorDecorator, HMSErrorSimulatorParameters } from './withHMSErrorSimulator';
export { useHMSErrorSimulator } from './context';
export type { HMSErrorSimulator } from './context';
export type { HMSErrorSimulatorPosition } from './SimulatorPanel';
export { simulatedNotification, SIMULATED_KEYS } from './catalogEvents';
export type { HMSSimulatedTerminal } from './catalogEvents';
