import { en as catalog } from './en';
import type { HMSErrorLabels } from './labels';
import type { HMSLocale } from './locale';
import { permissionSteps, systemPermissionSteps } from './permission-steps';

/** The English labels: the defaults of every button, heading and announcement. */
export const englishLabels: HMSErrorLabels = {
  goHome: 'Go home',
  tryAgain: 'Try again',
  rejoin: 'Rejoin',
  turnCameraOn: 'Turn camera on',
  turnMicrophoneOn: 'Turn microphone on',
  shareAgain: 'Share again',
  errorCode: 'Error {code}',
  copyDetails: 'Copy details',
  copied: 'Copied',
  copyFailed: "Couldn't copy automatically. The details are shown below.",
  details: 'Technical details',
  countdown: 'Going home in {seconds} s',
  countdownStarted: 'You will be taken home automatically in {seconds, plural, one {# second} other {# seconds}}.',
  countdownPaused: 'Going home automatically is paused.',
  pause: 'Pause',
  resume: 'Resume',
  region: 'Notifications ({hotkey})',
  dismiss: 'Dismiss: {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count, plural, one {# time} other {# times}}',
  more: '+{count} more',
  allowAudio: 'Allow audio',
  howToFix: 'How to fix',
  stepsInBrowser: 'In {browser}',
  stepsOnSystem: 'On {system}',
  fallbackTitle: 'The call has ended',
};

/** English: the default locale, and the one every other locale is checked against. */
export const englishLocale: HMSLocale = {
  tag: 'en',
  dir: 'ltr',
  catalog,
  labels: englishLabels,
  devices: {
    audio: { default: 'microphone' },
    video: { default: 'camera' },
    'audio, video': { default: 'camera and microphone' },
    screen: { default: 'screen share' },
    unknown: { default: 'camera or microphone' },
  },
  someone: 'Someone',
  permissionSteps: { browser: permissionSteps, system: systemPermissionSteps },
  diagnostics: {
    code: 'Code',
    name: 'Name',
    action: 'Action',
    message: 'Message',
    description: 'Description',
    shownAs: 'Shown as',
    catalogKey: 'Catalog key',
    kind: 'Kind',
    terminal: 'Terminal',
    platform: 'Platform',
    time: 'Time',
    count: 'Count',
    sources: 'Sources',
    userAgent: 'User agent',
    developerNote: 'Developer note',
    yes: 'yes',
    no: 'no',
    none: 'none',
  },
  punctuation: { sentence: '. ', field: ': ', list: ', ' },
};
