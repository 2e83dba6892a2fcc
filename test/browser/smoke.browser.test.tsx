import { render, screen } from '@testing-library/react';
import { userEvent } from 'vitest/browser';

describe('a real Chromium', () => {
  it('renders and clicks', async () => {
    let clicks = 0;
    render(<button onClick={() => clicks++}>Press</button>);
    await userEvent.click(screen.getByRole('button', { name: 'Press' }));
    expect(clicks).toBe(1);
    expect(navigator.userAgent).toMatch(/Chrome/);
  });
});
