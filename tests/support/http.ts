import { createApp } from '@aksu/functions/app';

let app: ReturnType<typeof createApp> | undefined;

/** The real app, in process, configured like the local server. */
export function testApp() {
  app ??= createApp({ jwtSecret: process.env.JWT_SECRET! });
  return app;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const response = await testApp().request(path, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON bodies (HTML docs, assets) are returned as text.
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** Fires `count` requests at once and returns every result, for races that must resolve exactly. */
export function concurrently<T>(count: number, run: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => run(i)));
}

export interface DownloadResult {
  status: number;
  headers: Headers;
  body: ArrayBuffer;
}

/** A GET whose body is a file: the raw bytes, since `call` would decode them as text. */
export async function download(path: string, options: { token?: string } = {}): Promise<DownloadResult> {
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const response = await testApp().request(path, { headers });
  return { status: response.status, headers: response.headers, body: await response.arrayBuffer() };
}
