import type { CSSProperties } from 'react';

/** Where the devtools' toggle sits; the panel opens from there. */
export type HMSErrorDevtoolsPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

// Its own look, inline (nothing to import, nothing an app's CSS reaches by accident): a developer
// tool, not part of the call's UI. Dark, with WCAG AA contrast for every text.
const ink = '#f6f8fa';
const muted = '#d0d7de';
const panel = '#1f2328';
const line = '#57606a';

export const devtoolsStyles = {
  root: (position: HMSErrorDevtoolsPosition, open: boolean): CSSProperties => ({
    position: 'fixed',
    [position.startsWith('top') ? 'top' : 'bottom']: 12,
    [position.endsWith('left') ? 'left' : 'right']: 12,
    zIndex: 2147483000,
    // Radix's modal dialog turns pointer events off on <body>; the devtools stay usable.
    pointerEvents: 'auto',
    display: 'flex',
    flexDirection: position.startsWith('top') ? 'column' : 'column-reverse',
    width: open ? 'min(520px, calc(100vw - 24px))' : undefined,
    maxHeight: 'calc(100vh - 24px)',
    font: '13px/1.4 system-ui, sans-serif',
    color: ink,
    background: panel,
    border: `1px solid ${line}`,
    borderRadius: 8,
    boxShadow: '0 6px 20px rgba(0,0,0,0.35)',
    boxSizing: 'border-box',
    textAlign: 'left',
  }),
  toggle: {
    font: 'inherit',
    fontWeight: 600,
    color: 'inherit',
    background: 'transparent',
    border: 0,
    padding: '8px 12px',
    cursor: 'pointer',
    textAlign: 'left',
  } satisfies CSSProperties,
  body: { display: 'grid', gap: 8, padding: '0 12px 12px', overflow: 'auto', minHeight: 0 } satisfies CSSProperties,
  controls: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' } satisfies CSSProperties,
  label: { display: 'grid', gap: 2 } satisfies CSSProperties,
  field: { font: 'inherit', maxWidth: '100%', color: panel, background: '#ffffff', border: `1px solid ${line}`, borderRadius: 4 } satisfies CSSProperties,
  button: {
    font: 'inherit',
    color: '#ffffff',
    background: '#0a58ca',
    border: 0,
    borderRadius: 6,
    padding: '5px 10px',
    cursor: 'pointer',
  } satisfies CSSProperties,
  muted: { margin: 0, color: muted } satisfies CSSProperties,
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 } satisfies CSSProperties,
  row: {
    font: 'inherit',
    color: 'inherit',
    background: '#2d333b',
    border: `1px solid ${line}`,
    borderRadius: 4,
    padding: '4px 8px',
    width: '100%',
    display: 'flex',
    gap: 8,
    flexWrap: 'wrap',
    textAlign: 'left',
    cursor: 'pointer',
  } satisfies CSSProperties,
  badge: { fontWeight: 600 } satisfies CSSProperties,
  details: { padding: '4px 8px 8px', display: 'grid', gap: 6 } satisfies CSSProperties,
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 10px', margin: 0 } satisfies CSSProperties,
  term: { color: muted } satisfies CSSProperties,
  value: { margin: 0, overflowWrap: 'anywhere' } satisfies CSSProperties,
  pre: {
    margin: 0,
    padding: 8,
    maxHeight: 200,
    overflow: 'auto',
    background: '#0d1117',
    color: ink,
    borderRadius: 4,
    font: '12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  } satisfies CSSProperties,
};
