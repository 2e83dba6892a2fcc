/*
 * Steps for the "How to fix" expander shown with 3001 (the browser blocked the site) and 3011
 * (the operating system blocked the browser). `{device}` is filled like the catalog's copy
 * ("camera", "microphone", "camera and microphone", "screen share", "camera or microphone").
 *
 * The detectors are pure functions of the string they are given: they never read `navigator`,
 * so they are safe during server rendering and easy to test.
 */

export type HMSBrowserFamily = 'chrome' | 'edge' | 'firefox' | 'safari' | 'other';
export type HMSSystem = 'macos' | 'windows' | 'other';

export interface HMSBrowserPermissionSteps {
  /** The browser's name as the person knows it, for a heading such as "In Chrome". */
  browser: string;
  steps: string[];
}

export interface HMSSystemPermissionSteps {
  /** The system's name as the person knows it, for a heading such as "On macOS". */
  system: string;
  steps: string[];
}

/** How to allow the site to use a device, per browser (for 3001). */
export const permissionSteps: Record<HMSBrowserFamily, HMSBrowserPermissionSteps> = {
  chrome: {
    browser: 'Chrome',
    steps: [
      'Select the icon to the left of the address bar.',
      'Turn on access to your {device}.',
      "If you don't see it there, choose Site settings and set your {device} to Allow.",
      'Reload the page and try again.',
    ],
  },
  edge: {
    browser: 'Microsoft Edge',
    steps: [
      'Select the lock icon to the left of the address bar.',
      'Choose Permissions for this site.',
      'Set your {device} to Allow.',
      'Reload the page and try again.',
    ],
  },
  firefox: {
    browser: 'Firefox',
    steps: [
      'Select the crossed-out permission icon in the address bar.',
      'Next to Blocked, select the X to clear the block.',
      'Reload the page, then allow your {device} when Firefox asks.',
    ],
  },
  safari: {
    browser: 'Safari',
    steps: [
      'On a Mac, choose Safari > Settings for This Website in the menu bar.',
      'On iPhone or iPad, tap the page menu (aA) next to the address, then Website Settings.',
      'Set your {device} to Allow, then reload the page.',
      'Still blocked on iPhone or iPad? Open the Settings app, find your browser, and allow your {device}.',
    ],
  },
  other: {
    browser: 'your browser',
    steps: [
      "Open your browser's settings for this site, often from the icon next to the address.",
      'Allow your {device}.',
      'Reload the page and try again.',
    ],
  },
};

/** How to let the browser use a device at the operating-system level (for 3011). */
export const systemPermissionSteps: Record<HMSSystem, HMSSystemPermissionSteps> = {
  macos: {
    system: 'macOS',
    steps: [
      'Open the Apple menu > System Settings > Privacy & Security.',
      'Select Camera or Microphone, whichever you need.',
      'Turn on the switch next to your browser.',
      'Quit and reopen your browser, then join again.',
    ],
  },
  windows: {
    system: 'Windows',
    steps: [
      'Open Start > Settings > Privacy & security.',
      'Under App permissions, select Camera or Microphone.',
      'Turn on access for apps, including desktop apps such as your browser.',
      'Reload the page and try again.',
    ],
  },
  other: {
    system: 'your device',
    steps: [
      "Open your device's settings.",
      'Go to Privacy or App permissions.',
      'Allow your browser to use your {device}.',
      'Go back to the call and try again.',
    ],
  },
};

const IOS = /iPhone|iPad|iPod/i;

/**
 * The browser family whose permission steps apply, from a user-agent string.
 *
 * Every browser on iPhone and iPad (Safari, Chrome's "CriOS", Firefox's "FxiOS", Edge's "EdgiOS")
 * runs on WebKit and follows Safari's settings. Edge's UA also contains "Chrome", so it is checked
 * first; Chromium browsers with their own settings screens (Opera, Samsung Internet…) and in-app
 * webviews are "other".
 *
 * @example detectBrowserFamily(navigator.userAgent) // in the app, never inside this module
 */
export function detectBrowserFamily(userAgent: string): HMSBrowserFamily {
  const ua = typeof userAgent === 'string' ? userAgent : '';
  if (IOS.test(ua) || /CriOS\/|FxiOS\/|EdgiOS\//.test(ua)) return 'safari';
  if (/\bEdg(?:e|A)?\//.test(ua)) return 'edge';
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/OPR\/|Opera|SamsungBrowser\/|YaBrowser\/|UCBrowser\/|; wv\)/.test(ua)) return 'other';
  if (/Chrome\/|Chromium\//.test(ua)) return 'chrome';
  if (/Safari\//.test(ua) && /Version\//.test(ua) && !/Android/.test(ua)) return 'safari';
  return 'other';
}

/**
 * The operating system whose privacy settings apply (for 3011), from a user-agent string.
 * iPhone, iPad in mobile mode, Android and everything else are "other". An iPad asking for the
 * desktop site reports itself as a Mac and cannot be told apart from the string alone.
 */
export function detectSystem(userAgent: string): HMSSystem {
  const ua = typeof userAgent === 'string' ? userAgent : '';
  if (IOS.test(ua) || /Android|Windows Phone/i.test(ua)) return 'other';
  if (/Macintosh|Mac OS X/.test(ua)) return 'macos';
  if (/Windows/.test(ua)) return 'windows';
  return 'other';
}
