import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { renderInHostApp, sdkTextInCopy } from '../support/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHMSErrorStore,
  HMSErrorProvider,
  HMSErrorUI,
  type HMSCopyOverrides,
  type HMSErrorStore,
} from 'react-hms-errors';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<svg onload="window.__pwned=1"><circle r=9 /></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<b>bold</b> &amp; <a href="javascript:window.__pwned=1">link</a>',
  '"><img src=x onerror=window.__pwned=1>{{constructor.constructor(\'window.__pwned=1\')()}}',
];


const renderKit = (store: HMSErrorStore, copy?: HMSCopyOverrides) => renderInHostApp({ copy }, store);

/** No element was created from the text: nothing that runs code, nothing with an inline handler. */
function expectNoInjectedElements() {
  expect(document.querySelectorAll('img, script, iframe, a, b, circle')).toHaveLength(0);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute).not.toMatch(/^on/i);
  }
  expect(window.__pwned).toBeUndefined();
}

beforeEach(() => {
  delete window.__pwned;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('given SDK text that contains HTML and script', () => {
  describe('(every payload in one string, which keeps the suite fast)', () => {
    const payload = PAYLOADS.join(' ');

    it('renders it as text in the dialog title, description and technical details', () => {
      const store = createHMSErrorStore();
      renderKit(store, sdkTextInCopy);
      act(() => {
        store.report({ code: 40101, name: `N${payload}`, message: payload, description: `D${payload}`, isTerminal: true });
      });

      const dialog = screen.getByRole('alertdialog', { name: payload });
      expect(dialog).toHaveAccessibleDescription(expect.stringContaining(`D${payload}`));
      expect(dialog.textContent).toContain(payload);
      fireEvent.click(within(dialog).getByText('Technical details'));
      const details = dialog.querySelector('details')!;
      expect(details.textContent).toContain(`Message: ${payload}`);
      expect(details.textContent).toContain(`Description: D${payload}`);
      expectNoInjectedElements();
    });

    it('renders it as text in a toast, its close button name and its announcement', () => {
      const store = createHMSErrorStore();
      renderKit(store, sdkTextInCopy);
      act(() => {
        store.report({ code: 3003, name: `N${payload}`, message: payload, description: `D${payload}`, isTerminal: false });
      });

      const region = screen.getByRole('region', { name: /Notifications/ });
      const [toast] = within(region).getAllByRole('listitem');
      expect(toast.textContent).toContain(payload);
      expect(toast.textContent).toContain(`D${payload}`);
      expect(within(toast).getByRole('button', { name: `Dismiss: ${payload}` })).toBeInTheDocument();
      expect(screen.getByRole('alert').textContent).toContain(payload);
      expectNoInjectedElements();
    });

    it('renders a remover display name as text in the "removed you" dialog', () => {
      const store = createHMSErrorStore();
      renderKit(store);
      act(() => {
        store.reportNotification({ type: 'REMOVED_FROM_ROOM', data: { requestedBy: { name: payload }, reason: payload } });
      });

      const dialog = screen.getByRole('alertdialog');
      // Inserted literally, isolated (FSI…PDI) so that a right-to-left name cannot reorder the sentence.
      expect(dialog).toHaveAccessibleDescription(expect.stringContaining(`\u2068${payload}\u2069 removed you from the call.`));
      expectNoInjectedElements();
    });
  });

  it('renders markup in labels and translations as text too', () => {
    const store = createHMSErrorStore();
    render(
      <HMSErrorProvider store={store}>
        <HMSErrorUI
          labels={{ goHome: PAYLOADS[0], details: PAYLOADS[1] }}
          catalog={{ '40101': { title: PAYLOADS[2], message: PAYLOADS[3] } }}
        />
      </HMSErrorProvider>,
    );
    act(() => {
      store.report({ code: 40101, isTerminal: true });
    });
    const dialog = screen.getByRole('alertdialog', { name: PAYLOADS[2] });
    expect(within(dialog).getByRole('button', { name: PAYLOADS[0] })).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining(PAYLOADS[3]));
    expect(within(dialog).getByText(PAYLOADS[1])).toBeInTheDocument();
    expectNoInjectedElements();
  });
});

describe('given a very long unbroken message', () => {
  const long = `${'A'.repeat(6_000)}<img src=x onerror=window.__pwned=1>${'B'.repeat(6_000)}`;

  it('keeps the whole text in the technical details and in what "Copy details" copies', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const store = createHMSErrorStore();
    renderKit(store);
    act(() => {
      store.report({ code: 40101, message: long, description: long, isTerminal: true });
    });

    const dialog = screen.getByRole('alertdialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Copy details' }));
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]).toEqual([expect.stringContaining(`Message: ${long}`)]);
    expect(dialog.querySelector('details pre')!.textContent).toContain(`Description: ${long}`);
    expectNoInjectedElements();
  });
});
