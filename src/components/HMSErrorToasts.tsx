import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createDevWarner } from '../core/dev';
import type { HMSErrorCopy, HMSErrorEntry } from '../core/types';
import { plainCopy,
  deviceWord,
  resolveCopy,
  useKitStore,
  useUIConfig,
  visuallyHidden,
  type HMSErrorComponentProps,
  type ResolvedUIConfig,
} from './config';
import { KitBoundary } from './KitBoundary';
import { formatLabel } from './labels';
import { Toast, type HMSToastRenderer } from './Toast';
import { hotkeyLabel, matchesHotkey, useIsClient, usePageInactive } from './toastHooks';

export type HMSToastPosition = 'top-left' | 'top-center' | 'top-right' | 'bottom-left' | 'bottom-center' | 'bottom-right';

export interface HMSErrorToastsProps extends HMSErrorComponentProps {
  /**
   * Moves focus to the toasts: a key (`'F8'`) or a combination (`'Alt+KeyT'`, `'Ctrl+Shift+N'`),
   * matched against `KeyboardEvent.key` or `.code`.
   * @defaultValue `'F8'`
   */
  hotkey?: string;
  /** Corner or edge of the viewport. @defaultValue `'bottom-right'` */
  position?: HMSToastPosition;
  /**
   * Renders a toast's body instead of the default title, message and actions. If it throws, the
   * default body is shown.
   */
  renderToast?: HMSToastRenderer;
}

/**
 * A repeat of the same toast is announced again at most this often: during an error storm its
 * count changes many times a second, and reading each one would drown the person in noise.
 */
const REPEAT_ANNOUNCE_INTERVAL_MS = 5000;

