import type { HMSErrorCatalogKey } from '../codes';

/*
 * Developer notes: for logs and details views, never the main copy. For codes in the Flutter
 * table a note quotes the table's cause and "Action to be taken" verbatim; for web codes it names
 * the SDK error and what the app should do.
 *
 * Kept apart from the person-facing copy (en.ts) because they weigh more than it does: an app
 * that wants them passes `developerNotes` to the store (or reads `defaultCopy`), and only then
 * ships them.
 */

/** A developer note for a code of the Flutter table: its cause and its action, verbatim. */
function flutterNote(cause: string, action: string, extra = ''): string {
  return `Flutter table: ${cause}. Action to be taken: ${action}${extra ? ` ${extra}` : ''}`;
}

const WEBRTC_ACTION = 'Some webRTC error has occurred. Need more logs to debug.';
const NETWORK_ACTION = 'Mention user to check their network connection or try again after some time.';

// Built inside a function so that bundlers can drop the whole table when nothing reads it
// (an object literal with calls in it would count as a side effect).
const buildNotes = (): Record<HMSErrorCatalogKey, string> => ({
  '1000': 'WebsocketFailedToConnect: the signalling WebSocket could not be opened (offline, a firewall or proxy ' +
    'blocking WebSockets, or the server unreachable). The SDK retries before reporting it. Offer a retry ' +
    'and make sure wss:// traffic to 100ms is allowed on the network.',
  '1003': flutterNote(
    'Websocket disconnected - Happens due to network issues',
    NETWORK_ACTION,
    'Web: WebSocketConnectionLost, terminal after 60 s of failed reconnection (MAX_TRANSPORT_RETRY_TIME, ' +
      '"Could not recover after N milliseconds" in the description); while the SDK is still retrying it ' +
      'arrives as RECONNECTING. When terminal the SDK has already called leave(): retry means join() again.',
  ),
  '1006': 'WebSocketAbnormalClose: the signalling WebSocket closed abnormally (close code 1006), usually after a ' +
    'network change, sleep/wake or a proxy dropping idle connections. The SDK tries to reconnect; offer a ' +
    'rejoin if it becomes terminal.',
  '2002.web': 'Web: InitError "Init config not found": the init request gave no usable room configuration (the ' +
    'description says why). Usually server-side or transient: retry later, and log the description. ' +
    'The Flutter SDK uses 2002 for an invalid endpoint URL instead (see 2002.flutter).',
  '2002.flutter': flutterNote(
    'Invalid Endpoint URL',
    'Check the endpoint provided while calling join on HMSSDK.',
    'A configuration error in the app (a wrong init/endpoint URL in the join config), not something the ' +
      'person can fix. The web SDK uses 2002 for InitError "Init config not found" instead (see 2002.web).',
  ),
  '2003': flutterNote(
    'Endpoint is not reachable',
    NETWORK_ACTION,
    'Web: EndpointUnreachable (the init request failed). After preview() fails with 2003 the room stays ' +
      'in Connecting: call leave() before retrying. join() in the same situation may never settle, so ' +
      'guard it with a timeout.',
  ),
  '2004': flutterNote(
    'Token is not in proper JWT format',
    'The token passed while calling join is not in correct format. Retry getting a new token.',
    'Web: InvalidTokenFormat, terminal. join()/preview() reject and no ERROR notification is sent, so ' +
      'report the rejection (guard).',
  ),
  '3000': 'GenericTrack: an unclassified failure while acquiring or publishing a local track; the description ' +
    'carries the underlying browser error. Retry setEnabledTrack() or acquire the device again.',
  '3001': flutterNote(
    'Cant Access Capture Device',
    'Ask user to check permission granted to audio/video capture devices.',
    'Web: CantAccessCaptureDevice: getUserMedia/getDisplayMedia rejected with NotAllowedError (the ' +
      "person or the browser's site setting denied access; cancelling the screen-share picker also " +
      'lands here, with trackType "screen"). Non-terminal; trackType says which device. Show the ' +
      "browser's site-permission steps (permissionSteps). OS-level denial is 3011.",
  ),
  '3011.screen': 'Web: SystemDeniedPermission (3011) with trackType "screen": the OS denies screen recording to ' +
    'the browser (macOS: System Settings > Privacy & Security > Screen & System Audio Recording).',
  '3xxx.screen': 'Any other 3xxx device error whose trackType is "screen": screen-share copy instead of device copy.',
  '3001.screen': 'Web: CantAccessCaptureDevice (3001) with trackType "screen": getDisplayMedia rejected with ' +
    'NotAllowedError, which is also what cancelling the picker gives. Not the camera/microphone ' +
    'permission flow, so no site-settings steps are shown.',
  '3002': flutterNote(
    'Capture Device is not Available',
    'Ask user to check if the audio/video capture device is connected or not.',
    'Web: DeviceNotAvailable: getUserMedia found no matching device (NotFoundError), or the chosen ' +
      'deviceId is gone.',
  ),
  '3003': flutterNote(
    'Capture device is in use by some other application',
    'Show notification to user mentioning that the capturing device is used by some other application currently.',
    'Web: DeviceInUse: getUserMedia rejected with NotReadableError (on Windows, another app holds the ' +
      'camera; also seen for hardware faults).',
  ),
  '3004': 'DeviceLostMidway: a live local track ended on its own (device unplugged, driver reset, or the OS ' +
    'revoked access). Re-acquire the device or let the person choose another.',
  '3005': 'NothingToReturn: local tracks were requested with both audio and video disabled (or not allowed to ' +
    'publish by the role). A bug or configuration issue in the calling app: request at least one track.',
  '3006': 'InvalidVideoSettings: simulcast was enabled without video settings. A configuration error in the ' +
    'calling app: pass video settings (or disable simulcast).',
  '3007': "CodecChangeNotPermitted: the video codec can't be changed mid-call. Apply codec settings before join().",
  '3008': "AutoplayBlocked: the browser's autoplay policy blocked remote audio because the person has not " +
    'interacted with the page yet. Call hmsActions.unblockAudio() from a click handler (the "unblock-audio" ' +
    'action).',
  '3009': 'OverConstrained: getUserMedia rejected with OverconstrainedError: the requested resolution, frame ' +
    'rate or deviceId cannot be met by the hardware. Relax the constraints or pick another device.',
  '3010': 'NoAudioDetected: the local audio track is live but its level stayed silent (hardware mute switch, ' +
    'wrong input selected, or a broken microphone). Non-blocking; suggest another input.',
  '3011': 'SystemDeniedPermission: the OS denied the browser access to the capture device (macOS Privacy & ' +
    'Security, Windows Privacy settings), though the site itself may be allowed. Show the system ' +
    'steps (systemPermissionSteps); on macOS the browser must be restarted after the change.',
  '3012.web': 'Web: CurrentTabNotShared: the app asked for current-tab sharing and the person chose another tab, ' +
    'window or screen. Ask them to share again and pick the current tab. On Flutter, 3012 means the ' +
    'BLUETOOTH_CONNECT permission is missing (see 3012.flutter).',
  '3012.flutter': flutterNote(
    'BLUETOOTH_CONNECT permission is not given',
    "Add the BLUETOOTH_CONNECT permission to your app and request it at runtime since it's a dangerous level permission.",
    'Android 12+ shows it to people as "Nearby devices". On web, 3012 means CurrentTabNotShared (see 3012.web).',
  ),
  '3013.web': 'Web: AudioPlaybackError (name "Audio playback error"): playing a remote audio track failed, e.g. ' +
    'play() was blocked or the selected output device (setSinkId) is gone. Resume playback from a user ' +
    'gesture and let the person pick another output. On Flutter, 3013 means the BLUETOOTH permission is ' +
    'missing (see 3013.flutter).',
  '3013.flutter': flutterNote(
    'BLUETOOTH permission is not given',
    'Add the BLUETOOTH permission to your app.',
    'Declared in the Android manifest (Android 11 and below); people cannot grant it if the app omits ' +
      'it. On web, 3013 means an audio playback error (see 3013.web).',
  ),
  '3014': 'SelectedDeviceMissing: the device selected for this track disappeared (unplugged, Bluetooth ' +
    'dropped). The SDK falls back to another device when it can; let the person reconnect or choose one.',
  '3015': 'NoDataInTrack ("Track does not have any data"): the local track is live but produces no frames or ' +
    'samples, typically because another app or an incoming phone call took priority over the device. ' +
    'Re-acquire the track once the other use ends.',
  '4001': flutterNote(
    'WebRTC error',
    WEBRTC_ACTION,
    'Web: CreateOfferFailed: RTCPeerConnection.createOffer() failed; the description has the browser error.',
  ),
  '4002': flutterNote(
    'WebRTC error',
    WEBRTC_ACTION,
    'Web: CreateAnswerFailed: RTCPeerConnection.createAnswer() failed; the description has the browser error.',
  ),
  '4003': flutterNote(
    'WebRTC error',
    WEBRTC_ACTION,
    'Web: SetLocalDescriptionFailed: setLocalDescription() rejected the offer.',
  ),
  '4004': flutterNote(
    'WebRTC error',
    WEBRTC_ACTION,
    'Web: SetRemoteDescriptionFailed: setRemoteDescription() rejected the answer. Terminal: join() again.',
  ),
  '4005': flutterNote(
    'ICE Connection Failed due to network issue',
    NETWORK_ACTION,
    'Web: ICEFailure; the SDK retries (it arrives with RECONNECTING) and it is terminal only when DTLS is ' +
      'stuck or retries run out. Persistent failures often mean a firewall or VPN blocking UDP/TURN.',
  ),
  '4006': 'ICEDisconnected: the ICE connection state went to "disconnected" (packet loss or a network switch). ' +
    'Often recovers by itself; the SDK restarts ICE if it does not.',
  '4007': 'StatsFailed: RTCPeerConnection.getStats() failed. Only stats and connection-quality indicators are ' +
    'affected; safe to log and route silently.',
  '4008': 'PublishAnswerSuperseded: a publish answer was discarded because a newer offer is in flight. ' +
    'Non-terminal; the SDK retries on its own. Safe to log and route silently.',
  '5001': flutterNote(
    'Trying to join a room which is already joined',
    'Trying to join an already joined room.',
    'Web: AlreadyJoined: join() was called while this client is already in the room (often a double ' +
      'join from an effect running twice). Call join() once; leave() before joining again.',
  ),
  '5002': 'CannotJoinPreviewInProgress: join() was called while preview() was still in progress. Await ' +
    'preview() before calling join().',
  '6000': 'NotConnected: an action that needs the signalling connection was called before join() completed, ' +
    'or after the connection dropped or leave(). Wait for the Connected room state, or rejoin.',
  '6001': 'Signalling: an unclassified error in a signalling request; the message names the method. Usually ' +
    'transient: retry the action and log the description.',
  '6002.web': 'Web: GenericErrors.Unknown ("Unknown exception: …"): an error the SDK did not classify; the ' +
    'description carries the original message. Log it with the SDK logs. The Flutter docs use 6002 for ' +
    'a renegotiation error instead (see 6002.flutter).',
  '6002.flutter': flutterNote(
    'webRTC Error: Error while renegotiating',
    'Please try again.',
    'Happens when tracks are added or removed mid-call. The web SDK uses 6002 for an unclassified ' +
      'error (GenericErrors.Unknown) instead (see 6002.web).',
  ),
  '6003': 'NotReady: an SDK method was called before the SDK or the track it needs was ready (e.g. before ' +
    'join()/preview() resolved). Wait for the right room state before calling it.',
  '6004': 'JsonParsingFailed: a signalling message could not be parsed as JSON (the message holds the raw ' +
    'text). Log it; usually a proxy mangling WebSocket frames or a server-side bug.',
  '6005': 'TrackMetadataMissing: a remote track arrived without the server metadata that links it to a peer. ' +
    'Usually a race during joins and renegotiation; log it. A rejoin resynchronises state.',
  '6006': 'RTCTrackMissing: the server announced a track but the matching media track never arrived on the ' +
    'peer connection. Log it; a rejoin resynchronises state.',
  '6007': 'PeerMetadataMissing: an update referred to a peer the SDK has no metadata for. Usually a race with ' +
    'peer join/leave; log it. A rejoin resynchronises state.',
  '6008': "InvalidRole: the role in the auth token (or passed to join/changeRole) does not exist in the room's " +
    'template. Terminal. Issue the token with a role defined in the template.',
  '6009': 'PreviewAlreadyInProgress: preview() or join() was called while a preview was still starting. Await ' +
    'the first preview() before calling either again.',
  '6010': 'MissingMediaDevices: navigator.mediaDevices is missing: serve the page over HTTPS or localhost ' +
    '(plain HTTP and some in-app webviews lack it). Terminal; join()/preview() reject and no ERROR ' +
    'notification is sent.',
  '6011': 'MissingRTCPeerConnection: RTCPeerConnection is undefined: an unsupported or outdated browser, or an ' +
    'extension or enterprise policy disabling WebRTC. Terminal; join()/preview() reject without an ERROR ' +
    'notification.',
  '6012': 'LocalStorageAccessDenied: reading or writing localStorage threw (third-party iframe with storage ' +
    'partitioned or blocked, private mode, cookies disabled). Non-blocking: device choices are not persisted.',
  '6013': 'ValidationFailed: an SDK method received invalid arguments (the message names the problem, the ' +
    'description holds the entity). A bug in the calling app: fix the arguments.',
  '7001': flutterNote(
    'Platform Not Supported',
    'The platform is not supported for plugin',
    "Web: PlatformNotSupported. Check the plugin's supported platforms before offering it.",
  ),
  '7002': flutterNote(
    'Plugin Init Failed',
    'Plugin initialization has failed',
    "Web: InitFailed: the plugin's init() threw (e.g. its model or WASM failed to load).",
  ),
  '7003': flutterNote(
    'Plugin Processing Failed',
    'Plugin processing failed',
    'Web: ProcessingFailed: the plugin threw while processing frames or samples.',
  ),
  '7004': flutterNote(
    'Plugin Add Already Going on',
    'Plugin add is already in progress',
    'Web: AddAlreadyInProgress: addPlugin() was called again before the previous call finished. Await it.',
  ),
  '7005': 'DeviceNotSupported: the plugin does not support this device (e.g. mobile or low-end hardware). ' +
    "Check the plugin's supported devices before offering it.",
  '7006': 'NotAllowedForRoom: the plugin is not enabled for this room. Enable it in the room template or hide ' +
    'the control.',
  '8001': 'NoEntryToPlay: playlist next/play was called at the end of the playlist.',
  '8002': 'NoEntryIsPlaying: a playlist control (pause, seek…) was used while nothing was playing.',
  '400': 'ServerErrors 400 (Bad Request) from the init/join API, terminal: usually a malformed or mismatched ' +
    'token or room; see the description. Check how the token and room ID are generated.',
  '401': 'ServerErrors 401 (Unauthorized), terminal: the auth token is expired, revoked or signed with the ' +
    'wrong credentials. Fetch a new token.',
  '403': 'ServerErrors 403 (Forbidden), terminal: the token is valid but not allowed for this room or ' +
    'action (room disabled, role not permitted). Check the room and role.',
  '404': 'ServerErrors 404 (Not Found): the room does not exist, or the init endpoint URL is wrong. Note: ' +
    'when the init endpoint itself 404s, join() may never settle; guard it with a timeout.',
  '410': 'ServerErrors 410 (Gone), terminal during join: the room or session no longer exists (ended or ' +
    'disabled). Do not auto-retry.',
  '429': 'ServerErrors 429 (Too Many Requests): rate-limited; the SDK retries first. Back off before retrying ' +
    'and make sure the app is not calling join() in a loop.',
  '500': 'ServerErrors 500 (Internal Server Error): retried by the SDK, terminal during join. Retry with ' +
    'back-off; check the 100ms status page if it persists.',
  '501': 'ServerErrors 501 (Not Implemented): the endpoint does not support the request; not retryable. Check ' +
    'the SDK version against the 100ms API.',
  '502': 'ServerErrors 502 (Bad Gateway): a proxy in front of the 100ms service got a bad answer; usually ' +
    'transient, retry with backoff.',
  '504': 'ServerErrors 504 (Gateway Timeout): a proxy in front of the 100ms service timed out; retry with backoff.',
  '503': 'ServerErrors 503 (Service Unavailable): the service is overloaded or in maintenance; retried by the ' +
    'SDK. Retry with back-off.',
  '40001': flutterNote(
    'Invalid Room',
    'Room ID provided while fetching the token is an invalid room.',
    'Web: ServerErrors at init (HTTP 400 with code 40001), terminal; sent as ERROR and also rejected.',
  ),
  '40002': flutterNote(
    'Room Mismatched with Token',
    'Room ID provided while fetching the token does not match.',
  ),
  '40004': flutterNote(
    'Peer already joined',
    'Peer who is trying to join has already joined the room.',
    'The same peer/user ID is already in the room (another tab or device, or a stale session). Leave ' +
      'the other session or use a unique user ID per join.',
  ),
  '40100': flutterNote('Generic Error', 'Need to debug further with logs.', 'A token error; terminal.'),
  '40101': flutterNote('Token Error: Invalid Access Key', 'Access Key provided in the token is wrong.'),
  '40102': flutterNote('Token Error: Invalid Room Id', 'RoomID provided in the token is wrong.'),
  '40103': flutterNote('Token Error: Invalid Auth Id', 'AuthID provided in the token is wrong.'),
  '40104': flutterNote('Token Error: Invalid App Id', 'App ID provided in the token is wrong.'),
  '40105': flutterNote('Token Error: Invalid Customer Id', 'Customer Id provided in the token is wrong.'),
  '40107': flutterNote('Token Error: Invalid User Id', 'User ID provided in the token is wrong.'),
  '40108': flutterNote('Token Error: Invalid Role', 'The role provided in the token is wrong.'),
  '40109': flutterNote('Token Error: Bad JWT Token', 'Bad JWT Token.'),
  '41001': flutterNote(
    'Peer is gone',
    'The peer is no more present in the room.',
    'The server no longer has this peer (e.g. after a long disconnect). leave() and join() again.',
  ),
  ROOM_ENDED: 'ROOM_ENDED notification (data: { requestedBy?, reason, roomEnded }). The SDK has already left the ' +
    'room; show the dialog with a way home.',
  ROOM_FULL: 'A join refused because the room or the role has reached its peer limit (the server says so in ' +
    'the message: "peer limit", "room is full"). Raise the limit in the 100ms dashboard or let fewer people in.',
  TRACK_INTERRUPTED: 'TRACK_INTERRUPTION_START notification (web SDK >= 0.14.7, data = { started, reason, type, ' +
    'trackId }): the OS or another app took the device (a phone call, another app). The SDK resumes it.',
  TRACK_RESUMED: 'TRACK_INTERRUPTION_END notification: the interrupted track is live again.',
  REMOVED_FROM_ROOM: 'REMOVED_FROM_ROOM notification (data: { requestedBy?, reason, roomEnded }): another peer removed ' +
    'this one. The SDK has already left the room; `reason` may carry a message from the remover.',
  RECONNECTING: 'RECONNECTING notification (data: the 1003 or 4005 error). The SDK retries for up to 60 s by itself, ' +
    'so no retry is offered; it ends with RECONNECTED or a terminal 1003/4005.',
  RECONNECTED: 'RECONNECTED notification (data: null): the SDK recovered after RECONNECTING.',
  TIMEOUT: "guard()'s watchdog: the wrapped call (usually join()) did not settle in time. The web SDK's join() " +
    'can hang forever, with no notification, when the init endpoint is unreachable (404 / Failed to ' +
    'fetch). Call leave() before retrying.',
  SLOW: "guard()'s early notice (slowMs, default 8 s when timeoutMs is set): the wrapped call has not settled " +
    'yet. Removed when it settles; replaced by TIMEOUT at timeoutMs. The SDK sends nothing while init is unreachable.',
  NETWORK: 'A code-less fetch failure ({ name: "TypeError", message: "Load failed" } in Safari, "Failed to ' +
    'fetch" in Chrome, "NetworkError when attempting to fetch resource." in Firefox): the request never ' +
    'reached the server (offline, DNS, CORS, or blocked by an extension). Not terminal by itself.',
  UNKNOWN: 'The input carried no recognisable code or shape. Inspect `raw` on the entry and the SDK logs.',
  PERMISSION_GRANTED:
    'Made by the kit, not the SDK: the Permissions API reported `granted` for the device an earlier 3001/3011 was about. Offer turning the track on (`setLocalVideoEnabled(true)` / `setLocalAudioEnabled(true)`).',
  DEVICE_FOUND:
    'Made by the kit, not the SDK: a `devicechange` event brought a device of the kind an earlier 3002/3004/3014 was missing.',
  OFFLINE:
    "Made by the kit, not the SDK: the window's `offline` event fired. The SDK keeps retrying for about 60 s; the `online` event clears this.",
  'range.1xxx': 'Unlisted 1xxx code: a WebSocket (signalling connection) error. See the description.',
  'range.2xxx': 'Unlisted 2xxx code: an init API error. See the description.',
  'range.3xxx': 'Unlisted 3xxx code: a track or capture-device error; trackType says which device.',
  'range.4xxx': 'Unlisted 4xxx code: a WebRTC (peer connection) error. Collect SDK logs to debug.',
  'range.5xxx': 'Unlisted 5xxx code: a join error. See the description.',
  'range.6xxx': 'Unlisted 6xxx code: a generic SDK error. See the description and the SDK logs.',
  'range.7xxx': 'Unlisted 7xxx code: a plugin error. See the description.',
  'range.8xxx': 'Unlisted 8xxx code: a playlist error. See the description.',
  'range.http4xx': 'Unlisted HTTP 4xx status passed through by the server (ServerErrors). See the description.',
  'range.http5xx': 'Unlisted HTTP 5xx status passed through by the server (ServerErrors). Retry with back-off.',
  'range.server4xxxx': 'Unlisted 4xxxx server code (ServerErrors): usually a token or room problem. See the description.',
});

export const developerNotes: Record<HMSErrorCatalogKey, string> = /* @__PURE__ */ buildNotes();
