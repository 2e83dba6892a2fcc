import * as Dialog from '@radix-ui/react-dialog';
import { useContext, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { createDevWarner } from '../core/dev';
import type { HMSErrorStore } from '../core/store';
import type { HMSOfferedAction } from '../core/copy/getErrorCopy';
import type { HMSActionsLike, HMSErrorCopy, HMSErrorEntry } from '../core/types';
import { HMSErrorStoreContext, useHMSSDKActions } from '../react/context';
import { useHMSErrorState } from '../react/useHMSErrorState';
import { rememberLastHMSError } from '../core/lastError';
import {
  resolveCopy,
  useKitStore,
  useUIConfig,
  visuallyHidden,
  type HMSErrorComponentProps,
  type ResolvedUIConfig,
} from './config';
import { formatDiagnostics } from './diagnostics';
import { hideToastRoots } from './layering';
import { callSafely, KitBoundary } from './KitBoundary';
import { retryLabel } from '../core/copy/getErrorCopy';
import { formatLabel } from './labels';

export interface HMSErrorDialogProps extends HMSErrorComponentProps {
  /**
   * Go home by itself after this many ms, with a visible countdown the person can pause.
   * @defaultValue no countdown
   */
  autoNavigateAfterMs?: number;
  /** Show the error code, small ("Error 40101"). @defaultValue `true` */
  showCode?: boolean;
  /**
   * Show "Copy details" and the technical details disclosure.
   * @defaultValue `true`, except for ordinary endings (the room ended, the person was removed)
   */
  showDetails?: boolean;
  /**
   * Where focus goes when the dialog closes (after "Rejoin", "Try again", or "Go home" through a
   * client-side router). @defaultValue the element that had focus before the dialog opened
   */
  returnFocusTo?: HTMLElement | null | (() => HTMLElement | null | undefined);
  /**
   * Keep the error in sessionStorage when going home, so the home page can explain it with
   * `useLastHMSError()`. @defaultValue `true`
   */
  rememberError?: boolean;
}

type Warn = ReturnType<typeof createDevWarner>;

/**
 * Ends the SDK session on the way out, so it does not keep joining in the background. Never waits
 * for it and never lets it throw: the person's navigation comes first.
 */
export function leaveSafely(actions: HMSActionsLike | null, warn: Warn): void {
  const leave = actions ? safeMethod(actions, 'leave') : undefined;
  if (!leave) return;
  try {
    const result = leave.call(actions);
    if (result && typeof (result as PromiseLike<unknown>).then === 'function') {
      (result as PromiseLike<unknown>).then(undefined, (error) => warn('leave', 'actions.leave() rejected.', error));
    }
  } catch (error) {
    warn('leave', 'actions.leave() threw; going home anyway.', error);
  }
}

function safeMethod(target: object, name: string): ((...args: unknown[]) => unknown) | undefined {
  try {
    const value = (target as Record<string, unknown>)[name];
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown) : undefined;
  } catch {
    return undefined;
  }
}

function assignLocation(href: string): void {
  try {
    window.location.assign(href);
  } catch {
    // a sandboxed frame may refuse navigation; nothing more the kit can do
  }
}

/**
 * The blocking dialog for terminal errors: the call is over, and "Go home" is the way out.
 * Escape and outside clicks do not close it; focus starts on "Go home".
 *
 * @example
 * <HMSErrorDialog onNavigateHome={() => navigate('/')} onRetry={() => rejoin()} />
 */
export function HMSErrorDialog(props: HMSErrorDialogProps) {
  const config = useUIConfig(props);
  return (
    <KitBoundary name="HMSErrorDialog" fallback={<DialogFallback given={props.store} config={config} />}>
      <DialogView {...props} config={config} />
    </KitBoundary>
  );
}

