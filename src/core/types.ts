/** Where an error came from on its way into the store. */
export type HMSErrorSource = 'notification' | 'guard' | 'report' | 'watchdog';

/** The SDK whose error numbering applies. Only 2002, 3012, 3013 and 6002 differ between them. */
export type HMSPlatform = 'web' | 'flutter';

/** Plain-language grouping used by the copy catalog and for styling. */
export type HMSErrorCategory =
  | 'network'
  | 'device'
  | 'permission'
  | 'token'
  | 'room'
  | 'webrtc'
  | 'plugin'
  | 'server'
  | 'unknown';

export type HMSErrorSeverity = 'error' | 'warning' | 'info' | 'success';

/** Where an entry is shown: the blocking dialog, a toast, or nowhere (history only). */
export type HMSErrorRoute = 'dialog' | 'toast' | 'silent';

/**
 * What an entry represents. `error` is an SDK error; the rest come from room notifications
 * or from `guard`'s watchdog.
 */
export type HMSErrorKind =
  | 'error'
  | 'reconnecting'
  | 'reconnected'
  | 'room-ended'
  | 'removed'
  | 'timeout'
  /** `guard`'s early "still connecting" notice. */
  | 'slow'
  /** `TRACK_INTERRUPTION_START`: the OS or another app took a device; `trackType`, `reason` say which and why. */
  | 'track-interrupted'
  /** `TRACK_INTERRUPTION_END`: the device is back. */
  | 'track-resumed';

/**
 * The SDK's actions object (`useHMSActions()` / `hms.getActions()`), duck-typed: every method is
 * optional and the kit calls only what is there.
 */
export interface HMSActionsLike {
  leave?: () => unknown;
  join?: (config: any) => unknown;
  unblockAudio?: () => unknown;
  setLocalAudioEnabled?: (enabled: boolean) => unknown;
  setLocalVideoEnabled?: (enabled: boolean) => unknown;
  setScreenShareEnabled?: (enabled: boolean, config?: any) => unknown;
  setAudioSettings?: (settings: { deviceId?: string }) => unknown;
  setVideoSettings?: (settings: { deviceId?: string }) => unknown;
}

/** An in-toast action the UI offers; `onAction(action, entry)` receives it. */
export type HMSErrorActionKind = 'unblock-audio' | 'fix-permissions' | 'retry';

/** What a catalog entry means, in no language (see `meta.ts`). */
export interface HMSErrorMeta {
  category: HMSErrorCategory;
  severity: HMSErrorSeverity;
  /** Whether trying the same thing again can help. */
  retryable: boolean;
  /** An action button the toast offers for this error, if any. */
  action?: HMSErrorActionKind;
  /**
   * Where a non-terminal report goes unless the app routes it: `'silent'` (history only) for
   * events that need nothing from the person. @defaultValue `'toast'`
   */
  route?: 'toast' | 'silent';
}

