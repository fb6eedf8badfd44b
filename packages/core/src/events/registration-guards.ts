/**
 * One email and one phone per event: how contacts compare, the refusal of a duplicate, and the early
 * check that turns a known duplicate away before it takes an arrival number.
 */
import { createHash } from 'node:crypto';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';

/** Mainland mobiles compare without +86, spaces or dashes: "+86 138-1234-5678" is 13812345678. */
export const normalisePhone = (phone: string) => phone.replace(/[\s-]/g, '').replace(/^\+?86/, '');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const duplicate = (path: 'email' | 'phone') =>
  new DomainError('already_registered', `Someone with this ${path} is already registered for this event`, {
    errors: [
      {
        path,
        message: `This ${path === 'email' ? 'email address' : 'phone number'} is already registered for this event`,
        code: path === 'email' ? 'duplicate_email' : 'duplicate_phone',
      },
    ],
  });

/**
 * Refuses someone already registered before they take an arrival number, so the usual duplicate
 * never holds a seat number it will not use. The guards in the transaction still decide.
 */
export async function refuseKnownDuplicate(eventId: string, email: string, phone: string): Promise<void> {
  const data = await batchGet(
    [
      { kind: 'eventEmail', value: `${eventId}#${email}` },
      { kind: 'eventPhone', value: `${eventId}#${phone}` },
    ],
    (keys) => db().service.entities.unique.get(keys).go({ consistent: true }),
  );
  const taken = new Set(data.map((guard) => guard.kind));
  if (taken.has('eventEmail')) throw duplicate('email');
  if (taken.has('eventPhone')) throw duplicate('phone');
}
