import { defaultCopy as en } from '../src/core/copy/defaultCopy';
import {
  detectBrowserFamily,
  detectSystem,
  permissionSteps,
  systemPermissionSteps,
} from '../src/core/copy/permission-steps';
import { CATALOG_KEYS, RANGE_KEYS, catalogKeyForCode } from '../src/core/codes';
import type { HMSErrorCatalogKey, HMSErrorCopy } from '../src/core/types';

/** The Flutter table (reference/100ms-flutter-error-handling.txt): code → "Action to be taken". */
const FLUTTER_ACTIONS: Record<number, string> = {
  1003: 'Mention user to check their network connection or try again after some time.',
  2002: 'Check the endpoint provided while calling join on HMSSDK.',
  2003: 'Mention user to check their network connection or try again after some time.',
  2004: 'The token passed while calling join is not in correct format. Retry getting a new token.',
  3001: 'Ask user to check permission granted to audio/video capture devices.',
  3002: 'Ask user to check if the audio/video capture device is connected or not.',
  3003: 'Show notification to user mentioning that the capturing device is used by some other application currently.',
  3012: "Add the BLUETOOTH_CONNECT permission to your app and request it at runtime since it's a dangerous level permission.",
  3013: 'Add the BLUETOOTH permission to your app.',
  4001: 'Some webRTC error has occurred. Need more logs to debug.',
  4002: 'Some webRTC error has occurred. Need more logs to debug.',
  4003: 'Some webRTC error has occurred. Need more logs to debug.',
  4004: 'Some webRTC error has occurred. Need more logs to debug.',
  4005: 'Mention user to check their network connection or try again after some time.',
  5001: 'Trying to join an already joined room.',
  6002: 'Please try again.',
  40101: 'Access Key provided in the token is wrong.',
  40102: 'RoomID provided in the token is wrong.',
  40103: 'AuthID provided in the token is wrong.',
  40104: 'App ID provided in the token is wrong.',
  40105: 'Customer Id provided in the token is wrong.',
  40107: 'User ID provided in the token is wrong.',
  40108: 'The role provided in the token is wrong.',
  40109: 'Bad JWT Token.',
  40100: 'Need to debug further with logs.',
  40001: 'Room ID provided while fetching the token is an invalid room.',
  40002: 'Room ID provided while fetching the token does not match.',
  40004: 'Peer who is trying to join has already joined the room.',
  41001: 'The peer is no more present in the room.',
  7001: 'The platform is not supported for plugin',
  7002: 'Plugin initialization has failed',
  7003: 'Plugin processing failed',
  7004: 'Plugin add is already in progress',
};