function DialogView({
  config,
  store: given,
  autoNavigateAfterMs,
  showCode = true,
  showDetails,
  rememberError = true,
  returnFocusTo,
}: HMSErrorDialogProps & { config: ResolvedUIConfig }) {
  const store = useKitStore(given);
  const sdkActions = useHMSSDKActions(store);
  const terminal = useHMSErrorState((s) => s.terminal, store);
  // Keeps the last entry on screen for the closing render after "Try again".
  const [shown, setShown] = useState(terminal);
  if (terminal && terminal !== shown) setShown(terminal);
  const entry = terminal ?? shown;
  const { cn } = config;
  const primaryRef = useRef<HTMLButtonElement>(null);
  const open = terminal !== null;
  useEffect(() => (open && typeof document !== 'undefined' ? hideToastRoots(document) : undefined), [open]);
  const countdownId = useId();
  const counting = typeof autoNavigateAfterMs === 'number' && Number.isFinite(autoNavigateAfterMs) && autoNavigateAfterMs > 0;
  // What had focus before the dialog took it: read while rendering the opening, before Radix moves focus.
  const focusedBefore = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (terminal && !wasOpen.current && typeof document !== 'undefined') {
    const active = document.activeElement;
    focusedBefore.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }
  wasOpen.current = terminal !== null;
  // Here rather than in DialogBody (keyed per entry), so a throwing callback is logged once.
  const [warn] = useState<Warn>(createDevWarner);
  if (!entry) return null;
  // The buttons decide the words: a hint names Rejoin or Try again only when it is there.
  const offered: HMSOfferedAction[] = entry.meta.retryable
    ? store.canRerun(entry.id)
      ? ['rejoin']
      : typeof config.onRetry === 'function'
        ? ['retry']
        : []
    : [];
  const copy = resolveCopy(entry, store, config, offered);
  const ordinaryEnding = entry.kind === 'room-ended' || entry.kind === 'removed';
  const details = showDetails ?? !ordinaryEnding;

  return (
    <Dialog.Root open={terminal !== null}>
      <Dialog.Portal container={config.container ?? undefined}>
        <div {...config.rootProps}>
          <Dialog.Overlay className={cn('overlay')} />
          <Dialog.Content
            role="alertdialog"
            aria-modal="true"
            // The countdown's sentence ("Going home in 30 s") is part of what the dialog says
            // (Radix adds the description's id).
            aria-describedby={counting ? countdownId : undefined}
            className={cn('dialog')}
            data-code={entry.code ?? undefined}
            data-severity={copy.severity}
            data-kind={entry.kind}
            data-category={copy.category}
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              // A dialog that opens scrolled (400 % zoom, a short phone in landscape): focus on a
              // button at its end would scroll the title and message out of sight, so the title
              // takes focus and the person reads down from it (WCAG 2.4.3).
              const content = event.currentTarget instanceof HTMLElement ? event.currentTarget : null;
              const title = content?.querySelector<HTMLElement>('[data-hmse-title]');
              if (content && title && content.scrollHeight > content.clientHeight + 1) title.focus();
              else primaryRef.current?.focus();
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              let target: HTMLElement | null | undefined = focusedBefore.current;
              try {
                if (returnFocusTo !== undefined) target = typeof returnFocusTo === 'function' ? returnFocusTo() : returnFocusTo;
              } catch (error) {
                warn('returnFocusTo', 'returnFocusTo threw; focus returns where it was.', error);
              }
              if (target && target.isConnected) target.focus();
              focusedBefore.current = null;
            }}
            onEscapeKeyDown={(event) => event.preventDefault()}
            onPointerDownOutside={(event) => event.preventDefault()}
            onInteractOutside={(event) => event.preventDefault()}
          >
            <DialogBody
              key={entry.id}
              entry={entry}
              copy={copy}
              store={store}
              sdkActions={sdkActions}
              config={config}
              primaryRef={primaryRef}
              countdownId={countdownId}
              warn={warn}
              autoNavigateAfterMs={autoNavigateAfterMs}
              showCode={showCode}
              showDetails={details}
              rememberError={rememberError}
            />
          </Dialog.Content>
        </div>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

interface DialogBodyProps {
  entry: HMSErrorEntry;
  copy: HMSErrorCopy;
  store: HMSErrorStore;
  sdkActions: HMSActionsLike | null;
  config: ResolvedUIConfig;
  primaryRef: RefObject<HTMLButtonElement | null>;
  countdownId: string;
  warn: Warn;
  autoNavigateAfterMs: number | undefined;
  showCode: boolean;
  showDetails: boolean;
  rememberError: boolean;
}

