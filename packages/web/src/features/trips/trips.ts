import type { components } from '../../api/schema';
import type { MessageKey } from '../../i18n/i18n';

type Schemas = components['schemas'];
export type Trip = Schemas['Trip'];
export type TripReport = Schemas['TripReport'];
export type TripEvent = Schemas['Event'];
export type EventKind = TripEvent['kind'];
export type Registration = Schemas['Registration'];
export type RegistrationInput = Schemas['RegistrationInput'];
export type PublicEvent = Schemas['PublicEvent'];
export type Lead = Schemas['Lead'];
export type LeadDetail = Schemas['LeadDetail'];
export type DegreeLevel = Lead['degreeLevel'];
export type InvitationKind = Schemas['LeadInvitation']['kind'];

export const EVENT_KINDS: EventKind[] = [
  'campus_talk',
  'job_fair',
  'symposium',
  'cooperation_talks',
  'signing_ceremony',
];
export const DEGREE_LEVELS: DegreeLevel[] = ['bachelor', 'master', 'phd'];
export const INVITATION_KINDS: InvitationKind[] = ['summer_programme', 'full_time'];

export const kindKey = (kind: string) => `event.kind.${kind}` as MessageKey;
export const invitationKey = (kind: string) => `invitation.${kind}` as MessageKey;

/** Amounts are stored in fen so sums are exact; people type and read yuan. */
export function yuanToFen(yuan: string): number | undefined {
  const trimmed = yuan.trim();
  if (!trimmed) return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
  const [whole, part = ''] = trimmed.split('.');
  return Number(whole) * 100 + Number(part.padEnd(2, '0'));
}

/** The public page students open, on this web app's own origin so a printed QR poster keeps working. */
export function registrationUrl(eventId: string): string {
  return `${window.location.origin}/e/${eventId}`;
}

/** A `datetime-local` value read as Beijing time, where every event of the office takes place. */
export function beijingIso(local: string): string {
  return new Date(`${local}:00+08:00`).toISOString();
}
