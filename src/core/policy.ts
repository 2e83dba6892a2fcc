import type {
  HMSErrorMeta,
  HMSErrorRoute,
  HMSErrorSeverity,
  HMSNormalizedError,
  HMSRouteRule,
} from './types';
import { catalogMeta } from './meta';

/** Auto-dismiss delays by severity, in ms; `null` keeps a toast until it is dismissed. */
export type HMSDurations = Record<HMSErrorSeverity, number | null>;

/**
 * Errors stay until dismissed or resolved, and nothing else leaves before 6 s (WCAG 2.2.1, timing
 * adjustable): `HMSErrorToasts` adds reading time for longer text on top of these.
 */
export const DEFAULT_DURATIONS: HMSDurations = {
  error: null,
  warning: 6000,
  info: 6000,
  success: 6000,
};

/** Per-key or per-code routing, or a function that may return a route (or nothing to keep the default). */
export type HMSRoutes =
  | Partial<Record<string | number, HMSErrorRoute>>
  | ((error: HMSNormalizedError) => HMSErrorRoute | undefined | null);

export const DEFAULT_POLICY = {
  /** Same error again within this many ms → the existing toast's count goes up. */
  groupingWindowMs: 10_000,
  /** A rejection and a notification of the same error within this many ms are one error. */
  dedupeWindowMs: 3_000,
  maxVisibleToasts: 3,
  /** Toasts waiting for a visible slot; the oldest waiting one is dropped beyond this. */
  maxQueuedToasts: 20,
  historySize: 100,
  /** A guarded call with a timeout says "Still connecting…" after this many ms. */
  slowMs: 8_000,
} as const;

const ROUTES = new Set<HMSErrorRoute>(['dialog', 'toast', 'silent']);

/**
 * Where an error goes: an explicit route for its key or code, else terminal → dialog, else the
 * catalog's default (silent for events that need nothing from the person), else toast.
 */
export function routeFor(error: HMSNormalizedError, routes: HMSRoutes | undefined): HMSErrorRoute {
  return routeWithRule(error, routes)[0];
}

// The answers, made once: routing runs for every report of a storm.
const BY_APP = { dialog: ['dialog', 'app-routes'], toast: ['toast', 'app-routes'], silent: ['silent', 'app-routes'] } as const;
const BY_CATALOG = { toast: ['toast', 'catalog'], silent: ['silent', 'catalog'] } as const;
const TERMINAL = ['dialog', 'terminal'] as const;
const DEFAULT = ['toast', 'default'] as const;

/** `routeFor`, and which of its rules chose the route (for the devtools' "why"). */
export function routeWithRule(error: HMSNormalizedError, routes: HMSRoutes | undefined): readonly [HMSErrorRoute, HMSRouteRule] {
  let chosen: unknown;
  if (typeof routes === 'function') chosen = routes(error);
  else if (routes) {
    chosen =
      routes[error.catalogKey] ?? (error.code !== null ? routes[error.code] : undefined);
  }
  if (typeof chosen === 'string' && ROUTES.has(chosen as HMSErrorRoute)) return BY_APP[chosen as HMSErrorRoute];
  if (error.isTerminal) return TERMINAL;
  const fromCatalog = catalogMeta[error.catalogKey]?.route;
  return fromCatalog ? BY_CATALOG[fromCatalog] : DEFAULT;
}

/**
 * Reports with the same key are "the same error" for grouping: what the person would see, so
 * two unlisted codes that share fallback copy make one toast. The connection has one toast.
 */
export function groupKeyFor(error: HMSNormalizedError): string {
  if (error.kind === 'reconnecting' || error.kind === 'reconnected') return 'connection';
  // One toast per device while another app holds it: "paused" turns into "back" in place.
  if (error.kind === 'track-interrupted' || error.kind === 'track-resumed') return `track|${error.trackType ?? ''}`;
  // A plain non-terminal error groups by its catalog key, the constant itself (see codes.ts), so
  // that a storm compares keys by pointer; anything else spells out what makes it different.
  if (error.kind === 'error' && !error.trackType && !error.isTerminal) return error.catalogKey;
  return `${error.kind}|${error.catalogKey}|${error.trackType ?? ''}|${error.isTerminal ? 'T' : ''}`;
}

/** Reports with the same key within the dedupe window are one error delivered twice. */
export function dedupeKeyFor(error: HMSNormalizedError): string {
  return `${error.kind}|${error.catalogKey}|${error.code ?? ''}|${error.isTerminal ? 'T' : ''}`;
}

/** How long a toast stays: never for ones that carry an action or a live connection state. */
export function durationFor(
  error: HMSNormalizedError,
  meta: HMSErrorMeta,
  route: HMSErrorRoute,
  durations: HMSDurations,
): number | null {
  if (route !== 'toast') return null;
  if (error.kind === 'reconnecting' || error.kind === 'slow' || error.kind === 'track-interrupted' || meta.action) return null;
  const duration = durations[meta.severity];
  return typeof duration === 'number' && duration > 0 ? duration : null;
}
