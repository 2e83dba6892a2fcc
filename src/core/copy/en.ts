import type { HMSLocaleCatalog } from './locale';

/*
 * The English copy catalog: what the person in the call reads. Developer notes live in
 * developer-notes.ts, so that apps that never log them don't ship them.
 *
 * Writing rules (checked by test/copy-catalog.test.ts and test/copy/*):
 * - second person, calm, specific, no blame, no exclamation marks, American English; no jargon
 *   ("WebRTC", "ICE", "token"…): say link, invite, connection;
 * - the base text is a toast with no button: it says what is happening now and never mentions a
 *   control; `action` may point at the button the UI really shows (`{action}` is its label);
 *   `dialog` is for the blocking dialog, where the call is over for the person (see locale.ts);
 * - toast message + hint ≤ 100 characters once filled, titles ≤ 40; no message that restates
 *   the title;
 * - `{device}` is "camera", "microphone", "camera and microphone" or "camera or microphone", so
 *   sentences avoid verbs that must agree with it; screen-share errors have their own copy;
 * - names (`{requestedBy}`) and the SDK's `{reason}` are inserted literally and isolated.
 */

const NETWORK_HINT = 'Check your Wi-Fi or network connection.';
const LINK_HINT = 'Ask the host for a new link.';
/** Credential errors the app made, not the person: nothing a new link from the host can fix. */
const APP_SIDE = {
  message: "This isn't something you did. The app couldn't verify your invite.",
  hint: "Contact the app's support.",
};
/** A call the person has already left, in the dialog: the way out is Go home, and maybe Rejoin. */
const LEFT = {
  hint: 'Go home, then join again in a moment.',
};
const LEFT_REJOIN = { hint: 'Select {action} to join again, or go home.' };
const SUPPORT_HINT = "If it keeps happening, contact the app's support.";
const WAIT_HINT = 'Try again in a moment.';
const WAIT_ACTION = { hint: 'Select {action} in a moment.' };
const QUIET = 'No action needed.';

