import { createHmac, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { scopesOf, type Actor, type ActorScope } from './actor.ts';

export const TOKEN_TTL_SECONDS = 12 * 60 * 60;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export interface TokenClaims extends Partial<Record<ActorScope, string>> {
  sub: string;
  role: Actor['role'];
  admin?: boolean;
  /** The account's token generation when issued; bumping it on the account revokes the token. */
  gen?: number;
  iat: number;
  exp: number;
}

function sign(data: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

/** HS256 JWT. Written here (a dozen lines over node:crypto) so core needs no web framework. */
export function issueToken(actor: Actor, secret: string, now = Date.now(), generation = 0): string {
  const iat = Math.floor(now / 1000);
  const claims: TokenClaims = {
    sub: actor.userId,
    role: actor.role,
    ...scopesOf(actor),
    ...(actor.isAdmin ? { admin: true } : {}),
    gen: generation,
    iat,
    exp: iat + TOKEN_TTL_SECONDS,
  };
  const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${sign(body, secret).toString('base64url')}`;
}

const invalid = () => new DomainError('unauthorized', 'The bearer token is missing, invalid or expired');

export function verifyToken(token: string, secret: string, now = Date.now()): Actor {
  return verifySession(token, secret, now).actor;
}

/**
 * The actor and the token generation it was issued under. The signature is compared as text with the
 * one computed here, so exactly one spelling is accepted: decoding first would also take `=` padding
 * and flipped unused bits in the last character, giving one token many forms.
 */
export function verifySession(token: string, secret: string, now = Date.now()): { actor: Actor; generation: number } {
  const parts = token.split('.');
  if (parts.length !== 3) throw invalid();
  const [header, payload, signature] = parts as [string, string, string];
  if (header !== HEADER) throw invalid();
  const expected = Buffer.from(sign(`${header}.${payload}`, secret).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    throw invalid();
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now || typeof claims.sub !== 'string') throw invalid();
  const actor: Actor = {
    userId: claims.sub,
    role: claims.role,
    ...scopesOf(claims),
    isAdmin: claims.admin === true,
  };
  return { actor, generation: typeof claims.gen === 'number' ? claims.gen : 0 };
}
