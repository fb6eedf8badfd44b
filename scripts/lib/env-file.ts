import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Loads KEY=VALUE lines from `.env` into process.env (the environment wins). When there is no
 * JWT_SECRET or PII_KEY anywhere, a random one is generated and saved there, so tokens survive
 * restarts, encrypted personal data stays readable, and no shared default secret exists.
 */
export function loadEnvFile(path: string): { createdSecret: boolean } {
  if (existsSync(path)) {
    for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
      const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!match || line.trimStart().startsWith('#')) continue;
      const [, key, raw] = match as unknown as [string, string, string];
      process.env[key] ??= raw.replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  const missing = ['JWT_SECRET', 'PII_KEY'].filter((key) => !process.env[key]);
  if (missing.length === 0) return { createdSecret: false };
  let contents = existsSync(path) ? readFileSync(path, 'utf8') : '';
  for (const key of missing) {
    const secret = randomBytes(32).toString('base64url');
    contents = `${contents}${contents && !contents.endsWith('\n') ? '\n' : ''}${key}=${secret}\n`;
    process.env[key] = secret;
  }
  writeFileSync(path, contents, { mode: 0o600 });
  return { createdSecret: true };
}
