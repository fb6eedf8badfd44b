import { request } from 'node:http';
import { startLocalServer } from '@aksu/functions/local';

export type LocalServer = Awaited<ReturnType<typeof startLocalServer>>;

/** The real server on a free port: the in-process app has no socket, so every call there is one client. */
export function listeningServer(): Promise<LocalServer> {
  return startLocalServer({ port: 0, jwtSecret: process.env.JWT_SECRET! });
}

export interface SocketResult {
  status: number;
  body: any;
  retryAfter: string | undefined;
}

/** A JSON request sent from `from` (any 127.0.0.0/8 address is this machine on Linux). */
export function sendFrom(
  server: LocalServer,
  from: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<SocketResult> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string | number> = {};
  if (text !== undefined)
    Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  if (token) headers.authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { method, localAddress: from, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const header = res.headers['retry-after'];
        resolve({
          status: res.statusCode ?? 0,
          body: raw ? JSON.parse(raw) : undefined,
          retryAfter: Array.isArray(header) ? header[0] : header,
        });
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** Sets environment variables for the duration of `run`, restoring what was there before. */
export async function withEnv<T>(values: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
