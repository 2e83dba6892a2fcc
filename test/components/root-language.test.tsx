import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createHMSErrorStore, HMSErrorProvider, HMSErrorToasts } from 'react-hms-errors';

const deviceInUse = { code: 3003, name: 'DeviceInUse', isTerminal: false, trackType: 'video' };

function renderToasts(props: Parameters<typeof HMSErrorToasts>[0] = {}) {
  const store = createHMSErrorStore();
  render(
    <HMSErrorProvider store={store}>
      <HMSErrorToasts {...props} />
    </HMSErrorProvider>,
  );
  act(() => void store.report(deviceInUse));
  return screen.getByRole('region').closest('.hmse-root')!;
}

describe('the language of the kit’s roots', () => {
  it('is the locale’s: English by default', () => {
    const root = renderToasts();
    expect(root).toHaveAttribute('lang', 'en');
    expect(root).toHaveAttribute('dir', 'ltr');
  });

  it('is the page’s when the app translates through `catalog` without a locale (its language is unknown)', () => {
    const root = renderToasts({ catalog: { '3003': { title: 'الكاميرا قيد الاستخدام' } } });
    expect(root).not.toHaveAttribute('lang');
    expect(root).not.toHaveAttribute('dir');
  });
});
