import type { HMSErrorSeverity } from '../core/types';

/**
 * One shape per severity, so that severity never rests on colour alone (WCAG 1.4.1): an octagon
 * for errors, a triangle for warnings, a circle with "i" for information, a circle with a tick for
 * success. The glyph is cut out of the shape (even-odd fill) and the shape is drawn in
 * `currentColor`, so it keeps its form in forced colours, where colours become the system's.
 */
const PATHS: Record<HMSErrorSeverity, string> = {
  error: 'M6 1h8l5 5v8l-5 5H6l-5-5V6zM9 5h2v6H9zM9 13h2v2H9z',
  warning: 'M10 1.5 19.5 18H.5zM9 7h2v5H9zM9 13.5h2v2H9z',
  info: 'M10 1a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM9 8.5h2V15H9zM9 5h2v2H9z',
  success: 'M10 1a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM8.6 13.9 4.8 10.1l1.4-1.4 2.4 2.4 5.2-5.2 1.4 1.4z',
};

/**
 * The severity's icon with its text alternative ("Error:"): `role="img"` and `aria-label`, so a
 * toast can name itself with it through `aria-labelledby`.
 */
export function SeverityIcon({
  id,
  severity,
  label,
  className,
}: {
  id: string;
  severity: HMSErrorSeverity;
  label: string;
  className: string | undefined;
}) {
  return (
    <svg
      id={id}
      className={className}
      role="img"
      aria-label={label}
      focusable="false"
      width="20"
      height="20"
      viewBox="0 0 20 20"
      data-severity={severity}
    >
      <path d={PATHS[severity] ?? PATHS.info} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}

/** The label for a severity ("Error:"), from the locale's labels. */
export function severityLabel(
  severity: HMSErrorSeverity,
  labels: { severityError: string; severityWarning: string; severityInfo: string; severitySuccess: string },
): string {
  switch (severity) {
    case 'error':
      return labels.severityError;
    case 'warning':
      return labels.severityWarning;
    case 'success':
      return labels.severitySuccess;
    default:
      return labels.severityInfo;
  }
}