function DialogBody({
  entry,
  copy,
  store,
  sdkActions,
  config,
  primaryRef,
  countdownId,
  warn,
  autoNavigateAfterMs,
  showCode,
  showDetails,
  rememberError,
}: DialogBodyProps) {
  const { cn, labels } = config;
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [detailsOpen, setDetailsOpen] = useState(false);
  const leaving = useRef(false);

  const goHome = () => {
    if (leaving.current) return;
    leaving.current = true;
    leaveSafely(sdkActions, warn);
    if (rememberError) rememberLastHMSError(entry, copy);
    const fallback = () => assignLocation(config.homeHref);
    if (!config.onNavigateHome) return fallback();
    // A client-side route change may keep this provider mounted: close the dialog ourselves.
    if (callSafely(warn, 'onNavigateHome', config.onNavigateHome, [entry], fallback)) store.dismissTerminal();
  };

  // The kit can run the guarded join again itself (`guard(() => hmsActions.join(…))`): then
  // "Rejoin" is the obvious next step, and "Go home" the other way out.
  const canRejoin = copy.retryable && store.canRerun(entry.id);
  // While the SDK leaves the last attempt, "Rejoin" shows it is working (it stays focused).
  const [rejoining, setRejoining] = useState(false);
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    if (stuck) primaryRef.current?.focus();
  }, [stuck, primaryRef]);
  const rejoin = () => {
    if (leaving.current) return;
    leaving.current = true;
    const running = store.rerun(entry.id, sdkActions);
    if (!running) return;
    setRejoining(true);
    running.then(
      () => {
        // Still here: the SDK could not let go of the last attempt, so the kit did not join again
        // and no longer offers it; "Go home" is the way out, and takes focus.
        if (!store.canRerun(entry.id) && store.getState().terminal?.id === entry.id) {
          setRejoining(false);
          setStuck(true);
          leaving.current = false;
          warn('rejoin-stuck', "leave() did not finish: the SDK is still inside the last join attempt, so the dialog stays with Go home.");
        }
      },
      (error) => warn('rejoin', 'Running the guarded task again failed.', error),
    );
  };
  const canRetry = !canRejoin && typeof config.onRetry === 'function' && copy.retryable;
  const retry = () => {
    // If the app's retry throws, the dialog stays: "Go home" is still the way out.
    if (callSafely(warn, 'onRetry', config.onRetry, [entry])) store.dismissTerminal();
  };

  const userAgent = typeof navigator !== 'undefined' ? navigator.userAgent : '';
  const diagnostics = showDetails ? formatDiagnostics(entry, copy, userAgent, config.locale) : '';
  const copyDetails = async () => {
    try {
      const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
      if (!clipboard || typeof clipboard.writeText !== 'function') throw new Error('Clipboard unavailable');
      await clipboard.writeText(diagnostics);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      setDetailsOpen(true);
    }
  };

  return (
    <>
      <Dialog.Title className={cn('title')} dir="auto" tabIndex={-1} data-hmse-title="">
        {copy.title}
      </Dialog.Title>
      <Dialog.Description asChild>
        <div className={cn('description')}>
          <p dir="auto">{copy.message}</p>
          {copy.hint ? (
            <p className={cn('hint')} dir="auto">
              {copy.hint}
            </p>
          ) : null}
        </div>
      </Dialog.Description>
      {showCode && entry.code !== null ? (
        <p className={cn('code')}>{formatLabel(labels.errorCode, { code: String(entry.code) }, config.locale.tag)}</p>
      ) : null}
      <div className={cn('actions')}>
        {canRejoin ? (
          <button
            type="button"
            ref={primaryRef}
            className={cn('primary')}
            aria-busy={rejoining || undefined}
            aria-disabled={rejoining || undefined}
            data-state={rejoining ? 'busy' : undefined}
            onClick={rejoin}
          >
            {labels.rejoin}
          </button>
        ) : null}
        <button type="button" ref={canRejoin ? undefined : primaryRef} className={cn(canRejoin ? 'secondary' : 'primary')} onClick={goHome}>
          {labels.goHome}
        </button>
        {canRetry ? (
          <button type="button" className={cn('secondary')} onClick={retry}>
            {retryLabel(entry, labels)}
          </button>
        ) : null}
        {showDetails ? (
          <button type="button" className={cn('secondary')} onClick={copyDetails}>
            {labels.copyDetails}
          </button>
        ) : null}
      </div>
      {showDetails ? (
        <p role="status" className={cn('status')} data-state={copyState}>
          {copyState === 'copied' ? labels.copied : copyState === 'failed' ? labels.copyFailed : ''}
        </p>
      ) : null}
      {typeof autoNavigateAfterMs === 'number' && Number.isFinite(autoNavigateAfterMs) && autoNavigateAfterMs > 0 ? (
        <Countdown id={countdownId} totalMs={autoNavigateAfterMs} config={config} onDone={goHome} />
      ) : null}
      {showDetails ? (
        <details
          className={cn('details')}
          open={detailsOpen}
          onToggle={(event) => setDetailsOpen(event.currentTarget.open)}
        >
          <summary>{labels.details}</summary>
          <pre dir="auto">{diagnostics}</pre>
        </details>
      ) : null}
    </>
  );
}

