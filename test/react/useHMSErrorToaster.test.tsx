import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createHMSErrorStore,
  getErrorCopy,
  HMSErrorProvider,
  useHMSErrorToaster,
  type HMSErrorStore,
  type UseHMSErrorToasterOptions,
} from '../../src';

const screenShareFailed = { code: 3006, name: 'TrackError', message: 'screen share failed', isTerminal: false };
const noAudio = { code: 3010, name: 'NoAudioDetected', message: 'no audio', isTerminal: false };
const invalidLink = { code: 40101, name: 'ServerErrors', message: 'Invalid Access Key', isTerminal: true };

/** An app's own toaster: the hook alone, no kit component. */
function MyToaster(props: UseHMSErrorToasterOptions) {
  const { toasts, queued, paused, terminal, containerProps, dismiss, hotkeyLabel } = useHMSErrorToaster(props);
  return (
    <section aria-label={`Alerts (${hotkeyLabel})`} data-paused={paused || undefined} {...containerProps}>
      {terminal ? <p>Call ended</p> : null}
      <ul>
        {toasts.map((toast) => {
          const { title } = getErrorCopy(toast);
          return (
            <li key={toast.id} data-hmse-toast="">
              {title}
              <button type="button" data-hmse-close="" onClick={() => dismiss(toast.id)}>
                {`Close ${title}`}
              </button>
            </li>
          );
        })}
      </ul>
      {queued > 0 ? <p>{`${queued} waiting`}</p> : null}
    </section>
  );
}

/** Pause and resume buttons, the way an app might hold toasts while its own panel is open. */
function PanelToaster() {
  const { toasts, handlers } = useHMSErrorToaster();
  return (
    <div>
      <button type="button" onClick={() => handlers.pause('panel')}>
        Open panel
      </button>
      <button type="button" onClick={() => handlers.resume('panel')}>
        Close panel
      </button>
      <ul aria-label="Alerts">
        {toasts.map((toast) => (
          <li key={toast.id}>{getErrorCopy(toast).title}</li>
        ))}
      </ul>
    </div>
  );
}

function renderWith(ui: React.ReactNode, store: HMSErrorStore = createHMSErrorStore(), strict = false) {
  const tree = <HMSErrorProvider store={store}>{ui}</HMSErrorProvider>;
  const result = render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  const report = (error: unknown) =>
    act(() => {
      store.report(error);
    });
  return { ...result, store, report };
}

const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
const items = () => screen.queryAllByRole('listitem');

afterEach(() => {
  vi.useRealTimers();
});