/**
 * Toasts for non-terminal errors: timed, grouped, limited, announced, reachable with a hotkey.
 *
 * @example
 * <HMSErrorToasts onAction={(action) => action === 'unblock-audio' && hmsActions.unblockAudio()} />
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
  position = 'bottom-right',
  renderToast,
}: HMSErrorToastsProps & { config: ResolvedUIConfig }) {
  const store = useKitStore(given);
  const { toasts, queued } = useStore(
    store,
    useShallow((s) => ({ toasts: s.toasts, queued: s.queue.length })),
  );
  const isClient = useIsClient();
  const { cn, labels } = config;
  const [warn] = useState(createDevWarner);
  const [hovered, setHovered] = useState(false);
  const [focusWithin, setFocusWithin] = useState(false);
  const pageInactive = usePageInactive();
  const paused = hovered || focusWithin || pageInactive;
  const regionRef = useRef<HTMLElement>(null);
  /** Where focus was before it entered the toasts (hotkey, Tab or click), to give it back. */
  const returnFocus = useRef<Element | null>(null);
  /** The element inside the toasts that last had focus: if it is removed, focus fell with it. */
  const focusedInside = useRef<Element | null>(null);
  /** Set by a keyboard dismissal from inside the toasts: the position focus should move to. */
  const focusAfterDismiss = useRef<number | null>(null);
  const lastInput = useLastInput();

  const copies = new Map<string, HMSErrorCopy>();
  for (const entry of toasts) copies.set(entry.id, resolveCopy(entry, store, config));

  const politeRef = useRef<HTMLDivElement>(null);
  const assertiveRef = useRef<HTMLDivElement>(null);
  useAnnouncements(toasts, copies, config, politeRef, assertiveRef);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesHotkey(event, hotkey)) return;
      const region = regionRef.current;
      if (!region || !region.querySelector('[data-hmse-toast]')) return;
      event.preventDefault();
      if (!region.contains(document.activeElement)) returnFocus.current = document.activeElement;
      region.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey]);

  useLayoutEffect(() => {
    const region = regionRef.current;
    const index = focusAfterDismiss.current;
    focusAfterDismiss.current = null;
    if (!region) return;
    const active = document.activeElement;
    const lost = focusedInside.current !== null && !focusedInside.current.isConnected && !region.contains(active);
    if (index !== null) {
      const items = region.querySelectorAll<HTMLElement>('[data-hmse-toast]');
      const next = items[Math.min(index, items.length - 1)]?.querySelector<HTMLElement>('[data-hmse-close]');
      if (next) next.focus();
      else restoreFocus(region, returnFocus);
    } else if (lost || (toasts.length === 0 && active === region)) {
      // Removed by a pointer, the store or a timer: back to where the person came from, never
      // to the next toast (a mouse user would not see focus move, and it would pause the timers).
      restoreFocus(region, returnFocus);
    }
    if (!region.contains(document.activeElement)) focusedInside.current = null;
    // A toast that disappears under the pointer or with focus fires no leave or blur event in
    // some browsers; without this the next toast would never time out.
    if (focusWithin && !region.contains(document.activeElement)) setFocusWithin(false);
    if (hovered && toasts.length === 0) setHovered(false);
  }, [toasts, focusWithin, hovered]);

  /** Ids already on screen, to tell a new toast from an update. */
  const shownIds = useRef(new Set<string>());
  useLayoutEffect(() => {
    const region = regionRef.current;
    const fresh = toasts.some((t) => !shownIds.current.has(t.id));
    shownIds.current = new Set(toasts.map((t) => t.id));
    // A stack taller than the viewport scrolls (see styles.css): bring a new toast, always the
    // last, into view, unless the person is reading or using the list.
    if (region && fresh && !hovered && !focusWithin) region.scrollTop = region.scrollHeight;
  }, [toasts]);

  const dismiss = (id: string, via?: InputKind) => {
    const region = regionRef.current;
    if (region && region.contains(document.activeElement) && (via ?? lastInput.current) === 'keyboard') {
      focusAfterDismiss.current = Math.max(0, toasts.findIndex((t) => t.id === id));
    }
    store.dismiss(id);
  };

  if (!isClient) return null;
  const container = config.container ?? document.body;

  return createPortal(
    <div {...config.rootProps} data-position={position} data-paused={paused ? '' : undefined}>
      {/* Both live regions exist before any toast: text added to a region that was already in
          the page is what screen readers announce reliably. */}
      <div ref={politeRef} role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} />
      <div ref={assertiveRef} role="alert" aria-live="assertive" aria-atomic="true" style={visuallyHidden} />
      {/* aria-live="off": a host's modal (Radix, react-aria…) hides everything else with aria-hidden
          but skips [aria-live] elements, so the toasts stay reachable; "off" keeps the list itself
          silent, since the regions above announce. */}
      <section
        ref={regionRef}
        className={cn('toasts')}
        aria-label={formatLabel(labels.region, { hotkey: hotkeyLabel(hotkey) })}
        aria-live="off"
        tabIndex={-1}
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onFocus={(event) => {
          const from = event.relatedTarget;
          if (!from || !event.currentTarget.contains(from)) returnFocus.current = from ?? returnFocus.current;
          focusedInside.current = event.target;
          // Focus that a click put here pauses nothing: hovering already does, and a mouse user
          // never moves focus out again, so the toasts would never time out.
          setFocusWithin(lastInput.current !== 'pointer');
        }}
        onBlur={(event) => {
          const to = event.relatedTarget as Node | null;
          if (event.currentTarget.contains(to)) return;
          setFocusWithin(false);
          // Left for another element (not a window switch): it is no longer where to return.
          if (to) {
            focusedInside.current = null;
            returnFocus.current = null;
          }
        }}
      >
        {toasts.length > 0 ? (
          <ol className={cn('list')}>
            {toasts.map((entry) => (
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
                  paused={paused}
                  warn={warn}
                  onDismiss={dismiss}
                  renderToast={renderToast}
                />
              </KitBoundary>
            ))}
          </ol>
        ) : null}
        {queued > 0 ? <p className={cn('more')}>{formatLabel(labels.more, { count: queued })}</p> : null}
      </section>
    </div>,
    container,
  );
}

