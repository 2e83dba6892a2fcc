import type { Preview } from '@storybook/react-vite';
import { LAST_ERROR_STORAGE_KEY } from '../src/core';
import '../src/styles/styles.css';
import { LANGUAGES } from '../stories/support/languages';

const preview: Preview = {
  // A toolbar that switches the kit's language in every story (stories/support/KitStory.tsx reads it).
  globalTypes: {
    locale: {
      description: 'Language of the error kit',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES,
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    options: {
      // The README's "Storybook: a tour", in its order; what the tour does not list comes last.
      // Every entry but the Introduction has a group: the sidebar lists ungrouped components first.
      storySort: {
        order: ['Introduction', 'Demo', 'Components', ['HMSErrorUI', 'HMSErrorDialog', 'HMSErrorToasts'], 'Catalog', 'Theming', 'Tools'],
      },
    },
    controls: { matchers: { color: /(background|color)$/i } },
    a11y: {
      // A violation fails the story's test (in the Storybook UI and under `vitest --project storybook`).
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    },
  },
  // "Go home" leaves the error in sessionStorage for the home page: no story inherits another's.
  beforeEach: () => {
    try {
      sessionStorage.removeItem(LAST_ERROR_STORAGE_KEY);
    } catch {
      // storage disabled: nothing to clear
    }
  },
};

export default preview;
