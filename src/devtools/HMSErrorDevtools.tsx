import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { HMSLocale } from '../core/copy/locale';
import type { HMSErrorCatalogKey } from '../core/codes';
import type { HMSErrorStore } from '../core/store';
import type { HMSErrorCategory } from '../core/types';
import { useHMSErrorStore } from '../react/context';
import { useHMSLocale } from '../react/locale';
import { useHMSErrorState } from '../react/useHMSErrorState';
import { resolveCopy } from '../components/config';
import { SIMULATED_KEYS, simulatedKeyLabel, simulatedNotification } from '../storybook/catalogEvents';
import { devtoolsRows, formatHMSErrorReport, rowOutcome, safeJSON, type HMSDevtoolsOutcome, type HMSDevtoolsRow } from './report';
import { devtoolsStyles as styles, type HMSErrorDevtoolsPosition } from './styles';

export interface HMSErrorDevtoolsProps {
  /** The store to inspect. @defaultValue the nearest `HMSErrorProvider`'s */
  store?: HMSErrorStore;
  /** Start expanded. @defaultValue `false` */
  defaultOpen?: boolean;
  /** Corner of the toggle; the panel opens from it. @defaultValue `'top-left'` (toasts default to the bottom end) */
  position?: HMSErrorDevtoolsPosition;
  /** The language of "shown as" (the copy). @defaultValue the provider's locale */
  locale?: HMSLocale;
  /**
   * Render in a production build too, e.g. in a published Storybook (a production build) or a
   * staging app. @defaultValue `false`
   */
  showInProduction?: boolean;
}

const CATEGORIES: readonly HMSErrorCategory[] = ['network', 'device', 'permission', 'token', 'room', 'webrtc', 'plugin', 'server', 'unknown'];
const OUTCOMES: readonly HMSDevtoolsOutcome[] = ['dialog', 'toast', 'grouped', 'queued', 'updated', 'silent', 'suppressed', 'deduplicated', 'ignored'];

/**
 * `process.env.NODE_ENV` as the app's bundler replaced it (Vite and webpack replace this exact
 * expression in dependencies too). Written without `typeof process` or `?.`, which would stop the
 * replacement or undo it in a browser; a page with no `process` at all counts as development.
 */
