/**
 * Every string the components show or announce that is not error copy, in one language. Templates
 * fill `{code}`, `{count}`, `{seconds}`, `{title}`, `{hotkey}`, `{browser}` and `{system}`, and may
 * use plurals: `{count, plural, one {# time} other {# times}}` (see format.ts).
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
  /** Visible countdown before going home automatically (`{seconds}` is a number). */
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
  /** Retry of a camera error when the kit can turn it on again. @defaultValue `'Turn camera on'` */
  turnCameraOn: string;
  /** Retry of a microphone error. @defaultValue `'Turn microphone on'` */
  turnMicrophoneOn: string;
  /** Retry of a screen-share error. @defaultValue `'Share again'` */
  shareAgain: string;
  /** Autoplay-blocked action (3008). @defaultValue `'Allow audio'` */
  allowAudio: string;
  /** Permission help expander (3001, 3011). @defaultValue `'How to fix'` */
  howToFix: string;
  /** Heading above the browser steps. @defaultValue `'In {browser}'` */
  stepsInBrowser: string;
  /** Heading above the system steps. @defaultValue `'On {system}'` */
  stepsOnSystem: string;
  /** Title of the dialog shown if the kit's own dialog fails to render. */
  fallbackTitle: string;
  /** Toast button that opens the device choice (3002, 3004, 3014 for a camera). @defaultValue `'Use another camera'` */
  useAnotherCamera: string;
  /** The same for a microphone. @defaultValue `'Use another microphone'` */
  useAnotherMicrophone: string;
  /** Legend of the camera choice. @defaultValue `'Choose a camera'` */
  chooseCamera: string;
  /** Legend of the microphone choice. @defaultValue `'Choose a microphone'` */
  chooseMicrophone: string;
  /** A camera the browser gives no name (no permission yet); `{count}` is its number. @defaultValue `'Camera {count}'` */
  unnamedCamera: string;
  /** The same for a microphone. @defaultValue `'Microphone {count}'` */
  unnamedMicrophone: string;
  /** Applies the chosen device. @defaultValue `'Switch'` */
  switchDevice: string;
  /** Closes the device choice without a change. @defaultValue `'Cancel'` */
  cancel: string;
  /** Shown when the device choice finds nothing to offer. @defaultValue `'No other device found.'` */
  noOtherDevice: string;
  /** Under the reconnecting toast: how long the SDK keeps trying (`{seconds}`). */
  keepTrying: string;
  /** Text alternative of the error icon, read before the title. @defaultValue `'Error:'` */
  severityError: string;
  /** @defaultValue `'Warning:'` */
  severityWarning: string;
  /** @defaultValue `'Info:'` */
  severityInfo: string;
  /** @defaultValue `'Success:'` */
  severitySuccess: string;
  /** Heading and button of the view of dismissed and expired notifications. @defaultValue `'Recent notifications'` */
  recent: string;
  /** Shown in that view when it is empty. @defaultValue `'No recent notifications.'` */
  recentEmpty: string;
  /** Added to an announcement when the toast has a button (`{hotkey}`). @defaultValue `'Press {hotkey} to respond.'` */
  respond: string;
  /** Polite re-announcement of a sustained storm (`{count}`). */
  stillHappening: string;
  /** Polite announcement of notifications waiting for a slot (`{count}`). */
  moreText: string;
}

