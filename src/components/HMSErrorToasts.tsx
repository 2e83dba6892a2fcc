import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { createDevWarner } from '../core/dev';
import type { HMSOfferedAction } from '../core/copy/getErrorCopy';
import type { HMSErrorCopy, HMSErrorEntry } from '../core/types';
import { useHMSErrorToaster, type HMSToastDismissVia } from '../react/useHMSErrorToaster';
import { useHMSSDKActions } from '../react/context';
import { useHMSRecoveryWatchers } from '../react/useHMSRecoveryWatchers';
import { useOnline } from '../react/useOnline';
import { autoResolves, presentEntry } from '../core/recovery';
import { plainCopy,
  deviceWord,
  resolveCopy,
  toastActions,
  warnIfAudioStaysBlocked,
  useKitStore,
  useUIConfig,
  visuallyHidden,
  type HMSErrorComponentProps,
  type ResolvedUIConfig,
} from './config';
import { KitBoundary } from './KitBoundary';
import { formatLabel } from './labels';
import { letFocusIntoToasts, TOASTS_ROOT_ATTRIBUTE } from './layering';
import { readingDuration } from './timing';
import { usePrepareFormatters } from './usePrepareFormatters';
import { useToastAnnouncements } from './useToastAnnouncements';
import { hasToastAction, Toast, type HMSToastRenderer } from './Toast';

/**
 * Where the toasts sit. `start` / `end` follow the language's direction (`bottom-end` is the
 * bottom right in English and the bottom left in Arabic); `left` / `right` are physical.
 */
export type HMSToastPosition =
  | 'top-left'
  | 'top-center'
  | 'top-right'
  | 'bottom-left'
  | 'bottom-center'
  | 'bottom-right'
  | 'top-start'
  | 'top-end'
  | 'bottom-start'
  | 'bottom-end';

/** Space to keep free at the viewport's edges: one length for all, or per edge (numbers are px). */
export type HMSToastInset = number | string | Partial<Record<'top' | 'right' | 'bottom' | 'left', number | string>>;

const EDGES = ['top', 'right', 'bottom', 'left'] as const;

/** The inset as the `--hmse-toasts-inset-*` custom properties, on top of the theme's. */
function insetStyle(inset: HMSToastInset | undefined, style: CSSProperties | undefined): CSSProperties | undefined {
  if (inset === undefined || inset === null) return style;
  const length = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? `${value}px` : typeof value === 'string' && value ? value : undefined;
  const merged: Record<string, unknown> = { ...style };
  for (const edge of EDGES) {
    const value = length(typeof inset === 'object' ? inset[edge] : inset);
    if (value) merged[`--hmse-toasts-inset-${edge}`] = value;
  }
  return merged as CSSProperties;
}

/** A logical position on the physical side it means in this writing direction. */
function physicalPosition(position: HMSToastPosition, dir: 'ltr' | 'rtl'): string {
  return position.replace(/-(start|end)$/, (_, side: string) => ((side === 'start') === (dir === 'ltr') ? '-left' : '-right'));
}

export interface HMSErrorToastsProps extends HMSErrorComponentProps {
  /**
   * Moves focus to the toasts: a key (`'F8'`) or a combination (`'Alt+KeyT'`, `'Ctrl+Shift+N'`),
   * matched against `KeyboardEvent.key` or `.code`.
   * @defaultValue `'F8'`
   */
  hotkey?: string;
  /** Corner or edge of the viewport; `start` / `end` follow the language. @defaultValue `'bottom-end'` */
  position?: HMSToastPosition;
  /**
   * Space to leave free at the viewport's edges, e.g. the call controls' row: a length for every
   * edge, or per edge (`{ bottom: 72 }`; numbers are px). Sets the `--hmse-toasts-inset-top`,
   * `-right`, `-bottom` and `-left` custom properties, which an app's CSS may set instead.
   * @defaultValue `0`
   */
  inset?: HMSToastInset;
  /**
   * Shows every toast in full, one under the other. By default they stack: the newest in front,
   * the others peeking behind it, and the stack opens while hovered or focused.
   * @defaultValue `false`
   */
  expand?: boolean;
  /**
   * Renders a toast's body instead of the default title, message and actions. If it throws, the
   * default body is shown.
   */
  renderToast?: HMSToastRenderer;
}

/**
 * Toasts for non-terminal errors: timed, grouped, limited, announced, reachable with a hotkey.
 *
 * @example
 * <HMSErrorProvider actions={hmsActions}>
 *   <HMSErrorToasts />
 * </HMSErrorProvider>
 */
