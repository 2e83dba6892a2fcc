import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HMSErrorDialog, useLastHMSError } from 'react-hms-errors';
import { LAST_ERROR_STORAGE_KEY } from 'react-hms-errors/core';
import { invalidLink, setup, stubLocation } from './helpers';

function HomePage() {
  const { error, dismiss } = useLastHMSError();
  if (!error) return <p>Welcome</p>;
  return (
    <section aria-label="Why you are here">
      <h2>{error.title}</h2>
      <p>{error.hint}</p>
      <p>{`Code ${error.code}`}</p>
      <button type="button" onClick={dismiss}>
        OK
      </button>
    </section>
  );
}

afterEach(() => {
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

describe('useLastHMSError', () => {
  describe('after "Go home" in the dialog', () => {
    it('tells the home page which error ended the call, once', async () => {
      stubLocation();
      const { report, user, unmount } = setup(<HMSErrorDialog />);
      report(invalidLink);
      await user.click(screen.getByRole('button', { name: 'Go home' }));
      unmount();

      const home = render(<HomePage />);
      expect(screen.getByRole('heading', { name: "Couldn't verify your invite" })).toBeInTheDocument();
      expect(screen.getByText('Code 40101')).toBeInTheDocument();
      expect(sessionStorage.getItem(LAST_ERROR_STORAGE_KEY)).toBeNull();
      home.unmount();

      render(<HomePage />);
      expect(screen.getByText('Welcome')).toBeInTheDocument();
    });

    it('forgets it when dismissed', async () => {
      sessionStorage.setItem(
        LAST_ERROR_STORAGE_KEY,
        JSON.stringify({ code: 40101, catalogKey: '40101', kind: 'error', title: 'T', message: 'M', hint: 'H', at: 1 }),
      );
      render(<HomePage />);
      act(() => screen.getByRole('button', { name: 'OK' }).click());
      expect(screen.getByText('Welcome')).toBeInTheDocument();
    });
  });

  it('keeps the error under StrictMode’s double effects', () => {
    sessionStorage.setItem(
      LAST_ERROR_STORAGE_KEY,
      JSON.stringify({ code: 1003, catalogKey: '1003', kind: 'error', title: 'Lost', message: 'M', hint: 'H', at: 1 }),
    );
    render(
      <StrictMode>
        <HomePage />
      </StrictMode>,
    );
    expect(screen.getByRole('heading', { name: 'Lost' })).toBeInTheDocument();
  });

  it('returns null for nothing stored or for garbage', () => {
    sessionStorage.setItem(LAST_ERROR_STORAGE_KEY, '{not json');
    render(<HomePage />);
    expect(screen.getByText('Welcome')).toBeInTheDocument();
    expect(sessionStorage.getItem(LAST_ERROR_STORAGE_KEY)).toBeNull();
  });
});
