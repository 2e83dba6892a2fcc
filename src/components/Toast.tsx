import { useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { createDevWarner } from '../core/dev';
import type { HMSActionsLike, HMSErrorCopy, HMSErrorEntry } from '../core/types';
import type { HMSErrorStore } from '../core/store';
import { callRecovery, deviceKindFor, settleRecovery, SDK_RECONNECT_WINDOW_MS } from '../core/recovery';
import { toastActions, visuallyHidden, type ResolvedUIConfig } from './config';
import { KitBoundary } from './KitBoundary';
import { formatLabel } from './labels';
import { actionLabel, retryLabel } from '../core/copy/getErrorCopy';
import { PermissionSteps } from './PermissionSteps';
import { ActionButton } from './ActionButton';
import { DeviceChoice } from './DeviceChoice';
import { SeverityIcon, severityLabel } from './SeverityIcon';
import type { HMSToastDismissVia } from '../react/useHMSErrorToaster';

/** What a custom toast body receives. */
export interface HMSToastRenderHelpers {
  /** The copy to show (overrides and translations applied). */
  copy: HMSErrorCopy;
  /** Removes this toast. */
  dismiss: () => void;
}

/** Replaces a toast's body (title, message, actions); the kit keeps the item, timers and close button. */
export type HMSToastRenderer = (entry: HMSErrorEntry, helpers: HMSToastRenderHelpers) => ReactNode;

interface ToastProps {
  entry: HMSErrorEntry;
  copy: HMSErrorCopy;
  config: ResolvedUIConfig;
  /** The word for `{device}` in the permission steps. */
  device: string;
  warn: ReturnType<typeof createDevWarner>;
  /** Dismisses; a keyboard dismissal moves focus to the next toast. */
  onDismiss: (id: string, via?: HMSToastDismissVia) => void;
  renderToast?: HMSToastRenderer;
  /** The store the entry is in: a failed recovery reports its error there. */
  store: HMSErrorStore;
  /** The SDK's actions the kit may call. */
  sdk: HMSActionsLike | null;
  /** Place in the stack from the front: 0 for the newest. */
  behind?: number;
}

/**
 * Whether the toast shows an action button (its copy's action, or "Try again" for a retryable
 * error when the app handles retries): such a toast stays until the person acts or closes it.
 */
export function hasToastAction(copy: HMSErrorCopy, config: ResolvedUIConfig): boolean {
  return Boolean(copy.action) || (typeof config.onRetry === 'function' && copy.retryable);
}

/**
 * The close button's "×": a character, not an SVG, so it shows without the stylesheet too
 * (`unstyled`) and adds no elements; the button's `aria-label` names it, so it is not read.
 */
const CLOSE_GLYPH = '\u00d7';

/** One toast. Decides nothing about routing or grouping: it renders an entry of the store. */
export function Toast({ entry, copy, config, device, warn, onDismiss, renderToast, store, sdk, behind }: ToastProps) {
  const { cn, labels } = config;
  const stepsId = useId();
  const devicesId = useId();
  const iconId = useId();
  const titleId = useId();
  const [expanded, setExpanded] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const dismiss = () => onDismiss(entry.id);

  // The same buttons the copy was chosen for (a hint names only what is rendered here).
  const offered = toastActions(entry, config, sdk);
  const allowAudio = offered.includes('unblock-audio');
  const howToFix = offered.includes('fix-permissions');
  const deviceKind = offered.includes('choose-device') ? deviceKindFor(entry) : null;
  // The app's handler, when given, overrides the kit's SDK call. Either way a promise keeps the
  // button busy; success dismisses, failure reports the new error in the old one's place.
  const settle = (attempt: () => unknown) => settleRecovery(store, entry, attempt, dismiss);
  const viaApp = (name: string, handler: (...args: any[]) => unknown, args: unknown[]) => {
    let result: unknown;
    try {
      result = handler(...args);
    } catch (error) {
      // Stays up: the person can try again.
      warn(name, `${name} threw; the toast stays.`, error);
      return undefined;
    }
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') return settle(() => result);
    dismiss();
    return undefined;
  };
  const runAllowAudio = () =>
    typeof config.onAction === 'function'
      ? viaApp('onAction', config.onAction, ['unblock-audio', entry])
      : settle(() => callRecovery(entry, 'unblock-audio', sdk));
  const { retryable, action } = entry.meta;
  const retryHandler = !offered.includes('retry')
    ? undefined
    : typeof config.onRetry === 'function' && (retryable || action === 'retry')
      ? () => viaApp('onRetry', config.onRetry!, [entry])
      : action === 'retry' && typeof config.onAction === 'function'
        ? () => viaApp('onAction', config.onAction!, ['retry', entry])
        : () => settle(() => callRecovery(entry, 'enable', sdk));
  const title = (
    <p className={cn('toastTitle')}>
      <span id={titleId} dir="auto">
        {copy.title}
      </span>
      {entry.count > 1 ? (
        // Seen: the badge ("×3"); heard: "(3 times)". Two elements, no wrapper: a storm's toasts
        // are the DOM a page carries through it.
        <>
          <span className={cn('count')} aria-hidden="true">
            {formatLabel(labels.repeatCount, { count: entry.count }, config.locale.tag)}
          </span>
          <span style={visuallyHidden}>{` (${formatLabel(labels.repeatCountText, { count: entry.count }, config.locale.tag)})`}</span>
        </>
      ) : null}
    </p>
  );

  const defaultBody = (
    <div className={cn('toastBody')}>
      {title}
      <p className={cn('toastMessage')} dir="auto">
        {copy.message}
      </p>
      {copy.hint ? (
        <p className={cn('toastHint')} dir="auto">
          {copy.hint}
        </p>
      ) : null}
      {entry.kind === 'reconnecting' ? (
        // How long the SDK keeps trying, stated once: a ticking count would be noise.
        <p className={cn('toastHint')} data-hmse-window="">
          {formatLabel(labels.keepTrying, { seconds: SDK_RECONNECT_WINDOW_MS / 1000 }, config.locale.tag)}
        </p>
      ) : null}
      {allowAudio || howToFix || retryHandler || deviceKind ? (
        <div className={cn('actions')}>
          {allowAudio ? (
            <ActionButton className={cn('action')} describedBy={titleId} onRun={runAllowAudio}>
              {labels.allowAudio}
            </ActionButton>
          ) : null}
          {retryHandler ? (
            <ActionButton className={cn('action')} describedBy={titleId} onRun={retryHandler}>
              {retryLabel(entry, labels)}
            </ActionButton>
          ) : null}
          {deviceKind ? (
            <button
              type="button"
              className={cn('action')}
              ref={chooseButton}
              aria-describedby={titleId}
              aria-expanded={choosing}
              aria-controls={choosing ? devicesId : undefined}
              onClick={() => setChoosing((open) => !open)}
            >
              {actionLabel('choose-device', entry, labels)}
            </button>
          ) : null}
          {howToFix ? (
            <button
              type="button"
              className={cn('action')}
              aria-describedby={titleId}
              aria-expanded={expanded}
              aria-controls={stepsId}
              onClick={() => setExpanded((open) => !open)}
            >
              {labels.howToFix}
            </button>
          ) : null}
        </div>
      ) : null}
      {deviceKind && choosing ? (
        <DeviceChoice
          id={devicesId}
          kind={deviceKind}
          config={config}
          onChoose={(deviceId) => settle(() => callRecovery(entry, 'choose-device', sdk, deviceId))}
          onCancel={() => {
            setChoosing(false);
            chooseButton.current?.focus();
          }}
        />
      ) : null}
      {howToFix ? (
        <PermissionSteps id={stepsId} hidden={!expanded} entry={entry} device={device} config={config} />
      ) : null}
    </div>
  );

  return (
    <li
      className={cn('toast')}
      data-hmse-toast=""
      data-state="open"
      data-severity={copy.severity}
      data-code={entry.code ?? undefined}
      data-kind={entry.kind}
      data-category={copy.category}
      data-count={entry.count}
      // The stack's order from the front (0: the newest), for the collapsed stack's peek.
      style={behind === undefined ? undefined : ({ '--hmse-behind': behind } as CSSProperties)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onDismiss(entry.id, 'keyboard');
      }}
    >
      {/* A labelled group ("Error: Can't start your camera"), as React Aria's toasts are; the
          list item around it keeps the toasts a list. */}
      <div
        role="group"
        // A custom body may not show the title: then the group names itself.
        aria-labelledby={renderToast ? undefined : `${iconId} ${titleId}`}
        aria-label={renderToast ? `${severityLabel(copy.severity, labels)} ${copy.title}` : undefined}
      >
        <SeverityIcon id={iconId} severity={copy.severity} label={severityLabel(copy.severity, labels)} className={cn('icon')} />
        {renderToast ? (
          <KitBoundary name="renderToast" fallback={defaultBody} warn={warn}>
            <CustomBody render={renderToast} entry={entry} helpers={{ copy, dismiss }} />
          </KitBoundary>
        ) : (
          defaultBody
        )}
        <button
          type="button"
          className={cn('close')}
          aria-label={formatLabel(labels.dismiss, { title: copy.title }, config.locale.tag)}
          data-hmse-close=""
          // A click with no pointer behind it (Enter, Space, a screen reader) has detail 0.
          onClick={(event) => onDismiss(entry.id, event.detail === 0 ? 'keyboard' : 'pointer')}
        >
          {CLOSE_GLYPH}
        </button>
      </div>
    </li>
  );
}

/** Calls the app's renderer inside its own boundary, so a throw falls back to the default body. */
function CustomBody({ render, entry, helpers }: { render: HMSToastRenderer; entry: HMSErrorEntry; helpers: HMSToastRenderHelpers }) {
  return <>{render(entry, helpers)}</>;
}
