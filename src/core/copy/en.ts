import type { HMSErrorPersonCatalog } from '../types';

/*
 * The English copy catalog: what the person in the call reads, and what the developer logs.
 *
 * Writing rules for `title` / `message` / `hint` (checked by test/copy-catalog.test.ts):
 * - second person, calm, specific, no blame, no exclamation marks, American English;
 * - no jargon (no "WebRTC", "ICE", "JWT", "SDP", "endpoint", "token"): say link, invite, connection;
 * - `{device}` is filled with "camera", "microphone", "camera and microphone", "screen share" or
 *   "camera or microphone", so sentences avoid verbs and pronouns that must agree with it
 *   ("Can't use your {device}", not "Your {device} is blocked");
 * - `{requestedBy}` appears only in REMOVED_FROM_ROOM.
 *
 * Developer notes live in developer-notes.ts, so that apps that never log them don't ship them.
 */

/** The one thing a person can do about a bad or expired invite. */
const LINK_HINT = 'This link is invalid or has expired. Ask the host for a new one.';
const NETWORK_HINT = 'Check your Wi-Fi or network connection, then try again in a moment.';
const REJOIN_HINT = 'Try again. If it keeps happening, leave the call and join again.';
const SUPPORT_HINT = "Try again later. If it keeps happening, contact the app's support.";