export function HMSErrorToasts(props: HMSErrorToastsProps) {
  const config = useUIConfig(props);
  return (
    <KitBoundary name="HMSErrorToasts">
      <ToastsView {...props} config={config} />
    </KitBoundary>
  );
}

function ToastsView({
  config,
  store: given,
  hotkey = 'F8',
  position = 'bottom-end',
  renderToast,
  inset,
  expand = false,
}: HMSErrorToastsProps & { config: ResolvedUIConfig }) {
  const store = useKitStore(given);
  const sdk = useHMSSDKActions(store);
  useHMSRecoveryWatchers(store);
  const online = useOnline(autoResolves(store.options.autoResolve, 'online'));
  /** Each visible entry's buttons and the copy chosen for them, worked out once per render. */
  const copies = new Map<string, HMSErrorCopy>();
  const offers = new Map<string, HMSOfferedAction[]>();
  const copyOf = (entry: HMSErrorEntry) => {
    let copy = copies.get(entry.id);
    if (!copy) {
      const offered = toastActions(entry, config, sdk);
      warnIfAudioStaysBlocked(entry, offered);
      offers.set(entry.id, offered);
      copies.set(entry.id, (copy = resolveCopy(entry, store, config, offered)));
    }
    return copy;
  };
  const toaster = useHMSErrorToaster({
    store,
    hotkey,
    // A toast that asks the person to do something stays until they do it or close it.
    duration: (entry) => {
      const copy = copyOf(presentEntry(entry, online));
      return hasToastAction(copy, config) || offers.get(entry.id)!.length > 0 ? null : readingDuration(entry.duration, copy);
    },
  });
  const { queued, paused, pausedBy, containerProps, dismiss } = toaster;
  // While offline, the reconnecting toast reads "You're offline" (same id and timers).
  const toasts = useMemo(() => toaster.toasts.map((entry) => presentEntry(entry, online)), [toaster.toasts, online]);
  const isClient = useIsClient();
  const { cn, labels } = config;
  const [warn] = useState(createDevWarner);
  const regionRef = containerProps.ref;
  const rootRef = useRef<HTMLDivElement>(null);
  // `inert` by hand: React 18 does not know the attribute.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (root && toaster.terminal) root.setAttribute('inert', '');
    else if (root) root.removeAttribute('inert');
  }, [toaster.terminal]);
  usePrepareFormatters(config.locale.tag);
  const [touchOpen, setTouchOpen] = useTouchOpen(regionRef, toasts.length > 0);
  // Under a host's modal focus trap, F8 and clicks still put focus in the toasts.
  useEffect(() => (rootRef.current ? letFocusIntoToasts(rootRef.current) : undefined), [isClient, config.container]);

  for (const entry of toasts) copyOf(entry);

  const politeRef = useRef<HTMLDivElement>(null);
  const assertiveRef = useRef<HTMLDivElement>(null);
  useToastAnnouncements({
    toasts,
    queued,
    terminal: toaster.terminal,
    copies,
    offers,
    config,
    hotkeyLabel: toaster.hotkeyLabel,
    politeRef,
    assertiveRef,
  });

  /** Ids already on screen, to tell a new toast from an update. */
  const shownIds = useRef(new Set<string>());
  const scrollFrame = useRef<number | null>(null);
  const reading = pausedBy.includes('hover') || pausedBy.includes('focus');
  useLayoutEffect(() => {
    const region = regionRef.current;
    const fresh = toasts.some((t) => !shownIds.current.has(t.id));
    shownIds.current = new Set(toasts.map((t) => t.id));
    if (!region || !fresh || reading || scrollFrame.current !== null || typeof requestAnimationFrame !== 'function') return;
    // A stack taller than the viewport scrolls (see styles.css): bring a new toast, always the
    // last, into view, unless the person is reading or using the list. In the next frame, before
    // it paints: reading scrollHeight here, in the commit, would lay the page out an extra time.
    scrollFrame.current = requestAnimationFrame(() => {
      scrollFrame.current = null;
      if (region.scrollHeight > region.clientHeight) region.scrollTop = region.scrollHeight;
    });
  }, [toasts]);
  useEffect(
    () => () => {
      if (scrollFrame.current !== null) cancelAnimationFrame(scrollFrame.current);
      scrollFrame.current = null;
    },
    [],
  );

  if (!isClient) return null;
  const landmark = toasts.length > 0 || queued > 0;
  const container = config.container ?? document.body;

  return createPortal(
    <div
      {...config.rootProps}
      style={insetStyle(inset, config.rootProps.style)}
      {...{ [TOASTS_ROOT_ATTRIBUTE]: '' }}
      // Behind this store's call-ending dialog: hidden and silent (see hideToastRoots).
      aria-hidden={toaster.terminal ? true : undefined}
      ref={rootRef}
      data-position={physicalPosition(position, config.rootProps.dir ?? config.locale.dir)}
      data-paused={paused ? '' : undefined}
    >
      {/* Both live regions exist before any toast: text added to a region that was already in
          the page is what screen readers announce reliably. */}
      <div ref={politeRef} role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} />
      <div ref={assertiveRef} role="alert" aria-live="assertive" aria-atomic="true" style={visuallyHidden} />
      {/* aria-live="off": a host's modal (Radix, react-aria…) hides everything else with aria-hidden
          but skips [aria-live] elements, so the toasts stay reachable; "off" keeps the list itself
          silent, since the regions above announce. */}
      {/* A landmark only while it holds toasts (a <section> is one only when named): an empty
          "Notifications" stop in a screen reader's landmark list is noise. The element itself
          stays, for the hotkey and focus. */}
      <section
        {...containerProps}
        className={cn('toasts')}
        aria-label={landmark ? formatLabel(labels.region, { hotkey: toaster.hotkeyLabel }, config.locale.tag) : undefined}
        aria-keyshortcuts={landmark && toaster.hotkeyLabel ? toaster.hotkeyLabel : undefined}
        aria-live="off"
        data-expanded={expand || touchOpen ? '' : undefined}
        onPointerDown={(event) => {
          // A touch screen has no hover: a tap on the collapsed stack opens it.
          if (event.pointerType === 'touch' && !touchOpen) setTouchOpen(true);
        }}
      >
        {toasts.length > 0 ? (
          <ol className={cn('list')}>
            {toasts.map((entry, index) => (
              <KitBoundary
                key={entry.id}
                name="HMSErrorToast"
                warn={warn}
                fallback={<FallbackToast entry={entry} config={config} onDismiss={dismiss} />}
              >
                <Toast
                  entry={entry}
                  copy={copies.get(entry.id) ?? plainCopy(entry)}
                  config={config}
                  device={deviceWord(entry, store, config)}
                  warn={warn}
                  onDismiss={dismiss}
                  renderToast={renderToast}
                  store={store}
                  sdk={sdk}
                  behind={toasts.length - 1 - index}
                />
              </KitBoundary>
            ))}
          </ol>
        ) : null}
        {queued > 0 ? <p className={cn('more')}>{formatLabel(labels.more, { count: queued }, config.locale.tag)}</p> : null}
      </section>
    </div>,
    container,
  );
}

