import { Component, type ErrorInfo, type ReactNode } from 'react';
import { createDevWarner } from '../core/dev';

type Warn = (id: string, message: string, error?: unknown) => void;

interface KitBoundaryProps {
  /** Names the part in the dev log. */
  name: string;
  /** Rendered instead of the children after they threw. */
  fallback?: ReactNode;
  /** A shared logger, so that many boundaries of one component log a failure once. */
  warn?: Warn;
  children?: ReactNode;
}

/**
 * Keeps a failure inside the kit (a throwing `renderToast`, a broken copy override, a missing
 * provider) from unmounting the host app: logs it once in development and renders `fallback`.
 */
export class KitBoundary extends Component<KitBoundaryProps, { failed: boolean }> {
  state = { failed: false };
  private warn = createDevWarner();

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    (this.props.warn ?? this.warn)(this.props.name, `${this.props.name} failed to render; showing a fallback.`, error ?? info);
  }

  render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}

/**
 * Calls app-supplied code. A throw, or a rejection of a returned promise, is logged once (dev)
 * and runs `onFail`, so the kit can fall back. Returns `false` when it threw synchronously.
 */
export function callSafely<A extends unknown[]>(
  warn: Warn,
  name: string,
  fn: ((...args: A) => unknown) | undefined,
  args: A,
  onFail?: () => void,
): boolean {
  const fail = (error: unknown) => {
    warn(name, `${name} threw; the kit fell back to its default behaviour.`, error);
    onFail?.();
  };
  if (typeof fn !== 'function') return false;
  try {
    const result = fn(...args);
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
      (result as PromiseLike<unknown>).then(undefined, fail);
    }
    return true;
  } catch (error) {
    fail(error);
    return false;
  }
}
