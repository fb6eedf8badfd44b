import { createHash, randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so ids read aloud or typed from paper survive.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID-style id: 10 characters of millisecond time then 16 of randomness. Time-ordered ids make
 * "newest first" a plain sort-key order and keep write keys spread.
 */
export function ulid(now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32];
  return time + rand;
}

export const ID_PREFIXES = {
  user: 'usr',
  university: 'uni',
  audit: 'aud',
  partnership: 'prt',
  activity: 'act',
  trip: 'trp',
  stop: 'stp',
  event: 'evt',
  outboxEvent: 'obx',
  delivery: 'dlv',
  notification: 'ntf',
  registration: 'reg',
  lead: 'led',
  leadInvitation: 'lin',
  cohort: 'coh',
  cohortRegistration: 'crg',
  payoutBatch: 'pob',
  ledgerEntry: 'ldg',
  importJob: 'imp',
  hostUnit: 'hst',
  project: 'prj',
  mentor: 'mnt',
  outcome: 'out',
  subsidyPolicy: 'sbp',
  leaveRequest: 'lve',
  review: 'rvw',
  employer: 'emp',
  position: 'pos',
  announcement: 'ann',
  application: 'apl',
  servicePolicy: 'svp',
  serviceCard: 'svc',
  serviceRequest: 'srq',
  contactLog: 'ctl',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${ulid()}`;
}

/**
 * An id that is a function of `key`: the same key always names the same item, so creating the item
 * under "must not exist" is itself the uniqueness check. 130 bits of SHA-256 in the same alphabet
 * and length as `newId`, so the id passes `idPattern` like any other.
 */
export function idFor(kind: IdKind, key: string): string {
  const digest = createHash('sha256').update(`${kind}\u0000${key}`).digest();
  let out = '';
  // Five bits at a time from the top: the window of two bytes holding bits [bit, bit + 5).
  for (let bit = 0; out.length < 26; bit += 5) {
    const window = (digest[bit >> 3]! << 8) | digest[(bit >> 3) + 1]!;
    out += ALPHABET[(window >> (11 - (bit & 7))) & 31];
  }
  return `${ID_PREFIXES[kind]}_${out}`;
}

/** Pattern a path parameter must match; used by the API schemas so a bad id is a 400, not a lookup. */
export function idPattern(...kinds: [IdKind, ...IdKind[]]): RegExp {
  // One kind or any of several (a position's unit is a host unit or an employer record).
  const prefixes = kinds.map((kind) => ID_PREFIXES[kind]);
  const prefix = prefixes.length === 1 ? prefixes[0] : `(${prefixes.join('|')})`;
  return new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`);
}
