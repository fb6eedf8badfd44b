import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Loads KEY=VALUE lines from `.env` into process.env (the environment wins). When there is no
 * JWT_SECRET anywhere, a random one is generated and saved there, so tokens survive restarts and
 * no shared default secret exists.
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
  if (process.env.JWT_SECRET) return { createdSecret: false };
  const secret = randomBytes(32).toString('base64url');
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}JWT_SECRET=${secret}\n`, { mode: 0o600 });
  process.env.JWT_SECRET = secret;
  return { createdSecret: true };
}
