import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The README's runnable examples are these files, verbatim.
it.each([
  ['test/devtools/readme-example.test.tsx', 'tsx'],
  ['test/jest/testing-kit.jest.mjs', 'js'],
])('keeps the README copy of %s identical to the file', (file, lang) => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const marker = `<!-- readme-example: ${file} -->\n\`\`\`${lang}\n`;
  const start = readme.indexOf(marker);
  expect(start, 'README marker').toBeGreaterThan(-1);
  const body = readme.slice(start + marker.length, readme.indexOf('\n```', start + marker.length) + 1);
  expect(body).toBe(readFileSync(join(process.cwd(), file), 'utf8'));
});