export const en: HMSLocaleCatalog = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: "Couldn't connect to the call",
    message: "We couldn't open a connection.",
    hint: NETWORK_HINT,
    dialog: { message: "We couldn't open a connection, so you haven't joined.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '1003': {
    title: "We couldn't reconnect you",
    message: "Your connection didn't come back.",
    hint: NETWORK_HINT,
    dialog: { message: "Your connection didn't come back, so you've left the call.", hint: 'Check your network, then join again.' },
    dialogAction: LEFT_REJOIN,
  },
  '1006': {
    title: "Couldn't join the call",
    message: 'The connection closed while you were joining.',
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
    dialog: { message: "The connection closed while you were joining, so you haven't joined.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: "Couldn't set up the call",
    message: "We couldn't get the call ready.",
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  '2002.flutter': {
    title: "Couldn't set up the call",
    message: "A problem with the app's settings stopped the call.",
    hint: "Contact the app's support.",
  },
  '2003': {
    title: "Can't reach the call",
    message: "We couldn't reach the call's server.",
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  '2004': {
    title: "This link doesn't work",
    message: "Your invite couldn't be read.",
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problem with your {device}',
    message: 'Your {device} ran into a problem.',
    hint: 'Turn your {device} off and on again.',
    action: { hint: 'Select {action}.' },
  },
  '3001': {
    title: "Can't use your {device}",
    message: "This site isn't allowed to use your {device}.",
    hint: "Allow it in your browser's site settings.",
    action: { hint: 'Select {action} for the steps.' },
  },
  '3001.screen': {
    title: "Screen sharing didn't start",
    message: 'Sharing was cancelled or blocked.',
    hint: 'Start sharing again and pick a tab, window or screen.',
    action: { hint: 'Select {action} and pick a tab, window or screen.' },
  },
  '3002': {
    title: "Can't find your {device}",
    message: 'No {device} was found.',
    hint: 'Connect one, or choose another in your settings.',
  },
  '3003': {
    title: "Can't start your {device}",
    message: 'It may be in use by another app or not responding.',
    hint: 'Close other apps using it, then try again.',
    action: { hint: 'Close other apps, then select {action}.' },
  },
  '3004': {
    title: 'Lost your {device}',
    message: 'We lost access to your {device}.',
    hint: 'Reconnect it, or choose another in your settings.',
  },
  '3005': {
    title: 'Nothing to turn on',
    message: 'No camera or microphone was selected.',
    hint: 'Turn on your camera or microphone.',
  },
  '3006': {
    title: "Can't start your video",
    message: "A problem with the app's video settings stopped your camera.",
    hint: "Contact the app's support.",
  },
  '3007': {
    title: "Can't change this during a call",
    message: "This video setting can't change while you're in a call.",
    hint: 'It applies the next time you join.',
  },
  '3008': {
    title: "You can't hear the others yet",
    message: 'Your browser paused the sound.',
    hint: 'Click or tap anywhere on the page to hear them.',
    action: { hint: 'Select {allowAudio} to hear them.' },
  },
  '3009': {
    title: "Your {device} can't do that",
    message: "It can't provide the quality this call needs.",
    hint: 'Choose another in your settings.',
  },
  '3010': {
    title: 'No sound from your microphone',
    message: "It's on, but we can't hear anything from it.",
    hint: "Check it's connected and not muted, or pick another.",
  },
  '3011': {
    title: "Can't use your {device}",
    message: 'Blocked by your system, or not connected.',
    hint: "Allow your browser in your system's privacy settings.",
    action: { hint: 'Select {action} for the steps.' },
  },
  '3011.screen': {
    title: "Can't share your screen",
    message: 'Your system blocks screen recording.',
    hint: 'Allow your browser in Screen & System Audio Recording.',
  },
  '3xxx.screen': {
    title: 'Screen sharing stopped',
    message: "Your screen share couldn't start or stopped.",
    hint: 'Start sharing again.',
    action: { hint: 'Select {action} to try again.' },
  },
  '3012.web': {
    title: 'Share this tab to continue',
    message: 'This call needs you to share this tab.',
    hint: 'Start sharing again and choose this tab.',
  },
  '3012.flutter': {
    title: "Can't connect to Bluetooth audio",
    message: "This app can't use Bluetooth devices.",
    hint: "Allow Nearby devices for this app in your phone's settings.",
  },
  '3013.web': {
    title: "Can't play sound from the call",
    message: "Your browser couldn't play the call's audio.",
    hint: 'Check your speaker or headphones, or pick another.',
  },
  '3013.flutter': {
    title: "Can't use Bluetooth audio",
    message: "This app can't use Bluetooth audio.",
    hint: "Use your phone's speaker or a wired headset instead.",
  },
  '3014': {
    title: 'Your {device} disconnected',
    message: "We can't detect the {device} you chose.",
    hint: 'Reconnect it, or pick another in settings.',
  },
  '3015': {
    title: 'Nothing from your {device}',
    message: 'Another app or a phone call may have taken it.',
    hint: 'Finish the other call, then turn it off and on.',
  },

  // ── WebRTC ───────────────────────────────────────────────────────────────────────────────
  '4001': {
    title: "Couldn't send your audio and video",
    message: 'Connecting your audio and video failed.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Connecting your audio and video failed, so you've left the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4002': {
    title: "Couldn't receive audio and video",
    message: "Connecting to the others' audio and video failed.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Connecting to the others' audio and video failed, so you've left the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4003': {
    title: "Couldn't set up audio and video",
    message: 'Setting up your audio and video failed.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Setting up your audio and video failed, so you've left the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4004': {
    title: "Couldn't connect audio and video",
    message: "Your audio and video didn't finish connecting.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Your audio and video didn't connect, so you've left the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '4005': {
    title: 'Connection lost',
    message: 'Your audio and video connection failed.',
    hint: NETWORK_HINT,
    dialog: { message: "Your connection failed, so you've left the call.", hint: 'Check your network, then join again.' },
    dialogAction: LEFT_REJOIN,
  },
  '4006': {
    title: 'Connection unstable',
    message: "Your connection dropped for a moment. We're reconnecting.",
    hint: 'If it keeps happening, switch networks.',
    dialog: { message: "Your connection dropped, so you've left the call.", hint: 'Check your network, then join again.' },
    dialogAction: LEFT_REJOIN,
  },
  '4007': {
    title: 'Call quality details unavailable',
    message: "Your call isn't affected.",
    hint: QUIET,
  },
  '4008': {
    title: 'Refreshing your connection',
    message: 'This should settle in a moment.',
    hint: QUIET,
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: "You're already in this call",
    message: "You've already joined here.",
    hint: 'Carry on with the call.',
  },
  '5002': {
    title: 'Still getting ready',
    message: 'Your camera and microphone preview is starting.',
    hint: WAIT_HINT,
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: "You're not connected",
    message: "The call can't be reached right now.",
    hint: NETWORK_HINT,
    dialog: { message: "You're no longer connected to the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6001': {
    title: "Couldn't complete that",
    message: "The call didn't respond as expected.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '6002.web': {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred in the call.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "An unexpected problem ended the call for you.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6002.flutter': {
    title: "Couldn't update the call",
    message: 'Updating your audio and video connection failed.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Updating your connection failed, so you've left the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  '6003': {
    title: 'Not ready yet',
    message: "The call isn't ready for that yet.",
    hint: WAIT_HINT,
  },
  '6004': {
    title: 'Unexpected response from the call',
    message: "We got a response we couldn't understand.",
    hint: SUPPORT_HINT,
  },
  '6005': {
    title: 'Some video or audio may be missing',
    message: "Some audio or video couldn't be matched to its person.",
    hint: 'If someone stays missing, join again.',
  },
  '6006': {
    title: 'Some video or audio may be missing',
    message: "Some audio or video didn't arrive.",
    hint: 'If someone stays missing, join again.',
  },
  '6007': {
    title: 'Someone may not show correctly',
    message: "We're missing details about someone in the call.",
    hint: 'If a name or video looks wrong, join again.',
  },
  '6008': {
    title: "Can't join with this link",
    message: "This call doesn't allow joining with your invite.",
    hint: LINK_HINT,
  },
  '6009': {
    title: 'Preview already starting',
    message: 'Your camera and microphone preview is starting.',
    hint: WAIT_HINT,
  },
  '6010': {
    title: "Calls aren't available on this page",
    message: "This page wasn't opened over a secure connection.",
    hint: 'Open the call from a link that starts with https.',
  },
  '6011': {
    title: "This browser can't join calls",
    message: 'It may be out of date, or an extension blocks calls.',
    hint: 'Update it, or try another browser.',
  },
  '6012': {
    title: "Your settings won't be saved",
    message: 'Your browser blocks site storage. The call still works.',
    hint: 'Allow cookies for this site to keep them.',
  },
  '6013': {
    title: "That didn't work",
    message: "The call couldn't accept a request from the app.",
    hint: SUPPORT_HINT,
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Effect not supported here',
    message: "Your browser or device can't run this effect.",
    hint: 'Carry on without it, or try another browser.',
  },
  '7002': {
    title: "Couldn't turn on the effect",
    message: 'The effect failed to start.',
    hint: 'Carry on without it, or try again.',
    action: { hint: 'Select {action}, or carry on without it.' },
  },
  '7003': {
    title: 'The effect stopped working',
    message: 'Applying the effect failed.',
    hint: 'Turn it off and on again, or carry on without it.',
  },
  '7004': {
    title: 'The effect is still turning on',
    message: "We're already adding this effect.",
    hint: QUIET,
  },
  '7005': {
    title: 'Effect not supported on this device',
    message: "This device can't run this effect.",
    hint: 'Carry on without it, or try another device.',
  },
  '7006': {
    title: 'Effect not available in this call',
    message: "This effect isn't turned on for this call.",
    hint: 'Carry on without it.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'End of the playlist',
    message: "There's nothing left to play.",
    hint: 'Choose something else, or start again.',
  },
  '8002': {
    title: 'Nothing is playing',
    message: "There's nothing playing right now.",
    hint: 'Start something from the playlist first.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: "Couldn't join the call",
    message: "The call couldn't accept the request to join.",
    hint: 'Open the link again, or ask the host for a new one.',
  },
  '401': {
    title: 'This link has expired',
    message: "We couldn't confirm your invite.",
    hint: LINK_HINT,
  },
  '403': {
    title: "You don't have access to this call",
    message: "Your invite doesn't let you join.",
    hint: LINK_HINT,
  },
  '404': {
    title: 'Call not found',
    message: "We couldn't find this call.",
    hint: 'Check the link, or ask the host for a new one.',
  },
  '410': {
    title: 'This call is no longer available',
    message: 'The call has ended or was closed.',
    hint: 'Ask the host for a new link to join again.',
  },
  '429': {
    title: 'Too many attempts',
    message: 'The call service is busy right now.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '500': {
    title: 'The call service had a problem',
    message: "Something went wrong on the call's server.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '501': {
    title: "The call service can't do that",
    message: "The call's server doesn't support this request.",
    hint: "Contact the app's support.",
  },
  '502': {
    title: 'Call service unreachable',
    message: "The call's server didn't answer properly.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  '503': {
    title: 'Call service unavailable',
    message: 'The call service is briefly unavailable.',
    hint: 'Try again in a few minutes.',
    action: { hint: 'Select {action} in a few minutes.' },
  },
  '504': {
    title: 'The call service timed out',
    message: "The call's server took too long to answer.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },

  // ── Server and credential codes (Flutter table) ──────────────────────────────────────────
  '40001': {
    title: "This link isn't valid",
    message: "The call this link points to doesn't exist.",
    hint: LINK_HINT,
  },
  '40002': {
    title: "This link doesn't match the call",
    message: 'Your invite is for a different call.',
    hint: LINK_HINT,
  },
  '40004': {
    title: 'Already joined somewhere else',
    message: "You're in this call from another tab or device.",
    hint: 'Leave it there, then join here again.',
  },
  '40100': { title: "Couldn't verify your invite", ...APP_SIDE },
  '40101': { title: "Couldn't verify your invite", ...APP_SIDE },
  '40102': {
    title: "This link isn't valid",
    message: "Your invite points to a call that doesn't exist.",
    hint: LINK_HINT,
  },
  '40103': { title: "Couldn't verify your invite", ...APP_SIDE },
  '40104': { title: "Couldn't verify your invite", ...APP_SIDE },
  '40105': { title: "Couldn't verify your invite", ...APP_SIDE },
  '40107': { title: "Couldn't verify your invite", ...APP_SIDE },
  '40108': {
    title: "Can't join with this link",
    message: "Your invite doesn't match how this call is set up.",
    hint: LINK_HINT,
  },
  '40109': {
    title: "This link doesn't work",
    message: 'Your invite is damaged or incomplete.',
    hint: LINK_HINT,
  },
  '41001': {
    title: "You're no longer in the call",
    message: 'The call lost track of you after a connection drop.',
    hint: 'Join again to get back in.',
    dialog: LEFT,
    dialogAction: LEFT_REJOIN,
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_FULL: {
    title: 'This call is full',
    message: 'No more people can join this call right now.',
    hint: 'Ask the host to make room, then join again.',
  },
  ROOM_ENDED: {
    title: 'The call has ended',
    message:
      '{requestedBy, select, none {This call has ended for everyone.} other {{requestedBy} ended the call for everyone.}}' +
      '{reason, select, none {} other { Reason: {reason}}}',
    hint: 'You can go home or close this page.',
  },
  REMOVED_FROM_ROOM: {
    title: 'You were removed from the call',
    message:
      '{requestedBy, select, none {You were removed from the call.} other {{requestedBy} removed you from the call.}}' +
      '{reason, select, none {} other { Reason: {reason}}}',
    hint: 'If this was a mistake, ask the host to invite you again.',
  },
  RECONNECTING: {
    title: 'Reconnecting',
    message: "Your connection dropped. We're getting you back in.",
    hint: NETWORK_HINT,
  },
  RECONNECTED: {
    title: 'Reconnected',
    message: 'Your connection is back.',
    hint: 'Carry on where you left off.',
  },
  TRACK_INTERRUPTED: {
    title: 'Your {device} is paused',
    message: 'Another app or a phone call is using it.',
    hint: 'It comes back when the other app lets go.',
  },
  TRACK_RESUMED: {
    title: 'Your {device} is back',
    message: 'Your {device} is working again.',
    hint: 'Carry on where you left off.',
  },
  TIMEOUT: {
    title: "The call didn't start in time",
    message: 'Joining is taking much longer than it should.',
    hint: 'Check your connection, then go home.',
    action: { hint: 'Check your connection, then select {action}.' },
  },
  SLOW: {
    title: 'Still connecting…',
    message: 'Joining is taking longer than usual.',
    hint: "You can keep waiting; we'll tell you if it fails.",
  },
  NETWORK: {
    title: 'Connection problem',
    message: "We couldn't reach the call service.",
    hint: NETWORK_HINT,
    action: WAIT_ACTION,
  },
  UNKNOWN: {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'An unexpected problem ended the call for you.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  PERMISSION_GRANTED: {
    title: 'Allowed: your {device}',
    message: 'This site can use your {device} now.',
    hint: "Turn it on when you're ready.",
    action: { hint: 'Select {action} to use it.' },
  },
  DEVICE_FOUND: {
    title: 'Connected: your {device}',
    message: 'You can use your {device} again.',
    hint: "Turn it on when you're ready.",
    action: { hint: 'Select {action} to use it.' },
  },
  OFFLINE: {
    title: "You're offline",
    message: 'Your device lost its internet connection.',
    hint: "We'll reconnect you when it's back.",
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Connection problem',
    message: 'We had trouble staying connected.',
    hint: NETWORK_HINT,
    dialog: { message: "Your connection failed, so you've left the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.2xxx': {
    title: "Couldn't set up the call",
    message: 'Getting the call ready failed.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
  },
  'range.3xxx': {
    title: 'Problem with your {device}',
    message: 'Something went wrong with your {device}.',
    hint: 'Reconnect it and close other apps using it.',
  },
  'range.4xxx': {
    title: 'Connection problem',
    message: 'Something went wrong with your audio and video.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Your audio and video connection failed, so you've left the call.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.5xxx': {
    title: "Couldn't join the call",
    message: 'Something went wrong while joining.',
    hint: WAIT_HINT,
    action: WAIT_ACTION,
    dialog: { message: "Something went wrong, so you haven't joined.", ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.6xxx': {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred in the call.',
    hint: SUPPORT_HINT,
    action: WAIT_ACTION,
    dialog: { message: 'An unexpected problem ended the call for you.', ...LEFT },
    dialogAction: LEFT_REJOIN,
  },
  'range.7xxx': {
    title: "An effect isn't working",
    message: 'Something went wrong with an effect.',
    hint: 'Turn it off and on again, or carry on without it.',
  },
  'range.8xxx': {
    title: 'Playlist problem',
    message: 'Something went wrong with the playlist.',
    hint: 'Try playing it again.',
  },
  'range.http4xx': {
    title: "Couldn't join the call",
    message: "The call couldn't accept the request.",
    hint: 'Open the link again, or ask the host for a new one.',
  },
  'range.http5xx': {
    title: 'The call service had a problem',
    message: "Something went wrong on the call's server.",
    hint: WAIT_HINT,
    action: WAIT_ACTION,
  },
  'range.server4xxxx': {
    title: "This link doesn't work",
    message: "We couldn't let you in with this link.",
    hint: 'Open the link again, or ask the host for a new one.',
  },
};
