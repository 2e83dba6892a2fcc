import { formatMessage, type HMSMessageValue } from '../core/copy/format';
import type { HMSErrorLabels } from '../core/copy/labels';
import { englishLabels } from '../core/copy/locale-en';

export type { HMSErrorLabels };

/** The English labels (the English locale's `labels`); another language comes with its locale. */
export const defaultLabels: Readonly<HMSErrorLabels> = englishLabels;

/**
 * Fills `{name}` placeholders and `{count, plural, …}` for the language `tag`; unknown
 * placeholders stay as written. Values are inserted literally.
 */
export function formatLabel(template: string, values: Record<string, HMSMessageValue>, tag = 'en'): string {
  return formatMessage(template, values, tag);
}