export function isProductionBuild(): boolean {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

/**
 * An inspector for the error kit, for development: every report with its outcome and why (the rule
 * that decided), sources, catalog key, the copy shown, timings and raw payload; filters; "Copy as
 * JSON" for a bug report; "Fire" any catalog code into the store. Collapsed to a small button
 * until opened. Renders nothing in a production build unless `showInProduction`.
 *
 * @example
 * <HMSErrorProvider actions={hmsActions}>
 *   <Call />
 *   <HMSErrorUI />
 *   <HMSErrorDevtools />
 * </HMSErrorProvider>
 */
export function HMSErrorDevtools({ showInProduction = false, ...props }: HMSErrorDevtoolsProps) {
  if (isProductionBuild() && !showInProduction) return null;
  return <Inspector {...props} />;
}

const clock = (iso: string) => (iso.length >= 23 ? iso.slice(11, 23) : iso);
const seconds = (ms: number | null) => (ms === null ? '' : `+${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);

function Inspector({ store: given, defaultOpen = false, position = 'top-left', locale: localeProp }: HMSErrorDevtoolsProps) {
  const id = useId();
  const store = useHMSErrorStore(given);
  const providerLocale = useHMSLocale();
  const locale = localeProp ?? providerLocale;
  const history = useHMSErrorState((s) => s.history, store);
  const stats = useHMSErrorState((s) => s.stats, store);
  const toggle = useRef<HTMLButtonElement>(null);

  const [open, setOpen] = useState(defaultOpen);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<HMSErrorCategory | ''>('');
  const [outcome, setOutcome] = useState<HMSDevtoolsOutcome | ''>('');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [fireKey, setFireKey] = useState<HMSErrorCatalogKey>(SIMULATED_KEYS[0]);
  const [status, setStatus] = useState('');
  const [fallbackJSON, setFallbackJSON] = useState<string | null>(null);

  // Collapsed, it only counts: no rows, no copy resolved during a storm.
  const rows = useMemo(
    () => (open ? devtoolsRows(history, (entry) => resolveCopy(entry, store, { locale })) : []),
    [open, history, store, locale],
  );
  // A record's number since the store started: stable while older records are evicted.
  const numbered = rows.map((row, i) => ({ row, n: stats.evicted + i + 1 }));
  const needle = query.trim().toLowerCase();
  const shown = numbered
    .filter(({ row }) => {
      if (category && row.category !== category) return false;
      if (outcome && rowOutcome(row) !== outcome) return false;
      if (!needle) return true;
      return [String(row.code ?? ''), row.catalogKey, row.name].some((s) => s.toLowerCase().includes(needle));
    })
    .reverse();

  const copyJSON = async () => {
    const json = formatHMSErrorReport(
      shown.map(({ row }) => row).reverse(),
      stats,
      { userAgent: typeof navigator === 'undefined' ? undefined : navigator.userAgent },
    );
    try {
      await navigator.clipboard.writeText(json);
      setFallbackJSON(null);
      setStatus(`Copied ${shown.length} report(s) as JSON.`);
    } catch {
      // No clipboard (insecure page, denied permission): the JSON to select by hand.
      setFallbackJSON(json);
      setStatus('The clipboard is unavailable: the JSON is below, to copy by hand.');
    }
  };

  const fire = () => {
    const notification = simulatedNotification(fireKey);
    if (!notification) return;
    store.reportNotification(notification);
    setStatus(`Fired ${fireKey} as the SDK would send it.`);
  };

  const toggleRow = (n: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(n)) next.add(n);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <aside
      aria-label="Error devtools"
      data-hmse-devtools=""
      data-state={open ? 'open' : 'closed'}
      style={styles.root(position, open)}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggle}
        type="button"
        style={styles.toggle}
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Error devtools ({history.length})
      </button>
      <div id={`${id}-body`} hidden={!open} style={open ? styles.body : undefined}>
        {open ? (
          <>
            <div style={styles.controls}>
              <label style={styles.label}>
                Code or key
                <input type="search" style={styles.field} value={query} onChange={(e) => setQuery(e.target.value)} />
              </label>
              <label style={styles.label}>
                Category
                <select style={styles.field} value={category} onChange={(e) => setCategory(e.target.value as HMSErrorCategory | '')}>
                  <option value="">All</option>
                  {CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </label>
              <label style={styles.label}>
                Outcome
                <select style={styles.field} value={outcome} onChange={(e) => setOutcome(e.target.value as HMSDevtoolsOutcome | '')}>
                  <option value="">All</option>
                  {OUTCOMES.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" style={styles.button} onClick={copyJSON}>
                Copy as JSON
              </button>
            </div>
            <div style={styles.controls}>
              <label style={styles.label}>
                Catalog code to fire
                <select style={styles.field} value={fireKey} onChange={(e) => setFireKey(e.target.value as HMSErrorCatalogKey)}>
                  {SIMULATED_KEYS.map((k) => (
                    <option key={k} value={k}>
                      {simulatedKeyLabel(k)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" style={styles.button} onClick={fire}>
                Fire
              </button>
            </div>
            <p style={styles.muted}>
              {stats.reported} reported · {stats.deduplicated} deduplicated · {stats.evicted} evicted from history ·{' '}
              {shown.length} of {rows.length} shown
            </p>
            <p role="status" style={styles.muted}>
              {status}
            </p>
            {fallbackJSON !== null ? (
              <textarea aria-label="Reports as JSON" readOnly rows={6} style={styles.field} value={fallbackJSON} />
            ) : null}
            <ol aria-label="Reports, newest first" style={styles.list}>
              {shown.map(({ row, n }) => (
                <Row key={n} n={n} row={row} expanded={expanded.has(n)} onToggle={() => toggleRow(n)} idPrefix={id} />
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </aside>
  );
}

function Row({ row, n, expanded, onToggle, idPrefix }: { row: HMSDevtoolsRow; n: number; expanded: boolean; onToggle: () => void; idPrefix: string }) {
  const detailsId = `${idPrefix}-report-${n}`;
  const facts: [string, string][] = [
    ['Outcome', rowOutcome(row) === row.outcome ? row.outcome : `${row.outcome}, then deduplicated`],
    ['Why', row.why],
    ['Route', `${row.route}${row.routeWhy ? ` — ${row.routeWhy}` : ''}`],
    ['Sources', row.sources.join(', ')],
    ['Code', row.code === null ? 'none' : String(row.code)],
    ['Catalog key', row.catalogKey],
    ['Kind', row.kind],
    ['Category', `${row.category} · ${row.severity}`],
    ['Terminal', row.isTerminal ? 'yes' : 'no'],
    ['Shown as', [row.copy.title, row.copy.message, row.copy.hint].filter(Boolean).join(' — ')],
    ['SDK name', row.name],
    ['SDK action', row.action],
    ['SDK message', row.message],
    ['SDK description', row.description],
    ['Track', row.trackType ?? ''],
    ['Count', String(row.count)],
    ['Auto-dismiss', row.route !== 'toast' ? '' : row.durationMs === null ? 'stays until dismissed' : `${row.durationMs} ms`],
    ['Reported at', row.at],
    ['Since previous', seconds(row.sincePreviousMs)],
    ['SDK timestamp', row.sdkTimestamp],
    ['Entry id', row.entryId],
  ];
  return (
    <li data-outcome={rowOutcome(row)}>
      <button type="button" style={styles.row} aria-expanded={expanded} aria-controls={detailsId} onClick={onToggle}>
        {/* Spaces between the parts: the button's accessible name reads "#2 10:04:01.250 queued 3010 No audio detected". */}
        <span>#{n}</span> <span>{clock(row.at)}</span> <span style={styles.badge}>{rowOutcome(row)}</span>{' '}
        <span>{row.catalogKey === String(row.code) ? row.catalogKey : `${row.code ?? '—'} ${row.catalogKey}`}</span>{' '}
        <span>{row.copy.title}</span>
      </button>
      <div id={detailsId} hidden={!expanded} style={expanded ? styles.details : undefined}>
        {expanded ? (
          <>
            <dl style={styles.facts}>
              {facts
                .filter(([, value]) => value !== '')
                .map(([term, value]) => (
                  <div key={term} style={{ display: 'contents' }}>
                    <dt style={styles.term}>{term}</dt>
                    <dd style={styles.value}>{value}</dd>
                  </div>
                ))}
            </dl>
            <pre tabIndex={0} aria-label={`Raw payload of report ${n}`} style={styles.pre}>
              {safeJSON(row.raw)}
            </pre>
          </>
        ) : null}
      </div>
    </li>
  );
}
