import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer } from '@aksu/functions/local';
import { newUniversity } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';

/**
 * The per-client limit over a real socket: the in-process app has no peer, so only a listening server
 * shows which address a registration is counted against.
 */
type Server = Awaited<ReturnType<typeof startLocalServer>>;

let direct: Server;
let proxied: Server;
let trip: Awaited<ReturnType<typeof newTrip>>;
const savedLimit = process.env.REGISTRATION_LIMIT_PER_CLIENT;
const savedProxies = process.env.TRUSTED_PROXIES;

beforeAll(async () => {
  trip = await newTrip([(await newUniversity()).universityId]);
  direct = await startLocalServer({ port: 0, jwtSecret: process.env.JWT_SECRET! });
  // A deployment behind our own proxy on 127.0.0.1: only that peer's X-Forwarded-For is believed.
  process.env.TRUSTED_PROXIES = '127.0.0.1';
  try {
    proxied = await startLocalServer({ port: 0, jwtSecret: process.env.JWT_SECRET! });
  } finally {
    restore('TRUSTED_PROXIES', savedProxies);
  }
  process.env.REGISTRATION_LIMIT_PER_CLIENT = '3';
});

afterAll(async () => {
  restore('REGISTRATION_LIMIT_PER_CLIENT', savedLimit);
  await Promise.all([direct?.close(), proxied?.close()]);
});

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** The last answer's body and Retry-After header. */
let last: { body: string; retryAfter: string | string[] | undefined } = { body: '', retryAfter: undefined };

/** A registration sent from `from` (any 127.0.0.0/8 address is this machine on Linux). */
function register(
  server: Server,
  eventId: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<number> {
  const url = new URL(`/v1/public/events/${eventId}/registrations`, server.url);
  const body = JSON.stringify(person());
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          last = { body: text, retryAfter: res.headers['retry-after'] };
          resolve(res.statusCode ?? 0);
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function statuses(count: number, send: (i: number) => Promise<number>) {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(await send(i));
  return out;
}

const minute = () => Math.floor(Date.now() / 60_000);

/**
 * Runs a scenario until one run falls within a single minute. The limit counts per fixed minute, so a run
 * that a busy machine stretches across the turn of a minute starts a fresh allowance midway and proves
 * nothing: it is run again, with addresses of its own (`attempt` picks them), rather than judged.
 */
async function inOneMinute<T>(scenario: (attempt: number) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const started = minute();
    const result = await scenario(attempt);
    if (minute() === started) return result;
  }
}

describe('the per-client registration limit', () => {
  it('ignores a rotated X-Forwarded-For from an untrusted peer', async () => {
    const event = await newEvent(trip);
    const results = await inOneMinute((attempt) =>
      statuses(5, (i) =>
        register(direct, event.eventId, `127.1.${attempt}.2`, { 'x-forwarded-for': `203.0.113.${i + 1}` }),
      ),
    );
    expect(results).toEqual([201, 201, 201, 429, 429]);
    expect(JSON.parse(last.body).code).toBe('rate_limited');
    expect(Number(last.retryAfter)).toBeGreaterThan(0);
  });

  it('keeps a separate bucket for each socket address', async () => {
    const event = await newEvent(trip);
    const [first, second] = await inOneMinute(async (attempt) => [
      await statuses(4, () => register(direct, event.eventId, `127.2.${attempt}.3`)),
      await statuses(3, () => register(direct, event.eventId, `127.2.${attempt}.4`)),
    ]);
    expect(first).toEqual([201, 201, 201, 429]);
    expect(second).toEqual([201, 201, 201]);
  });

  it('counts the rightmost untrusted hop when the peer is a configured proxy', async () => {
    const event = await newEvent(trip);
    const [spoofedHop, anotherHop, notAProxy] = await inOneMinute(async (attempt) => {
      // The caller wrote the left hops; the proxy appended the address it saw, 198.51.<n>.7.
      const spoofed = (i: number) => ({ 'x-forwarded-for': `10.9.9.${i}, 198.51.${100 + attempt}.7` });
      return [
        await statuses(4, (i) => register(proxied, event.eventId, '127.0.0.1', spoofed(i))),
        await statuses(1, () =>
          register(proxied, event.eventId, '127.0.0.1', { 'x-forwarded-for': `198.51.${100 + attempt}.8` }),
        ),
        // The same hop from a peer that is not a proxy is just that peer's own bucket.
        await statuses(1, () => register(proxied, event.eventId, `127.3.${attempt}.5`, spoofed(0))),
      ];
    });
    expect(spoofedHop).toEqual([201, 201, 201, 429]);
    expect(anotherHop).toEqual([201]);
    expect(notAProxy).toEqual([201]);
  });
});
