import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts, type HMSErrorStoreOptions } from 'react-hms-errors';
import { createFakeHMSActions } from 'react-hms-errors/testing';

// Toasts that resolve themselves. jsdom has no Permissions API, no navigator.mediaDevices and a
// fixed navigator.onLine: those three are faked here, with EventTargets, as browsers expose them.

const cameraBlocked = { code: 3001, name: 'CantAccessCaptureDevice', message: 'denied', isTerminal: false, trackType: 'video' };
const micBlocked = { code: 3011, name: 'SystemDeniedPermission', message: 'denied', isTerminal: false, trackType: 'audio' };
const noCamera = { code: 3002, name: 'DeviceNotAvailable', message: 'none', isTerminal: false, trackType: 'video' };
const micLost = { code: 3004, name: 'DeviceLostMidway', message: 'lost', isTerminal: false, trackType: 'audio' };
const reconnecting = { type: 'RECONNECTING', data: { code: 1003, name: 'WebSocketConnectionLost', isTerminal: false } };

class FakePermissionStatus extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }
  change(state: PermissionState) {
    this.state = state;
    this.dispatchEvent(new Event('change'));
  }
}

function stubPermissions() {
  const statuses = { camera: new FakePermissionStatus('prompt'), microphone: new FakePermissionStatus('denied') };
  const permissions = { query: vi.fn(async ({ name }: { name: 'camera' | 'microphone' }) => statuses[name]) };
  Object.defineProperty(navigator, 'permissions', { value: permissions, configurable: true });
  return statuses;
}

function stubDevices(initial: { deviceId: string; kind: string; label: string }[]) {
  const target = new EventTarget();
  let devices = initial;
  const mediaDevices = {
    enumerateDevices: vi.fn(async () => devices),
    addEventListener: vi.fn(target.addEventListener.bind(target)),
    removeEventListener: vi.fn(target.removeEventListener.bind(target)),
  };
  Object.defineProperty(navigator, 'mediaDevices', { value: mediaDevices, configurable: true });
  return {
    mediaDevices,
    plugIn: async (device: { deviceId: string; kind: string; label: string }) => {
      devices = devices.concat(device);
      await act(async () => void target.dispatchEvent(new Event('devicechange')));
    },
  };
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (navigator as { permissions?: unknown }).permissions;
  delete (navigator as { mediaDevices?: unknown }).mediaDevices;
  delete (navigator as { onLine?: unknown }).onLine;
});

function renderToasts(options: HMSErrorStoreOptions = {}, strict = false) {
  const store = createHMSErrorStore(options);
  const tree = (
    <HMSErrorProvider store={store}>
      <HMSErrorToasts />
    </HMSErrorProvider>
  );
  const result = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return { store, ...result, report: (error: unknown) => act(() => void store.report(error)) };
}

const titles = (store: ReturnType<typeof createHMSErrorStore>) => store.getState().toasts.map((t) => t.catalogKey);

describe('given the Permissions API', () => {
  it('a 3001 camera toast turns into "Allowed: your camera" with "Turn camera on" when permission is granted', async () => {
    const statuses = stubPermissions();
    const actions = createFakeHMSActions();
    const store = createHMSErrorStore({ actions });
    render(
      <HMSErrorProvider store={store}>
        <HMSErrorToasts />
      </HMSErrorProvider>,
    );
    act(() => void store.report(cameraBlocked));
    expect(screen.getByRole('button', { name: 'How to fix' })).toBeInTheDocument();
    const id = store.getState().toasts[0].id;
    await act(async () => {}); // the queries resolve
    act(() => statuses.camera.change('granted'));
    expect(await screen.findByText('Allowed: your camera', { selector: 'span' })).toBeInTheDocument();
    expect(store.getState().toasts[0].id).toBe(id);
    await act(async () => screen.getByRole('button', { name: 'Turn camera on' }).click());
    expect(actions.setLocalVideoEnabled.calls).toEqual([[true]]);
  });

  it('a 3011 microphone toast turns too, and a change to another state does nothing', async () => {
    const statuses = stubPermissions();
    const { store, report } = renderToasts();
    report(micBlocked);
    await act(async () => {});
    act(() => statuses.microphone.change('prompt'));
    expect(titles(store)).toEqual(['3011']);
    act(() => statuses.microphone.change('granted'));
    expect(titles(store)).toEqual(['PERMISSION_GRANTED']);
    expect(await screen.findByText('Allowed: your microphone', { selector: 'span' })).toBeInTheDocument();
  });

  it('is off with autoResolve: { permissions: false }', async () => {
    const statuses = stubPermissions();
    const { store, report } = renderToasts({ autoResolve: { permissions: false } });
    report(cameraBlocked);
    await act(async () => {});
    act(() => statuses.camera.change('granted'));
    expect(titles(store)).toEqual(['3001']);
  });

  it('stops listening on unmount, once under StrictMode', async () => {
    const statuses = stubPermissions();
    const add = vi.spyOn(statuses.camera, 'addEventListener');
    const remove = vi.spyOn(statuses.camera, 'removeEventListener');
    const { unmount } = renderToasts({}, true);
    await act(async () => {});
    const live = add.mock.calls.length - remove.mock.calls.length;
    expect(live).toBe(1);
    unmount();
    expect(remove.mock.calls.length).toBe(add.mock.calls.length);
  });

  it('breaks nothing where the API is missing or refuses the name', async () => {
    const { store, report } = renderToasts();
    report(cameraBlocked);
    expect(titles(store)).toEqual(['3001']);
    Object.defineProperty(navigator, 'permissions', {
      value: { query: () => Promise.reject(new TypeError("'camera' is not a valid value")) },
      configurable: true,
    });
    const second = renderToasts();
    second.report(cameraBlocked);
    await act(async () => {});
    expect(titles(second.store)).toEqual(['3001']);
  });
});

