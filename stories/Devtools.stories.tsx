import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { getErrorCopy, HMSErrorUI, useHMSErrors } from 'react-hms-errors';
import { HMSErrorDevtools } from 'react-hms-errors/devtools';
import { withHMSErrorSimulator } from 'react-hms-errors/storybook';
import './stories.css';

/** An app's call screen with the devtools mounted next to the kit's UI, as in development. */
function CallScreen({ defaultOpen = false }: { defaultOpen?: boolean }) {
  useHMSErrors();
  return (
    <main className="sb-page sb-stage">
      <h1>Team standup</h1>
      <p>The devtools sit at the top left; the error simulator at the bottom left sends errors.</p>
      <HMSErrorUI />
      {/* showInProduction: the published Storybook is a production build. */}
      <HMSErrorDevtools defaultOpen={defaultOpen} showInProduction />
    </main>
  );
}

/**
 * `<HMSErrorDevtools />` from `react-hms-errors/devtools`: every report the kit received, with
 * its outcome and the rule that decided it, its sources, catalog key, the copy shown, timings and
 * raw payload; filters; "Copy as JSON"; "Fire" any catalog code. It renders nothing in a
 * production build. Here the error simulator (`react-hms-errors/storybook`) feeds it too.
 */
const meta = {
  title: 'Tools/Error devtools',
  component: CallScreen,
  decorators: [withHMSErrorSimulator()],
} satisfies Meta<typeof CallScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

const devtools = (canvasElement: HTMLElement) =>
  within(within(canvasElement.ownerDocument.body).getByRole('complementary', { name: 'Error devtools' }));

async function fire(panel: ReturnType<typeof devtools>, key: string) {
  await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Catalog code to fire' }), key);
  await userEvent.click(panel.getByRole('button', { name: 'Fire' }));
}

/** Collapsed, it is one small button out of the call's way; it opens and closes from the keyboard. */
export const Collapsed: Story = {
  play: async ({ canvasElement }) => {
    const panel = devtools(canvasElement);
    const toggle = panel.getByRole('button', { name: /Error devtools/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toHaveFocus();
  },
};

/** Fire two codes, open one report: why it became a toast, where its route came from, the words shown. */
export const WhyAReport: Story = {
  args: { defaultOpen: true },
  play: async ({ canvasElement }) => {
    const panel = devtools(canvasElement);
    await fire(panel, '3003');
    await fire(panel, '3003');
    const list = panel.getByRole('list', { name: 'Reports, newest first' });
    const grouped = await within(list).findByRole('button', { name: /^#2 .* grouped 3003 / });
    await userEvent.click(grouped);
    const details = canvasElement.ownerDocument.getElementById(grouped.getAttribute('aria-controls')!)!;
    const fact = (term: string) => within(details).getByText(term, { selector: 'dt' }).nextElementSibling;
    await expect(fact('Why')).toHaveTextContent('within the grouping window');
    await expect(fact('Route')).toHaveTextContent('Non-terminal errors are toasts.');
    await expect(fact('Shown as')).toHaveTextContent(getErrorCopy({ code: 3003, trackType: 'audio, video' }).title);
    await expect(fact('Count')).toHaveTextContent('2');
    await expect(within(details).getByLabelText('Raw payload of report 2')).toHaveTextContent('"code": 3003');
  },
};

/** A storm from the simulator: 100 reports, filtered down to the grouped ones of one category. */
export const AfterAStorm: Story = {
  args: { defaultOpen: true },
  parameters: { hmsErrorSimulator: { defaultOpen: true } },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const simulator = within(body.getByRole('complementary', { name: 'Error simulator' }));
    await userEvent.selectOptions(simulator.getByRole('combobox', { name: 'Scenario' }), 'storm');
    await userEvent.click(simulator.getByRole('button', { name: 'Run scenario' }));
    const panel = devtools(canvasElement);
    await waitFor(() => expect(panel.getByText(/^100 reported/)).toBeInTheDocument());
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Category' }), 'network');
    await userEvent.selectOptions(panel.getByRole('combobox', { name: 'Outcome' }), 'grouped');
    const rows = within(panel.getByRole('list', { name: 'Reports, newest first' })).getAllByRole('listitem');
    await expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) await expect(row).toHaveAttribute('data-outcome', 'grouped');
  },
};