const subscribeNothing = () => () => {};

/**
 * Whether a tap opened the stack: it stays open until a tap or click outside it, or until the
 * last toast goes (hover and focus open it on their own, in CSS).
 */
function useTouchOpen(region: RefObject<HTMLElement | null>, hasToasts: boolean): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(false);
  if (open && !hasToasts) setOpen(false);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || !region.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, region]);
  return [open, setOpen];
}

/** `false` on the server and while hydrating, `true` on the client: portals mount only there. */
function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/** Shown for a toast that failed to render: its title as text and a working close button. */
function FallbackToast({
  entry,
  config,
  onDismiss,
}: {
  entry: HMSErrorEntry;
  config: ResolvedUIConfig;
  onDismiss: (id: string, via?: HMSToastDismissVia) => void;
}) {
  let title = '';
  try {
    title = plainCopy(entry).title;
  } catch {
    // a malformed entry: the close button still works
  }
  return (
    <li className={config.cn('toast')} data-hmse-toast="" data-state="open" data-code={entry.code ?? undefined}>
      <div role="group" aria-label={title || undefined}>
        <span />
        <div className={config.cn('toastBody')}>
          <p className={config.cn('toastTitle')} dir="auto">
            {title}
          </p>
        </div>
        <button
          type="button"
          className={config.cn('close')}
          data-hmse-close=""
          aria-label={formatLabel(config.labels.dismiss, { title }, config.locale.tag)}
          onClick={(event) => onDismiss(entry.id, event.detail === 0 ? 'keyboard' : 'pointer')}
        >
          ×
        </button>
      </div>
    </li>
  );
}
