import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { assertCanRead } from '../universities/access.ts';
import { expiryBucket } from './lifecycle.ts';
import type { Stored } from './views.ts';

const FAR_FUTURE = '9999-12-31';
export const indexKeys = (p: Pick<Stored, 'status' | 'expiresOn'>) => ({
  expiryBucket: expiryBucket(p.status, p.expiresOn),
  expirySort: p.expiresOn ?? FAR_FUTURE,
});

export async function getStored(partnershipId: string): Promise<Stored | null> {
  const result = await db().service.entities.partnership.get({ partnershipId }).go();
  return (result.data as Stored | null) ?? null;
}

/** Reads a partnership the actor may see; another university's is "not found" to a coordinator. */
export async function readable(actor: Actor, partnershipId: string): Promise<Stored> {
  requireRole(actor, 'organiser', 'coordinator');
  const p = await getStored(partnershipId);
  if (!p) throw notFound('Partnership');
  assertCanRead(actor, p.universityId);
  return p;
}

export const missingUniversity = () =>
  new DomainError('not_found', 'University was not found', {
    errors: [{ path: 'universityId', message: 'No such university', code: 'not_found' }],
  });
export const stale = () =>
  new DomainError('version_conflict', 'The partnership was changed by someone else; reload and try again');
