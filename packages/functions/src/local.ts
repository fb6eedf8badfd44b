import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp, type AppConfig } from './app.ts';
import { storageOrigin, webContentSecurityPolicy } from './http/content-security.ts';
import { devMailbox, type DevMailSource } from './dev/mailbox.ts';

export interface LocalServerOptions extends AppConfig {
  port: number;
  hostname?: string;
  /** The built web app; served at `/` with index.html for client-side routes. */
  webDist?: string;
  /** The caught mail `pnpm dev` shows at /dev/mail; never mounted with NODE_ENV=production. */
  devMail?: DevMailSource;
}

/** Serves the API and, when built, the web app from one origin, as `pnpm dev` and the browser tests need. */
export async function startLocalServer(
  options: LocalServerOptions,
): Promise<{ server: ServerType; url: string; close(): Promise<void> }> {
  // Limits count the socket's own peer; X-Forwarded-For only from the proxies named in TRUSTED_PROXIES.
  const app = createApp({
    peerAddress: (c) => getConnInfo(c).remote.address,
    trustedProxies: trustedProxiesFrom(process.env.TRUSTED_PROXIES),
    ...options,
  });
  if (options.devMail && process.env.NODE_ENV !== 'production') app.route('/dev/mail', devMailbox(options.devMail));
  const dist = options.webDist;
  if (dist && existsSync(join(dist, 'index.html'))) {
    const root = relative(process.cwd(), dist) || '.';
    // The app and its files carry the same policy as behind CloudFront (the API is on this origin).
    // The local S3 server's address is read per response: the dev runner and the tests start it
    // and set S3_ENDPOINT, which may happen after this server starts.
    app.use('/*', async (c, next) => {
      await next();
      if (!isServerPath(c.req.path)) {
        const policy = webContentSecurityPolicy({ storage: storageOrigin(process.env.S3_ENDPOINT) });
        c.res.headers.set('content-security-policy', policy);
      }
    });
    app.use('/*', serveStatic({ root }));
    // Client-side routes (e.g. /universities/uni_…) get the SPA shell; API paths and missing files
    // (a path with an extension) never do. The shell is read per request so a rebuild shows at once.
    app.get('*', async (c, next) => {
      const path = c.req.path;
      if (isServerPath(path)) return next();
      if (/\.[a-z0-9]+$/i.test(path)) return next();
      return c.html(await readFile(join(dist, 'index.html'), 'utf8'));
    });
  }
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Paths the API answers itself, never the web app's shell. */
const isServerPath = (path: string) =>
  path.startsWith('/v1/') ||
  path.startsWith('/dev/mail') ||
  path === '/openapi.json' ||
  path.startsWith('/docs') ||
  path === '/health';

/** `TRUSTED_PROXIES`: comma-separated addresses of our own proxies in front of the server. */
export function trustedProxiesFrom(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}
