/**
 * Every string the components show or announce that is not error copy. Templates fill
 * `{code}`, `{count}`, `{seconds}`, `{title}`, `{hotkey}`, `{browser}` and `{system}`.
 */
export interface HMSErrorLabels {
  /** The dialog's way out. @defaultValue `'Go home'` */
  goHome: string;
  /** Retry button of the dialog and of retryable toasts. @defaultValue `'Try again'` */
  tryAgain: string;
  /** The dialog's primary action when the kit can run the guarded join again. @defaultValue `'Rejoin'` */
  rejoin: string;
  /** The error code, shown small. @defaultValue `'Error {code}'` */
  errorCode: string;
  /** @defaultValue `'Copy details'` */
  copyDetails: string;
  /** Shown (and announced) after the details were copied. @defaultValue `'Copied'` */
  copied: string;
  /** Shown when the clipboard is unavailable; the details open instead. */
  copyFailed: string;
  /** Summary of the details disclosure. @defaultValue `'Technical details'` */
  details: string;
  /** Visible countdown before going home automatically. @defaultValue `'Going home in {seconds} s'` */
  countdown: string;
  /** Announced once when the countdown starts. */
  countdownStarted: string;
  /** Announced when the countdown is paused. */
  countdownPaused: string;
  /** @defaultValue `'Pause'` */
  pause: string;
  /** @defaultValue `'Resume'` */
  resume: string;
  /** Accessible name of the toasts region. @defaultValue `'Notifications ({hotkey})'` */
  region: string;
  /** Accessible name of a toast's close button. @defaultValue `'Dismiss: {title}'` */
  dismiss: string;
  /** Visible repeat count of a grouped toast. @defaultValue `'×{count}'` */
  repeatCount: string;
  /** What screen readers hear for the repeat count. @defaultValue `'{count} times'` */
  repeatCountText: string;
  /** Shown when toasts wait for a free slot. @defaultValue `'+{count} more'` */
  more: string;
  /** Autoplay-blocked action (3008). @defaultValue `'Allow audio'` */
  allowAudio: string;
  /** Permission help expander (3001, 3011). @defaultValue `'How to fix'` */
  howToFix: string;
  /** Heading above the browser steps. @defaultValue `'In {browser}'` */
  stepsInBrowser: string;
  /** Heading above the system steps. @defaultValue `'On {system}'` */
  stepsOnSystem: string;
  /** Title of the minimal dialog shown if the kit's own dialog fails to render. */
  fallbackTitle: string;
}

export const defaultLabels: Readonly<HMSErrorLabels> = {
  goHome: 'Go home',
  tryAgain: 'Try again',
  rejoin: 'Rejoin',
  errorCode: 'Error {code}',
  copyDetails: 'Copy details',
  copied: 'Copied',
  copyFailed: "Couldn't copy automatically. The details are shown below.",
  details: 'Technical details',
  countdown: 'Going home in {seconds} s',
  countdownStarted: 'You will be taken home automatically in {seconds} seconds.',
  countdownPaused: 'Going home automatically is paused.',
  pause: 'Pause',
  resume: 'Resume',
  region: 'Notifications ({hotkey})',
  dismiss: 'Dismiss: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count} times',
  more: '+{count} more',
  allowAudio: 'Allow audio',
  howToFix: 'How to fix',
  stepsInBrowser: 'In {browser}',
  stepsOnSystem: 'On {system}',
  fallbackTitle: 'The call has ended',
};

/** Fills `{name}` placeholders; unknown ones stay as written. */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  return String(template).replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}
