// Hostile inputs for the property tests: everything an SDK bug, a sloppy app or an attacker-chosen
// display name could push into the kit.
import fc from 'fast-check';

const MB = 1024 * 1024;

/** Huge strings are built once: generating a megabyte per run would make the suite slow. */
export const HUGE_STRINGS = [
  'x'.repeat(MB + 1),
  '<img src=x onerror=alert(1)>'.repeat(Math.ceil(MB / 28)),
  '😀'.repeat(MB / 2 + 1),
  ` ${'9'.repeat(MB)} `,
] as const;

/** A Proxy on which every trap throws, over an object or a function target. */
export function throwingProxy(target: object = {}): object {
  const trap = (name: string) => () => {
    throw new Error(`trap ${name}`);
  };
  return new Proxy(target, {
    get: trap('get'),
    set: trap('set'),
    has: trap('has'),
    deleteProperty: trap('deleteProperty'),
    ownKeys: trap('ownKeys'),
    getOwnPropertyDescriptor: trap('getOwnPropertyDescriptor'),
    defineProperty: trap('defineProperty'),
    getPrototypeOf: trap('getPrototypeOf'),
    setPrototypeOf: trap('setPrototypeOf'),
    isExtensible: trap('isExtensible'),
    preventExtensions: trap('preventExtensions'),
    apply: trap('apply'),
    construct: trap('construct'),
  });
}

const ERROR_FIELDS = [
  'code',
  'name',
  'message',
  'description',
  'action',
  'isTerminal',
  'timestamp',
  'trackType',
  'id',
  'params',
  'type',
  'data',
  'error',
  'reason',
  'requestedBy',
  'value',
  'toString',
  'valueOf',
] as const;

/**
 * A value built only when a test uses it. fast-check probes every generated value (`cloneMethod in
 * value`), which a Proxy whose traps throw would not survive; `materialize` swaps these in last.
 */
export class Lazy {
  constructor(
    readonly label: string,
    readonly build: () => unknown,
  ) {}
  [fc.toStringMethod]() {
    return this.label;
  }
}

const proxyOverObject = new Lazy('throwingProxy({})', () => throwingProxy());
const proxyOverFunction = new Lazy('throwingProxy(() => {})', () => throwingProxy(() => {}));
/** A Date whose methods throw (its prototype chain is a throwing Proxy). */
const hostileDate = new Lazy('Date with throwing proto', () => Object.setPrototypeOf(new Date(), throwingProxy()));
const hostileProxies = fc.constantFrom(proxyOverObject, proxyOverFunction, hostileDate);

/**
 * A copy of `value` with its `Lazy` markers (top level and inside plain objects and arrays) replaced
 * by what they build. Copies rather than mutates: fast-check may reuse a value while shrinking.
 * Accessors, symbols, cycles, frozen-ness and null prototypes are kept.
 */
export function materialize(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (value instanceof Lazy) return value.build();
  if (value === null || typeof value !== 'object') return value;
  if (copies.has(value)) return copies.get(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  const copy: object = Array.isArray(value) ? [] : Object.create(proto);
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor) descriptor.value = materialize(descriptor.value, copies);
    Object.defineProperty(copy, key, descriptor);
  }
  if (Object.isFrozen(value)) Object.freeze(copy);
  return copy;
}

/** An object whose getters throw for some of the fields the kit reads. */
export const throwingGetters = fc
  .subarray([...ERROR_FIELDS], { minLength: 1 })
  .map((keys) => {
    const obj: Record<string, unknown> = {};
    for (const key of keys) {
      Object.defineProperty(obj, key, {
        enumerable: true,
        get() {
          throw new Error(`getter ${key}`);
        },
      });
    }
    Object.defineProperty(obj, Symbol.toPrimitive, {
      value: () => {
        throw new Error('toPrimitive');
      },
    });
    return obj;
  });

/** Codes as every type an SDK or app might send: strings, objects, NaN, ±Infinity, negatives… */
export const anyCode: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.constantFrom(1003, 2003, 2004, 3001, 3003, 3012, 40001, 40101, 0, -1, -3001),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e21, Number.MAX_VALUE, Number.MIN_VALUE, 3001.7),
  fc.double(),
  fc.bigInt(),
  fc.constantFrom('3001', ' 40101 ', '-1', 'NaN', 'Infinity', '1e3', '0x10', '', '3001abc'),
  fc.string(),
  fc.record({ value: fc.oneof(fc.integer(), fc.string(), fc.constant(NaN)) }),
  fc.record({ errorCode: fc.integer() }),
  fc.record({ code: fc.record({ value: fc.integer() }) }),
  fc.string().map((s) => Symbol(s)),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(() => 3001),
  fc.constant(new Date(NaN)),
  hostileProxies,
);

