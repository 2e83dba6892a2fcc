import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// In a real browser, updates come from real events and timers, not from act(): tell React so
// (Testing Library turns the act environment on when it loads, which only makes sense in jsdom).
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => cleanup());
