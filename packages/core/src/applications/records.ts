/** Reading applications and the access code that reopens one without an account. */
import { createHmac } from 'node:crypto';
import type { EntityItem } from 'electrodb';
import type { Actor } from '../auth/actor.ts';
import { REVIEWER_MOVES } from '../auth/unit-scope.ts';
import { db } from '../db/service.ts';
import { DomainError, notFound } from '../errors.ts';
import { sameHash } from '../events/tokens.ts';
import { derivedKey } from '../personal/vault.ts';
import { maskEmail, maskPhone } from '../personal/masking.ts';
import { pickView } from '../views.ts';
import type { Application } from './application.entity.ts';
import { ApplicationView } from './applications.schema.ts';
import { allowedApplicationMoves } from './lifecycle.ts';

export type ApplicationRecord = EntityItem<typeof Application>;

export async function getApplication(applicationId: string): Promise<ApplicationRecord | null> {
  const { data } = await db().service.entities.application.get({ applicationId }).go({ consistent: true });
  return data ?? null;
}

/** An application that must exist for the request to make sense; 404 otherwise. */
export async function existingApplication(applicationId: string): Promise<ApplicationRecord> {
  const found = await getApplication(applicationId);
  if (!found) throw notFound('Application');
  return found;
}

export const staleApplication = () =>
  new DomainError('version_conflict', 'The application was changed by someone else; reload and try again');

export const toApplicationView = (record: ApplicationRecord): ApplicationView => ({
  ...pickView(ApplicationView.omit({ allowedTransitions: true }), record),
  allowedTransitions: [...allowedApplicationMoves(record.status)],
});

/**
 * The application as the actor may see it. A unit's reviewer screens by what the person sent and the
 * CV, and reaches the applicant through the office's messages, so the contacts reach it masked (only
 * organisers receive phone numbers in full), and its moves are the ones a reviewer makes.
 */
export function applicationViewFor(actor: Actor, record: ApplicationRecord): ApplicationView {
  const view = toApplicationView(record);
  if (actor.role !== 'reviewer') return view;
  return {
    ...view,
    phone: maskPhone(view.phone),
    email: maskEmail(view.email),
    allowedTransitions: view.allowedTransitions.filter((move) => REVIEWER_MOVES.includes(move)),
  };
}

const mac = (applicationId: string) =>
  createHmac('sha256', derivedKey('application-access'))
    .update(applicationId)
    .digest()
    .subarray(0, 18)
    .toString('base64url');

/**
 * The code handed to the applicant with the receipt: the application's id and a keyed MAC of it, so it
 * is never stored and the same code opens the application for as long as it exists.
 */
export const accessCodeFor = (applicationId: string) => `${applicationId}.${mac(applicationId)}`;

/** The application an access code names, or undefined for anything forged. */
export function readAccessCode(code: string): string | undefined {
  const [applicationId, given] = code.split('.');
  if (!applicationId || !given) return undefined;
  return sameHash(given, mac(applicationId)) ? applicationId : undefined;
}
