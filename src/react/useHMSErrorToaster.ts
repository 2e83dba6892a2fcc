import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type RefObject,
} from 'react';
import { useStore } from 'zustand';
import type { HMSErrorStore } from '../core/store';
import type { HMSErrorEntry } from '../core/types';
import { useHMSErrorStore } from './context';

/** What a toast's removal came from: it decides where focus goes next. */
export type HMSToastDismissVia = 'keyboard' | 'pointer';

/** Why the timers stand still. The built-in reasons; `pause(reason)` takes any other string. */
export type HMSToastPauseReason = 'hover' | 'focus' | 'window-blurred' | 'tab-hidden' | (string & {});

export interface UseHMSErrorToasterOptions {
  /** A store to read instead of the nearest `HMSErrorProvider`'s. */
  store?: HMSErrorStore;
  /**
   * Moves focus to the toasts: a key (`'F8'`) or a combination (`'Alt+KeyT'`, `'Ctrl+Shift+N'`),
   * matched against `KeyboardEvent.key` or `.code`. `null` turns it off.
   * @defaultValue `'F8'`
   */
  hotkey?: string | null;
  /**
   * How long a toast stays, in ms of unpaused time; `null` keeps it until it is dismissed.
   * Read on every render, so it may depend on props (e.g. `null` for a toast with an action).
   * @defaultValue `(entry) => entry.duration`
   */
  duration?: (entry: HMSErrorEntry) => number | null;
  /**
   * Escape dismisses the newest toast from anywhere on the page, when nothing else handled it
   * (a menu, a host's dialog and the kit's own dialog call `preventDefault()`) and focus is not in
   * a text field (typing in the chat and pressing Escape leaves the toasts alone).
   * @defaultValue `true`
   */
  dismissOnEscape?: boolean;
  /**
   * F6 (and Shift+F6) cycles through the page's landmarks (main, navigation, regions with a name…)
   * and the toasts, in document order, as React Aria's landmark navigation does; coming back to a
   * landmark returns to where focus last was in it. On a page without landmarks it moves between
   * the page and the toasts. Left alone when another handler called `preventDefault()`.
   * @defaultValue `true`
   */
  landmarkKey?: boolean;
}

