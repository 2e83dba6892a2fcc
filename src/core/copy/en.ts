import type { HMSErrorCatalog } from '../types';

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
 * `developerNote` is never the main copy. For codes in the Flutter table it quotes the table's
 * "Action to be taken" verbatim; for web codes it names the SDK error and what the app should do.
 */

/** The one thing a person can do about a bad or expired invite. */
const LINK_HINT = 'This link is invalid or has expired. Ask the host for a new one.';
const NETWORK_HINT = 'Check your Wi-Fi or network connection, then try again in a moment.';
const REJOIN_HINT = 'Try again. If it keeps happening, leave the call and join again.';
const SUPPORT_HINT = "Try again later. If it keeps happening, contact the app's support.";

/** A developer note for a code of the Flutter table: its cause and its action, verbatim. */
function flutterNote(cause: string, action: string, extra = ''): string {
  return `Flutter table: ${cause}. Action to be taken: ${action}${extra ? ` ${extra}` : ''}`;
}

const WEBRTC_ACTION = 'Some webRTC error has occurred. Need more logs to debug.';
const NETWORK_ACTION = 'Mention user to check their network connection or try again after some time.';

export const en: HMSErrorCatalog = {
  // ── Network (WebSocket) ──────────────────────────────────────────────────────────────────
  '1000': {
    title: "Couldn't connect to the call",
    message: "We couldn't open a connection to the call.",
    hint: NETWORK_HINT,
    category: 'network',
    severity: 'error',
    retryable: true,
    developerNote:
      'WebsocketFailedToConnect: the signalling WebSocket could not be opened (offline, a firewall or proxy ' +
      'blocking WebSockets, or the server unreachable). The SDK retries before reporting it. Offer a retry ' +
      'and make sure wss:// traffic to 100ms is allowed on the network.',
  },
  '1003': {
    title: "We couldn't reconnect you",
    message: "Your connection dropped and didn't come back, so you've left the call.",
    hint: 'Check your Wi-Fi or network connection, then join again.',
    category: 'network',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'Websocket disconnected - Happens due to network issues',
      NETWORK_ACTION,
      'Web: WebSocketConnectionLost, terminal after 60 s of failed reconnection (MAX_TRANSPORT_RETRY_TIME, ' +
        '"Could not recover after N milliseconds" in the description); while the SDK is still retrying it ' +
        'arrives as RECONNECTING. When terminal the SDK has already called leave(): retry means join() again.',
    ),
  },
  '1006': {
    title: 'Connection interrupted',
    message: 'Your connection to the call closed unexpectedly.',
    hint: "We're trying to reconnect. If it doesn't come back, check your Wi-Fi or network connection.",
    category: 'network',
    severity: 'warning',
    retryable: true,
    developerNote:
      'WebSocketAbnormalClose: the signalling WebSocket closed abnormally (close code 1006), usually after a ' +
      'network change, sleep/wake or a proxy dropping idle connections. The SDK tries to reconnect; offer a ' +
      'rejoin if it becomes terminal.',
  },

  // ── Init API ─────────────────────────────────────────────────────────────────────────────
  '2002.web': {
    title: "Couldn't set up the call",
    message: "We couldn't get the call ready to join.",
    hint: SUPPORT_HINT,
    category: 'server',
    severity: 'error',
    retryable: true,
    developerNote:
      'Web: InitError "Init config not found": the init request gave no usable room configuration (the ' +
      'description says why). Usually server-side or transient: retry later, and log the description. ' +
      'The Flutter SDK uses 2002 for an invalid endpoint URL instead (see 2002.flutter).',
  },
  '2002.flutter': {
    title: "Couldn't set up the call",
    message: "We couldn't set up the call because of a problem with the app's settings.",
    hint: SUPPORT_HINT,
    category: 'server',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote(
      'Invalid Endpoint URL',
      'Check the endpoint provided while calling join on HMSSDK.',
      'A configuration error in the app (a wrong init/endpoint URL in the join config), not something the ' +
        'person can fix. The web SDK uses 2002 for InitError "Init config not found" instead (see 2002.web).',
    ),
  },
  '2003': {
    title: "Can't reach the call",
    message: "We couldn't reach the server that runs the call.",
    hint: NETWORK_HINT,
    category: 'network',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'Endpoint is not reachable',
      NETWORK_ACTION,
      'Web: EndpointUnreachable (the init request failed). After preview() fails with 2003 the room stays ' +
        'in Connecting: call leave() before retrying. join() in the same situation may never settle, so ' +
        'guard it with a timeout.',
    ),
  },
  '2004': {
    title: "This link doesn't work",
    message: "Your invite to this call couldn't be read.",
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote(
      'Token is not in proper JWT format',
      'The token passed while calling join is not in correct format. Retry getting a new token.',
      'Web: InvalidTokenFormat, terminal. join()/preview() reject and no ERROR notification is sent, so ' +
        'report the rejection (guard).',
    ),
  },

  // ── Tracks and devices ───────────────────────────────────────────────────────────────────
  '3000': {
    title: 'Problem with your {device}',
    message: 'Your {device} ran into a problem.',
    hint: "Turn your {device} off and on again. If that doesn't help, leave the call and join again.",
    category: 'device',
    severity: 'error',
    retryable: true,
    developerNote:
      'GenericTrack: an unclassified failure while acquiring or publishing a local track; the description ' +
      'carries the underlying browser error. Retry setEnabledTrack() or acquire the device again.',
  },
  '3001': {
    title: "Can't use your {device}",
    message: "This site doesn't have permission to use your {device}.",
    hint: "Allow your {device} in your browser's site settings (the icon next to the address), then try again.",
    category: 'permission',
    severity: 'error',
    retryable: false,
    action: 'fix-permissions',
    developerNote: flutterNote(
      'Cant Access Capture Device',
      'Ask user to check permission granted to audio/video capture devices.',
      'Web: CantAccessCaptureDevice: getUserMedia/getDisplayMedia rejected with NotAllowedError (the ' +
        "person or the browser's site setting denied access; cancelling the screen-share picker also " +
        'lands here, with trackType "screen"). Non-terminal; trackType says which device. Show the ' +
        "browser's site-permission steps (permissionSteps). OS-level denial is 3011.",
    ),
  },
  '3001.screen': {
    title: "Screen sharing didn't start",
    message: 'Screen sharing was cancelled or blocked, so nothing is being shared.',
    hint: 'To share, select Share screen again and pick a tab, window or screen. If nothing appears, allow screen sharing in your browser and system settings.',
    category: 'permission',
    severity: 'warning',
    retryable: true,
    developerNote:
      'Web: CantAccessCaptureDevice (3001) with trackType "screen": getDisplayMedia rejected with ' +
      'NotAllowedError, which is also what cancelling the picker gives. Not the camera/microphone ' +
      'permission flow, so no site-settings steps are shown.',
  },
  '3002': {
    title: "Can't find your {device}",
    message: "We couldn't find your {device}.",
    hint: 'Connect your {device}, or choose another in your settings, then try again.',
    category: 'device',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'Capture Device is not Available',
      'Ask user to check if the audio/video capture device is connected or not.',
      'Web: DeviceNotAvailable: getUserMedia found no matching device (NotFoundError), or the chosen ' +
        'deviceId is gone.',
    ),
  },
  '3003': {
    title: "Can't start your {device}",
    message: 'Another app or browser tab is already using your {device}.',
    hint: "Close the other app that's using your {device}, then try again.",
    category: 'device',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'Capture device is in use by some other application',
      'Show notification to user mentioning that the capturing device is used by some other application currently.',
      'Web: DeviceInUse: getUserMedia rejected with NotReadableError (on Windows, another app holds the ' +
        'camera; also seen for hardware faults).',
    ),
  },
  '3004': {
    title: 'Your {device} stopped working',
    message: 'We lost access to your {device} during the call.',
    hint: 'Reconnect your {device}, or choose another in your settings, then try again.',
    category: 'device',
    severity: 'error',
    retryable: true,
    developerNote:
      'DeviceLostMidway: a live local track ended on its own (device unplugged, driver reset, or the OS ' +
      'revoked access). Re-acquire the device or let the person choose another.',
  },
  '3005': {
    title: 'Nothing to turn on',
    message: 'Neither a camera nor a microphone was selected for this call.',
    hint: "Turn on your camera or microphone. If that doesn't work, contact the app's support.",
    category: 'device',
    severity: 'warning',
    retryable: false,
    developerNote:
      'NothingToReturn: local tracks were requested with both audio and video disabled (or not allowed to ' +
      'publish by the role). A bug or configuration issue in the calling app: request at least one track.',
  },
  '3006': {
    title: "Can't start your video",
    message: "Your camera couldn't start because of a problem with the app's video settings.",
    hint: "If this keeps happening, contact the app's support.",
    category: 'device',
    severity: 'error',
    retryable: false,
    developerNote:
      'InvalidVideoSettings: simulcast was enabled without video settings. A configuration error in the ' +
      'calling app: pass video settings (or disable simulcast).',
  },
  '3007': {
    title: "Can't change this during a call",
    message: "This video setting can't be changed while you're in a call.",
    hint: 'Leave the call and join again to use the new setting.',
    category: 'webrtc',
    severity: 'warning',
    retryable: false,
    developerNote:
      "CodecChangeNotPermitted: the video codec can't be changed mid-call. Apply codec settings before join().",
  },
  '3008': {
    title: "You can't hear the others yet",
    message: 'Your browser paused sound from the call until you interact with the page.',
    hint: 'Select Allow audio to hear the others.',
    category: 'permission',
    severity: 'warning',
    retryable: false,
    action: 'unblock-audio',
    developerNote:
      "AutoplayBlocked: the browser's autoplay policy blocked remote audio because the person has not " +
      'interacted with the page yet. Call hmsActions.unblockAudio() from a click handler (the "unblock-audio" ' +
      'action).',
  },
  '3009': {
    title: 'Unsupported {device} settings',
    message: "Your {device} can't provide the quality this call asked for.",
    hint: 'Choose another {device} in your settings, then try again.',
    category: 'device',
    severity: 'error',
    retryable: false,
    developerNote:
      'OverConstrained: getUserMedia rejected with OverconstrainedError: the requested resolution, frame ' +
      'rate or deviceId cannot be met by the hardware. Relax the constraints or pick another device.',
  },
  '3010': {
    title: 'No sound from your microphone',
    message: "Your microphone is on, but we can't hear anything from it.",
    hint: 'Check that your microphone is connected and not muted, or pick a different one in your settings.',
    category: 'device',
    severity: 'warning',
    retryable: false,
    developerNote:
      'NoAudioDetected: the local audio track is live but its level stayed silent (hardware mute switch, ' +
      'wrong input selected, or a broken microphone). Non-blocking; suggest another input.',
  },
  '3011': {
    title: 'Blocked in your system settings',
    message: "Your system's privacy settings are stopping your browser from using your {device}.",
    hint: "Turn on {device} access for your browser in your system's privacy settings, then restart the browser.",
    category: 'permission',
    severity: 'error',
    retryable: false,
    action: 'fix-permissions',
    developerNote:
      'SystemDeniedPermission: the OS denied the browser access to the capture device (macOS Privacy & ' +
      'Security, Windows Privacy settings), though the site itself may be allowed. Show the system ' +
      'steps (systemPermissionSteps); on macOS the browser must be restarted after the change.',
  },
  '3012.web': {
    title: 'Share this tab to continue',
    message: 'This call needs you to share this browser tab.',
    hint: 'Start sharing again and choose this tab.',
    category: 'device',
    severity: 'warning',
    retryable: true,
    developerNote:
      'Web: CurrentTabNotShared: the app asked for current-tab sharing and the person chose another tab, ' +
      'window or screen. Ask them to share again and pick the current tab. On Flutter, 3012 means the ' +
      'BLUETOOTH_CONNECT permission is missing (see 3012.flutter).',
  },
  '3012.flutter': {
    title: "Can't connect to Bluetooth audio",
    message: "This app doesn't have permission to use Bluetooth, so your headset or speaker can't be used.",
    hint: "Allow the Nearby devices permission for this app in your phone's settings, then try again.",
    category: 'permission',
    severity: 'warning',
    retryable: false,
    developerNote: flutterNote(
      'BLUETOOTH_CONNECT permission is not given',
      "Add the BLUETOOTH_CONNECT permission to your app and request it at runtime since it's a dangerous level permission.",
      'Android 12+ shows it to people as "Nearby devices". On web, 3012 means CurrentTabNotShared (see 3012.web).',
    ),
  },
  '3013.web': {
    title: "Can't play sound from the call",
    message: "Your browser couldn't play audio from the call.",
    hint: 'Click or tap the page to allow sound, and check that your speaker or headphones are connected.',
    category: 'device',
    severity: 'warning',
    retryable: false,
    developerNote:
      'Web: AudioPlaybackError (name "Audio playback error"): playing a remote audio track failed, e.g. ' +
      'play() was blocked or the selected output device (setSinkId) is gone. Resume playback from a user ' +
      'gesture and let the person pick another output. On Flutter, 3013 means the BLUETOOTH permission is ' +
      'missing (see 3013.flutter).',
  },
  '3013.flutter': {
    title: "Can't use Bluetooth audio",
    message: "This app isn't allowed to use Bluetooth, so your headset or speaker can't be used.",
    hint: "Allow Bluetooth for this app in your phone's settings. If that doesn't help, contact the app's support.",
    category: 'permission',
    severity: 'warning',
    retryable: false,
    developerNote: flutterNote(
      'BLUETOOTH permission is not given',
      'Add the BLUETOOTH permission to your app.',
      'Declared in the Android manifest (Android 11 and below); people cannot grant it if the app omits ' +
        'it. On web, 3013 means an audio playback error (see 3013.web).',
    ),
  },
  '3014': {
    title: 'Your {device} disconnected',
    message: "We can't detect the {device} you selected.",
    hint: 'Reconnect your {device}, or choose another in your settings.',
    category: 'device',
    severity: 'warning',
    retryable: false,
    developerNote:
      'SelectedDeviceMissing: the device selected for this track disappeared (unplugged, Bluetooth ' +
      'dropped). The SDK falls back to another device when it can; let the person reconnect or choose one.',
  },
  '3015': {
    title: 'No signal from your {device}',
    message: "We're not getting anything from your {device}. Another app or a phone call may have taken over.",
    hint: 'Close other apps that use your {device} or finish the phone call, then turn your {device} off and on again.',
    category: 'device',
    severity: 'warning',
    retryable: true,
    developerNote:
      'NoDataInTrack ("Track does not have any data"): the local track is live but produces no frames or ' +
      'samples, typically because another app or an incoming phone call took priority over the device. ' +
      'Re-acquire the track once the other use ends.',
  },

  // ── WebRTC ───────────────────────────────────────────────────────────────────────────────
  '4001': {
    title: "Couldn't send your audio and video",
    message: 'Something went wrong while connecting your audio and video to the call.',
    hint: REJOIN_HINT,
    category: 'webrtc',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'WebRTC error',
      WEBRTC_ACTION,
      'Web: CreateOfferFailed: RTCPeerConnection.createOffer() failed; the description has the browser error.',
    ),
  },
  '4002': {
    title: "Couldn't receive audio and video",
    message: 'Something went wrong while connecting to audio and video from the others.',
    hint: REJOIN_HINT,
    category: 'webrtc',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'WebRTC error',
      WEBRTC_ACTION,
      'Web: CreateAnswerFailed: RTCPeerConnection.createAnswer() failed; the description has the browser error.',
    ),
  },
  '4003': {
    title: "Couldn't set up audio and video",
    message: 'Something went wrong while setting up your audio and video connection.',
    hint: REJOIN_HINT,
    category: 'webrtc',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'WebRTC error',
      WEBRTC_ACTION,
      'Web: SetLocalDescriptionFailed: setLocalDescription() rejected the offer.',
    ),
  },
  '4004': {
    title: "Couldn't connect audio and video",
    message: "We couldn't finish connecting your audio and video to the call.",
    hint: REJOIN_HINT,
    category: 'webrtc',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'WebRTC error',
      WEBRTC_ACTION,
      'Web: SetRemoteDescriptionFailed: setRemoteDescription() rejected the answer. Terminal: join() again.',
    ),
  },
  '4005': {
    title: 'Connection lost',
    message: 'Your audio and video connection to the call failed, usually because of a network problem.',
    hint: NETWORK_HINT,
    category: 'network',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'ICE Connection Failed due to network issue',
      NETWORK_ACTION,
      'Web: ICEFailure; the SDK retries (it arrives with RECONNECTING) and it is terminal only when DTLS is ' +
        'stuck or retries run out. Persistent failures often mean a firewall or VPN blocking UDP/TURN.',
    ),
  },
  '4006': {
    title: 'Connection unstable',
    message: 'Your audio and video connection dropped for a moment.',
    hint: "We're reconnecting. If it keeps happening, move closer to your Wi-Fi router or switch networks.",
    category: 'network',
    severity: 'warning',
    retryable: true,
    developerNote:
      'ICEDisconnected: the ICE connection state went to "disconnected" (packet loss or a network switch). ' +
      'Often recovers by itself; the SDK restarts ICE if it does not.',
  },
  '4007': {
    title: 'Call quality details unavailable',
    message: "We couldn't read connection quality details. Your call isn't affected.",
    hint: 'No action needed. You can carry on with the call.',
    category: 'webrtc',
    severity: 'info',
    retryable: false,
    developerNote:
      'StatsFailed: RTCPeerConnection.getStats() failed. Only stats and connection-quality indicators are ' +
      'affected; safe to log and route silently.',
  },
  '4008': {
    title: 'Refreshing your connection',
    message: 'Your audio and video connection is being updated.',
    hint: 'No action needed. This should settle in a moment.',
    category: 'webrtc',
    severity: 'info',
    retryable: false,
    developerNote:
      'PublishAnswerSuperseded: a publish answer was discarded because a newer offer is in flight. ' +
      'Non-terminal; the SDK retries on its own. Safe to log and route silently.',
  },

  // ── Join ─────────────────────────────────────────────────────────────────────────────────
  '5001': {
    title: "You're already in this call",
    message: "You've already joined this call here.",
    hint: 'Carry on with the call. If it looks stuck, leave and join again.',
    category: 'room',
    severity: 'info',
    retryable: false,
    developerNote: flutterNote(
      'Trying to join a room which is already joined',
      'Trying to join an already joined room.',
      'Web: AlreadyJoined: join() was called while this client is already in the room (often a double ' +
        'join from an effect running twice). Call join() once; leave() before joining again.',
    ),
  },
  '5002': {
    title: 'Still getting ready',
    message: 'Your camera and microphone preview is still starting.',
    hint: 'Wait a moment, then try joining again.',
    category: 'room',
    severity: 'warning',
    retryable: true,
    developerNote:
      'CannotJoinPreviewInProgress: join() was called while preview() was still in progress. Await ' +
      'preview() before calling join().',
  },

  // ── Generic SDK ──────────────────────────────────────────────────────────────────────────
  '6000': {
    title: "You're not connected",
    message: "You're not connected to the call right now.",
    hint: 'Check your connection and try again. If it keeps happening, leave the call and join again.',
    category: 'network',
    severity: 'error',
    retryable: true,
    developerNote:
      'NotConnected: an action that needs the signalling connection was called before join() completed, ' +
      'or after the connection dropped or leave(). Wait for the Connected room state, or rejoin.',
  },
  '6001': {
    title: "Couldn't complete that",
    message: "The call didn't respond to a request as expected.",
    hint: 'Try again in a moment.',
    category: 'server',
    severity: 'warning',
    retryable: true,
    developerNote:
      'Signalling: an unclassified error in a signalling request; the message names the method. Usually ' +
      'transient: retry the action and log the description.',
  },
  '6002.web': {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred in the call.',
    hint: REJOIN_HINT,
    category: 'unknown',
    severity: 'error',
    retryable: true,
    developerNote:
      'Web: GenericErrors.Unknown ("Unknown exception: …"): an error the SDK did not classify; the ' +
      'description carries the original message. Log it with the SDK logs. The Flutter docs use 6002 for ' +
      'a renegotiation error instead (see 6002.flutter).',
  },
  '6002.flutter': {
    title: "Couldn't update the call",
    message: 'Something went wrong while updating your audio and video connection.',
    hint: 'Try again in a moment.',
    category: 'webrtc',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'webRTC Error: Error while renegotiating',
      'Please try again.',
      'Happens when tracks are added or removed mid-call. The web SDK uses 6002 for an unclassified ' +
        'error (GenericErrors.Unknown) instead (see 6002.web).',
    ),
  },
  '6003': {
    title: 'Not ready yet',
    message: "The call isn't ready for that yet.",
    hint: 'Wait a moment, then try again.',
    category: 'unknown',
    severity: 'warning',
    retryable: true,
    developerNote:
      'NotReady: an SDK method was called before the SDK or the track it needs was ready (e.g. before ' +
      'join()/preview() resolved). Wait for the right room state before calling it.',
  },
  '6004': {
    title: 'Unexpected response from the call',
    message: "We got a response from the call that we couldn't understand.",
    hint: REJOIN_HINT,
    category: 'server',
    severity: 'warning',
    retryable: true,
    developerNote:
      'JsonParsingFailed: a signalling message could not be parsed as JSON (the message holds the raw ' +
      'text). Log it; usually a proxy mangling WebSocket frames or a server-side bug.',
  },
  '6005': {
    title: 'Some video or audio may be missing',
    message: "We couldn't match some audio or video to the person it belongs to.",
    hint: "If someone's video or audio doesn't show, leave the call and join again.",
    category: 'server',
    severity: 'warning',
    retryable: false,
    developerNote:
      'TrackMetadataMissing: a remote track arrived without the server metadata that links it to a peer. ' +
      'Usually a race during joins and renegotiation; log it. A rejoin resynchronises state.',
  },
  '6006': {
    title: 'Some video or audio may be missing',
    message: "Some audio or video from the call didn't arrive.",
    hint: "If someone's video or audio doesn't show, leave the call and join again.",
    category: 'webrtc',
    severity: 'warning',
    retryable: false,
    developerNote:
      'RTCTrackMissing: the server announced a track but the matching media track never arrived on the ' +
      'peer connection. Log it; a rejoin resynchronises state.',
  },
  '6007': {
    title: 'Someone may not show correctly',
    message: "We're missing details about someone in the call.",
    hint: "If someone's name or video looks wrong, leave the call and join again.",
    category: 'server',
    severity: 'warning',
    retryable: false,
    developerNote:
      'PeerMetadataMissing: an update referred to a peer the SDK has no metadata for. Usually a race with ' +
      'peer join/leave; log it. A rejoin resynchronises state.',
  },
  '6008': {
    title: "Can't join with this link",
    message: "Your invite gives you a role that this call doesn't allow.",
    hint: 'Ask the host for a new link to join.',
    category: 'room',
    severity: 'error',
    retryable: false,
    developerNote:
      "InvalidRole: the role in the auth token (or passed to join/changeRole) does not exist in the room's " +
      'template. Terminal. Issue the token with a role defined in the template.',
  },
  '6009': {
    title: 'Preview already starting',
    message: 'Your camera and microphone preview is already starting.',
    hint: 'Wait a moment, then try again.',
    category: 'room',
    severity: 'warning',
    retryable: true,
    developerNote:
      'PreviewAlreadyInProgress: preview() or join() was called while a preview was still starting. Await ' +
      'the first preview() before calling either again.',
  },
  '6010': {
    title: "Calls aren't available on this page",
    message: "Your browser won't allow calls here because the page wasn't opened over a secure connection.",
    hint:
      "Open the call in your regular browser, from a link that starts with https. If it still doesn't work, contact the app's support.",
    category: 'webrtc',
    severity: 'error',
    retryable: false,
    developerNote:
      'MissingMediaDevices: navigator.mediaDevices is missing: serve the page over HTTPS or localhost ' +
      '(plain HTTP and some in-app webviews lack it). Terminal; join()/preview() reject and no ERROR ' +
      'notification is sent.',
  },
  '6011': {
    title: "This browser can't join calls",
    message: "Your browser can't make calls, or an extension is blocking them.",
    hint:
      'Update your browser or open the call in another one, such as Chrome, Edge, Firefox or Safari. If you use a privacy extension, turn it off for this site.',
    category: 'webrtc',
    severity: 'error',
    retryable: false,
    developerNote:
      'MissingRTCPeerConnection: RTCPeerConnection is undefined: an unsupported or outdated browser, or an ' +
      'extension or enterprise policy disabling WebRTC. Terminal; join()/preview() reject without an ERROR ' +
      'notification.',
  },
  '6012': {
    title: "Your settings won't be saved",
    message: "Your browser is blocking site storage, so your preferences won't be remembered. The call still works.",
    hint: 'To keep your settings, allow cookies and site data for this site.',
    category: 'permission',
    severity: 'info',
    retryable: false,
    developerNote:
      'LocalStorageAccessDenied: reading or writing localStorage threw (third-party iframe with storage ' +
      'partitioned or blocked, private mode, cookies disabled). Non-blocking: device choices are not persisted.',
  },
  '6013': {
    title: "That didn't work",
    message: "The app sent a request that the call couldn't accept.",
    hint: "If this keeps happening, contact the app's support.",
    category: 'unknown',
    severity: 'warning',
    retryable: false,
    developerNote:
      'ValidationFailed: an SDK method received invalid arguments (the message names the problem, the ' +
      'description holds the entity). A bug in the calling app: fix the arguments.',
  },

  // ── Plugins (effects such as virtual background or noise reduction) ─────────────────────
  '7001': {
    title: 'Effect not supported here',
    message: "Your browser or device can't run this effect.",
    hint: 'Try another browser or device, or carry on without the effect.',
    category: 'plugin',
    severity: 'warning',
    retryable: false,
    developerNote: flutterNote(
      'Platform Not Supported',
      'The platform is not supported for plugin',
      "Web: PlatformNotSupported. Check the plugin's supported platforms before offering it.",
    ),
  },
  '7002': {
    title: "Couldn't turn on the effect",
    message: 'The effect failed to start.',
    hint: "Try again. If it still doesn't work, carry on without it.",
    category: 'plugin',
    severity: 'warning',
    retryable: true,
    developerNote: flutterNote(
      'Plugin Init Failed',
      'Plugin initialization has failed',
      "Web: InitFailed: the plugin's init() threw (e.g. its model or WASM failed to load).",
    ),
  },
  '7003': {
    title: 'The effect stopped working',
    message: 'Something went wrong while applying the effect.',
    hint: 'Turn the effect off and on again, or carry on without it.',
    category: 'plugin',
    severity: 'warning',
    retryable: true,
    developerNote: flutterNote(
      'Plugin Processing Failed',
      'Plugin processing failed',
      'Web: ProcessingFailed: the plugin threw while processing frames or samples.',
    ),
  },
  '7004': {
    title: 'The effect is still turning on',
    message: "We're already adding this effect.",
    hint: 'Wait a moment for it to finish.',
    category: 'plugin',
    severity: 'info',
    retryable: false,
    developerNote: flutterNote(
      'Plugin Add Already Going on',
      'Plugin add is already in progress',
      'Web: AddAlreadyInProgress: addPlugin() was called again before the previous call finished. Await it.',
    ),
  },
  '7005': {
    title: 'Effect not supported on this device',
    message: "This device can't run this effect.",
    hint: 'Carry on without the effect, or try a different device.',
    category: 'plugin',
    severity: 'warning',
    retryable: false,
    developerNote:
      'DeviceNotSupported: the plugin does not support this device (e.g. mobile or low-end hardware). ' +
      "Check the plugin's supported devices before offering it.",
  },
  '7006': {
    title: 'Effect not available in this call',
    message: "This effect isn't turned on for this call.",
    hint: 'Carry on without the effect.',
    category: 'plugin',
    severity: 'info',
    retryable: false,
    developerNote:
      'NotAllowedForRoom: the plugin is not enabled for this room. Enable it in the room template or hide ' +
      'the control.',
  },

  // ── Playlist ─────────────────────────────────────────────────────────────────────────────
  '8001': {
    title: 'End of the playlist',
    message: "There's nothing left to play.",
    hint: 'Choose something else to play, or start the playlist again.',
    category: 'room',
    severity: 'info',
    retryable: false,
    developerNote: 'NoEntryToPlay: playlist next/play was called at the end of the playlist.',
  },
  '8002': {
    title: 'Nothing is playing',
    message: "There's nothing playing right now.",
    hint: 'Start something from the playlist first.',
    category: 'room',
    severity: 'info',
    retryable: false,
    developerNote: 'NoEntryIsPlaying: a playlist control (pause, seek…) was used while nothing was playing.',
  },

  // ── HTTP statuses passed through by the server ───────────────────────────────────────────
  '400': {
    title: "Couldn't join the call",
    message: "The call service couldn't accept the request to join.",
    hint: "Open the link again. If it still doesn't work, ask the host for a new one.",
    category: 'server',
    severity: 'error',
    retryable: false,
    developerNote:
      'ServerErrors 400 (Bad Request) from the init/join API, terminal: usually a malformed or mismatched ' +
      'token or room; see the description. Check how the token and room ID are generated.',
  },
  '401': {
    title: 'This link has expired',
    message: "We couldn't confirm your invite to this call.",
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote:
      'ServerErrors 401 (Unauthorized), terminal: the auth token is expired, revoked or signed with the ' +
      'wrong credentials. Fetch a new token.',
  },
  '403': {
    title: "You don't have access to this call",
    message: "Your invite doesn't allow you to join this call.",
    hint: 'Ask the host for a new link.',
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote:
      'ServerErrors 403 (Forbidden), terminal: the token is valid but not allowed for this room or ' +
      'action (room disabled, role not permitted). Check the room and role.',
  },
  '404': {
    title: 'Call not found',
    message: "We couldn't find the call you're trying to join.",
    hint: 'Check the link, or ask the host for a new one.',
    category: 'room',
    severity: 'error',
    retryable: false,
    developerNote:
      'ServerErrors 404 (Not Found): the room does not exist, or the init endpoint URL is wrong. Note: ' +
      'when the init endpoint itself 404s, join() may never settle; guard it with a timeout.',
  },
  '410': {
    title: 'This call is no longer available',
    message: "The call you're trying to join has ended or was closed.",
    hint: 'Ask the host for a new link if you need to join again.',
    category: 'room',
    severity: 'error',
    retryable: false,
    developerNote:
      'ServerErrors 410 (Gone), terminal during join: the room or session no longer exists (ended or ' +
      'disabled). Do not auto-retry.',
  },
  '429': {
    title: 'Too many attempts',
    message: 'The call service is getting too many requests right now.',
    hint: 'Wait a moment, then try again.',
    category: 'server',
    severity: 'warning',
    retryable: true,
    developerNote:
      'ServerErrors 429 (Too Many Requests): rate-limited; the SDK retries first. Back off before retrying ' +
      'and make sure the app is not calling join() in a loop.',
  },
  '500': {
    title: 'The call service had a problem',
    message: 'Something went wrong on the server that runs the call.',
    hint: 'Try again in a moment.',
    category: 'server',
    severity: 'error',
    retryable: true,
    developerNote:
      'ServerErrors 500 (Internal Server Error): retried by the SDK, terminal during join. Retry with ' +
      'back-off; check the 100ms status page if it persists.',
  },
  '503': {
    title: 'Call service unavailable',
    message: 'The call service is temporarily unavailable.',
    hint: 'Try again in a few minutes.',
    category: 'server',
    severity: 'error',
    retryable: true,
    developerNote:
      'ServerErrors 503 (Service Unavailable): the service is overloaded or in maintenance; retried by the ' +
      'SDK. Retry with back-off.',
  },

  // ── Server and token codes (Flutter table) ───────────────────────────────────────────────
  '40001': {
    title: "This link isn't valid",
    message: "The call this link points to doesn't exist.",
    hint: LINK_HINT,
    category: 'room',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote(
      'Invalid Room',
      'Room ID provided while fetching the token is an invalid room.',
      'Web: ServerErrors at init (HTTP 400 with code 40001), terminal; sent as ERROR and also rejected.',
    ),
  },
  '40002': {
    title: "This link doesn't match the call",
    message: 'Your invite is for a different call.',
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote(
      'Room Mismatched with Token',
      'Room ID provided while fetching the token does not match.',
    ),
  },
  '40004': {
    title: 'Already joined somewhere else',
    message: "You're already in this call from another tab or device.",
    hint: 'Leave the call there, then try joining here again.',
    category: 'room',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'Peer already joined',
      'Peer who is trying to join has already joined the room.',
      'The same peer/user ID is already in the room (another tab or device, or a stale session). Leave ' +
        'the other session or use a unique user ID per join.',
    ),
  },
  '40100': {
    title: "Couldn't verify your link",
    message: 'Something went wrong while checking your invite to this call.',
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Generic Error', 'Need to debug further with logs.', 'A token error; terminal.'),
  },
  '40101': {
    title: "This link isn't valid",
    message: "Your invite wasn't issued correctly, so we couldn't verify it.",
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Invalid Access Key', 'Access Key provided in the token is wrong.'),
  },
  '40102': {
    title: "This link isn't valid",
    message: "Your invite points to a call that doesn't exist.",
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Invalid Room Id', 'RoomID provided in the token is wrong.'),
  },
  '40103': {
    title: "This link isn't valid",
    message: "Your invite couldn't be verified.",
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Invalid Auth Id', 'AuthID provided in the token is wrong.'),
  },
  '40104': {
    title: "This link isn't valid",
    message: 'Your invite was made for a different app.',
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Invalid App Id', 'App ID provided in the token is wrong.'),
  },
  '40105': {
    title: "This link isn't valid",
    message: 'Your invite was made for a different account.',
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Invalid Customer Id', 'Customer Id provided in the token is wrong.'),
  },
  '40107': {
    title: "This link isn't valid",
    message: "Your invite doesn't identify you correctly.",
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Invalid User Id', 'User ID provided in the token is wrong.'),
  },
  '40108': {
    title: "Can't join with this link",
    message: "Your invite gives you a role that this call doesn't have.",
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Invalid Role', 'The role provided in the token is wrong.'),
  },
  '40109': {
    title: "This link doesn't work",
    message: 'Your invite is damaged or incomplete.',
    hint: LINK_HINT,
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote: flutterNote('Token Error: Bad JWT Token', 'Bad JWT Token.'),
  },
  '41001': {
    title: "You're no longer in the call",
    message: 'The call lost track of you, usually after a long connection drop.',
    hint: 'Join again to get back in.',
    category: 'room',
    severity: 'error',
    retryable: true,
    developerNote: flutterNote(
      'Peer is gone',
      'The peer is no more present in the room.',
      'The server no longer has this peer (e.g. after a long disconnect). leave() and join() again.',
    ),
  },

  // ── Room notifications and code-less errors ──────────────────────────────────────────────
  ROOM_ENDED: {
    title: 'The call has ended',
    message: 'The host ended the call for everyone.',
    hint: 'You can go back home or close this page.',
    category: 'room',
    severity: 'info',
    retryable: false,
    developerNote:
      'ROOM_ENDED notification (data: { requestedBy?, reason, roomEnded }). The SDK has already left the ' +
      'room; show the dialog with a way home.',
  },
  REMOVED_FROM_ROOM: {
    title: 'You were removed from the call',
    message: '{requestedBy} removed you from the call.',
    hint: 'If you think this was a mistake, ask the host to invite you again.',
    category: 'room',
    severity: 'warning',
    retryable: false,
    developerNote:
      'REMOVED_FROM_ROOM notification (data: { requestedBy?, reason, roomEnded }): another peer removed ' +
      'this one. The SDK has already left the room; `reason` may carry a message from the remover.',
  },
  RECONNECTING: {
    title: 'Reconnecting',
    message: "Your connection dropped. We're trying to get you back into the call.",
    hint: "Check your Wi-Fi or network connection. You'll rejoin automatically once it's back.",
    category: 'network',
    severity: 'warning',
    retryable: false,
    developerNote:
      'RECONNECTING notification (data: the 1003 or 4005 error). The SDK retries for up to 60 s by itself, ' +
      'so no retry is offered; it ends with RECONNECTED or a terminal 1003/4005.',
  },
  RECONNECTED: {
    title: 'Reconnected',
    message: 'Your connection is back.',
    hint: 'You can carry on where you left off.',
    category: 'network',
    severity: 'success',
    retryable: false,
    developerNote: 'RECONNECTED notification (data: null): the SDK recovered after RECONNECTING.',
  },
  TIMEOUT: {
    title: "The call didn't start in time",
    message: 'Joining is taking much longer than it should.',
    hint: 'Check your connection, then try again or go back home.',
    category: 'network',
    severity: 'error',
    retryable: true,
    developerNote:
      "guard()'s watchdog: the wrapped call (usually join()) did not settle in time. The web SDK's join() " +
      'can hang forever, with no notification, when the init endpoint is unreachable (404 / Failed to ' +
      'fetch). Call leave() before retrying.',
  },
  NETWORK: {
    title: 'Connection problem',
    message: "We couldn't reach the call service.",
    hint: NETWORK_HINT,
    category: 'network',
    severity: 'warning',
    retryable: true,
    developerNote:
      'A code-less fetch failure ({ name: "TypeError", message: "Load failed" } in Safari, "Failed to ' +
      'fetch" in Chrome, "NetworkError when attempting to fetch resource." in Firefox): the request never ' +
      'reached the server (offline, DNS, CORS, or blocked by an extension). Not terminal by itself.',
  },
  UNKNOWN: {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred.',
    hint: REJOIN_HINT,
    category: 'unknown',
    severity: 'error',
    retryable: true,
    developerNote:
      'The input carried no recognisable code or shape. Inspect `raw` on the entry and the SDK logs.',
  },

  // ── Fallbacks for codes nobody listed, by range ──────────────────────────────────────────
  'range.1xxx': {
    title: 'Connection problem',
    message: 'We had trouble staying connected to the call.',
    hint: NETWORK_HINT,
    category: 'network',
    severity: 'error',
    retryable: true,
    developerNote: 'Unlisted 1xxx code: a WebSocket (signalling connection) error. See the description.',
  },
  'range.2xxx': {
    title: "Couldn't set up the call",
    message: 'Something went wrong while getting the call ready.',
    hint: SUPPORT_HINT,
    category: 'server',
    severity: 'error',
    retryable: true,
    developerNote: 'Unlisted 2xxx code: an init API error. See the description.',
  },
  'range.3xxx': {
    title: 'Problem with your {device}',
    message: 'Something went wrong with your {device}.',
    hint: 'Reconnect your {device} and close other apps that might be using your {device}, then try again.',
    category: 'device',
    severity: 'error',
    retryable: true,
    developerNote: 'Unlisted 3xxx code: a track or capture-device error; trackType says which device.',
  },
  'range.4xxx': {
    title: 'Connection problem',
    message: 'Something went wrong with your audio and video connection.',
    hint: REJOIN_HINT,
    category: 'webrtc',
    severity: 'error',
    retryable: true,
    developerNote: 'Unlisted 4xxx code: a WebRTC (peer connection) error. Collect SDK logs to debug.',
  },
  'range.5xxx': {
    title: "Couldn't join the call",
    message: 'Something went wrong while joining the call.',
    hint: 'Try again in a moment.',
    category: 'room',
    severity: 'error',
    retryable: true,
    developerNote: 'Unlisted 5xxx code: a join error. See the description.',
  },
  'range.6xxx': {
    title: 'Something went wrong',
    message: 'An unexpected problem occurred in the call.',
    hint: REJOIN_HINT,
    category: 'unknown',
    severity: 'error',
    retryable: true,
    developerNote: 'Unlisted 6xxx code: a generic SDK error. See the description and the SDK logs.',
  },
  'range.7xxx': {
    title: "An effect isn't working",
    message: 'Something went wrong with a video or audio effect.',
    hint: 'Turn the effect off and on again, or carry on without it.',
    category: 'plugin',
    severity: 'warning',
    retryable: true,
    developerNote: 'Unlisted 7xxx code: a plugin error. See the description.',
  },
  'range.8xxx': {
    title: 'Playlist problem',
    message: 'Something went wrong with the playlist.',
    hint: 'Try playing it again.',
    category: 'room',
    severity: 'warning',
    retryable: true,
    developerNote: 'Unlisted 8xxx code: a playlist error. See the description.',
  },
  'range.http4xx': {
    title: "Couldn't join the call",
    message: "The call service couldn't accept the request.",
    hint: "Open the link again. If it still doesn't work, ask the host for a new one.",
    category: 'server',
    severity: 'error',
    retryable: false,
    developerNote: 'Unlisted HTTP 4xx status passed through by the server (ServerErrors). See the description.',
  },
  'range.http5xx': {
    title: 'The call service had a problem',
    message: 'Something went wrong on the server that runs the call.',
    hint: 'Try again in a moment.',
    category: 'server',
    severity: 'error',
    retryable: true,
    developerNote: 'Unlisted HTTP 5xx status passed through by the server (ServerErrors). Retry with back-off.',
  },
  'range.server4xxxx': {
    title: "This link doesn't work",
    message: "We couldn't let you into the call with this link.",
    hint: "Open the link again. If it still doesn't work, ask the host for a new one.",
    category: 'token',
    severity: 'error',
    retryable: false,
    developerNote:
      'Unlisted 4xxxx server code (ServerErrors): usually a token or room problem. See the description.',
  },
};
