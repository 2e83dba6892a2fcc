import { useEffect, useId, useRef, type ReactNode } from 'react';
import { getErrorCopy, type HMSCopyOverrides } from '../core/copy/getErrorCopy';
import type { HMSPreflightCheckId, HMSPreflightResult, HMSPreflightStatus } from '../core/preflight';
import { useHMSPreflight, type UseHMSPreflightOptions } from '../react/useHMSPreflight';
import { formatLabel } from './labels';
import type { HMSColorScheme } from './theme';

/** Every string `HMSPreflight` shows besides the catalog's copy. */
export interface HMSPreflightLabels {
  heading: string;
  checking: string;
  allSet: string;
  /** `{count}` problems or warnings were found. */
  found: string;
  checkAgain: string;
  checks: Record<HMSPreflightCheckId, string>;
  statuses: Record<HMSPreflightStatus, string>;
}

export const defaultPreflightLabels: Readonly<HMSPreflightLabels> = {
  heading: 'Before you join',
  checking: 'Checking your browser and devices…',
  allSet: 'Everything is ready for the call.',
  found: 'Found {count} thing(s) to look at before you join.',
  checkAgain: 'Check again',
  checks: {
    'secure-context': 'Secure page',
    webrtc: 'Browser support for calls',
    devices: 'Camera and microphone',
    permissions: 'Camera and microphone access',
    autoplay: 'Sound from the call',
    connectivity: 'Connection to the call service',
  },
  statuses: {
    pass: 'Ready',
    warn: 'Needs attention',
    fail: 'Problem',
    unknown: "Couldn't check",
    skipped: 'Not checked',
  },
};

export interface HMSPreflightProps extends UseHMSPreflightOptions {
  /** Replacement strings, e.g. in another language. */
  labels?: Partial<Omit<HMSPreflightLabels, 'checks' | 'statuses'>> & {
    checks?: Partial<HMSPreflightLabels['checks']>;
    statuses?: Partial<HMSPreflightLabels['statuses']>;
  };
  /** Copy overrides per catalog key or code, as for the rest of the kit. */
  copy?: HMSCopyOverrides;
  /** Called after every completed run. */
  onComplete?: (result: HMSPreflightResult) => void;
  /** Show checks that did not run (not asked for, or not applicable). @defaultValue `false` */
  showSkipped?: boolean;
  /** @defaultValue `2` */
  headingLevel?: 2 | 3 | 4;
  /** Added to the root's class names (or, with `unstyled`, instead of them). */
  className?: string;
  /** Drop the kit's class names. @defaultValue `false` */
  unstyled?: boolean;
  /** Light, dark, or the system's setting, as for `HMSErrorUI`. @defaultValue `'light'` */
  colorScheme?: HMSColorScheme;
  /** Rendered after the checklist, e.g. the Join button. */
  children?: ReactNode;
}

/**
 * A pre-join checklist: runs `useHMSPreflight` and lists each check with its state and, for each
 * finding, the catalog's title, message and hint, the same words the toasts and dialog use.
 * State is on `data-state` (`idle`/`running`/`done`), `data-status` and `data-code`.
 *
 * @example
 * <HMSPreflight devices={{ audio: true, video: true }} onComplete={(r) => setCanJoin(r.ok)} />
 */
export function HMSPreflight({
  labels: given,
  copy,
  onComplete,
  showSkipped = false,
  headingLevel = 2,
  className,
  unstyled = false,
  colorScheme = 'light',
  children,
  ...options
}: HMSPreflightProps) {
  const { state, result, run } = useHMSPreflight(options);
  const headingId = useId();
  const labels = {
    ...defaultPreflightLabels,
    ...given,
    checks: { ...defaultPreflightLabels.checks, ...given?.checks },
    statuses: { ...defaultPreflightLabels.statuses, ...given?.statuses },
  };

  const completed = useRef(onComplete);
  completed.current = onComplete;
  useEffect(() => {
    if (result) completed.current?.(result);
  }, [result]);

  const cls = (part: string) => (unstyled ? undefined : `hmse-preflight-${part}`);
  const Heading = `h${headingLevel}` as const;
  const checks = (result?.checks ?? []).filter((c) => showSkipped || c.status !== 'skipped');
  const problems = checks.filter((c) => c.finding).length;
  const summary =
    state !== 'done' || !result ? labels.checking : problems === 0 ? labels.allSet : formatLabel(labels.found, { count: problems });

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={state === 'running'}
      className={unstyled ? className : ['hmse-root', 'hmse-preflight', className].filter(Boolean).join(' ')}
      data-state={state}
      data-status={result?.status}
      data-color-scheme={colorScheme}
    >
      <Heading id={headingId} className={cls('title')}>
        {labels.heading}
      </Heading>
      <p role="status" className={cls('summary')}>
        {summary}
      </p>
      {checks.length > 0 ? (
        <ul className={cls('list')} aria-label={labels.heading}>
          {checks.map((c) => {
            const text = c.finding ? getErrorCopy(c.finding, copy) : null;
            return (
              <li
                key={c.id}
                className={cls('check')}
                data-check={c.id}
                data-status={c.status}
                data-code={c.finding?.code ?? undefined}
              >
                <span className={cls('name')}>{labels.checks[c.id]}</span>
                {': '}
                <span className={cls('status')}>{labels.statuses[c.status]}</span>
                {text ? (
                  <span className={cls('finding')}>
                    <strong className={cls('finding-title')}>{text.title}</strong>{' '}
                    <span className={cls('finding-message')}>{text.message}</span>{' '}
                    <span className={cls('finding-hint')}>{text.hint}</span>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <button type="button" className={unstyled ? undefined : 'hmse-button hmse-preflight-retry'} onClick={() => void run()} disabled={state === 'running'}>
        {labels.checkAgain}
      </button>
      {children}
    </section>
  );
}
