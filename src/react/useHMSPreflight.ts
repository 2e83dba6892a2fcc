import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { runHMSPreflight, type HMSPreflightOptions, type HMSPreflightResult } from '../core/preflight';
import { HMSErrorStoreContext } from './context';

export interface UseHMSPreflightOptions extends Omit<HMSPreflightOptions, 'report' | 'signal'> {
  /** Run when the component mounts. @defaultValue `true` */
  auto?: boolean;
  /**
   * Report each finding: `true` into the nearest `HMSErrorProvider`'s store (toasts, or the
   * dialog for terminal findings), or a store / function of your own. @defaultValue `false`
   */
  report?: boolean | HMSPreflightOptions['report'];
}

export interface UseHMSPreflightResult {
  /** `idle` before the first run, `running` while checking, `done` after. */
  state: 'idle' | 'running' | 'done';
  /** The last completed run, or `null`. */
  result: HMSPreflightResult | null;
  /** Runs the checks again (e.g. after the person changed a site setting). */
  run: () => Promise<HMSPreflightResult>;
}

/**
 * Runs `runHMSPreflight` for a pre-join screen: on mount (in an effect, so never on the server)
 * and again on `run()`. Options are read when a run starts. A run that a newer run or unmounting
 * overtakes is dropped and reports nothing, so StrictMode's double effect reports once.
 */
export function useHMSPreflight(options: UseHMSPreflightOptions = {}): UseHMSPreflightResult {
  const store = useContext(HMSErrorStoreContext);
  const latest = useRef({ options, store });
  latest.current = { options, store };
  const current = useRef<AbortController | null>(null);
  const [state, setState] = useState<UseHMSPreflightResult['state']>('idle');
  const [result, setResult] = useState<HMSPreflightResult | null>(null);

  const run = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const { options: { auto: _auto, report, ...rest }, store: nearest } = latest.current;
    setState('running');
    const outcome = await runHMSPreflight({
      ...rest,
      report: report === true ? nearest : report === false ? null : report,
      signal: controller.signal,
    });
    if (!controller.signal.aborted) {
      setResult(outcome);
      setState('done');
    }
    return outcome;
  }, []);

  const auto = options.auto !== false;
  useEffect(() => {
    if (auto) void run();
    return () => current.current?.abort();
  }, [auto, run]);

  return { state, result, run };
}