const anyText: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(...HUGE_STRINGS),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'Load failed', 'Failed to fetch'),
  fc.integer(),
  fc.bigInt(),
  fc.boolean(),
  fc.string().map((s) => Symbol(s)),
  fc.constant({ toString: () => { throw new Error('toString'); } }),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  hostileProxies,
);

/** The right field names with the wrong types (and sometimes the right ones). */
export const wrongTypedFields = fc.record(
  {
    code: anyCode,
    name: anyText,
    message: anyText,
    description: anyText,
    action: anyText,
    isTerminal: fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'yes', 1, 0, null), fc.anything()),
    timestamp: fc.oneof(fc.date({ noInvalidDate: false }), fc.double(), fc.string(), fc.anything(), hostileProxies),
    trackType: fc.oneof(fc.constantFrom('audio', 'video', 'audio, video', 'screen', '__proto__', 'constructor'), anyText),
    id: anyText,
    params: fc.oneof(fc.anything(), hostileProxies),
  },
  { requiredKeys: [] },
);

/** Objects that reference themselves, directly or through their `data`. */
export const circular = fc
  .tuple(wrongTypedFields, fc.constantFrom('self', 'data', 'code', 'error', 'value'), fc.constantFrom('ERROR', 'x', undefined))
  .map(([fields, key, type]) => {
    const obj: Record<string, unknown> = { ...fields };
    if (type !== undefined) obj.type = type;
    obj[key] = obj;
    return obj;
  });

export const frozen = fc.oneof(wrongTypedFields, fc.object()).map((obj) => Object.freeze(obj));

/** A plain object whose prototype is null or an Error. */
export const oddPrototypes = wrongTypedFields.chain((fields) =>
  fc.constantFrom(
    Object.assign(Object.create(null), fields),
    Object.assign(new Error('boom'), fields),
    Object.assign(new TypeError('Load failed'), fields),
  ),
);

/** Any hostile value, bare. */
export const hostileError: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  wrongTypedFields,
  throwingGetters,
  hostileProxies,
  circular,
  frozen,
  oddPrototypes,
  fc.constantFrom(...HUGE_STRINGS),
  fc.string().map((s) => Symbol(s)),
  fc.bigInt(),
  anyCode,
);

const NOTIFICATION_TYPES = [
  'ERROR',
  'RECONNECTING',
  'RECONNECTED',
  'ROOM_ENDED',
  'REMOVED_FROM_ROOM',
  'DEVICE_CHANGE_UPDATE',
  'TRACK_INTERRUPTION_START',
  'PEER_JOINED',
  '__proto__',
  'toString',
] as const;

/** Notification-shaped wrappers around hostile payloads, and hostile wrappers themselves. */
export const hostileNotification: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    id: fc.anything(),
    type: fc.oneof(fc.constantFrom(...NOTIFICATION_TYPES), anyText),
    message: anyText,
    severity: fc.anything(),
    data: fc.oneof(
      hostileError,
      fc.record({ error: hostileError }),
      fc.record({ reason: anyText, requestedBy: fc.oneof(anyText, fc.record({ name: anyText }), throwingGetters) }),
    ),
  }),
  hostileError,
);

/** Realistic SDK errors, so random sequences also exercise grouping, dedupe and routing. */
export const realisticError = fc.oneof(
  { weight: 5, arbitrary: fc.record({
    code: fc.constantFrom(1003, 2003, 3001, 3002, 3003, 3008, 4005, 6000),
    isTerminal: fc.constant(false),
    trackType: fc.constantFrom('audio', 'video', 'screen'),
    name: fc.constantFrom('DeviceInUse', 'CantAccessCaptureDevice', 'EndpointUnreachable'),
  }) },
  { weight: 1, arbitrary: fc.record({ code: fc.constantFrom(2004, 40001, 40101, 6008, 1003), isTerminal: fc.constant(true) }) },
  { weight: 1, arbitrary: fc.constant({ name: 'TypeError', message: 'Load failed' }) },
);
