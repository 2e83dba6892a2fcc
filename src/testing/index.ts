// `react-hms-errors/testing`: fakes of the SDK's notifications and actions, and scenarios over
// them, for an app's own tests (vitest or jest, with Testing Library). No test framework inside.
export { createFakeHMSNotifications } from './fakeNotifications';
export type { FakeHMSNotifications, HMSFakeNotification } from './fakeNotifications';
export { createFakeHMSActions } from './fakeActions';
export type {
  FakeHMSAction,
  FakeHMSActionCall,
  FakeHMSActionName,
  FakeHMSActions,
  FakeHMSDiagnostics,
  FakeHMSInitDiagnostics,
} from './fakeActions';
export { createHMSException, createHMSExceptionError } from './exceptions';
export type { HMSFakeException, HMSFakeTrackType } from './exceptions';
export {
  doubleDelivery,
  hangingJoin,
  HMS_SCENARIOS,
  interruption,
  permissionDeniedThenGranted,
  reconnectThenGiveUp,
  reconnectThenRecover,
  SDK_RECONNECT_WINDOW_MS,
  storm,
  STORM_CODES,
} from './scenarios';
export type { DoubleDeliveryOptions, HMSScenarioFakes, HMSScenarioName } from './scenarios';