const FLUTTER_CODES = [
  1003, 2002, 2003, 2004, 3001, 3002, 3003, 3012, 3013, 4001, 4002, 4003, 4004, 4005, 5001, 6002,
  40001, 40002, 40004, 40100, 40101, 40102, 40103, 40104, 40105, 40107, 40108, 40109, 41001, 7001, 7002,
  7003, 7004,
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every web code in reference/100ms-web-sdk-errors.md. */
const WEB_CODES = [
  1000, 1003, 1006,
  ...range(2002, 2004),
  ...range(3000, 3015),
  ...range(4001, 4008),
  5001, 5002,
  ...range(6000, 6013),
  ...range(7001, 7006),
  8001, 8002,
];

const HTTP_CODES = [400, 401, 403, 404, 410, 429, 500, 503];

const PERSON_FIELDS = ['title', 'message', 'hint'] as const;
const STRING_FIELDS = [...PERSON_FIELDS, 'developerNote'] as const;
const JARGON = /webrtc|\bice\b|jwt|sdp|endpoint|token|exception|undefined|null/i;
const CATEGORIES = ['network', 'device', 'permission', 'token', 'room', 'webrtc', 'plugin', 'server', 'unknown'];
const SEVERITIES = ['error', 'warning', 'info', 'success'];

const entries = Object.entries(en) as [HMSErrorCatalogKey, HMSErrorCopy][];
const isFallback = (key: string) => key === 'UNKNOWN' || (RANGE_KEYS as readonly string[]).includes(key);

describe('the English catalog', () => {
  it('has an entry for every catalog key and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual([...CATALOG_KEYS].sort());
  });

  it('has its own entry for every code in the Flutter table', () => {
    for (const code of FLUTTER_CODES) {
      const key = catalogKeyForCode(code, 'flutter');
      expect(isFallback(key), `${code} → ${key}`).toBe(false);
      expect(en[key], `${code} → ${key}`).toBeDefined();
    }
  });

  it.each(['web', 'flutter'] as const)(
    'has its own entry for every web code and HTTP status on %s',
    (platform) => {
      for (const code of [...FLUTTER_CODES, ...WEB_CODES, ...HTTP_CODES]) {
        const key = catalogKeyForCode(code, platform);
        expect(isFallback(key), `${code} → ${key}`).toBe(false);
        expect(en[key], `${code} → ${key}`).toBeDefined();
      }
    },
  );

  it('fills every text field with trimmed, non-empty text', () => {
    for (const [key, copy] of entries) {
      for (const field of STRING_FIELDS) {
        const text = copy[field];
        expect(typeof text, `${key}.${field}`).toBe('string');
        expect(text.trim(), `${key}.${field}`).toBe(text);
        expect(text.length, `${key}.${field}`).toBeGreaterThan(0);
      }
    }
  });

  it('uses only known categories and severities, and a boolean retryable', () => {
    for (const [key, copy] of entries) {
      expect(CATEGORIES, key).toContain(copy.category);
      expect(SEVERITIES, key).toContain(copy.severity);
      expect(typeof copy.retryable, key).toBe('boolean');
    }
  });

  it('speaks plainly to the person in the call: no jargon, no bare codes, no exclamation marks', () => {
    for (const [key, copy] of entries) {
      for (const field of PERSON_FIELDS) {
        const text = copy[field];
        expect(text, `${key}.${field}`).not.toMatch(JARGON);
        expect(text, `${key}.${field}`).not.toMatch(/^\s*\d+\s*$/);
        expect(text, `${key}.${field}`).not.toMatch(/\b\d{3,5}\b/);
        expect(text, `${key}.${field}`).not.toContain('!');
      }
    }
  });

  it('uses no placeholders but {device}, {action} and labels, and names people only when ended or removed', () => {
    for (const [key, copy] of entries) {
      for (const field of STRING_FIELDS) {
        const placeholders = copy[field].match(/\{\w+\}/g) ?? [];
        const allowed =
          key === 'REMOVED_FROM_ROOM' || key === 'ROOM_ENDED' ? ['{device}', '{requestedBy}', '{reason}'] : ['{device}'];
        for (const placeholder of placeholders) expect(allowed, `${key}.${field}`).toContain(placeholder);
      }
    }
    for (const [key, copy] of entries) {
      for (const field of PERSON_FIELDS) {
        const rest = copy[field]
          .replace(/\{(requestedBy|reason), select, none \{[^{}]*\} other \{[^{}]*\{\1\}[^{}]*\}\}/g, '')
          .replace(/\{device\}|\{requestedBy\}/g, '');
        expect(rest, `${key}.${field}`).not.toMatch(/[{}]/);
      }
    }
    expect(en.REMOVED_FROM_ROOM.message).toContain('{requestedBy}');
  });

  it('names the device in the copy for capture and permission errors', () => {
    for (const key of ['3001', '3002', '3003', '3004', '3011', '3014', '3015', 'range.3xxx'] as const) {
      expect(`${en[key].title} ${en[key].message} ${en[key].hint}`, key).toContain('{device}');
    }
  });

  it('keeps titles to 40 characters or fewer', () => {
    for (const [key, copy] of entries) expect(copy.title.length, key).toBeLessThanOrEqual(40);
  });

  it("quotes the Flutter table's action in the developer note of each Flutter code", () => {
    for (const [code, action] of Object.entries(FLUTTER_ACTIONS)) {
      const key = catalogKeyForCode(Number(code), 'flutter');
      expect(en[key].developerNote, `${code} → ${key}`).toContain(action);
    }
  });

  it('tells tab sharing from Bluetooth for 3012, and audio playback from Bluetooth for 3013', () => {
    expect(en['3012.web']).not.toEqual(en['3012.flutter']);
    expect(en['3012.web'].message).toMatch(/tab/i);
    expect(en['3012.flutter'].hint).toMatch(/Nearby devices/);
    expect(`${en['3012.flutter'].title} ${en['3012.flutter'].message}`).toMatch(/Bluetooth/);

    expect(en['3013.web']).not.toEqual(en['3013.flutter']);
    expect(en['3013.web'].message).toMatch(/audio|sound/i);
    expect(en['3013.web'].message).not.toMatch(/Bluetooth/);
    expect(`${en['3013.flutter'].title} ${en['3013.flutter'].hint}`).toMatch(/Bluetooth/);
  });

  it('gives 2002 and 6002 a note per platform that says how they differ', () => {
    expect(en['2002.web'].developerNote).toMatch(/Init config not found/);
    expect(en['2002.flutter'].developerNote).toMatch(/Invalid Endpoint URL/);
    expect(en['6002.web'].developerNote).toMatch(/Unknown/);
    expect(en['6002.flutter'].developerNote).toMatch(/renegotiat/i);
  });

  it('offers the permission fixer for 3001 and 3011, audio unblocking for 3008, and no other actions', () => {
    expect(en['3001'].action).toBe('fix-permissions');
    expect(en['3011'].action).toBe('fix-permissions');
    expect(en['3008'].action).toBe('unblock-audio');
    expect(en['3008'].hint).toBe('Click or tap anywhere on the page to hear them.');
    const withAction = entries.filter(([, copy]) => copy.action !== undefined).map(([key]) => key);
    expect(withAction.sort()).toEqual(['3001', '3008', '3011']);
  });

  it('asks for a new link, without offering a retry, when the link or invite is bad', () => {
    const linkKeys = ['2004', '401', '403', '40001', '40002', '40102', '40108', '40109'] as const;
    for (const key of linkKeys) {
      expect(en[key].retryable, key).toBe(false);
      expect(en[key].hint, key).toBe('Ask the host for a new link.');
    }
    for (const key of ['403', '404', '410', '6008', '3001', '3011'] as const) {
      expect(en[key].retryable, key).toBe(false);
    }
  });

  it('offers a retry for network, server and timeout errors', () => {
    const retryable = [
      '1000', '1003', '1006', '2003', '4005', '4006', '6000', '429', '500', '503', 'TIMEOUT', 'NETWORK',
      'range.1xxx', 'range.http5xx',
    ] as const;
    for (const key of retryable) expect(en[key].retryable, key).toBe(true);
    for (const key of ['1000', '1003', '2003', '4005', 'TIMEOUT', 'NETWORK'] as const) {
      expect(en[key].category, key).toBe('network');
      expect(en[key].hint, key).toMatch(/connection|network|Wi-Fi/i);
    }
  });

  it('marks the connection coming back as a success and losing it as a warning', () => {
    expect(en.RECONNECTED.severity).toBe('success');
    expect(en.RECONNECTING.severity).toBe('warning');
  });

  it('treats non-blocking nuisances as warnings or info, not errors', () => {
    for (const key of ['3010', '4007', '4008', '6012'] as const) {
      expect(['warning', 'info'], key).toContain(en[key].severity);
    }
  });

  it('says the call did not start in time for the watchdog, and who ended or removed', () => {
    expect(en.TIMEOUT.title).toBe("The call didn't start in time");
    expect(en.TIMEOUT.category).toBe('network');
    expect(en.ROOM_ENDED.message).toMatch(/\{requestedBy\} ended the call for everyone/);
    expect(en.ROOM_ENDED.message).not.toMatch(/host/);
    expect(en.REMOVED_FROM_ROOM.message).toMatch(/\{requestedBy\} removed you from the call\./);
  });

  it('tells the person where to fix device and permission problems', () => {
    expect(en['3001'].hint).toMatch(/browser's site settings/);
    expect(en['3011'].hint).toMatch(/system's privacy settings/);
    expect(en['3003'].hint).toMatch(/Close other apps using it/);
    expect(en['3002'].hint).toMatch(/Connect your \{device\}|choose another/);
    expect(en['3012.flutter'].hint).toMatch(/phone's settings/);
    expect(en['3013.flutter'].hint).toMatch(/speaker or a wired headset/);
    expect(en['3012.web'].hint).toMatch(/this tab/);
  });

  it('writes 1003 for the case where reconnection gave up', () => {
    expect(en['1003'].title).toMatch(/couldn't reconnect/i);
  });
});

describe('the permission steps', () => {
  it('give three or four short steps for every browser and system', () => {
    for (const { steps } of [...Object.values(permissionSteps), ...Object.values(systemPermissionSteps)]) {
      expect(steps.length).toBeGreaterThanOrEqual(3);
      expect(steps.length).toBeLessThanOrEqual(4);
      for (const step of steps) {
        expect(step.trim()).toBe(step);
        expect(step).not.toMatch(JARGON);
        for (const placeholder of step.match(/\{\w+\}/g) ?? []) expect(placeholder).toBe('{device}');
      }
    }
  });
});

const UA = {
  chromeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51',
  firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:125.0) Gecko/20100101 Firefox/125.0',
  firefoxLinux: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
  safariIPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1',
  chromeIPhone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
  opera:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/110.0.0.0',
};

describe('detectBrowserFamily', () => {
  it.each([
    ['Chrome on Windows', UA.chromeWindows, 'chrome'],
    ['Chrome on Android', UA.chromeAndroid, 'chrome'],
    ['Edge, whose user agent also says Chrome', UA.edgeWindows, 'edge'],
    ['Firefox on macOS', UA.firefoxMac, 'firefox'],
    ['Safari on macOS', UA.safariMac, 'safari'],
    ['Safari on iPhone', UA.safariIPhone, 'safari'],
    ["Chrome on iPhone (CriOS), which follows Safari's settings", UA.chromeIPhone, 'safari'],
    ['Opera, whose settings differ from Chrome', UA.opera, 'other'],
    ['an empty string', '', 'other'],
  ] as const)('recognises %s', (_name, ua, family) => {
    expect(detectBrowserFamily(ua)).toBe(family);
  });

  it('never throws on input that is not a string', () => {
    expect(detectBrowserFamily(undefined as unknown as string)).toBe('other');
  });
});

describe('detectSystem', () => {
  it.each([
    ['Windows', UA.chromeWindows, 'windows'],
    ['macOS with Safari', UA.safariMac, 'macos'],
    ['macOS with Firefox', UA.firefoxMac, 'macos'],
    ['iPhone, which says "like Mac OS X"', UA.safariIPhone, 'other'],
    ['Android', UA.chromeAndroid, 'other'],
    ['Linux', UA.firefoxLinux, 'other'],
  ] as const)('recognises %s', (_name, ua, system) => {
    expect(detectSystem(ua)).toBe(system);
  });
});
