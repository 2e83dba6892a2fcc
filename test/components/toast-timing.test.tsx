import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorToasts } from 'react-hms-errors';
import { advance, errors, setup } from './helpers';

const toastItems = () => {
  const region = screen.queryByRole('region', { name: /^Notifications/ });
  return region ? within(region).queryAllByRole('listitem') : [];
};

afterEach(() => vi.useRealTimers());

describe('toast timing you control (WCAG 2.2.1)', () => {
  describe('given the default durations', () => {
    it('keeps an error toast until it is dismissed', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />);
      report(errors.screenShareFailed);
      advance(60 * 60_000);
      expect(toastItems()).toHaveLength(1);
    });

    it('keeps a warning at least 6 s, then lets it go', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />);
      report(errors.noAudio);
      advance(5999);
      expect(toastItems()).toHaveLength(1);
      advance(60_000);
      expect(toastItems()).toHaveLength(0);
    });

    it('keeps an info toast at least 6 s', () => {
      vi.useFakeTimers();
      const { report } = setup(<HMSErrorToasts />);
      report({ code: 7006, name: 'PluginError', message: 'plugin', isTerminal: false }); // info, shown as a toast
      advance(5999);
      expect(toastItems()).toHaveLength(1);
    });
  });

  describe('given a warning whose text is long', () => {
    it('adds reading time for the text past ~90 characters', () => {
      vi.useFakeTimers();
      const long = 'Check that it is connected, that it is not muted in the system settings, or pick another microphone from the list.';
      const { report } = setup(<HMSErrorToasts copy={{ 3010: { hint: long } }} />);
      report(errors.noAudio);
      // 6 s for the first 90 characters; ~55 more here need about 3.6 s more.
      advance(9000);
      expect(toastItems()).toHaveLength(1);
      advance(60_000);
      expect(toastItems()).toHaveLength(0);
    });
  });
});
