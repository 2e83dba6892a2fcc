import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it("keeps README's testing example identical to the test file that runs it", () => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const marker = '<!-- readme-example: test/testing/readme-example.test.tsx -->\n```tsx\n';
  const start = readme.indexOf(marker);
  expect(start, 'README marker').toBeGreaterThan(-1);
  const body = readme.slice(start + marker.length, readme.indexOf('\n```', start + marker.length) + 1);
  expect(body).toBe(readFileSync(join(process.cwd(), 'test/testing/readme-example.test.tsx'), 'utf8'));
});