function Countdown({ id, totalMs, config, onDone }: { id: string; totalMs: number; config: ResolvedUIConfig; onDone: () => void }) {
  const { cn, labels } = config;
  const [paused, setPaused] = useState(false);
  const [shownMs, setShownMs] = useState(totalMs);
  const [announcement, setAnnouncement] = useState('');
  const remaining = useRef(totalMs);
  const endAt = useRef(0);
  const done = useRef(onDone);
  done.current = onDone;
  const seconds = Math.ceil(shownMs / 1000);

  // One deadline per running stretch, so the display ticks never add up to drift.
  useEffect(() => {
    if (paused) return;
    endAt.current = Date.now() + remaining.current;
    const finish = setTimeout(() => done.current(), remaining.current);
    const tick = setInterval(() => setShownMs(Math.max(0, endAt.current - Date.now())), 1000);
    return () => {
      clearTimeout(finish);
      clearInterval(tick);
      remaining.current = Math.max(0, endAt.current - Date.now());
    };
  }, [paused]);

  // Announced when it starts and when it is paused or resumed, never once a second. Set after
  // mount so the status element exists before its text changes.
  useEffect(() => {
    setAnnouncement(formatLabel(labels.countdownStarted, { seconds: Math.ceil(totalMs / 1000) }, config.locale.tag));
  }, [labels.countdownStarted, totalMs, config.locale.tag]);

  const toggle = () => {
    if (!paused) setShownMs(Math.max(0, endAt.current - Date.now()));
    setPaused(!paused);
    setAnnouncement(paused ? formatLabel(labels.countdownStarted, { seconds }, config.locale.tag) : labels.countdownPaused);
  };

  return (
    <div className={cn('status')} data-state={paused ? 'paused' : 'running'}>
      <p id={id}>{formatLabel(labels.countdown, { seconds }, config.locale.tag)}</p>
      <button type="button" className={cn('secondary')} onClick={toggle}>
        {paused ? labels.resume : labels.pause}
      </button>
      <p role="status" style={visuallyHidden}>
        {announcement}
      </p>
    </div>
  );
}

/** If the dialog itself fails to render, a plain one still offers the way out. */
function DialogFallback({ given, config }: { given: HMSErrorStore | undefined; config: ResolvedUIConfig }) {
  const fromContext = useContext(HMSErrorStoreContext);
  const store = given ?? fromContext;
  return store ? <FallbackContent store={store} config={config} /> : null;
}

function FallbackContent({ store, config }: { store: HMSErrorStore; config: ResolvedUIConfig }) {
  const terminal = useHMSErrorState((s) => s.terminal, store);
  const sdkActions = useHMSSDKActions(store);
  const [warn] = useState<Warn>(createDevWarner);
  const titleId = useId();
  const linkRef = useRef<HTMLAnchorElement>(null);
  const open = terminal !== null;
  // Radix is what failed, so this one holds focus itself: on the way out, and Tab stays there.
  useEffect(() => {
    if (open) linkRef.current?.focus();
  }, [open]);
  if (!terminal || typeof document === 'undefined') return null;
  return createPortal(
    <div {...config.rootProps}>
      <div className={config.cn('overlay')} />
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className={config.cn('dialog')}
        onKeyDown={(event) => {
          if (event.key !== 'Tab') return;
          event.preventDefault();
          linkRef.current?.focus();
        }}
      >
        <h2 id={titleId} className={config.cn('title')}>
          {config.labels.fallbackTitle}
        </h2>
        <div className={config.cn('actions')}>
          <a ref={linkRef} href={config.homeHref} className={config.cn('primary')} onClick={() => leaveSafely(sdkActions, warn)}>
            {config.labels.goHome}
          </a>
        </div>
      </div>
    </div>,
    config.container instanceof Node ? config.container : document.body,
  );
}
