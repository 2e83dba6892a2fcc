/**
 * A stand-in for what a story cannot change in a real browser: the camera and microphone
 * permissions (`navigator.permissions`), the device list (`enumerateDevices` + `devicechange`) and
 * `navigator.onLine`. Installed on the page's own `navigator` while the demo room is mounted, so
 * the kit's watchers see the same APIs as in an app. Not part of the kit.
 */

type Name = 'camera' | 'microphone';

class DemoPermissionStatus extends EventTarget {
  constructor(public state: PermissionState) {
    super();
  }
}

export interface DemoDevice {
  deviceId: string;
  kind: 'videoinput' | 'audioinput';
  label: string;
  groupId: string;
}

const START_DEVICES: DemoDevice[] = [
  { deviceId: 'demo-cam-1', kind: 'videoinput', label: 'Built-in camera', groupId: 'builtin' },
  { deviceId: 'demo-mic-1', kind: 'audioinput', label: 'Built-in microphone', groupId: 'builtin' },
];

export function createFakeMedia() {
  const statuses: Record<Name, DemoPermissionStatus> = {
    camera: new DemoPermissionStatus('prompt'),
    microphone: new DemoPermissionStatus('prompt'),
  };
  let devices = START_DEVICES.slice();
  let online = true;
  const devicesTarget = new EventTarget();
  const undo: (() => void)[] = [];

  /** Defines `key` on `target` itself (shadowing the prototype's) and remembers how to undo it. */
  const shadow = (target: object, key: string, descriptor: PropertyDescriptor) => {
    const own = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, { configurable: true, ...descriptor });
    undo.push(() => {
      if (own) Object.defineProperty(target, key, own);
      else delete (target as Record<string, unknown>)[key];
    });
  };

  const mediaDevices = (): object => {
    if (navigator.mediaDevices) return navigator.mediaDevices;
    const stand = {};
    shadow(navigator, 'mediaDevices', { value: stand });
    return stand;
  };

  return {
    install() {
      shadow(navigator, 'permissions', {
        value: { query: async ({ name }: { name: Name }) => statuses[name] ?? Promise.reject(new TypeError(name)) },
      });
      const media = mediaDevices();
      shadow(media, 'enumerateDevices', { value: async () => devices.map((d) => ({ ...d, toJSON: () => d })) });
      shadow(media, 'addEventListener', { value: devicesTarget.addEventListener.bind(devicesTarget) });
      shadow(media, 'removeEventListener', { value: devicesTarget.removeEventListener.bind(devicesTarget) });
      shadow(navigator, 'onLine', { get: () => online });
    },
    uninstall() {
      for (const step of undo.splice(0).reverse()) step();
    },
    /** The browser's permission for `name` changes, as after the person answers the prompt. */
    setPermission(name: Name, state: PermissionState) {
      statuses[name].state = state;
      statuses[name].dispatchEvent(new Event('change'));
    },
    permission: (name: Name) => statuses[name].state,
    /** A device is plugged in: the list grows and `devicechange` fires. */
    plugIn(device: DemoDevice) {
      if (devices.some((d) => d.deviceId === device.deviceId)) return;
      devices = devices.concat(device);
      devicesTarget.dispatchEvent(new Event('devicechange'));
    },
    unplug(kind: DemoDevice['kind']) {
      devices = devices.filter((d) => d.kind !== kind);
      devicesTarget.dispatchEvent(new Event('devicechange'));
    },
    setOnline(next: boolean) {
      online = next;
      window.dispatchEvent(new Event(next ? 'online' : 'offline'));
    },
  };
}

export type FakeMedia = ReturnType<typeof createFakeMedia>;