type InputKind = 'keyboard' | 'pointer';

/** The kind of the person's latest input, read when a toast is dismissed or focused. */
function useLastInput(): RefObject<InputKind | null> {
  const last = useRef<InputKind | null>(null);
  useEffect(() => {
    const onKey = () => (last.current = 'keyboard');
    const onPointer = () => (last.current = 'pointer');
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer, true);
    };
  }, []);
  return last;
}

/**
 * Gives focus back to the element it came from, if that is still a focusable element outside the
 * toasts; otherwise leaves it alone (never to the empty region or `<body>` on purpose).
 */
function restoreFocus(region: HTMLElement, target: { current: Element | null }): void {
  const element = target.current;
  target.current = null;
  if (!(element instanceof HTMLElement) || !element.isConnected || region.contains(element)) return;
  if (element === element.ownerDocument.body) return;
  element.focus();
}

/**
 * Writes new toasts, repeats and in-place updates into the polite and assertive regions. The
 * regions have no React children: writing their text directly costs no second commit per batch.
 */
function useAnnouncements(
  toasts: HMSErrorEntry[],
  copies: Map<string, HMSErrorCopy>,
  config: ResolvedUIConfig,
  politeRef: RefObject<HTMLDivElement | null>,
  assertiveRef: RefObject<HTMLDivElement | null>,
): void {
  const seen = useRef(new Map<string, { signature: string; count: number; at: number }>());
  const latest = useRef({ copies, config });
  latest.current = { copies, config };

  useEffect(() => {
    const { copies, config } = latest.current;
    const now = Date.now();
    const next = new Map<string, { signature: string; count: number; at: number }>();
    const polite: string[] = [];
    const assertive: string[] = [];
    for (const entry of toasts) {
      const signature = `${entry.kind}|${entry.catalogKey}`;
      const before = seen.current.get(entry.id);
      const fresh = !before || before.signature !== signature;
      const repeated = !fresh && before.count !== entry.count && now - before.at >= REPEAT_ANNOUNCE_INTERVAL_MS;
      next.set(entry.id, fresh || repeated ? { signature, count: entry.count, at: now } : before!);
      if (!fresh && !repeated) continue;
      const copy = copies.get(entry.id) ?? plainCopy(entry);
      let text = `${copy.title}. ${copy.message}`;
      if (entry.count > 1) text += ` (${formatLabel(config.labels.repeatCountText, { count: entry.count })})`;
      (copy.severity === 'error' ? assertive : polite).push(text);
    }
    seen.current = next;
    if (polite.length) announce(politeRef.current, polite.join(' '));
    if (assertive.length) announce(assertiveRef.current, assertive.join(' '));
  }, [toasts, politeRef, assertiveRef]);
}

/** Replaces the region's text with a new node, so that screen readers read it again. */
function announce(region: HTMLElement | null, text: string): void {
  if (!region) return;
  const node = region.ownerDocument.createElement('span');
  node.textContent = text;
  region.replaceChildren(node);
}

/** Shown for a toast that failed to render: its title as text and a working close button. */
function FallbackToast({ entry, config, onDismiss }: { entry: HMSErrorEntry; config: ResolvedUIConfig; onDismiss: (id: string) => void }) {
  let title = '';
  try {
    title = plainCopy(entry).title;
  } catch {
    // a malformed entry: the close button still works
  }
  return (
    <li className={config.cn('toast')} data-hmse-toast="" data-state="open" data-code={entry.code ?? undefined}>
      <div className={config.cn('toastBody')}>
        <p className={config.cn('toastTitle')} dir="auto">
          {title}
        </p>
      </div>
      <button
        type="button"
        className={config.cn('close')}
        data-hmse-close=""
        aria-label={formatLabel(config.labels.dismiss, { title })}
        onClick={() => onDismiss(entry.id)}
      >
        ×
      </button>
    </li>
  );
}