describe('given devicechange', () => {
  it('"Can\'t find your camera" turns into "Connected: your camera" when a camera appears', async () => {
    const devices = stubDevices([{ deviceId: 'mic', kind: 'audioinput', label: 'Mic' }]);
    const { store, report } = renderToasts();
    report(noCamera);
    await act(async () => {});
    await devices.plugIn({ deviceId: 'usb-mic', kind: 'audioinput', label: 'USB mic' });
    expect(titles(store)).toEqual(['3002']);
    await devices.plugIn({ deviceId: 'cam', kind: 'videoinput', label: 'Camera' });
    expect(titles(store)).toEqual(['DEVICE_FOUND']);
    expect(await screen.findByText('Connected: your camera', { selector: 'span' })).toBeInTheDocument();
  });

  it('a lost microphone (3004) turns when a new microphone is plugged in', async () => {
    const devices = stubDevices([{ deviceId: 'mic', kind: 'audioinput', label: 'Mic' }]);
    const { store, report } = renderToasts();
    report(micLost);
    await act(async () => {});
    await devices.plugIn({ deviceId: 'usb-mic', kind: 'audioinput', label: 'USB mic' });
    expect(titles(store)).toEqual(['DEVICE_FOUND']);
  });

  it('is off with autoResolve: false, and stops listening on unmount', async () => {
    const devices = stubDevices([]);
    const { store, report, unmount } = renderToasts({ autoResolve: false });
    report(noCamera);
    await devices.plugIn({ deviceId: 'cam', kind: 'videoinput', label: 'Camera' });
    expect(titles(store)).toEqual(['3002']);
    unmount();
    const on = renderToasts();
    on.unmount();
    expect(devices.mediaDevices.removeEventListener).toHaveBeenCalledTimes(devices.mediaDevices.addEventListener.mock.calls.length);
  });
});

describe('given the browser goes offline during a reconnection', () => {
  it('the reconnecting toast says "You\'re offline", and goes back to reconnecting when online', async () => {
    const { store } = renderToasts();
    act(() => void store.reportNotification(reconnecting));
    expect(await screen.findByText('Reconnecting', { selector: 'span' })).toBeInTheDocument();
    const id = store.getState().toasts[0].id;
    setOnline(false);
    expect(await screen.findByText("You're offline", { selector: 'span' })).toBeInTheDocument();
    expect(screen.queryByText('Reconnecting', { selector: 'span' })).not.toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent("You're offline");
    setOnline(true);
    expect(await screen.findByText('Reconnecting', { selector: 'span' })).toBeInTheDocument();
    expect(store.getState().toasts.map((t) => t.id)).toEqual([id]);
  });

  it('shows how long the SDK keeps trying, as plain text outside the live regions', async () => {
    const { store } = renderToasts();
    act(() => void store.reportNotification(reconnecting));
    const line = await screen.findByText('We keep trying for up to 60 seconds.');
    expect(line).toBeVisible();
    expect(line.closest('[aria-live="off"]')).not.toBeNull();
    expect(screen.getByRole('status')).not.toHaveTextContent('60 seconds');
    expect(screen.getByRole('alert')).not.toHaveTextContent('60 seconds');
  });

  it('is off with autoResolve: { online: false }', async () => {
    const { store } = renderToasts({ autoResolve: { online: false } });
    act(() => void store.reportNotification(reconnecting));
    setOnline(false);
    expect(screen.getByText('Reconnecting', { selector: 'span' })).toBeInTheDocument();
  });
});
