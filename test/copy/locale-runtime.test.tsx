import { act, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorUI, getErrorCopy } from 'react-hms-errors';
import en from '../../src/locales/en';
import { formatMessage } from '../../src/core/copy/format';
import type { HMSLocale } from '../../src/core/copy/locale';

/**
 * A test locale: English with every text marked, so a text that did not switch is visible. The
 * shipped locales (en only so far) come from src/locales; this one exists only for the switch.
 */
function marked(tag: string, dir: 'ltr' | 'rtl', mark: string): HMSLocale {
  const map = (value: unknown): unknown => {
    if (typeof value === 'string') return `${mark} ${value}`;
    if (Array.isArray(value)) return value.map(map);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v)]));
    return value;
  };
  return { ...(map(en) as HMSLocale), tag, dir };
}

const rtl = marked('ar', 'rtl', '[ar]');

function App({ store, initial }: { store: ReturnType<typeof createHMSErrorStore>; initial: HMSLocale }) {
  const [locale, setLocale] = useState(initial);
  return (
    <HMSErrorProvider store={store} locale={locale}>
      <button type="button" onClick={() => setLocale(locale === en ? rtl : en)}>
        switch
      </button>
      <HMSErrorUI />
    </HMSErrorProvider>
  );
}

describe('locales', () => {
  describe('given a provider whose locale changes at run time', () => {
    it('re-renders every visible text and sets lang and dir on the roots', async () => {
      const store = createHMSErrorStore();
      render(<App store={store} initial={en} />);
      act(() => {
        store.report({ code: 3010, isTerminal: false });
      });
      expect(screen.getByText('No sound from your microphone')).toBeInTheDocument();
      const toastRoot = screen.getByText('No sound from your microphone').closest('[lang]')!;
      expect(toastRoot).toHaveAttribute('lang', 'en');
      expect(toastRoot).toHaveAttribute('dir', 'ltr');

      act(() => screen.getByRole('button', { name: 'switch' }).click());
      expect(screen.getByText('[ar] No sound from your microphone')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: '[ar] Dismiss: [ar] No sound from your microphone' })).toBeInTheDocument();
      const switched = screen.getByText('[ar] No sound from your microphone').closest('[lang]')!;
      expect(switched).toHaveAttribute('lang', 'ar');
      expect(switched).toHaveAttribute('dir', 'rtl');

      act(() => {
        store.report({ code: 1006, isTerminal: true });
      });
      const dialog = screen.getByRole('alertdialog');
      expect(within(dialog).getByRole('button', { name: '[ar] Go home' })).toBeInTheDocument();
      expect(dialog).toHaveTextContent('[ar] Go home, then join again in a moment.');
      expect(dialog.closest('[lang]')).toHaveAttribute('dir', 'rtl');
      act(() => screen.getByRole('button', { name: 'switch', hidden: true }).click());
      expect(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Go home' })).toBeInTheDocument();
      expect(screen.getByRole('alertdialog').closest('[lang]')).toHaveAttribute('lang', 'en');
    });
  });

  describe('given an incomplete locale', () => {
    it('shows English whole, never mixed field by field, and warns in development', () => {
      const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
      const partial = { ...rtl, tag: 'xx', labels: { goHome: 'Nach Hause' } } as unknown as HMSLocale;
      expect(getErrorCopy(3010, { locale: partial }).title).toBe('No sound from your microphone');
      expect(spy).toHaveBeenCalledWith(expect.stringContaining('"xx" is incomplete'));
      spy.mockRestore();
    });

    it('does not compile when a key is missing', () => {
      // @ts-expect-error: a locale without `diagnostics` is not an HMSLocale
      const missing: HMSLocale = { tag: 'xx', dir: 'ltr', catalog: en.catalog, labels: en.labels, devices: en.devices, someone: 'x', permissionSteps: en.permissionSteps, punctuation: en.punctuation };
      // @ts-expect-error: a catalog without 3001 is not complete
      const catalog: HMSLocale['catalog'] = { ...en.catalog, '3001': undefined };
      expect([missing, catalog]).toHaveLength(2);
    });
  });

  describe('plurals and numbers', () => {
    it('chooses the plural form with Intl.PluralRules: English one/other, Arabic dual, Russian few/many', () => {
      expect(formatMessage(en.labels.countdownStarted, { seconds: 1 }, 'en')).toMatch(/in 1 second\./);
      expect(formatMessage(en.labels.countdownStarted, { seconds: 5 }, 'en')).toMatch(/in 5 seconds\./);
      const ar = '{n, plural, zero {لا ثوانٍ} one {ثانية واحدة} two {ثانيتان} few {# ثوانٍ} many {# ثانية} other {# ثانية}}';
      expect(formatMessage(ar, { n: 2 }, 'ar')).toBe('ثانيتان');
      expect(formatMessage(ar, { n: 3 }, 'ar')).toBe(`${new Intl.NumberFormat('ar').format(3)} ثوانٍ`);
      const ru = '{n, plural, one {# секунда} few {# секунды} many {# секунд} other {# секунды}}';
      expect([1, 3, 5].map((n) => formatMessage(ru, { n }, 'ru'))).toEqual(['1 секунда', '3 секунды', '5 секунд']);
      expect(formatMessage('{n} ms', { n: 12000 }, 'en')).toBe('12,000 ms');
    });

    it('fills grammatical forms of a device: {device:form}', () => {
      const de = { default: 'Kamera', your: 'Ihre Kamera' };
      expect(formatMessage('{device:your} ist blockiert ({device})', { device: de }, 'de')).toBe('Ihre Kamera ist blockiert (Kamera)');
    });
  });
});
