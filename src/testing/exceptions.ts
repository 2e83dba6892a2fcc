import { normalizeHMSError } from '../core/normalize';

/** `trackType` of the web SDK's `HMSTrackException`. */
export type HMSFakeTrackType = 'audio' | 'video' | 'audio, video' | 'screen';

/**
 * The plain object the web SDK puts in an ERROR notification's `data` (its `HMSException`,
 * `HMSTrackException` for 3xxx codes).
 */
export interface HMSFakeException {
  code: number;
  name: string;
  action: string;
  message: string;
  description: string;
  isTerminal: boolean;
  timestamp: Date;
  trackType?: HMSFakeTrackType;
  nativeError?: Error;
}

interface Shape {
  name: string;
  action: string;
  /** `{device}` is the track type, as the SDK writes it into the message. */
  message: string;
  description?: string;
  trackType?: HMSFakeTrackType;
}

const AV: HMSFakeTrackType = 'audio, video';

// Names, actions and messages as the web SDK's ErrorFactory builds them (hms-video-store 0.15.2).
const SHAPES: Record<number, Shape> = {
  1000: { name: 'WebsocketFailedToConnect', action: 'JOIN', message: '[WS]: Failed to connect' },
  1003: { name: 'WebSocketConnectionLost', action: 'RECONNECT_SIGNAL', message: 'Network connection lost', description: 'Network offline' },
  1006: { name: 'WebSocketAbnormalClose', action: 'RECONNECT_SIGNAL', message: 'Websocket closed abnormally' },
  2002: { name: 'InitError', action: 'INIT', message: '[INIT]: Init config not found' },
  2003: { name: 'EndpointUnreachable', action: 'INIT', message: 'Endpoint is not reachable - Failed to fetch', description: 'Failed to fetch' },
  2004: { name: 'InvalidTokenFormat', action: 'INIT', message: 'Token is not in proper JWT format - ' },
  3000: { name: 'GenericTrack', action: 'TRACK', message: '[TRACK]: ', trackType: AV },
  3001: { name: 'CantAccessCaptureDevice', action: 'TRACK', message: 'User denied permission to access capture device - {device}', trackType: AV },
  3002: { name: 'DeviceNotAvailable', action: 'TRACK', message: '[TRACK]: Capture device is no longer available - {device}', trackType: AV },
  3003: { name: 'DeviceInUse', action: 'TRACK', message: '[TRACK]: Capture device is in use by another application - {device}', trackType: AV },
  3004: { name: 'DeviceLostMidway', action: 'TRACK', message: 'Lost access to capture device midway - {device}', trackType: AV },
  3005: { name: 'NothingToReturn', action: 'TRACK', message: 'There is no media to return. Please select either video or audio or both.', trackType: AV },
  3006: { name: 'InvalidVideoSettings', action: 'TRACK', message: 'Cannot enable simulcast when no video settings are provided', trackType: 'video' },
  3007: { name: 'CodecChangeNotPermitted', action: 'TRACK', message: "Codec can't be changed mid call.", trackType: AV },
  3008: { name: 'AutoplayBlocked', action: 'AUTOPLAY', message: "Autoplay blocked because the user didn't interact with the document first", trackType: 'audio' },
  3009: { name: 'OverConstrained', action: 'TRACK', message: '[TRACK]: Requested constraints cannot be satisfied with the device hardware - {device}', trackType: AV },
  3010: { name: 'NoAudioDetected', action: 'TRACK', message: 'No audio input detected from microphone', description: 'Please check the mic or use another audio input', trackType: 'audio' },
  3011: { name: 'SystemDeniedPermission', action: 'TRACK', message: 'Operating System denied permission to access capture device - {device}', trackType: AV },
  3012: { name: 'CurrentTabNotShared', action: 'TRACK', message: 'The app requires you to share the current tab', description: 'You must screen share the current tab in order to proceed', trackType: 'screen' },
  3013: { name: 'Audio playback error', action: 'TRACK', message: 'Audio playback failed', trackType: 'audio' },
  3014: { name: 'SelectedDeviceMissing', action: 'TRACK', message: 'Could not detect selected {device} device', description: 'Please check connection to the {device} device', trackType: 'audio' },
  3015: { name: 'Track does not have any data', action: 'TRACK', message: 'Track has no data', description: 'This could possibily due to another application taking priority over the access to camera or microphone or due to an incoming call', trackType: AV },
  4001: { name: 'CreateOfferFailed', action: 'PUBLISH', message: '[PUBLISH]: Failed to create offer. ' },
  4002: { name: 'CreateAnswerFailed', action: 'SUBSCRIBE', message: '[SUBSCRIBE]: Failed to create answer. ' },
  4003: { name: 'SetLocalDescriptionFailed', action: 'PUBLISH', message: '[PUBLISH]: Failed to set offer. ' },
  4004: { name: 'SetRemoteDescriptionFailed', action: 'PUBLISH', message: '[PUBLISH]: Failed to set answer. ' },
  4005: { name: 'ICEFailure', action: 'SUBSCRIBE', message: '[SUBSCRIBE]: Ice connection state FAILED' },
  4006: { name: 'ICEDisconnected', action: 'SUBSCRIBE', message: '[SUBSCRIBE]: Ice connection state DISCONNECTED' },
  4007: { name: 'StatsFailed', action: 'TRACK', message: 'Failed to WebRTC get stats - ' },
  4008: { name: 'PublishAnswerSuperseded', action: 'PUBLISH', message: '[PUBLISH]: Publish answer discarded, a newer offer is in flight. ' },
  5001: { name: 'AlreadyJoined', action: 'JOIN', message: '[JOIN]: You have already joined this room.' },
  5002: { name: 'CannotJoinPreviewInProgress', action: 'JOIN', message: '[JOIN]: Cannot join if preview is in progress' },
  6000: { name: 'NotConnected', action: 'JOIN', message: 'Client is not connected' },
  6001: { name: 'Signalling', action: 'JOIN', message: 'Unknown signalling error: JOIN  ' },
  6002: { name: 'Unknown', action: 'NONE', message: 'Unknown exception: ' },
  6003: { name: 'NotReady', action: 'JOIN', message: '' },
  6004: { name: 'JsonParsingFailed', action: 'JOIN', message: 'Failed to parse JSON message - ' },
  6005: { name: 'TrackMetadataMissing', action: 'TRACK', message: 'Track Metadata Missing' },
  6006: { name: 'RTCTrackMissing', action: 'TRACK', message: 'RTC Track missing' },
  6007: { name: 'PeerMetadataMissing', action: 'JOIN', message: 'Peer Metadata Missing' },
  6008: { name: 'InvalidRole', action: 'JOIN', message: 'Invalid role. Join with valid role' },
  6009: { name: 'PreviewAlreadyInProgress', action: 'PREVIEW', message: '[Preview]: Cannot join if preview is in progress' },
  6010: {
    name: 'MissingMediaDevices',
    action: 'JOIN',
    message:
      "navigator.mediaDevices is undefined. 100ms SDK won't work on this website as WebRTC is not supported on HTTP endpoints(missing navigator.mediaDevices). Please ensure you're using the SDK either on localhost or a valid HTTPS endpoint.",
    description: '',
  },
  6011: {
    name: 'MissingRTCPeerConnection',
    action: 'JOIN',
    message:
      'RTCPeerConnection which is a core requirement for WebRTC call was not found, this could be due to an unsupported browser or browser extensions blocking WebRTC',
    description: '',
  },
  6012: { name: 'LocalStorageAccessDenied', action: 'NONE', message: 'LocalStorageAccessDenied', description: 'Access to localStorage has been denied' },
  6013: { name: 'ValidationFailed', action: 'VALIDATION', message: 'Validation failed' },
  7001: { name: 'PlatformNotSupported', action: 'VIDEO_PLUGINS', message: 'Check HMS Docs to see the list of supported platforms' },
  7002: { name: 'InitFailed', action: 'VIDEO_PLUGINS', message: 'Plugin init failed' },
  7003: { name: 'ProcessingFailed', action: 'VIDEO_PLUGINS', message: 'Plugin processing failed' },
  7004: { name: 'AddAlreadyInProgress', action: 'VIDEO_PLUGINS', message: 'Plugin add already in progress' },
  7005: { name: 'DeviceNotSupported', action: 'VIDEO_PLUGINS', message: 'Check HMS Docs to see the list of supported devices' },
  7006: { name: 'NotAllowedForRoom', action: 'VIDEO_PLUGINS', message: 'Plugin is not enabled for this room' },
  8001: { name: 'NoEntryToPlay', action: 'PLAYLIST', message: 'Reached end of playlist' },
  8002: { name: 'NoEntryIsPlaying', action: 'PLAYLIST', message: 'No entry is playing at this time' },
};

