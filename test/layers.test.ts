// @vitest-environment node
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { checkLayers } from '../scripts/check-layers.mjs';

describe('the source layers', () => {
  it('core imports no React and nothing above it; react imports only core; components never zustand', () => {
    expect(checkLayers()).toEqual([]);
  });
});
