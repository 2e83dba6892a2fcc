import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHMSErrorStore,
  getErrorCopy,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSErrorLabels,
  type GetErrorCopyOptions,
} from 'react-hms-errors';
import { errors, invalidLink, setup, stubLocation } from './helpers';

const toastItems = () => Array.from(document.querySelectorAll<HTMLElement>('[data-hmse-toast]'));

/** A small French catalog: two entries; everything else falls back to English. */
const fr: GetErrorCopyOptions['catalog'] = {
  '40101': {
    title: "Ce lien n'est pas valide",
    message: "Votre invitation n'a pas pu être vérifiée.",
    hint: "Demandez un nouveau lien à l'organisateur.",
  },
  '3006': {
    title: 'Impossible de démarrer la vidéo',
    message: 'Un problème de réglages empêche la caméra de démarrer.',
    hint: 'Réessayez dans un instant.',
  },
};

const frLabels: Partial<HMSErrorLabels> = {
  goHome: "Retour à l'accueil",
  copyDetails: 'Copier les détails',
  errorCode: 'Erreur {code}',
  region: 'Notifications ({hotkey})',
  dismiss: 'Fermer : {title}',
  repeatCount: '×{count}',
  repeatCountText: '{count} fois',
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('HMSErrorUI', () => {
  describe('routing', () => {
    it('shows a non-terminal error as a toast and opens no dialog', () => {
      const { report } = setup(<HMSErrorUI />);
      report(errors.screenShareFailed);
      expect(toastItems()).toHaveLength(1);
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    });

    it('shows a terminal error in the dialog, not as a toast, and clears pending toasts', () => {
      const { report } = setup(<HMSErrorUI />, { maxVisibleToasts: 1 });
      report(errors.screenShareFailed);
      report(errors.noAudio);
      expect(toastItems()).toHaveLength(1);
      expect(screen.getByText('+1 more')).toBeInTheDocument();
      report(invalidLink);
      expect(screen.getByRole('alertdialog', { name: "Couldn't verify your invite" })).toBeInTheDocument();
      expect(toastItems()).toHaveLength(0);
      expect(screen.queryByText('+1 more')).not.toBeInTheDocument();
    });

    it('follows the store’s per-code route override', () => {
      const { report } = setup(<HMSErrorUI />, { routes: { 3006: 'dialog', 40101: 'silent' } });
      report(invalidLink);
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      report(errors.screenShareFailed);
      expect(screen.getByRole('alertdialog', { name: "Can't start your video" })).toBeInTheDocument();
    });
  });

  describe('overrides', () => {
    it('replaces any label', () => {
      const { report } = setup(
        <HMSErrorUI labels={{ goHome: 'Leave', errorCode: 'Code {code}', dismiss: 'Close {title}', region: 'Alerts ({hotkey})' }} />,
      );
      report(errors.screenShareFailed);
      expect(screen.getByRole('region', { name: 'Alerts (F8)' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: "Close Can't start your video" })).toBeInTheDocument();
      report(invalidLink);
      expect(screen.getByRole('button', { name: 'Leave' })).toHaveFocus();
      expect(screen.getByText('Code 40101')).toBeInTheDocument();
    });

    it('replaces the copy of one code at render', () => {
      const { report } = setup(
        <HMSErrorUI copy={{ 40101: { title: 'Your invite expired', hint: 'Open the latest email from us.' } }} />,
      );
      report(invalidLink);
      const dialog = screen.getByRole('alertdialog', { name: 'Your invite expired' });
      expect(dialog).toHaveAccessibleDescription(/Open the latest email from us\./);
    });

    it('applies a copy override given as a function of the error', () => {
      const { report } = setup(
        <HMSErrorUI copy={{ 3006: (error, defaults) => ({ title: `${defaults.title} (${error.name})` }) }} />,
      );
      report(errors.screenShareFailed);
      expect(screen.getByText("Can't start your video (TrackError)")).toBeInTheDocument();
    });
  });

  describe('given a French catalog and labels', () => {
    it('shows the translated copy and labels in the dialog', () => {
      const { report } = setup(<HMSErrorUI catalog={fr} labels={frLabels} />);
      report(invalidLink);
      const dialog = screen.getByRole('alertdialog', { name: "Ce lien n'est pas valide" });
      expect(dialog).toHaveAccessibleDescription(/Votre invitation n'a pas pu être vérifiée\./);
      expect(within(dialog).getByRole('button', { name: "Retour à l'accueil" })).toBeInTheDocument();
      expect(within(dialog).getByText('Erreur 40101')).toBeInTheDocument();
    });

    it('translates toasts, their close buttons and repeat counts', () => {
      const { report } = setup(<HMSErrorUI catalog={fr} labels={frLabels} />);
      report(errors.screenShareFailed);
      report(errors.screenShareFailed);
      const [toast] = toastItems();
      expect(within(toast).getByText('Impossible de démarrer la vidéo')).toBeInTheDocument();
      expect(toast).toHaveTextContent('(2 fois)');
      expect(screen.getByRole('button', { name: 'Fermer : Impossible de démarrer la vidéo' })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent('Impossible de démarrer la vidéo.');
    });

    it('falls back to English for codes the catalog lacks', () => {
      const { report } = setup(<HMSErrorUI catalog={fr} labels={frLabels} />);
      report(errors.noAudio);
      const [toast] = toastItems();
      expect(within(toast).getByText(getErrorCopy(3010).title)).toBeInTheDocument();
    });
  });

  describe('one configuration for both parts', () => {
    it('passes homeHref, labels and theme given to HMSErrorUI to the dialog and the toasts', async () => {
      const assign = stubLocation();
      const store = createHMSErrorStore();
      render(
        <HMSErrorProvider store={store}>
          <HMSErrorUI homeHref="/lobby" labels={{ goHome: 'Back', dismiss: 'Close {title}' }} theme={{ accent: '#123456' }} />
        </HMSErrorProvider>,
      );
      act(() => {
        store.report(errors.deviceInUse);
      });
      const toast = screen.getByRole('button', { name: /^Close / });
      expect(toast.closest<HTMLElement>('.hmse-root')!.style.getPropertyValue('--hmse-accent')).toBe('#123456');
      act(() => {
        store.report(invalidLink);
      });
      const goHome = screen.getByRole('button', { name: 'Back' });
      expect(goHome.closest<HTMLElement>('.hmse-root')!.style.getPropertyValue('--hmse-accent')).toBe('#123456');
      act(() => goHome.click());
      expect(assign).toHaveBeenCalledWith('/lobby');
    });
  });

  describe('theme props', () => {
    it('set --hmse-* custom properties on the kit’s own roots only', () => {
      const { report } = setup(
        <HMSErrorUI
          theme={{ accent: '#ff0066', surface: '#fafafa', radius: 4, spacing: '6px', font: 'Georgia, serif', zIndex: 50 }}
        />,
      );
      report(errors.screenShareFailed);
      const toastRoot = toastItems()[0].closest<HTMLElement>('.hmse-root')!;
      expect(toastRoot.style.getPropertyValue('--hmse-accent')).toBe('#ff0066');
      expect(toastRoot.style.getPropertyValue('--hmse-surface')).toBe('#fafafa');
      expect(toastRoot.style.getPropertyValue('--hmse-radius')).toBe('4px');
      expect(toastRoot.style.getPropertyValue('--hmse-spacing')).toBe('6px');
      expect(toastRoot.style.getPropertyValue('--hmse-font')).toBe('Georgia, serif');
      expect(toastRoot.style.getPropertyValue('--hmse-z-index')).toBe('50');

      report(invalidLink);
      const dialogRoot = screen.getByRole('alertdialog').closest<HTMLElement>('.hmse-root')!;
      expect(dialogRoot.style.getPropertyValue('--hmse-accent')).toBe('#ff0066');

      expect(document.documentElement.getAttribute('style') ?? '').not.toContain('--hmse');
      expect(document.body.getAttribute('style') ?? '').not.toContain('--hmse');
    });

    it('choose readable text and a visible focus ring for a custom accent in the active scheme', () => {
      const { report } = setup(<HMSErrorUI colorScheme="dark" theme={{ accent: '#6d28d9' }} />);
      report(errors.screenShareFailed);
      const toastRoot = toastItems()[0].closest<HTMLElement>('.hmse-root')!;
      // Not the dark palette's #0d1117 (2.7:1 on this violet): white, 7.1:1.
      expect(toastRoot.style.getPropertyValue('--hmse-accent-text')).toBe('#ffffff');
      // The violet is 2.3:1 on the dark surface: the ring takes the text colour.
      expect(toastRoot.style.getPropertyValue('--hmse-focus-ring')).toBe('var(--hmse-text)');
      report(invalidLink);
      const dialogRoot = screen.getByRole('alertdialog').closest<HTMLElement>('.hmse-root')!;
      expect(dialogRoot.style.getPropertyValue('--hmse-accent-text')).toBe('#ffffff');
    });

    it('keep the accent focus ring for a custom accent that reads on the light surface', () => {
      const { report } = setup(<HMSErrorUI theme={{ accent: '#6d28d9' }} colorScheme="light" />);
      report(errors.screenShareFailed);
      const toastRoot = toastItems()[0].closest<HTMLElement>('.hmse-root')!;
      expect(toastRoot.style.getPropertyValue('--hmse-accent-text')).toBe('#ffffff');
      expect(toastRoot.style.getPropertyValue('--hmse-focus-ring')).toBe('');
    });

    it('set data-color-scheme on the roots', () => {
      const { report } = setup(<HMSErrorUI colorScheme="dark" />);
      report(errors.screenShareFailed);
      expect(toastItems()[0].closest('.hmse-root')).toHaveAttribute('data-color-scheme', 'dark');
      report(invalidLink);
      expect(screen.getByRole('alertdialog').closest('.hmse-root')).toHaveAttribute('data-color-scheme', 'dark');
    });

    it("default to the system's scheme (issue 12)", () => {
      const { report } = setup(<HMSErrorUI />);
      report(errors.screenShareFailed);
      expect(toastItems()[0].closest('.hmse-root')).toHaveAttribute('data-color-scheme', 'system');
    });

    it('add className to the roots and classNames to each part', () => {
      const { report } = setup(
        <HMSErrorUI
          className="app-errors"
          classNames={{ toast: 'app-toast', close: 'app-close', dialog: 'app-dialog', primary: 'app-primary', title: 'app-title' }}
        />,
      );
      report(errors.screenShareFailed);
      const [toast] = toastItems();
      expect(toast).toHaveClass('hmse-toast', 'app-toast');
      expect(within(toast).getByRole('button', { name: /^Dismiss/ })).toHaveClass('hmse-close', 'app-close');
      expect(toast.closest('.app-errors')).toHaveClass('hmse-root');
      report(invalidLink);
      const dialog = screen.getByRole('alertdialog');
      expect(dialog).toHaveClass('hmse-dialog', 'app-dialog');
      expect(within(dialog).getByRole('button', { name: 'Go home' })).toHaveClass('app-primary');
      expect(within(dialog).getByRole('heading')).toHaveClass('hmse-title', 'app-title');
    });

    it('unstyled drops every kit class but keeps data-* attributes and the app’s classes', () => {
      const { report } = setup(<HMSErrorUI unstyled classNames={{ toast: 'app-toast' }} />);
      report(errors.screenShareFailed);
      const [toast] = toastItems();
      expect(toast).toHaveClass('app-toast');
      expect(toast).toHaveAttribute('data-severity', 'error');
      expect(toast).toHaveAttribute('data-code', '3006');
      expect(document.body.querySelector('[class*="hmse-"]')).toBeNull();
      // Live regions stay visually hidden without the stylesheet.
      expect(screen.getByRole('alert').style.position).toBe('absolute');
      report(invalidLink);
      expect(screen.getByRole('alertdialog')).toHaveAttribute('data-code', '40101');
      expect(document.body.querySelector('[class*="hmse-"]')).toBeNull();
    });
  });
});