/** Handlers for the element that holds the toasts, to attach one by one. */
export interface HMSErrorToasterHandlers {
  /** Stops every timer until `resume(reason)` is called with the same reason. */
  pause: (reason: HMSToastPauseReason) => void;
  /** Lifts one pause; the timers run again, with the time they had left, once none is left. */
  resume: (reason: HMSToastPauseReason) => void;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  /** React's `onFocus` bubbles like `focusin`: attach it to the container. */
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  /** React's `onBlur` bubbles like `focusout`: attach it to the container. */
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/** `T`: the container's element type (`useHMSErrorToaster<HTMLOListElement>()` for an `<ol>`). */
export interface HMSErrorToaster<T extends HTMLElement = HTMLElement> {
  /** The visible toasts, oldest first. */
  toasts: HMSErrorEntry[];
  /** How many more wait for a free slot ("+2 more"). */
  queued: number;
  /** Whether a terminal error is shown (the dialog's), so the toasts can step back. */
  terminal: boolean;
  /** Whether the timers stand still. */
  paused: boolean;
  /** Why, e.g. `['hover']`. */
  pausedBy: readonly HMSToastPauseReason[];
  handlers: HMSErrorToasterHandlers;
  /**
   * Everything the container needs, to spread on it: its ref (for the hotkey and focus), a
   * `tabIndex` of -1 so it can take focus, and the handlers. Mark each toast's element with
   * `data-hmse-toast` (and its close button with `data-hmse-close`) so that a keyboard dismissal
   * moves focus to the next toast.
   */
  containerProps: {
    ref: RefObject<T | null>;
    tabIndex: -1;
    onPointerEnter: () => void;
    onPointerLeave: () => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
  /**
   * Removes a toast. From the keyboard (`via`, else the person's latest input), focus moves to
   * the next toast; otherwise it stays where it is, or goes back to where it was before the
   * toasts if it was inside the removed one.
   */
  dismiss: (id: string, via?: HMSToastDismissVia) => void;
  /** Removes every toast and empties the queue. */
  dismissAll: () => void;
  /** What the hotkey does: moves focus to the container, remembering where it was. */
  focus: () => void;
  /** The hotkey for display: `'Alt+KeyT'` → `'Alt+T'`; `''` when there is none. */
  hotkeyLabel: string;
}

/**
 * The toasts' behaviour without their markup, in the spirit of react-hot-toast's `useToaster()`:
 * the visible entries, per-toast timers that pause while the toasts are hovered or hold keyboard
 * focus, while the window is blurred or the tab hidden (and resume with the time left), a hotkey
 * that moves focus to them, and focus given back after the last one. `HMSErrorToasts` renders it.
 *
 * @example
 * const { toasts, containerProps, dismiss } = useHMSErrorToaster();
 * return (
 *   <section aria-label="Notifications" {...containerProps}>
 *     {toasts.map((t) => (
 *       <div key={t.id} data-hmse-toast="">
 *         {getErrorCopy(t).title} <button data-hmse-close="" onClick={() => dismiss(t.id)}>Dismiss</button>
 *       </div>
 *     ))}
 *   </section>
 * );
 */
export function useHMSErrorToaster<T extends HTMLElement = HTMLElement>(options: UseHMSErrorToasterOptions = {}): HMSErrorToaster<T> {
  const store = useHMSErrorStore(options.store);
  const hotkey = options.hotkey === undefined ? 'F8' : options.hotkey;
  const toasts = useStore(store, (s) => s.toasts);
  const queued = useStore(store, (s) => s.queue.length);
  const terminal = useStore(store, (s) => s.terminal !== null);

  const [pausedBy, setPausedBy] = useState<readonly HMSToastPauseReason[]>([]);
  const pause = useCallback((reason: HMSToastPauseReason) => {
    setPausedBy((reasons) => (reasons.includes(reason) ? reasons : [...reasons, reason]));
  }, []);
  const resume = useCallback((reason: HMSToastPauseReason) => {
    setPausedBy((reasons) => (reasons.includes(reason) ? reasons.filter((r) => r !== reason) : reasons));
  }, []);
  const paused = pausedBy.length > 0;

  usePageActivity(pause, resume);
  useTimers(store, toasts, options.duration ?? entryDuration, paused);

  const container = useRef<T | null>(null);
  const lastInput = useLastInput();
  /** Where focus was before it entered the toasts (hotkey, Tab or click), to give it back. */
  const returnFocus = useRef<Element | null>(null);
  /** The element inside the toasts that last had focus: if it is removed, focus fell with it. */
  const focusedInside = useRef<Element | null>(null);
  /** Set by a keyboard dismissal from inside the toasts: the position focus should move to. */
  const focusAfterDismiss = useRef<number | null>(null);
  const latestToasts = useRef(toasts);
  latestToasts.current = toasts;

  const focus = useCallback(() => {
    const element = container.current;
    if (!element) return;
    const active = element.ownerDocument.activeElement;
    if (!element.contains(active)) returnFocus.current = active;
    element.focus();
  }, []);

  useEffect(() => {
    if (!hotkey) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesHotkey(event, hotkey) || !container.current || latestToasts.current.length === 0) return;
      event.preventDefault();
      focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hotkey, focus]);

