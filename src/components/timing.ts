import type { HMSErrorCopy } from '../core/types';

/** Text the store's durations already leave time for (about two short sentences). */
const INCLUDED_CHARACTERS = 90;
/** A slow reader's pace, about 15 characters a second. */
const MS_PER_EXTRA_CHARACTER = 66;

/**
 * A toast's duration with time to read it (WCAG 2.2.1): the store's duration for its severity,
 * plus reading time for text past ~90 characters (a long translation, a long device name).
 * `null` (stays until dismissed) stays `null`.
 */
export function readingDuration(duration: number | null, copy: Pick<HMSErrorCopy, 'title' | 'hint'>): number | null {
  if (duration === null) return null;
  const length = copy.title.length + (copy.hint ? copy.hint.length : 0);
  return duration + Math.max(0, length - INCLUDED_CHARACTERS) * MS_PER_EXTRA_CHARACTER;
}
