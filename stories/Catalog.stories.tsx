import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CatalogGallery } from './gallery/CatalogGallery';
import { keysFor } from './gallery/catalogRows';
import { STORY_LOCALES } from './support/KitStory';

/**
 * The copy of every code in the catalog, as the person in the call reads it: title, message,
 * hint, category, severity, whether retrying helps and whether it opens the dialog. Switch the
 * platform to see the four codes whose meaning differs between the web and Flutter SDKs.
 */
const meta = {
  title: 'Catalog/Gallery',
  component: CatalogGallery,
  args: { platform: 'web', category: 'all' },
  // The toolbar's "Language" menu picks the catalog's language.
  render: (args, { globals }) => <CatalogGallery {...args} locale={STORY_LOCALES[globals.locale as string]} />,
  argTypes: {
    platform: { control: 'inline-radio', options: ['web', 'flutter'] },
    category: {
      control: 'select',
      options: ['all', 'network', 'device', 'permission', 'token', 'room', 'webrtc', 'plugin', 'server', 'unknown'],
    },
  },
} satisfies Meta<typeof CatalogGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowOf = (canvas: ReturnType<typeof within>, key: string) =>
  canvas.getByRole('rowheader', { name: key }).closest('tr')!;

/** The "Shown in" cell of a key's row. */
const shownIn = (canvas: ReturnType<typeof within>, key: string) => within(rowOf(canvas, key)).getAllByRole('cell')[6];

/** Every copy cell is filled in: no code reaches a person as a bare number. */
async function expectEveryRowComplete(canvas: ReturnType<typeof within>, count: number) {
  const rows = canvas.getAllByRole('row').slice(1);
  await expect(rows).toHaveLength(count);
  for (const row of rows) {
    const [title, message, hint] = within(row).getAllByRole('cell');
    await expect(title.textContent).not.toBe('');
    await expect(message.textContent).not.toBe('');
    await expect(hint.textContent).not.toBe('');
  }
}

/**
 * The screen-share variants read as screen-share copy: their sample is the SDK's track error with
 * `trackType: 'screen'`, not a bare code (which would read as the camera's).
 */
async function expectScreenShareCopy(canvas: ReturnType<typeof within>) {
  for (const key of ['3001.screen', '3011.screen', '3xxx.screen']) {
    const [title, message, hint] = within(rowOf(canvas, key)).getAllByRole('cell');
    await expect(title).toHaveTextContent(/screen/i);
    await expect(`${title.textContent} ${message.textContent} ${hint.textContent}`).not.toMatch(/camera|microphone|\{device\}/i);
  }
}

export const Web: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectEveryRowComplete(canvas, keysFor('web').length);
    await expect(canvas.queryByRole('rowheader', { name: '3012.flutter' })).toBeNull();
    await expect(rowOf(canvas, '3012.web')).toHaveTextContent('Share this tab to continue');
    await expect(shownIn(canvas, '40001')).toHaveTextContent('Dialog');
    await expect(shownIn(canvas, 'ROOM_ENDED')).toHaveTextContent('Dialog');
    await expect(shownIn(canvas, '3001')).toHaveTextContent('Toast (dialog if terminal)');
    await expect(shownIn(canvas, 'RECONNECTING')).toHaveTextContent(/^Toast$/);
    await expect(rowOf(canvas, 'ROOM_ENDED')).toHaveTextContent('The call has ended');
    await expectScreenShareCopy(canvas);
  },
};

export const Flutter: Story = {
  args: { platform: 'flutter' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectEveryRowComplete(canvas, keysFor('flutter').length);
    await expect(canvas.queryByRole('rowheader', { name: '3012.web' })).toBeNull();
    await expect(rowOf(canvas, '3012.flutter')).toHaveTextContent(/Bluetooth/);
    await expect(rowOf(canvas, '3013.flutter')).toHaveTextContent(/Bluetooth/);
  },
};

/** One category at a time, e.g. everything a person can fix in their browser's permissions. */
export const PermissionsOnly: Story = {
  args: { category: 'permission' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = canvas.getAllByRole('row').slice(1);
    await expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) await expect(row).toHaveAttribute('data-category', 'permission');
  },
};

/** The catalog in Japanese, as the toolbar's "Language" menu shows it. */
export const InJapanese: Story = {
  globals: { locale: 'ja' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const row = rowOf(canvas, '3003');
    await expect(row).toHaveTextContent(STORY_LOCALES.ja.catalog['3003'].message.replace(/\{[^}]*\}/g, '').slice(0, 4));
    await expect(canvas.getByRole('main')).toHaveAttribute('lang', 'ja');
  },
};
