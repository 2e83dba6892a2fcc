/**
 * The storm's errors: plain objects shaped like the 100ms web SDK's `HMSException` as it arrives
 * in an ERROR notification. Every library gets the same objects.
 */
export interface StormError {
  code: number;
  name: string;
  message: string;
  description: string;
  action: string;
  isTerminal: false;
}

/** The repeated code: 2003, EndpointUnreachable, the SDK's real non-terminal error. */
export const REPEATED_CODE = 2003;

/** Distinct codes for the "all different" storms: 1000–8999, then 40000 onwards (server range). */
export function uniqueCode(i: number): number {
  return i < 8000 ? 1000 + i : 40000 + (i - 8000);
}

export function makeError(i: number, codes: 'unique' | 'repeated'): StormError {
  const code = codes === 'unique' ? uniqueCode(i) : REPEATED_CODE;
  return {
    code,
    name: codes === 'unique' ? 'HMSException' : 'EndpointUnreachable',
    message: `Request ${i} failed with code ${code}`,
    description: 'Endpoint is not reachable',
    action: 'PREVIEW',
    isTerminal: false,
  };
}

/** The one line a user of a plain toast library would show. */
export function toastText(error: StormError): string {
  return `${error.message} (${error.code})`;
}
