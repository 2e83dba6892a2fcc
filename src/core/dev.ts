const isProduction = (): boolean =>
  typeof process !== 'undefined' && process.env?.NODE_ENV === 'production';

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
      console.error(`[react-hms-errors] ${message}`, error);
    } catch {
      // console itself may be stubbed out by a host; nothing else to do
    }
  };
}
