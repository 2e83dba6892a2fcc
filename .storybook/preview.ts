import type { Preview } from '@storybook/react-vite';
import '../src/styles/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i } },
    a11y: {
      // A violation fails the story's test (in the Storybook UI and under `vitest --project storybook`).
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    },
  },
};

export default preview;
