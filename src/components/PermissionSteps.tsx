import { detectBrowserFamily, detectSystem } from '../core/copy/permission-steps';
import type { HMSErrorEntry } from '../core/types';
import type { ResolvedUIConfig } from './config';
import { formatLabel } from './labels';

interface PermissionStepsProps {
  id: string;
  hidden: boolean;
  entry: HMSErrorEntry;
  device: string;
  config: ResolvedUIConfig;
}

/**
 * "How to fix" for 3001 (the browser blocked the site: browser steps) and 3011 (the system blocked
 * the browser: system steps). Toasts render only on the client, so reading the UA here is safe.
 */
export function PermissionSteps({ id, hidden, entry, device, config }: PermissionStepsProps) {
  const { cn, labels, permissionSteps: overrides, locale } = config;
  const { browser: permissionSteps, system: systemPermissionSteps } = locale.permissionSteps;
  const userAgent = typeof navigator !== 'undefined' ? navigator.userAgent : '';
  let heading: string;
  let steps: string[];
  if (entry.catalogKey === '3011') {
    const system = detectSystem(userAgent);
    const found = overrides?.system?.[system] ?? systemPermissionSteps[system];
    heading = formatLabel(labels.stepsOnSystem, { system: found.system }, locale.tag);
    steps = found.steps;
  } else {
    const browser = detectBrowserFamily(userAgent);
    const found = overrides?.browser?.[browser] ?? permissionSteps[browser];
    heading = formatLabel(labels.stepsInBrowser, { browser: found.browser }, locale.tag);
    steps = found.steps;
  }
  return (
    <div id={id} hidden={hidden} className={cn('steps')}>
      <p dir="auto">{heading}</p>
      <ol>
        {steps.map((step, index) => (
          <li key={index} dir="auto">
            {formatLabel(step, { device }, locale.tag)}
          </li>
        ))}
      </ol>
    </div>
  );
}
