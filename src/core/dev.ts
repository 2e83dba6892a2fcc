/**
 * `process.env.NODE_ENV` as the app's bundler replaced it: Vite and webpack replace this exact
 * expression in dependencies too, so it must be written without `typeof process` or `?.` (which
 * stopped the replacement: the warnings reached production builds). No `process` at all (a page
 * without a bundler) counts as development.
 */
const isProduction = (): boolean => {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
};

/**
 * Logs a failure of app-supplied code (a copy override, a callback) once per `reporter`/`id`
 * pair in development, and never in production. The kit then falls back and carries on.
 */
export function createDevWarner(): (id: string, message: string, error?: unknown) => void {
  const seen = new Set<string>();
  return (id, message, error) => {
    if (isProduction() || seen.has(id)) return;
    seen.add(id);
    try {
      // Without a cause, the message alone (no trailing "undefined" in the console).
      if (error === undefined) console.error(`[react-hms-errors] ${message}`);
      else console.error(`[react-hms-errors] ${message}`, error);
    } catch {
      // console itself may be stubbed out by a host; nothing else to do
    }
  };
}
