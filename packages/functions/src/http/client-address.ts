import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';

/**
 * Where a request came from, as the transport saw it: API Gateway's `requestContext` source IP in
 * Lambda, the socket's remote address in the local Node server. Each entry point supplies its own
 * reader through `AppConfig.peerAddress`; the app itself never guesses from headers.
 */
export type PeerAddressReader = (c: Context<AppEnv>) => string | undefined;

/** What the in-process test app and any transport without a peer are counted as: one shared client. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client a limit is counted against: an address the caller cannot forge.
 *
 * `X-Forwarded-For` is read only when the peer is one of `AppConfig.trustedProxies` (a load balancer or
 * CDN of our own in front of the server): then the rightmost hop that is not itself a trusted proxy is
 * the client, because every hop left of it was written by the caller and proves nothing. Without a
 * configured proxy the header is ignored, so rotating it cannot open a new bucket.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const config = c.get('config');
  const peer = config.peerAddress?.(c)?.trim() || UNKNOWN_CLIENT;
  const trusted = config.trustedProxies ?? [];
  if (!trusted.includes(peer)) return peer.slice(0, 64);
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.includes(hops[i]!)) return hops[i]!.slice(0, 64);
  }
  return peer.slice(0, 64);
}