  const landmarkKey = options.landmarkKey ?? true;
  /** Where focus last was inside each landmark, to go back there when F6 comes round again. */
  const lastInLandmark = useRef(new WeakMap<Element, HTMLElement>());
  useEffect(() => {
    if (!landmarkKey) return;
    const onFocusIn = (event: Event) => {
      const target = event.target;
      const landmark = target instanceof HTMLElement ? target.parentElement?.closest(LANDMARKS) : null;
      if (landmark && target !== landmark) lastInLandmark.current.set(landmark, target as HTMLElement);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const element = container.current;
      if (event.key !== 'F6' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!element || latestToasts.current.length === 0) return;
      const doc = element.ownerDocument;
      const active = doc.activeElement;
      // The page's landmarks and the toasts, in document order, as React Aria's F6 cycles them.
      const landmarks = [...doc.querySelectorAll<HTMLElement>(LANDMARKS)].filter((l) => !element.contains(l) && isLandmark(l));
      landmarks.push(element);
      landmarks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      if (landmarks.length === 1) {
        // No other landmark: between the page and the toasts.
        if (!element.contains(active)) {
          event.preventDefault();
          focus();
          return;
        }
        const back = returnFocus.current;
        if (back instanceof HTMLElement && back.isConnected && back !== doc.body) {
          event.preventDefault();
          restoreFocus(element, returnFocus);
        }
        return;
      }
      const current = element.contains(active) ? element : landmarks.filter((l) => l.contains(active)).pop();
      let index: number;
      if (current) {
        index = landmarks.indexOf(current) + (event.shiftKey ? -1 : 1);
      } else {
        // Focus outside every landmark: the next one after it in the document.
        const after = active ? landmarks.findIndex((l) => active.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_FOLLOWING) : -1;
        index = event.shiftKey ? (after < 0 ? landmarks.length : after) - 1 : Math.max(0, after);
      }
      const next = landmarks[(index + landmarks.length) % landmarks.length]!;
      event.preventDefault();
      if (next === element) {
        focus();
        return;
      }
      const remembered = lastInLandmark.current.get(next);
      if (remembered?.isConnected && next.contains(remembered)) {
        remembered.focus();
        return;
      }
      // The landmark itself, focusable for the moment, as React Aria does.
      if (!next.hasAttribute('tabindex')) {
        next.setAttribute('tabindex', '-1');
        next.addEventListener('blur', () => next.removeAttribute('tabindex'), { once: true });
      }
      next.focus();
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [landmarkKey, focus]);

  const dismissOnEscape = options.dismissOnEscape ?? true;
  const latestTerminal = useRef(terminal);
  latestTerminal.current = terminal;
  useEffect(() => {
    if (!dismissOnEscape) return;
    // Bubble phase on the document: every handler closer to the target, and Radix's dismissable
    // layers (capture phase), have had their turn and would have called preventDefault().
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing || latestTerminal.current) return;
      // Escape in a text field belongs to the field (clearing a chat message, leaving a search):
      // it must not silently take an error off the screen.
      // The element really typed in: inside a web component (a chat widget's shadow root) the
      // event's target is the component's host, the first step of its path is the field.
      if (isTextEntry(event.composedPath?.()[0] ?? event.target)) return;
      const newest = latestToasts.current[latestToasts.current.length - 1];
      if (!newest) return;
      event.preventDefault();
      dismissRef.current(newest.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dismissOnEscape]);

  // The pointer leaving the container, heard natively as well as through React: when the toast
  // under the pointer is removed, Chrome sends the next move's pointerout to the removed node,
  // which React (listening at its root) never sees, so its onPointerLeave never comes and the
  // other toasts' timers would stay paused. The native pointerleave on the container still fires.
  const leaveTarget = useRef<T | null>(null);
  const leaveListener = useRef(() => resume('hover'));
  useLayoutEffect(() => {
    const element = container.current;
    if (element === leaveTarget.current) return;
    leaveTarget.current?.removeEventListener('pointerleave', leaveListener.current);
    element?.addEventListener('pointerleave', leaveListener.current);
    leaveTarget.current = element;
  });
  useEffect(() => () => leaveTarget.current?.removeEventListener('pointerleave', leaveListener.current), []);

  const focusPaused = pausedBy.includes('focus');
  const hoverPaused = pausedBy.includes('hover');
  useLayoutEffect(() => {
    const element = container.current;
    const index = focusAfterDismiss.current;
    focusAfterDismiss.current = null;
    if (!element) return;
    const active = element.ownerDocument.activeElement;
    const lost = focusedInside.current !== null && !focusedInside.current.isConnected && !element.contains(active);
    if (index !== null) {
      const items = element.querySelectorAll<HTMLElement>('[data-hmse-toast]');
      const next = items[Math.min(index, items.length - 1)];
      const target = next?.querySelector<HTMLElement>('[data-hmse-close]') ?? next?.querySelector<HTMLElement>(FOCUSABLE);
      if (target) target.focus();
      else restoreFocus(element, returnFocus);
    } else if (lost || (toasts.length === 0 && active === element)) {
      // Removed by a pointer, the app or a timer: back to where the person came from, never to the
      // next toast (a mouse user would not see focus move, and it would hold every timer).
      restoreFocus(element, returnFocus);
    }
    const inside = element.contains(element.ownerDocument.activeElement);
    if (!inside) focusedInside.current = null;
    // A toast that disappears under the pointer or with focus fires no leave or blur event in
    // some browsers; without this the next toast would never time out.
    if (focusPaused && !inside) resume('focus');
    if (hoverPaused && toasts.length === 0) resume('hover');
  }, [toasts, focusPaused, hoverPaused, resume]);

  const dismiss = useCallback(
    (id: string, via?: HMSToastDismissVia) => {
      const element = container.current;
      if (element?.contains(element.ownerDocument.activeElement) && (via ?? lastInput.current) === 'keyboard') {
        focusAfterDismiss.current = Math.max(0, latestToasts.current.findIndex((t) => t.id === id));
      }
      store.dismiss(id);
    },
    [store, lastInput],
  );
  const dismissRef = useRef(dismiss);
  dismissRef.current = dismiss;
  const dismissAll = useCallback(() => store.dismissAll(), [store]);

  const handlers = useMemo<HMSErrorToasterHandlers>(() => {
    const enter = () => pause('hover');
    const leave = () => resume('hover');
    return {
      pause,
      resume,
      onMouseEnter: enter,
      onMouseLeave: leave,
      onPointerEnter: enter,
      onPointerLeave: leave,
      onFocus: (event) => {
        const from = event.relatedTarget;
        if (!from || !event.currentTarget.contains(from)) returnFocus.current = from ?? returnFocus.current;
        focusedInside.current = event.target;
        // Focus a click put here holds nothing: hovering already does, and a mouse user never
        // moves focus out again, so the toasts would never time out.
        if (lastInput.current === 'pointer') resume('focus');
        else pause('focus');
      },
      onBlur: (event) => {
        const to = event.relatedTarget;
        if (event.currentTarget.contains(to)) return;
        resume('focus');
        // Left for another element (not for another window): no longer where to come back to.
        if (to) {
          focusedInside.current = null;
          returnFocus.current = null;
        }
      },
    };
  }, [pause, resume, lastInput]);

  const containerProps = useMemo(
    () => ({
      ref: container,
      tabIndex: -1 as const,
      onPointerEnter: handlers.onPointerEnter,
      onPointerLeave: handlers.onPointerLeave,
      onFocus: handlers.onFocus,
      onBlur: handlers.onBlur,
    }),
    [handlers],
  );

  return {
    toasts,
    queued,
    terminal,
    paused,
    pausedBy,
    handlers,
    containerProps,
    dismiss,
    dismissAll,
    focus,
    hotkeyLabel: hotkey ? hotkeyLabel(hotkey) : '',
  };
}

const entryDuration = (entry: HMSErrorEntry) => entry.duration;

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

interface TimerRecord {
  /** Duration, grouped count and kind: a change starts the full duration again. */
  key: string;
  left: number;
  startedAt: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * One timer per toast with a duration. Pausing keeps the time left; a new count (a grouped
 * repeat) or kind (reconnecting → reconnected) starts the full duration again. Under StrictMode's
 * unmount and remount, the cleanup pauses and the remount resumes with the same time left.
 */
function useTimers(
  store: HMSErrorStore,
  toasts: HMSErrorEntry[],
  durationOf: (entry: HMSErrorEntry) => number | null,
  paused: boolean,
): void {
  const records = useRef(new Map<string, TimerRecord>());
  const plan = toasts.map((entry) => {
    const duration = durationOf(entry);
    const valid = typeof duration === 'number' && Number.isFinite(duration) && duration >= 0 ? duration : null;
    return { id: entry.id, duration: valid, key: `${valid}|${entry.count}|${entry.kind}` };
  });
  const signature = plan.map((p) => `${p.id}:${p.key}`).join(',');
  const latestPlan = useRef(plan);
  latestPlan.current = plan;

  useEffect(() => {
    const map = records.current;
    const live = new Set<string>();
    for (const { id, duration, key } of latestPlan.current) {
      live.add(id);
      let record = map.get(id);
      if (!record || record.key !== key) {
        record = { key, left: duration ?? 0, startedAt: 0, timer: null };
        map.set(id, record);
      }
      if (duration === null || paused) continue;
      const started = record;
      started.startedAt = Date.now();
      started.timer = setTimeout(() => {
        started.timer = null;
        started.left = 0;
        store.dismiss(id);
      }, Math.max(0, started.left));
    }
    for (const id of map.keys()) if (!live.has(id)) map.delete(id);
    return () => {
      const now = Date.now();
      for (const record of map.values()) {
        if (record.timer === null) continue;
        clearTimeout(record.timer);
        record.timer = null;
        record.left -= now - record.startedAt;
      }
    };
  }, [store, signature, paused]);
}

/** Pauses while the window is blurred or the tab hidden. */
function usePageActivity(pause: (reason: HMSToastPauseReason) => void, resume: (reason: HMSToastPauseReason) => void): void {
  useEffect(() => {
    const onBlur = () => pause('window-blurred');
    const onFocus = () => resume('window-blurred');
    const onVisibility = () => (document.visibilityState === 'hidden' ? pause('tab-hidden') : resume('tab-hidden'));
    // Only a hidden tab changes anything at mount: a no-op state update here would cost the next
    // store change a second, empty React commit.
    if (document.visibilityState === 'hidden') pause('tab-hidden');
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [pause, resume]);
}

/** The kind of the person's latest input, read when a toast is dismissed or focused. */
function useLastInput(): { readonly current: HMSToastDismissVia | null } {
  const last = useRef<HMSToastDismissVia | null>(null);
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
 * Gives focus back to the element it came from, if that is still an element outside the toasts
 * that takes focus; otherwise leaves it alone (never to the empty container or `<body>` on purpose).
 */
function restoreFocus(container: HTMLElement, target: { current: Element | null }): void {
  const element = target.current;
  target.current = null;
  if (!(element instanceof HTMLElement) || !element.isConnected || container.contains(element)) return;
  if (element === element.ownerDocument.body) return;
  element.focus();
}

/** Landmark elements F6 moves between (ARIA landmark roles and their HTML elements). */
const LANDMARKS =
  'main, nav, aside, header, footer, search, [role="main"], [role="navigation"], [role="complementary"], [role="banner"], ' +
  '[role="contentinfo"], [role="search"], [role="form"], [role="region"][aria-label], [role="region"][aria-labelledby], ' +
  'section[aria-label], section[aria-labelledby], form[aria-label], form[aria-labelledby]';

/** A landmark a person can go to: not hidden, and a header/footer only at the page's level. */
function isLandmark(element: HTMLElement): boolean {
  if (element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
  const tag = element.tagName;
  if ((tag === 'HEADER' || tag === 'FOOTER') && !element.hasAttribute('role')) {
    return !element.parentElement?.closest('article, aside, main, nav, section');
  }
  return true;
}

/** Parses `'F8'`, `'Alt+KeyT'`, `'Ctrl+Shift+n'`… and tells whether a key event matches it. */
function matchesHotkey(event: KeyboardEvent, hotkey: string): boolean {
  const parts = hotkey.split('+').map((p) => p.trim()).filter(Boolean);
  const key = parts.pop();
  if (!key) return false;
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  if (
    event.altKey !== mods.has('alt') ||
    event.ctrlKey !== (mods.has('ctrl') || mods.has('control')) ||
    event.shiftKey !== mods.has('shift') ||
    event.metaKey !== (mods.has('meta') || mods.has('cmd'))
  ) {
    return false;
  }
  const wanted = key.toLowerCase();
  return event.key?.toLowerCase() === wanted || event.code?.toLowerCase() === wanted;
}

/** `'Alt+KeyT'` → `'Alt+T'`, for the region's name. */
function hotkeyLabel(hotkey: string): string {
  return hotkey.replace(/\bKey([A-Z])\b/g, '$1').replace(/\bDigit(\d)\b/g, '$1');
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton']);

/** Whether keys typed at `target` edit text: a text input, a textarea, a select, editable content or a text role. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).getAttribute !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  // `.type`, not the attribute: an unknown or upper-case type is a text field too.
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((element as HTMLInputElement).type);
  return TEXT_ROLES.has(element.getAttribute('role') ?? '');
}
