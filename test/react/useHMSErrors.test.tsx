import { act, render, screen } from '@testing-library/react';
import { Profiler, StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getErrorCopy,
  createHMSErrorStore,
  HMSErrorProvider,
  useHMSErrors,
  useHMSErrorState,
  type HMSErrorStore,
} from 'react-hms-errors';
import { createFakeHMSNotifications, type FakeHMSNotifications } from 'react-hms-errors/testing';

function Toasts({ notifications }: { notifications?: FakeHMSNotifications }) {
  const { toasts, terminal } = useHMSErrors({ notifications });
  return (
    <>
      {terminal && <p role="alert">{getErrorCopy(terminal).title}</p>}
      <ul>
        {toasts.map((t) => (
          <li key={t.id}>
            {getErrorCopy(t).title} ×{t.count}
          </li>
        ))}
      </ul>
    </>
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('useHMSErrors', () => {
  describe('given a notifications object under StrictMode', () => {
    it('holds exactly one subscription and turns one notification into one toast', () => {
      const notifications = createFakeHMSNotifications();
      render(
        <StrictMode>
          <HMSErrorProvider>
            <Toasts notifications={notifications} />
          </HMSErrorProvider>
        </StrictMode>,
      );
      expect(notifications.listenerCount()).toBe(1);
      notifications.emit({ type: 'ERROR', data: { code: 3003, isTerminal: false } });
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
      expect(screen.getByRole('listitem')).toHaveTextContent('×1');
    });

    it('unsubscribes on unmount', () => {
      const notifications = createFakeHMSNotifications();
      const { unmount } = render(
        <StrictMode>
          <HMSErrorProvider>
            <Toasts notifications={notifications} />
          </HMSErrorProvider>
        </StrictMode>,
      );
      unmount();
      expect(notifications.listenerCount()).toBe(0);
    });

    it('keeps one subscription when two components pass the same notifications object', () => {
      const notifications = createFakeHMSNotifications();
      render(
        <HMSErrorProvider>
          <Toasts notifications={notifications} />
          <Toasts notifications={notifications} />
        </HMSErrorProvider>,
      );
      expect(notifications.listenerCount()).toBe(1);
      notifications.emit({ type: 'ERROR', data: { code: 3002, isTerminal: false } });
      expect(screen.getAllByRole('listitem')).toHaveLength(2); // one toast, rendered by each component
      expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('×1');
    });

    it('treats fresh wrapper objects around the same onNotification as one source (hms.getNotifications() inline)', () => {
      const source = createFakeHMSNotifications();
      const onNotification = vi.fn(source.onNotification);
      const wrap = () => ({ onNotification });
      let rerender!: () => void;
      function Host() {
        const [, setTick] = useState(0);
        rerender = () => setTick((t) => t + 1);
        return (
          <>
            <Toasts notifications={wrap() as never} />
            <Toasts notifications={wrap() as never} />
          </>
        );
      }
      render(
        <StrictMode>
          <HMSErrorProvider>
            <Host />
          </HMSErrorProvider>
        </StrictMode>,
      );
      const subscribed = onNotification.mock.calls.length;
      act(() => rerender());
      act(() => rerender());
      expect(onNotification.mock.calls.length).toBe(subscribed);
      expect(source.listenerCount()).toBe(1);
      source.emit({ type: 'ERROR', data: { code: 3008, isTerminal: false } });
      expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('×1');
    });

    it('moves the subscription when the notifications object changes', () => {
      const first = createFakeHMSNotifications();
      const second = createFakeHMSNotifications();
      let swap!: () => void;
      function Host() {
        const [n, setN] = useState(first);
        swap = () => setN(second);
        return <Toasts notifications={n} />;
      }
      render(
        <HMSErrorProvider>
          <Host />
        </HMSErrorProvider>,
      );
      act(() => swap());
      expect(first.listenerCount()).toBe(0);
      expect(second.listenerCount()).toBe(1);
    });
  });

  describe('selectors', () => {
    it('does not re-render a component that reads only the terminal slot when toasts change', () => {
      const store = createHMSErrorStore();
      let terminalRenders = 0;
      let toastRenders = 0;
      function TerminalOnly() {
        const terminal = useHMSErrorState((s) => s.terminal);
        return <p>{terminal ? getErrorCopy(terminal).title : 'fine'}</p>;
      }
      function ToastCount() {
        const toasts = useHMSErrorState((s) => s.toasts);
        return <p>{toasts.length} toasts</p>;
      }
      render(
        <HMSErrorProvider store={store}>
          <Profiler id="terminal" onRender={() => terminalRenders++}>
            <TerminalOnly />
          </Profiler>
          <Profiler id="toasts" onRender={() => toastRenders++}>
            <ToastCount />
          </Profiler>
        </HMSErrorProvider>,
      );
      expect(terminalRenders).toBe(1);
      act(() => {
        store.report({ code: 3002 });
      });
      act(() => {
        store.report({ code: 3003 });
      });
      expect(screen.getByText('2 toasts')).toBeInTheDocument();
      expect(toastRenders).toBe(3);
      expect(terminalRenders).toBe(1);
      act(() => {
        store.report({ code: 40101, isTerminal: true });
      });
      expect(terminalRenders).toBe(2);
    });

    it('renders once for a synchronous burst of reports', () => {
      const store = createHMSErrorStore();
      let renders = 0;
      render(
        <HMSErrorProvider store={store}>
          <Profiler id="toasts" onRender={() => renders++}>
            <Toasts />
          </Profiler>
        </HMSErrorProvider>,
      );
      renders = 0;
      act(() => {
        for (let i = 0; i < 1000; i++) store.report({ code: 3000 + (i % 16) });
      });
      expect(renders).toBe(1);
      expect(screen.getAllByRole('listitem')).toHaveLength(3);
    });
  });

  describe('guard', () => {
    it('reports a rejected SDK call and returns undefined', async () => {
      let guard!: ReturnType<typeof useHMSErrors>['guard'];
      function Joiner() {
        guard = useHMSErrors().guard;
        return <Toasts />;
      }
      render(
        <HMSErrorProvider>
          <Joiner />
        </HMSErrorProvider>,
      );
      let result: unknown = 'unset';
      await act(async () => {
        result = await guard(Promise.reject({ code: 2004, name: 'InvalidTokenFormat', isTerminal: true }));
      });
      expect(result).toBeUndefined();
      expect(screen.getByRole('alert')).toHaveTextContent(/\S/);
    });

    it('flags a join that never settles once its timeout passes', async () => {
      vi.useFakeTimers();
      let guard!: ReturnType<typeof useHMSErrors>['guard'];
      function Joiner() {
        guard = useHMSErrors().guard;
        return <Toasts />;
      }
      render(
        <HMSErrorProvider>
          <Joiner />
        </HMSErrorProvider>,
      );
      void guard(new Promise(() => {}), { timeoutMs: 15_000, label: 'join' });
      await act(() => vi.advanceTimersByTimeAsync(15_000));
      expect(screen.getByRole('alert')).toBeInTheDocument();
    });
  });

  describe('providers', () => {
    it('keeps two providers side by side independent', () => {
      const a = createHMSErrorStore();
      const b = createHMSErrorStore();
      render(
        <>
          <HMSErrorProvider store={a}>
            <section aria-label="a">
              <Toasts />
            </section>
          </HMSErrorProvider>
          <HMSErrorProvider store={b}>
            <section aria-label="b">
              <Toasts />
            </section>
          </HMSErrorProvider>
        </>,
      );
      act(() => {
        a.report({ code: 3003 });
      });
      expect(screen.getByRole('region', { name: 'a' }).querySelectorAll('li')).toHaveLength(1);
      expect(screen.getByRole('region', { name: 'b' }).querySelectorAll('li')).toHaveLength(0);
    });

    it('explains the missing provider instead of failing obscurely', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(() => render(<Toasts />)).toThrow(/HMSErrorProvider/);
      vi.restoreAllMocks();
    });

    it('cancels its watchdogs when the provider unmounts', async () => {
      vi.useFakeTimers();
      let store!: HMSErrorStore;
      function Grab() {
        store = useHMSErrors() as never;
        return null;
      }
      const { unmount } = render(
        <HMSErrorProvider>
          <Grab />
        </HMSErrorProvider>,
      );
      void (store as unknown as ReturnType<typeof useHMSErrors>).guard(new Promise(() => {}), { timeoutMs: 1000 });
      expect(vi.getTimerCount()).toBe(1);
      unmount();
      expect(vi.getTimerCount()).toBe(0);
    });
  });
});
