import { act, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/styles/styles.css';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts } from '../../src';
import { createFakeHMSActions } from '../../src/testing';

const cameraGone = { code: 3014, name: 'SelectedDeviceMissing', message: 'missing', isTerminal: false, trackType: 'video' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the device choice in a real Chromium, by keyboard only', () => {
  it('F8, Tab, Enter opens it; arrows choose; Tab, Enter switches through setVideoSettings', async () => {
    // Headless Chromium has no cameras: only the device list is faked, the rest is the browser's.
    vi.spyOn(navigator.mediaDevices, 'enumerateDevices').mockResolvedValue([
      { deviceId: 'cam-1', kind: 'videoinput', label: 'Built-in camera', groupId: 'a' },
      { deviceId: 'cam-2', kind: 'videoinput', label: 'USB camera', groupId: 'b' },
    ] as MediaDeviceInfo[]);
    const actions = createFakeHMSActions();
    const store = createHMSErrorStore({ autoResolve: false });
    render(
      <HMSErrorProvider store={store} actions={actions}>
        <main>
          <button type="button">Mute</button>
        </main>
        <HMSErrorToasts />
      </HMSErrorProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Mute' }));
    act(() => void store.report(cameraGone));

    await userEvent.keyboard('{F8}');
    await userEvent.keyboard('{Tab}');
    const open = screen.getByRole('button', { name: 'Use another camera' });
    expect(open).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const group = await screen.findByRole('group', { name: 'Choose a camera' });
    const builtIn = within(group).getByRole('radio', { name: 'Built-in camera' });
    await vi.waitFor(() => expect(builtIn).toHaveFocus());

    // Colour contrast is measured on what is painted: let entry animations (opacity) finish first.
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const { violations } = await axe.run(group.closest('[data-hmse-toast]')!, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await userEvent.keyboard('{ArrowDown}');
    const usb = within(group).getByRole('radio', { name: 'USB camera' });
    expect(usb).toHaveFocus();
    expect(usb).toBeChecked();
    await userEvent.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Switch' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(actions.setVideoSettings.calls).toEqual([[{ deviceId: 'cam-2' }]]));
    await vi.waitFor(() => expect(store.getState().toasts).toHaveLength(0));
  });

  it('Escape closes the choice and gives focus back to its button; the toast stays', async () => {
    vi.spyOn(navigator.mediaDevices, 'enumerateDevices').mockResolvedValue([
      { deviceId: 'cam-1', kind: 'videoinput', label: 'Built-in camera', groupId: 'a' },
    ] as MediaDeviceInfo[]);
    const store = createHMSErrorStore({ autoResolve: false });
    render(
      <HMSErrorProvider store={store} actions={createFakeHMSActions()}>
        <HMSErrorToasts />
      </HMSErrorProvider>,
    );
    act(() => void store.report(cameraGone));
    const open = screen.getByRole('button', { name: 'Use another camera' });
    open.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: 'Built-in camera' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Choose a camera' })).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    expect(store.getState().toasts).toHaveLength(1);
  });
});
