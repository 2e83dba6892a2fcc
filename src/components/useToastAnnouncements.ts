import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { HMSOfferedAction } from '../core/copy/getErrorCopy';
import type { HMSErrorCopy, HMSErrorEntry } from '../core/types';
import { announcementText, plainCopy, type ResolvedUIConfig } from './config';
import { formatLabel } from './labels';

/**
 * A toast that keeps repeating (an error storm) is announced again at most this often, briefly
 * ("Still happening, 12 times"), and so is the number waiting: reading each change would drown
 * the person in noise.
 */
export const REPEAT_ANNOUNCE_INTERVAL_MS = 10_000;

/**
 * Announced text is removed after this long: a screen reader user who walks the page later
 * must not find an old message in the live region (and re-reading a region reads stale text).
 */
export const ANNOUNCEMENT_CLEAR_MS = 5000;

interface Seen {
  signature: string;
  count: number;
  at: number;
}

/**
 * Writes new toasts, storms and the queue into the polite and assertive regions (WCAG 4.1.3):
 * - a new toast (or an in-place update): its title and hint, plus "Press F8 to respond." when it
 *   has a button; errors assertively, the rest politely;
 * - a toast that repeats: "<title>. Still happening, 12 times", politely, at most every 10 s;
 * - more toasts waiting: "3 more notifications waiting", politely, at most every 10 s;
 * - nothing while the terminal dialog is open, and the regions emptied before it opens;
 * - every text cleared after ~5 s.
 * The regions have no React children: writing their text directly costs no second commit.
 */
export function useToastAnnouncements({
  toasts,
  queued,
  terminal,
  copies,
  offers,
  config,
  hotkeyLabel,
  politeRef,
  assertiveRef,
}: {
  toasts: HMSErrorEntry[];
  queued: number;
  terminal: boolean;
  copies: Map<string, HMSErrorCopy>;
  /** Each toast's buttons (the app's and the SDK actions'): a toast with one can be responded to. */
  offers: Map<string, readonly HMSOfferedAction[]>;
  config: ResolvedUIConfig;
  hotkeyLabel: string;
  politeRef: RefObject<HTMLDivElement | null>;
  assertiveRef: RefObject<HTMLDivElement | null>;
}): void {
  const seen = useRef(new Map<string, Seen>());
  const queue = useRef({ count: 0, at: -Infinity });
  const latest = useRef({ copies, offers, config, hotkeyLabel });
  latest.current = { copies, offers, config, hotkeyLabel };
  const clearTimers = useRef(new Map<HTMLElement, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const timers = clearTimers.current;
    return () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    };
  }, []);

  // Before the dialog paints: a toast's words must not be read over the dialog's.
  useLayoutEffect(() => {
    if (!terminal) return;
    for (const region of [politeRef.current, assertiveRef.current]) if (region) write(region, '', clearTimers.current);
  }, [terminal, politeRef, assertiveRef]);

  useEffect(() => {
    if (terminal) return;
    const { copies, offers, config, hotkeyLabel } = latest.current;
    const { labels, locale } = config;
    const now = Date.now();
    const next = new Map<string, Seen>();
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
      if (repeated) {
        const title = copy.title.replace(/[.。!?！？]\s*$/, '');
        polite.push(`${title}${locale.punctuation.sentence}${formatLabel(labels.stillHappening, { count: entry.count }, locale.tag)}`);
        continue;
      }
      // Title and what to do: the person hears the action part, not a restated message.
      let text = announcementText(copy, locale);
      if (entry.count > 1) text += ` (${formatLabel(labels.repeatCountText, { count: entry.count }, locale.tag)})`;
      if (hotkeyLabel && (offers.get(entry.id)?.length ?? 0) > 0) {
        text += ` ${formatLabel(labels.respond, { hotkey: hotkeyLabel }, locale.tag)}`;
      }
      (copy.severity === 'error' ? assertive : polite).push(text);
    }
    seen.current = next;
    if (queued > queue.current.count && now - queue.current.at >= REPEAT_ANNOUNCE_INTERVAL_MS) {
      polite.push(formatLabel(labels.moreText, { count: queued }, locale.tag));
      queue.current = { count: queued, at: now };
    } else if (toasts.length === 0 && queued === 0) {
      // Everything gone (dismissed, `dismissAll()`, `reset()`): the next wait is news at once.
      queue.current = { count: 0, at: -Infinity };
    } else if (queued < queue.current.count) {
      // Fewer waiting: a later rise is news again, but not before the interval.
      queue.current = { ...queue.current, count: queued };
    }
    if (polite.length && politeRef.current) write(politeRef.current, polite.join(' '), clearTimers.current);
    if (assertive.length && assertiveRef.current) write(assertiveRef.current, assertive.join(' '), clearTimers.current);
  }, [toasts, queued, terminal, politeRef, assertiveRef]);
}

/**
 * Replaces the region's text with a new node, so that screen readers read it again, and empties
 * it after ANNOUNCEMENT_CLEAR_MS; `''` empties it now.
 */
function write(region: HTMLElement, text: string, timers: Map<HTMLElement, ReturnType<typeof setTimeout>>): void {
  const pending = timers.get(region);
  if (pending !== undefined) clearTimeout(pending);
  timers.delete(region);
  if (!text) {
    region.replaceChildren();
    return;
  }
  const node = region.ownerDocument.createElement('span');
  node.textContent = text;
  region.replaceChildren(node);
  timers.set(
    region,
    setTimeout(() => {
      timers.delete(region);
      region.replaceChildren();
    }, ANNOUNCEMENT_CLEAR_MS),
  );
}