/** The words of one catalog entry, in one language. */
export interface HMSErrorText {
  /** Short headline, e.g. "Camera blocked". */
  title: string;
  /** What happened, for the person in the call. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** One entry of the copy catalog: what the person reads, and what the developer logs. */
export interface HMSErrorCopy {
  /** Short headline, e.g. "Camera blocked". */
  title: string;
  /** What happened, for the person in the call. */
  message: string;
  /** What to do about it. */
  hint: string;
  category: HMSErrorCategory;
  severity: HMSErrorSeverity;
  /** Whether trying the same thing again can help. */
  retryable: boolean;
  /** The reference's "action to be taken": for logs and details views, never the main copy. */
  developerNote: string;
  /** An action button the toast offers for this error, if any. */
  action?: HMSErrorActionKind;
}

/** Input accepted by `normalizeHMSError`: anything at all. */
export type HMSErrorInput = unknown;

/** Fields common to every normalised error, whatever shape it arrived in. */
export interface HMSNormalizedError {
  /** Numeric code, or `null` when the input carried none. */
  code: number | null;
  /** The key into the copy catalog this error resolves to. */
  catalogKey: HMSErrorCatalogKey;
  /** SDK error name (`'CantAccessCaptureDevice'`, `'ServerErrors'`, `'TypeError'`…), `''` when absent. */
  name: string;
  /** SDK message (developer-facing, may be anything: render as text only). */
  message: string;
  /** SDK description (developer-facing). */
  description: string;
  /** SDK action in which the error happened (`'JOIN'`, `'TRACK'`…), `''` when absent. */
  action: string;
  isTerminal: boolean;
  kind: HMSErrorKind;
  platform: HMSPlatform;
  /** `audio`, `video`, `audio, video` or `screen` for track errors. */
  trackType?: string;
  /** Who removed the person / why the room ended, for ROOM_ENDED and REMOVED_FROM_ROOM. */
  requestedBy?: string;
  reason?: string;
  /** Flutter's `id`, when present. */
  sdkId?: string;
  /** Milliseconds since epoch: the SDK's timestamp when valid, otherwise the time of normalisation. */
  timestamp: number;
  /** The input as received, for diagnostics. Never rendered. */
  raw: unknown;
}

/**
 * An entry in the store: a normalised error with its meaning, route and bookkeeping. It holds no
 * text: `getErrorCopy(entry)` gives the words, in whatever language the UI shows.
 */
export interface HMSErrorEntry extends HMSNormalizedError {
  /** Unique within a store. Stable while an entry is updated in place (grouping, reconnected). */
  id: string;
  /** Grouping key: two reports with the same key inside the grouping window merge. */
  groupKey: string;
  route: HMSErrorRoute;
  /** Category, severity, whether retry helps, the toast's action: from the catalog's metadata table. */
  meta: HMSErrorMeta;
  /** How many reports this entry stands for (1 unless grouped). */
  count: number;
  /** Every way this error reached the store (a notification and a rejection of the same error merge). */
  sources: HMSErrorSource[];
  firstAt: number;
  lastAt: number;
  /** Auto-dismiss delay in ms for toasts; `null` means it stays until dismissed. */
  duration: number | null;
}

/** What happened to one report. */
export type HMSReportOutcome =
  | 'dialog'
  | 'toast'
  | 'queued'
  | 'grouped'
  | 'silent'
  /** A second terminal error, or a toast while the dialog is open. */
  | 'suppressed'
  /** An in-place update of the reconnecting toast. */
  | 'updated'
  | 'ignored';

/**
 * Which rule of the store's decision gave a report its outcome (`HMSErrorHistoryRecord.reason`):
 * the "why" the devtools show.
 */
export type HMSDecisionReason =
  /** The same error arrived twice (a notification and a rejection): counted, not shown again. */
  | 'double-delivery'
  /** Routed `silent`: history only. */
  | 'routed-silent'
  /** The first error that ends the call opens the dialog. */
  | 'first-terminal'
  /** The SDK's own error takes the place of guard's "didn't start in time" dialog. */
  | 'replaces-timeout'
  /** The dialog already shows an error that ended the call: the first one wins. */
  | 'dialog-open'
  /** A toast while the dialog is open would compete with the way out. */
  | 'call-ended'
  /** Reconnecting ⇄ reconnected change the one connection toast in place. */
  | 'connection-in-place'
  /** The connection toast goes first: it explains every other error. */
  | 'connection-first'
  /** "Reconnected" while nothing was reconnecting. */
  | 'not-reconnecting'
  /** A device interruption's end changes its toast in place. */
  | 'interruption-in-place'
  /** A device came back that the kit never saw interrupted. */
  | 'not-interrupted'
  /** The same toast is on screen (or queued) and was reported within the grouping window. */
  | 'same-toast-recently'
  /** Fewer than `maxVisibleToasts` toasts on screen. */
  | 'free-slot'
  /** `maxVisibleToasts` toasts on screen: it waits for a slot. */
  | 'toasts-full';

/** Which rule chose a report's route (`HMSErrorHistoryRecord.routeRule`). */
export type HMSRouteRule =
  /** `report(error, { route })`, or guard's own routing of its watchdog entries. */
  | 'report-option'
  /** The store's `routes` option. */
  | 'app-routes'
  /** A terminal error goes to the dialog. */
  | 'terminal'
  /** The catalog's default for this key (silent for events that need nothing from the person). */
  | 'catalog'
  /** Anything else is a toast. */
  | 'default';

/** One record per report (deduplicated double deliveries share one record). */
export interface HMSErrorHistoryRecord {
  /** What the report became. */
  outcome: HMSReportOutcome;
  /** The rule that decided `outcome`. */
  reason?: HMSDecisionReason;
  /** The rule that chose the entry's route. */
  routeRule?: HMSRouteRule;
  at: number;
  /** The entry this report went into (its `id` is the toast's or the dialog's), as this report saw it. */
  entry: HMSErrorEntry;
  sources: HMSErrorSource[];
}

import type { HMSErrorCatalogKey } from './codes';
export type { HMSErrorCatalogKey };

/**
 * A complete copy catalog: one entry per key. Strings may contain `{device}` (camera,
 * microphone, camera and microphone, screen share) and `{requestedBy}` placeholders, filled in by
 * `getErrorCopy`.
 */
export type HMSErrorCatalog = Record<HMSErrorCatalogKey, HMSErrorCopy>;

/** The person-facing part of a catalog; developer notes are kept apart (see `developerNotes`). */
export type HMSErrorPersonCatalog = Record<HMSErrorCatalogKey, HMSErrorText>;