export const en: HMSErrorPersonCatalog = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: "Couldn't connect to the call",
    message: "We couldn't open a connection to the call.",
    hint: NETWORK_HINT,
  },
  '1003': {
    title: "We couldn't reconnect you",
    message: "Your connection dropped and didn't come back, so you've left the call.",
    hint: 'Check your Wi-Fi or network connection, then join again.',
  },
  '1006': {
    title: 'Connection interrupted',
    message: 'Your connection to the call closed unexpectedly.',
    hint: "We're trying to reconnect. If it doesn't come back, check your Wi-Fi or network connection.",
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: "Couldn't set up the call",
    message: "We couldn't get the call ready to join.",
    hint: SUPPORT_HINT,
  },
  '2002.flutter': {
    title: "Couldn't set up the call",
    message: "We couldn't set up the call because of a problem with the app's settings.",
    hint: SUPPORT_HINT,
  },
  '2003': {
    title: "Can't reach the call",
    message: "We couldn't reach the server that runs the call.",
    hint: NETWORK_HINT,
  },
  '2004': {
    title: "This link doesn't work",
    message: "Your invite to this call couldn't be read.",
    hint: LINK_HINT,
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problem with your {device}',
    message: 'Your {device} ran into a problem.',
    hint: "Turn your {device} off and on again. If that doesn't help, leave the call and join again.",
  },
  '3001': {
    title: "Can't use your {device}",
    message: "This site doesn't have permission to use your {device}.",
    hint: "Allow your {device} in your browser's site settings (the icon next to the address), then try again.",
  },
  '3001.screen': {
    title: "Screen sharing didn't start",
    message: 'Screen sharing was cancelled or blocked, so nothing is being shared.',
    hint: 'To share, select Share screen again and pick a tab, window or screen. If nothing appears, allow screen sharing in your browser and system settings.',
  },
  '3002': {
    title: "Can't find your {device}",
    message: "We couldn't find your {device}.",
    hint: 'Connect your {device}, or choose another in your settings, then try again.',
  },
  '3003': {
    title: "Can't start your {device}",
    message: 'Another app or browser tab is already using your {device}.',
    hint: "Close the other app that's using your {device}, then try again.",
  },
  '3004': {
    title: 'Your {device} stopped working',
    message: 'We lost access to your {device} during the call.',
    hint: 'Reconnect your {device}, or choose another in your settings, then try again.',
  },
  '3005': {
    title: 'Nothing to turn on',
    message: 'Neither a camera nor a microphone was selected for this call.',
    hint: "Turn on your camera or microphone. If that doesn't work, contact the app's support.",
  },
  '3006': {
    title: "Can't start your video",
    message: "Your camera couldn't start because of a problem with the app's video settings.",
    hint: "If this keeps happening, contact the app's support.",
  },
  '3007': {
    title: "Can't change this during a call",
    message: "This video setting can't be changed while you're in a call.",
    hint: 'Leave the call and join again to use the new setting.',
  },
  '3008': {
    title: "You can't hear the others yet",
    message: 'Your browser paused sound from the call until you interact with the page.',
    hint: 'Select Allow audio to hear the others.',
  },
  '3009': {
    title: 'Unsupported {device} settings',
    message: "Your {device} can't provide the quality this call asked for.",
    hint: 'Choose another {device} in your settings, then try again.',
  },
  '3010': {
    title: 'No sound from your microphone',
    message: "Your microphone is on, but we can't hear anything from it.",
    hint: 'Check that your microphone is connected and not muted, or pick a different one in your settings.',
  },
  '3011': {
    title: 'Blocked in your system settings',
    message: "Your system's privacy settings are stopping your browser from using your {device}.",
    hint: "Turn on {device} access for your browser in your system's privacy settings, then restart the browser.",
  },
  '3012.web': {
    title: 'Share this tab to continue',
    message: 'This call needs you to share this browser tab.',
    hint: 'Start sharing again and choose this tab.',
  },
  '3012.flutter': {
    title: "Can't connect to Bluetooth audio",
    message: "This app doesn't have permission to use Bluetooth, so your headset or speaker can't be used.",
    hint: "Allow the Nearby devices permission for this app in your phone's settings, then try again.",
  },
  '3013.web': {
    title: "Can't play sound from the call",
    message: "Your browser couldn't play audio from the call.",
    hint: 'Click or tap the page to allow sound, and check that your speaker or headphones are connected.',
  },
  '3013.flutter': {
    title: "Can't use Bluetooth audio",
    message: "This app isn't allowed to use Bluetooth, so your headset or speaker can't be used.",
    hint: "Allow Bluetooth for this app in your phone's settings. If that doesn't help, contact the app's support.",
  },
  '3014': {
    title: 'Your {device} disconnected',
    message: "We can't detect the {device} you selected.",
    hint: 'Reconnect your {device}, or choose another in your settings.',
  },
  '3015': {
    title: 'No signal from your {device}',
    message: "We're not getting anything from your {device}. Another app or a phone call may have taken over.",
    hint: 'Close other apps that use your {device} or finish the phone call, then turn your {device} off and on again.',
  },

  // ── WebRTC ───────────────────────────────────────────────────────────────────────────────
  '4001': {
    title: "Couldn't send your audio and video",
    message: 'Something went wrong while connecting your audio and video to the call.',
    hint: REJOIN_HINT,
  },
  '4002': {
    title: "Couldn't receive audio and video",
    message: 'Something went wrong while connecting to audio and video from the others.',
    hint: REJOIN_HINT,
  },
  '4003': {
    title: "Couldn't set up audio and video",
    message: 'Something went wrong while setting up your audio and video connection.',
    hint: REJOIN_HINT,
  },
  '4004': {
    title: "Couldn't connect audio and video",
    message: "We couldn't finish connecting your audio and video to the call.",
    hint: REJOIN_HINT,
  },
  '4005': {
    title: 'Connection lost',
    message: 'Your audio and video connection to the call failed, usually because of a network problem.',
    hint: NETWORK_HINT,
  },
  '4006': {
    title: 'Connection unstable',
    message: 'Your audio and video connection dropped for a moment.',
    hint: "We're reconnecting. If it keeps happening, move closer to your Wi-Fi router or switch networks.",
  },
  '4007': {
    title: 'Call quality details unavailable',
    message: "We couldn't read connection quality details. Your call isn't affected.",
    hint: 'No action needed. You can carry on with the call.',
  },
  '4008': {
    title: 'Refreshing your connection',
    message: 'Your audio and video connection is being updated.',
    hint: 'No action needed. This should settle in a moment.',
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: "You're already in this call",
    message: "You've already joined this call here.",
    hint: 'Carry on with the call. If it looks stuck, leave and join again.',
  },
  '5002': {
    title: 'Still getting ready',
    message: 'Your camera and microphone preview is still starting.',
    hint: 'Wait a moment, then try joining again.',
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: "You're not connected",
    message: "You're not connected to the call right now.",
    hint: 'Check your connection and try again. If it keeps happening, leave the call and join again.',
  },
  '6001': {
    title: "Couldn't complete that",
    message: "The call didn't respond to a request as expected.",
    hint: 'Try again in a moment.',
  },
  '6002.web': {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred in the call.',
    hint: REJOIN_HINT,
  },
  '6002.flutter': {
    title: "Couldn't update the call",
    message: 'Something went wrong while updating your audio and video connection.',
    hint: 'Try again in a moment.',
  },
  '6003': {
    title: 'Not ready yet',
    message: "The call isn't ready for that yet.",
    hint: 'Wait a moment, then try again.',
  },
  '6004': {
    title: 'Unexpected response from the call',
    message: "We got a response from the call that we couldn't understand.",
    hint: REJOIN_HINT,
  },
  '6005': {
    title: 'Some video or audio may be missing',
    message: "We couldn't match some audio or video to the person it belongs to.",
    hint: "If someone's video or audio doesn't show, leave the call and join again.",
  },
  '6006': {
    title: 'Some video or audio may be missing',
    message: "Some audio or video from the call didn't arrive.",
    hint: "If someone's video or audio doesn't show, leave the call and join again.",
  },
  '6007': {
    title: 'Someone may not show correctly',
    message: "We're missing details about someone in the call.",
    hint: "If someone's name or video looks wrong, leave the call and join again.",
  },
  '6008': {
    title: "Can't join with this link",
    message: "Your invite gives you a role that this call doesn't allow.",
    hint: 'Ask the host for a new link to join.',
  },
  '6009': {
    title: 'Preview already starting',
    message: 'Your camera and microphone preview is already starting.',
    hint: 'Wait a moment, then try again.',
  },
  '6010': {
    title: "Calls aren't available on this page",
    message: "Your browser won't allow calls here because the page wasn't opened over a secure connection.",
    hint:
      "Open the call in your regular browser, from a link that starts with https. If it still doesn't work, contact the app's support.",
  },
  '6011': {
    title: "This browser can't join calls",
    message: "Your browser can't make calls, or an extension is blocking them.",
    hint:
      'Update your browser or open the call in another one, such as Chrome, Edge, Firefox or Safari. If you use a privacy extension, turn it off for this site.',
  },
  '6012': {
    title: "Your settings won't be saved",
    message: "Your browser is blocking site storage, so your preferences won't be remembered. The call still works.",
    hint: 'To keep your settings, allow cookies and site data for this site.',
  },
  '6013': {
    title: "That didn't work",
    message: "The app sent a request that the call couldn't accept.",
    hint: "If this keeps happening, contact the app's support.",
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Effect not supported here',
    message: "Your browser or device can't run this effect.",
    hint: 'Try another browser or device, or carry on without the effect.',
  },
  '7002': {
    title: "Couldn't turn on the effect",
    message: 'The effect failed to start.',
    hint: "Try again. If it still doesn't work, carry on without it.",
  },
  '7003': {
    title: 'The effect stopped working',
    message: 'Something went wrong while applying the effect.',
    hint: 'Turn the effect off and on again, or carry on without it.',
  },
  '7004': {
    title: 'The effect is still turning on',
    message: "We're already adding this effect.",
    hint: 'Wait a moment for it to finish.',
  },
  '7005': {
    title: 'Effect not supported on this device',
    message: "This device can't run this effect.",
    hint: 'Carry on without the effect, or try a different device.',
  },
  '7006': {
    title: 'Effect not available in this call',
    message: "This effect isn't turned on for this call.",
    hint: 'Carry on without the effect.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'End of the playlist',
    message: "There's nothing left to play.",
    hint: 'Choose something else to play, or start the playlist again.',
  },
  '8002': {
    title: 'Nothing is playing',
    message: "There's nothing playing right now.",
    hint: 'Start something from the playlist first.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: "Couldn't join the call",
    message: "The call service couldn't accept the request to join.",
    hint: "Open the link again. If it still doesn't work, ask the host for a new one.",
  },
  '401': {
    title: 'This link has expired',
    message: "We couldn't confirm your invite to this call.",
    hint: LINK_HINT,
  },
  '403': {
    title: "You don't have access to this call",
    message: "Your invite doesn't allow you to join this call.",
    hint: 'Ask the host for a new link.',
  },
  '404': {
    title: 'Call not found',
    message: "We couldn't find the call you're trying to join.",
    hint: 'Check the link, or ask the host for a new one.',
  },
  '410': {
    title: 'This call is no longer available',
    message: "The call you're trying to join has ended or was closed.",
    hint: 'Ask the host for a new link if you need to join again.',
  },
  '429': {
    title: 'Too many attempts',
    message: 'The call service is getting too many requests right now.',
    hint: 'Wait a moment, then try again.',
  },
  '500': {
    title: 'The call service had a problem',
    message: 'Something went wrong on the server that runs the call.',
    hint: 'Try again in a moment.',
  },
  '503': {
    title: 'Call service unavailable',
    message: 'The call service is temporarily unavailable.',
    hint: 'Try again in a few minutes.',
  },

  // ── Server and token codes (Flutter table) ───────────────────────────────────────────────
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
    message: "You're already in this call from another tab or device.",
    hint: 'Leave the call there, then try joining here again.',
  },
  '40100': {
    title: "Couldn't verify your link",
    message: 'Something went wrong while checking your invite to this call.',
    hint: LINK_HINT,
  },
  '40101': {
    title: "This link isn't valid",
    message: "Your invite wasn't issued correctly, so we couldn't verify it.",
    hint: LINK_HINT,
  },
  '40102': {
    title: "This link isn't valid",
    message: "Your invite points to a call that doesn't exist.",
    hint: LINK_HINT,
  },
  '40103': {
    title: "This link isn't valid",
    message: "Your invite couldn't be verified.",
    hint: LINK_HINT,
  },
  '40104': {
    title: "This link isn't valid",
    message: 'Your invite was made for a different app.',
    hint: LINK_HINT,
  },
  '40105': {
    title: "This link isn't valid",
    message: 'Your invite was made for a different account.',
    hint: LINK_HINT,
  },
  '40107': {
    title: "This link isn't valid",
    message: "Your invite doesn't identify you correctly.",
    hint: LINK_HINT,
  },
  '40108': {
    title: "Can't join with this link",
    message: "Your invite gives you a role that this call doesn't have.",
    hint: LINK_HINT,
  },
  '40109': {
    title: "This link doesn't work",
    message: 'Your invite is damaged or incomplete.',
    hint: LINK_HINT,
  },
  '41001': {
    title: "You're no longer in the call",
    message: 'The call lost track of you, usually after a long connection drop.',
    hint: 'Join again to get back in.',
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_ENDED: {
    title: 'The call has ended',
    message: 'The host ended the call for everyone.',
    hint: 'You can go back home or close this page.',
  },
  REMOVED_FROM_ROOM: {
    title: 'You were removed from the call',
    message: '{requestedBy} removed you from the call.',
    hint: 'If you think this was a mistake, ask the host to invite you again.',
  },
  RECONNECTING: {
    title: 'Reconnecting',
    message: "Your connection dropped. We're trying to get you back into the call.",
    hint: "Check your Wi-Fi or network connection. You'll rejoin automatically once it's back.",
  },
  RECONNECTED: {
    title: 'Reconnected',
    message: 'Your connection is back.',
    hint: 'You can carry on where you left off.',
  },
  TIMEOUT: {
    title: "The call didn't start in time",
    message: 'Joining is taking much longer than it should.',
    hint: 'Check your connection, then try again or go back home.',
  },
  SLOW: {
    title: 'Still connecting…',
    message: 'Joining is taking longer than usual.',
    hint: "Check your connection. You can keep waiting; we'll let you know if it doesn't work.",
  },
  NETWORK: {
    title: 'Connection problem',
    message: "We couldn't reach the call service.",
    hint: NETWORK_HINT,
  },
  UNKNOWN: {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred.',
    hint: REJOIN_HINT,
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Connection problem',
    message: 'We had trouble staying connected to the call.',
    hint: NETWORK_HINT,
  },
  'range.2xxx': {
    title: "Couldn't set up the call",
    message: 'Something went wrong while getting the call ready.',
    hint: SUPPORT_HINT,
  },
  'range.3xxx': {
    title: 'Problem with your {device}',
    message: 'Something went wrong with your {device}.',
    hint: 'Reconnect your {device} and close other apps that might be using your {device}, then try again.',
  },
  'range.4xxx': {
    title: 'Connection problem',
    message: 'Something went wrong with your audio and video connection.',
    hint: REJOIN_HINT,
  },
  'range.5xxx': {
    title: "Couldn't join the call",
    message: 'Something went wrong while joining the call.',
    hint: 'Try again in a moment.',
  },
  'range.6xxx': {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred in the call.',
    hint: REJOIN_HINT,
  },
  'range.7xxx': {
    title: "An effect isn't working",
    message: 'Something went wrong with a video or audio effect.',
    hint: 'Turn the effect off and on again, or carry on without it.',
  },
  'range.8xxx': {
    title: 'Playlist problem',
    message: 'Something went wrong with the playlist.',
    hint: 'Try playing it again.',
  },
  'range.http4xx': {
    title: "Couldn't join the call",
    message: "The call service couldn't accept the request.",
    hint: "Open the link again. If it still doesn't work, ask the host for a new one.",
  },
  'range.http5xx': {
    title: 'The call service had a problem',
    message: 'Something went wrong on the server that runs the call.',
    hint: 'Try again in a moment.',
  },
  'range.server4xxxx': {
    title: "This link doesn't work",
    message: "We couldn't let you into the call with this link.",
    hint: "Open the link again. If it still doesn't work, ask the host for a new one.",
  },
};
