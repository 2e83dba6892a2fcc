import { useState, type ReactNode } from 'react';
import type { Decorator } from '@storybook/react-vite';
import {
  createHMSErrorStore,
  HMSErrorProvider,
  type HMSErrorStore,
  type HMSErrorStoreOptions,
  type HMSLocale,
} from '../../src';


/** The languages of the toolbar's "Language" menu (.storybook/preview.ts), every file in src/locales. */
export const STORY_LOCALES: Record<string, HMSLocale> = Object.fromEntries(
  Object.entries(import.meta.glob<{ default: HMSLocale }>('../../src/locales/*.ts', { eager: true }))
    .filter(([path]) => !path.endsWith('/shape.ts'))
    .map(([, module]) => [module.default.tag, module.default]),
);

import '../stories.css';

/** A button in the story's canvas that does something to the story's store. */
export interface StoryTrigger {
  label: string;
  run: (store: HMSErrorStore) => void;
}

/** What a component story needs from its store: options, a starting state, and triggers. */
export interface KitStoryParameters {
  options?: HMSErrorStoreOptions;
  /** Runs once on a fresh store before the first render. */
  seed?: (store: HMSErrorStore) => void;
  triggers?: StoryTrigger[];
  /** A short line describing the scenario, shown above the triggers. */
  note?: string;
  /** The host page's own colours, to see the kit on a dark app. @defaultValue `'light'` */
  page?: 'light' | 'dark';
  /** The kit's language, from the toolbar. @defaultValue English */
  locale?: HMSLocale;
}

/**
 * A fresh store per story render (no state leaks between stories), seeded before the component
 * mounts, with the scenario's triggers as real buttons a person can press again.
 */
export function KitStory({
  options,
  seed,
  triggers = [],
  note,
  page = 'light',
  locale,
  children,
}: KitStoryParameters & { children?: ReactNode }) {
  const [store] = useState(() => {
    const store = createHMSErrorStore(options);
    seed?.(store);
    return store;
  });
  return (
    <HMSErrorProvider store={store} locale={locale}>
      <div className="sb-page sb-stage" data-page={page}>
        {note ? <p className="sb-note-line">{note}</p> : null}
        {triggers.length > 0 ? (
          <div className="sb-triggers" role="group" aria-label="Scenario">
            {triggers.map(({ label, run }) => (
              <button key={label} type="button" className="sb-button" onClick={() => run(store)}>
                {label}
              </button>
            ))}
          </div>
        ) : null}
        {children}
      </div>
    </HMSErrorProvider>
  );
}

/** Wraps a story in `KitStory`, configured by `parameters.kit`. Keyed by story id so each render starts fresh. */
export const withKitStore: Decorator = (Story, context) => (
  <KitStory
    key={context.id}
    // English is the kit's default: no locale given, as in an app that passes none.
    locale={context.globals.locale && context.globals.locale !== 'en' ? STORY_LOCALES[context.globals.locale as string] : undefined}
    {...((context.parameters.kit ?? {}) as KitStoryParameters)}
  >
    <Story />
  </KitStory>
);

/** Toasts that stay until dismissed, so a story shows its state for as long as someone looks at it. */
export const NO_AUTO_DISMISS: HMSErrorStoreOptions['durations'] = { error: null, warning: null, info: null, success: null };

/** `parameters` for a story rendered through `withKitStore`, typed. */
export const kit = (parameters: KitStoryParameters) => ({ kit: parameters });