describe('useHMSErrorToaster', () => {
  describe('given a headless toaster rendered with the hook alone', () => {
    it('shows the visible toasts and the number waiting', () => {
      const { report } = renderWith(<MyToaster />, createHMSErrorStore({ maxVisibleToasts: 1 }));
      report(screenShareFailed);
      report(noAudio);
      expect(items()).toHaveLength(1);
      expect(items()[0]).toHaveTextContent("Can't start your video");
      expect(screen.getByText('1 waiting')).toBeInTheDocument();
    });

    it('dismisses a toast after its entry duration', () => {
      vi.useFakeTimers();
      const { report } = renderWith(<MyToaster />, createHMSErrorStore({ durations: { error: 5000 } }));
      report(screenShareFailed);
      advance(4999);
      expect(items()).toHaveLength(1);
      advance(1);
      expect(items()).toHaveLength(0);
    });

    it('keeps a toast whose duration is null until it is closed', () => {
      vi.useFakeTimers();
      const { report } = renderWith(<MyToaster duration={() => null} />);
      report(screenShareFailed);
      advance(10 * 60_000);
      expect(items()).toHaveLength(1);
      fireEvent.click(screen.getByRole('button', { name: "Close Can't start your video" }));
      expect(items()).toHaveLength(0);
    });

    it('pauses while hovered and resumes with the time that was left', () => {
      vi.useFakeTimers();
      const { report } = renderWith(<MyToaster />, createHMSErrorStore({ durations: { error: 5000 } }));
      report(screenShareFailed);
      advance(2000);
      fireEvent.pointerEnter(screen.getByRole('region'));
      expect(screen.getByRole('region')).toHaveAttribute('data-paused');
      advance(60_000);
      expect(items()).toHaveLength(1);
      fireEvent.pointerLeave(screen.getByRole('region'));
      advance(2999);
      expect(items()).toHaveLength(1);
      advance(1);
      expect(items()).toHaveLength(0);
    });

    it('pauses for a reason of the app\'s own until that reason is lifted', () => {
      vi.useFakeTimers();
      const { report } = renderWith(<PanelToaster />, createHMSErrorStore({ durations: { error: 5000 } }));
      report(screenShareFailed);
      advance(1000);
      fireEvent.click(screen.getByRole('button', { name: 'Open panel' }));
      advance(60_000);
      expect(items()).toHaveLength(1);
      fireEvent.click(screen.getByRole('button', { name: 'Close panel' }));
      advance(3999);
      expect(items()).toHaveLength(1);
      advance(1);
      expect(items()).toHaveLength(0);
    });

    it('tells when a terminal error is shown', () => {
      const { report } = renderWith(<MyToaster />);
      report(invalidLink);
      expect(screen.getByText('Call ended')).toBeInTheDocument();
    });
  });

  describe('its hotkey', () => {
    it('F8 moves focus to the container and names it; focus comes back after the last toast', () => {
      const { report } = renderWith(
        <>
          <button type="button">Mute</button>
          <MyToaster />
        </>,
      );
      report(screenShareFailed);
      const mute = screen.getByRole('button', { name: 'Mute' });
      act(() => mute.focus());
      fireEvent.keyDown(mute, { key: 'F8', code: 'F8' });
      const region = screen.getByRole('region', { name: 'Alerts (F8)' });
      expect(region).toHaveFocus();
      act(() => within(region).getByRole('button').focus());
      fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
      fireEvent.click(document.activeElement!, { detail: 0 });
      expect(items()).toHaveLength(0);
      expect(mute).toHaveFocus();
    });

    it('can be another key, or none', () => {
      const { report, rerender, store } = renderWith(<MyToaster hotkey="Alt+KeyN" />);
      report(screenShareFailed);
      fireEvent.keyDown(document.body, { key: 'F8', code: 'F8' });
      expect(screen.getByRole('region', { name: 'Alerts (Alt+N)' })).not.toHaveFocus();
      fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN', altKey: true });
      expect(screen.getByRole('region')).toHaveFocus();
      act(() => screen.getByRole('region').blur());
      rerender(
        <HMSErrorProvider store={store}>
          <MyToaster hotkey={null} />
        </HMSErrorProvider>,
      );
      fireEvent.keyDown(document.body, { key: 'F8', code: 'F8' });
      expect(screen.getByRole('region')).not.toHaveFocus();
    });

    it('does nothing while there is no toast', () => {
      renderWith(<MyToaster />);
      fireEvent.keyDown(document.body, { key: 'F8', code: 'F8' });
      expect(screen.getByRole('region')).not.toHaveFocus();
    });
  });

  describe('lifecycle', () => {
    it('clears its timers on unmount', () => {
      vi.useFakeTimers();
      const { report, unmount, store } = renderWith(<MyToaster />);
      report(screenShareFailed);
      report(noAudio);
      expect(vi.getTimerCount()).toBeGreaterThan(0);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
      advance(60_000);
      expect(store.getState().toasts).toHaveLength(2);
    });

    it('under StrictMode, times a toast out once, after its full duration', () => {
      vi.useFakeTimers();
      const store = createHMSErrorStore({ durations: { error: 5000 } });
      const dismiss = vi.spyOn(store, 'dismiss');
      const { report } = renderWith(<MyToaster />, store, true);
      report(screenShareFailed);
      advance(4999);
      expect(items()).toHaveLength(1);
      advance(1);
      expect(items()).toHaveLength(0);
      expect(dismiss).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('reads a store given as an option, without a provider', () => {
      const store = createHMSErrorStore();
      render(<MyToaster store={store} />);
      act(() => {
        store.report(noAudio);
      });
      expect(items()).toHaveLength(1);
    });
  });
});
