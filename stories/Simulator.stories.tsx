import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  createHMSErrorStore,
  getErrorCopy,
  HMSErrorProvider,
  HMSErrorUI,
  useHMSErrors,
  type HMSNotificationsLike,
} from 'react-hms-errors';
import { useHMSErrorSimulator, withHMSErrorSimulator } from 'react-hms-errors/storybook';
import { expectVisible } from './support/expect';
import { STORY_LOCALES } from './support/KitStory';
import './stories.css';

/** A small app screen, as an app's own story would render it: it knows nothing about the simulator. */
function CallScreen() {
  const [left, setLeft] = useState(false);
  const simulator = useHMSErrorSimulator();
  useHMSErrors();
  if (left) {
    return (
      <main className="sb-page sb-stage">
        <h1>You left the call</h1>
        <p>SDK leave() calls: {simulator?.actions.leave.calls.length ?? 0}</p>
        <button type="button" className="sb-button" onClick={() => setLeft(false)}>
          Back to the call
        </button>
      </main>
    );
  }
  return (
    <main className="sb-page sb-stage">
      <h1>Team standup</h1>
      <p>Four people are in the call. Open the error simulator at the bottom left to send it errors.</p>
      <HMSErrorUI onNavigateHome={() => setLeft(true)} />
    </main>
  );
}

/** The same screen with its own provider, as many apps have: it connects to the simulator itself. */
function ScreenWithOwnProvider() {
  const simulator = useHMSErrorSimulator();
  const [store] = useState(() => createHMSErrorStore());
  return (
    <HMSErrorProvider store={store}>
      <Connect notifications={simulator?.notifications ?? null} />
      <main className="sb-page sb-stage">
        <h1>Own provider</h1>
        <p>This screen passes the simulator's notifications to its own useHMSErrors.</p>
      </main>
      <HMSErrorUI />
    </HMSErrorProvider>
  );
}

function Connect({ notifications }: { notifications: HMSNotificationsLike | null }) {
  useHMSErrors({ notifications });
  return null;
}

/**
 * `withHMSErrorSimulator()` from `react-hms-errors/storybook`: a decorator for an app's own
 * Storybook. It wraps the story in an `HMSErrorProvider` listening to fake SDK notifications (and
 * given fake SDK actions), and floats a collapsible panel in the canvas that sends any catalog
 * code, as the web SDK would send it, or runs a scenario of `react-hms-errors/testing`.
 */
const meta = {
  title: 'Tools/Error simulator',
  component: CallScreen,
  decorators: [
    // Real toasts and dialogs for any catalog code, in the toolbar's "Language".
    (Story, context) => {
      const tag = context.globals.locale as string | undefined;
      const locale = tag && tag !== 'en' ? STORY_LOCALES[tag] : undefined;
      return withHMSErrorSimulator({ locale })(Story, context);
    },
  ],
} satisfies Meta<typeof CallScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const page = (canvasElement: HTMLElement) => within(canvasElement.ownerDocument.body);

async function openPanel(canvasElement: HTMLElement) {
  const body = page(canvasElement);
  const panel = body.getByRole('complementary', { name: 'Error simulator' });
  const toggle = within(panel).getByRole('button', { name: /Error simulator/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return within(panel);
}

/** Send a catalog code as a toast, then a terminal one: the dialog, and Go home calls the SDK's leave(). */
export const SendCodes: Story = {
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const panel = await openPanel(canvasElement);
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Catalog code' }), '3003');
    await userEvent.click(panel.getByRole('button', { name: 'Send error' }));
    await expect(await body.findByText(getErrorCopy({ code: 3003, trackType: 'audio, video' }).title)).toBeInTheDocument();
    await expect(panel.getByRole('status')).toHaveTextContent('Sent ERROR for 3003.');

    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Catalog code' }), '40101');
    await userEvent.click(panel.getByRole('button', { name: 'Send error' }));
    const dialog = await body.findByRole('alertdialog', { name: getErrorCopy(40101).title });
    await expectVisible(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Go home' }));
    await expect(await body.findByRole('heading', { name: 'You left the call' })).toBeInTheDocument();
    await expect(body.getByText('SDK leave() calls: 1')).toBeInTheDocument();
  },
};

/** Force a code that is not terminal by default to be terminal. */
export const ForceTerminal: Story = {
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const panel = await openPanel(canvasElement);
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Catalog code' }), '1003');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Terminal' }), 'terminal');
    await userEvent.click(panel.getByRole('button', { name: 'Send error' }));
    await expectVisible(await body.findByRole('alertdialog', { name: getErrorCopy(1003).title }));
  },
};

/** Run a scenario: reconnecting, then reconnected, in one toast that updates in place. */
export const RunScenario: Story = {
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const panel = await openPanel(canvasElement);
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Scenario' }), 'reconnectThenRecover');
    await userEvent.click(panel.getByRole('button', { name: 'Run scenario' }));
    const toast = (await body.findByText(getErrorCopy('RECONNECTING').title)).closest('li')!;
    await waitFor(() => expect(toast).toHaveTextContent(getErrorCopy('RECONNECTED').title), { timeout: 6000 });
    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent(/^Finished:/));
  },
};

/** A screen with its own provider connects with `useHMSErrorSimulator()?.notifications`. */
export const OwnProvider: Story = {
  render: () => <ScreenWithOwnProvider />,
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const panel = await openPanel(canvasElement);
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Catalog code' }), 'NETWORK');
    await userEvent.click(panel.getByRole('button', { name: 'Send error' }));
    await expect(await body.findByText(getErrorCopy('NETWORK').title)).toBeInTheDocument();
  },
};

/** `parameters: { hmsErrorSimulator: { panel: false } }` hides the panel; the fakes stay. */
export const PanelHidden: Story = {
  parameters: { hmsErrorSimulator: { panel: false } },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    await expect(await body.findByRole('heading', { name: 'Team standup' })).toBeInTheDocument();
    await expect(body.queryByRole('complementary', { name: 'Error simulator' })).toBeNull();
  },
};

/** The toolbar's "Language" set to Spanish: any code the panel sends shows as a real toast or dialog in Spanish. */
export const InSpanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const body = page(canvasElement);
    const panel = await openPanel(canvasElement);
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Catalog code' }), '40101');
    await userEvent.click(panel.getByRole('button', { name: 'Send error' }));
    const es = STORY_LOCALES.es;
    const dialog = await body.findByRole('alertdialog', { name: getErrorCopy(40101, { locale: es }).title });
    await expectVisible(dialog);
    await expect(within(dialog).getByRole('button', { name: es.labels.goHome })).toBeInTheDocument();
    await expect(dialog.closest('.hmse-root')).toHaveAttribute('lang', 'es');
  },
};
