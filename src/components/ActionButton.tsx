import { useEffect, useRef, useState, type ReactNode } from 'react';

interface ActionButtonProps {
  className?: string;
  /** The id of what the button acts on (the toast's title): "Try again — Can't start your camera". */
  describedBy?: string;
  /** Runs the action: a promise keeps the button busy until it settles. */
  onRun: () => unknown;
  /** Not offered yet (nothing chosen): the button says so and does nothing. */
  unavailable?: boolean;
  children: ReactNode;
}

/**
 * A toast's action button that shows its own progress: while the action's promise is pending it
 * is `aria-busy` and `aria-disabled` and ignores clicks. It stays focusable (a `disabled` button
 * would drop keyboard focus to the page at the moment the person is waiting on it).
 */
export function ActionButton({ className, describedBy, onRun, unavailable = false, children }: ActionButtonProps) {
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const inert = busy || unavailable;
  return (
    <button
      type="button"
      className={className}
      aria-describedby={describedBy}
      aria-busy={busy || undefined}
      aria-disabled={inert || undefined}
      data-state={busy ? 'busy' : undefined}
      onClick={() => {
        if (inert) return;
        const result = onRun();
        if (!result || typeof (result as PromiseLike<unknown>).then !== 'function') return;
        setBusy(true);
        const done = () => {
          if (mounted.current) setBusy(false);
        };
        (result as PromiseLike<unknown>).then(done, done);
      }}
    >
      {children}
    </button>
  );
}
