import { useId, useState } from 'react';
import { createDevWarner } from '../core/dev';
import { useHMSSDKActions } from '../react/context';
import { useHMSRecentNotifications } from '../react/useHMSRecentNotifications';
import { deviceWord, plainCopy, resolveCopy, toastActions, useKitStore, useUIConfig, type HMSErrorComponentProps } from './config';
import { KitBoundary } from './KitBoundary';
import { Toast } from './Toast';

export interface HMSErrorRecentProps extends HMSErrorComponentProps {
  /** How many to list, newest first. @defaultValue `20` */
  limit?: number;
}

/**
 * "Recent notifications": every toast that has left the screen (dismissed or timed out), newest
 * first, with its text and its buttons, so that a toast that went too soon can be read again and
 * acted on (WCAG 2.2.1). A labelled region in the page's flow (not a portal): put it where the
 * person can reach it, e.g. in a side panel or a popover opened from the call's toolbar.
 *
 * @example
 * <HMSErrorRecent onRetry={(entry) => retry(entry)} />
 */
export function HMSErrorRecent(props: HMSErrorRecentProps) {
  const config = useUIConfig(props);
  const store = useKitStore(props.store);
  const recent = useHMSRecentNotifications(store);
  // Acted on from here too: the same SDK calls as the toast had.
  const sdk = useHMSSDKActions(store);
  const headingId = useId();
  const [warn] = useState(createDevWarner);
  /** Entries the person removed from this list (the store's history keeps them). */
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const { cn, labels } = config;
  const limit = typeof props.limit === 'number' && props.limit > 0 ? props.limit : 20;
  const shown = recent.filter((entry) => !removed.has(entry.id)).slice(0, limit);

  return (
    <KitBoundary name="HMSErrorRecent">
      <section {...config.rootProps} aria-labelledby={headingId}>
        <div className={cn('recent')}>
          <h2 id={headingId} className={cn('recentTitle')}>
            {labels.recent}
          </h2>
          {shown.length === 0 ? (
            <p className={cn('toastHint')}>{labels.recentEmpty}</p>
          ) : (
            <ol className={cn('list')}>
              {shown.map((entry) => (
                <KitBoundary key={entry.id} name="HMSErrorRecentItem" warn={warn}>
                  <Toast
                    entry={entry}
                    copy={safeCopy(() => resolveCopy(entry, store, config, toastActions(entry, config, sdk)), entry)}
                    config={config}
                    device={deviceWord(entry, store, config)}
                    warn={warn}
                    onDismiss={(id) => setRemoved((before) => new Set(before).add(id))}
                    store={store}
                    sdk={sdk}
                  />
                </KitBoundary>
              ))}
            </ol>
          )}
        </div>
      </section>
    </KitBoundary>
  );
}

function safeCopy(resolve: () => ReturnType<typeof plainCopy>, entry: Parameters<typeof plainCopy>[0]) {
  try {
    return resolve();
  } catch {
    return plainCopy(entry);
  }
}
