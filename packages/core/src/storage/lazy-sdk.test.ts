import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('.', import.meta.url));

// Core is imported by every function; the S3 SDK must only load when a file is handled (config.ts).
it('loads the S3 SDK on first use only: no static import of it anywhere in storage', () => {
  const staticImports = readdirSync(DIR)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) =>
      [
        ...readFileSync(`${DIR}/${file}`, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(@aws-sdk\/[^']+)'/gm),
      ].map((match) => `${file}: ${match[1]}`),
    );
  expect(staticImports).toEqual([]);
});
