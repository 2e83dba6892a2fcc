import { act, render, screen } from '@testing-library/react';
import { cdp, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorUI } from '../../src';

// Issue 12 in Chromium: live-region writes seen by a MutationObserver, and Chromium's own
// accessibility tree (through the DevTools protocol), not the DOM's idea of it.
const screenShareFailed = { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false };
const deviceInUse = { code: 3003, name: 'DeviceInUse', message: 'in use', isTerminal: false };
const invalidLink = { code: 40101, name: 'ServerErrors', action: 'JOIN', message: 'Token Error', isTerminal: true };

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  ignored: boolean;
}
interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
/** The tree of this test's frame (the runner shows tests in an iframe). */
async function axNodes(): Promise<{ role: string; name: string }[]> {
  const { frameTree } = (await cdp().send('Page.getFrameTree', {})) as { frameTree: FrameTree };
  const find = (tree: FrameTree): string | undefined =>
    tree.frame.url === location.href ? tree.frame.id : tree.childFrames?.map(find).find(Boolean);
  const { nodes } = (await cdp().send('Accessibility.getFullAXTree', { frameId: find(frameTree) })) as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value ?? '', name: n.name?.value ?? '' }));
}

function renderKit() {
  const store = createHMSErrorStore();
  render(
    <HMSErrorProvider store={store}>
      <main>
        <button type="button">Mute</button>
      </main>
      <HMSErrorUI onNavigateHome={() => {}} onRetry={() => {}} />
    </HMSErrorProvider>,
  );
  return { store, report: (error: unknown) => act(() => void store.report(error)) };
}

describe('toast accessibility in a real Chromium (issue 12)', () => {
  it('writes title, hint and "Press F8 to respond." into the live region, and empties it before the dialog opens', async () => {
    const { report } = renderKit();
    const writes: string[] = [];
    let atDialog: string[] | null = null;
    const regions = () => Array.from(document.querySelectorAll('[aria-live="assertive"], [aria-live="polite"]'));
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        if (target?.closest('[aria-live="assertive"], [aria-live="polite"]') && target.textContent) writes.push(target.textContent);
        for (const node of record.addedNodes) {
          if (atDialog === null && node instanceof Element && (node.matches('[role=alertdialog]') || node.querySelector('[role=alertdialog]'))) {
            atDialog = regions().map((r) => r.textContent ?? '');
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      report(deviceInUse);
      await expect.poll(() => writes.length).toBeGreaterThan(0);
      expect(writes[0]).toMatch(/^Can't start your camera or microphone\. .+ Press F8 to respond\.$/);
      report(invalidLink);
      await screen.findByRole('alertdialog');
      expect(atDialog).not.toBeNull();
      expect(atDialog!.every((text) => text === '')).toBe(true);
    } finally {
      observer.disconnect();
    }
  });

  it("exposes the landmark in Chromium's tree only while it holds toasts, each toast a named group", async () => {
    const { report } = renderKit();
    expect((await axNodes()).some((n) => n.role === 'region' && n.name.startsWith('Notifications'))).toBe(false);
    report(screenShareFailed);
    report(deviceInUse);
    const nodes = await axNodes();
    expect(nodes).toContainEqual({ role: 'region', name: 'Notifications (F8)' });
    // Both toasts, the one peeking behind included, are named groups.
    expect(nodes).toContainEqual({ role: 'group', name: "Error: Can't start your video" });
    expect(nodes).toContainEqual({ role: 'group', name: "Error: Can't start your camera or microphone" });
    await userEvent.click(screen.getAllByRole('button', { name: /^Dismiss/ })[1]);
    await userEvent.click(screen.getAllByRole('button', { name: /^Dismiss/ })[0]);
    expect((await axNodes()).some((n) => n.role === 'region' && n.name.startsWith('Notifications'))).toBe(false);
  });
});

describe('the dialog at 400 % zoom (issue 12)', () => {
  it('gives focus to its title when it opens scrolled, and to the primary action when it fits', async () => {
    const { page } = await import('vitest/browser');
    // 1280 × 720 at 400 % is a 320 × 180 CSS-pixel viewport.
    await page.viewport(320, 180);
    try {
      const { report, store } = renderKit();
      report(invalidLink);
      const dialog = await screen.findByRole('alertdialog');
      await expect.poll(() => dialog.contains(document.activeElement)).toBe(true);
      expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: "Couldn't verify your invite" }));
      expect(dialog.scrollTop).toBe(0);
      act(() => store.dismissTerminal());
      await page.viewport(1280, 720);
      report(invalidLink);
      await expect.poll(() => document.activeElement?.textContent).toBe('Go home');
    } finally {
      await page.viewport(1280, 720);
    }
  });
});
