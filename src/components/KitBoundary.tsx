import { Component, type ErrorInfo, type ReactNode } from 'react';
import { createDevWarner } from '../core/dev';

interface KitBoundaryProps {
  /** Names the part in the dev log. */
  name: string;
  /** Rendered instead of the children after they threw. */
  fallback?: ReactNode;
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
    this.warn(this.props.name, `${this.props.name} failed to render; showing a fallback.`, error ?? info);
  }

  render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}

/** Calls app-supplied code; a throw is logged once (dev) and reported as `false`. */
export function safeCall<A extends unknown[]>(
  warn: (id: string, message: string, error?: unknown) => void,
  name: string,
  fn: ((...args: A) => unknown) | undefined,
  ...args: A
): boolean {
  if (typeof fn !== 'function') return false;
  try {
    fn(...args);
    return true;
  } catch (error) {
    warn(name, `${name} threw; the kit fell back to its default behaviour.`, error);
    return false;
  }
}
