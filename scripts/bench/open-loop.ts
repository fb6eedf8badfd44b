import { Agent, request } from 'node:http';
import { percentile, round } from './stats.ts';

/** One simulated arrival: when it is due (ms after the start), from which address, what it sends. */
export interface Arrival {
  atMs: number;
  /** A loopback address (127.0.0.0/8) the socket binds to, so per-client limits see distinct clients. */
  from: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Outcome {
  index: number;
  status: number;
  /** From the moment the arrival was due, not from when a socket took it: queueing counts. */
  latencyMs: number;
  body: string;
  error?: string;
}

export interface OpenLoopResult {
  outcomes: Outcome[];
  /** When the last arrival was handed to a socket, after the start. */
  lastSentMs: number;
  elapsedMs: number;
}

/**
 * Open-loop load: every arrival is released at its own time whatever the earlier ones are doing
 * (a burst does not slow down because the server does), with at most `maxInFlight` requests on
 * the wire; the rest wait at the client and their wait is part of their latency. Whatever is not
 * answered `boundMs` after the start is abandoned and reported with status 0, so a run that cannot
 * keep up ends in bounded time with its failures counted.
 */
export async function openLoop(
  baseUrl: string,
  arrivals: Arrival[],
  maxInFlight: number,
  boundMs = 600_000,
): Promise<OpenLoopResult> {
  const url = new URL(baseUrl);
  const agents = new Map<string, Agent>();
  const agentFor = (from: string) => {
    const known = agents.get(from);
    if (known) return known;
    const agent = new Agent({ keepAlive: true, localAddress: from } as never);
    agents.set(from, agent);
    return agent;
  };
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  const slot = () => {
    if (inFlight >= maxInFlight) return new Promise<void>((resolve) => waiting.push(resolve));
    inFlight++;
    return Promise.resolve();
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  };
  const started = performance.now();
  let lastSentMs = 0;
  const open = new Set<{ destroy(error?: Error): void }>();
  let expired = false;
  const bound = setTimeout(() => {
    expired = true;
    for (const req of open) req.destroy(new Error(`not answered within ${boundMs} ms`));
    for (const next of waiting.splice(0)) next();
  }, boundMs);
  const send = (arrival: Arrival, index: number) =>
    new Promise<Outcome>((resolve) => {
      const due = started + arrival.atMs;
      const payload = arrival.body === undefined ? undefined : JSON.stringify(arrival.body);
      let done = false;
      const finish = (status: number, body: string, error?: string) => {
        if (done) return;
        done = true;
        open.delete(req);
        release();
        resolve({ index, status, latencyMs: performance.now() - due, body, ...(error ? { error } : {}) });
      };
      if (expired) {
        resolve({
          index,
          status: 0,
          latencyMs: performance.now() - due,
          body: '',
          error: `not sent within ${boundMs} ms`,
        });
        return;
      }
      lastSentMs = Math.max(lastSentMs, performance.now() - started);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          method: arrival.method,
          path: arrival.path,
          agent: agentFor(arrival.from),
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
            ...arrival.headers,
          },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => finish(res.statusCode ?? 0, body));
          res.on('error', (error) => finish(0, body, error.message));
        },
      );
      open.add(req);
      req.on('error', (error) => finish(0, '', error.message));
      req.end(payload);
    });
  const outcomes = await Promise.all(
    arrivals.map(async (arrival, index) => {
      const wait = started + arrival.atMs - performance.now();
      if (wait > 0 && !expired) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, boundMs)));
      await slot();
      return send(arrival, index);
    }),
  );
  clearTimeout(bound);
  for (const agent of agents.values()) agent.destroy();
  return { outcomes, lastSentMs: round(lastSentMs, 0), elapsedMs: round(performance.now() - started, 0) };
}

export function latencySummary(outcomes: Outcome[]) {
  const sorted = outcomes.map((o) => o.latencyMs).sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50), 0),
    p99Ms: round(percentile(sorted, 99), 0),
    maxMs: round(sorted.at(-1) ?? Number.NaN, 0),
  };
}

/** The i-th of `count` loopback client addresses: 127.0.1.1, 127.0.1.2, … */
export const loopbackClient = (i: number, count: number) => {
  const n = (i % count) + 1;
  return `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
};