/** HTTP statuses and the server's 4xxxx codes reach the app as `ServerErrors`. */
const isServerCode = (code: number) => (code >= 400 && code < 600) || (code >= 40000 && code < 50000);

function shapeFor(code: number): Shape {
  const known = SHAPES[code];
  if (known) return known;
  if (isServerCode(code)) {
    return { name: 'ServerErrors', action: 'INIT', message: `[INIT]: Server error ${code}`, description: `${code}` };
  }
  return { name: 'Unknown', action: 'NONE', message: `Unknown exception: ${code}` };
}

/**
 * Builds the object the web SDK sends for `code`: its `name`, `action`, `message`, `description`,
 * `isTerminal` as the SDK sets it by default (the kit's own table), `trackType` for track errors,
 * and a `timestamp`. `overrides` win (e.g. `{ trackType: 'video' }`, `{ isTerminal: true }`).
 */
export function createHMSException(code: number, overrides: Partial<HMSFakeException> = {}): HMSFakeException {
  const shape = shapeFor(code);
  const trackType = overrides.trackType ?? shape.trackType;
  const fill = (text: string) => text.replace(/\{device\}/g, trackType ?? '');
  const exception: HMSFakeException = {
    code,
    name: shape.name,
    action: shape.action,
    message: fill(shape.message),
    description: fill(shape.description ?? shape.message),
    isTerminal: normalizeHMSError(code).isTerminal,
    timestamp: new Date(),
  };
  if (trackType) exception.trackType = trackType;
  return { ...exception, ...overrides };
}

/**
 * The same error as the SDK *rejects* with it (`join()`, `preview()`, `setEnabledTrack()`): an
 * `Error` instance whose `message` is a non-enumerable own property, like the SDK's own class.
 */
export function createHMSExceptionError(code: number, overrides: Partial<HMSFakeException> = {}): Error & HMSFakeException {
  const fields = createHMSException(code, overrides);
  const error = new Error(fields.message) as Error & HMSFakeException;
  const { message: _message, ...rest } = fields;
  // `code`, `name`, `action`… are own enumerable fields on the SDK's instances too.
  return Object.assign(error, rest);
}
