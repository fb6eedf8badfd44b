import { api } from '../../api/client';
import { ApiError, isAbort, type ApiFieldError } from '../../api/errors';
import type { components } from '../../api/schema';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { fieldText, type FieldErrors } from '../../lib/problem-text';

type Schemas = components['schemas'];
export type Partnership = Schemas['Partnership'];
export type PartnershipStatus = Partnership['status'];
export type PartnershipType = Partnership['type'];
export type Activity = Schemas['Activity'];
export type ActivityKind = Schemas['CreateActivityInput']['kind'];
export type CreatePartnershipInput = Schemas['CreatePartnershipInput'];
export type UpdatePartnershipInput = Schemas['UpdatePartnershipInput'];

export const PARTNERSHIP_TYPES: PartnershipType[] = [
  'strategic_cooperation',
  'campus_recruitment',
  'practice_base',
  'joint_research_platform',
  'teacher_exchange',
  'academician_workstation',
];
export const PARTNERSHIP_STATUSES: PartnershipStatus[] = [
  'prospect',
  'negotiating',
  'signed',
  'active',
  'expired',
  'terminated',
];
/** The states an existing agreement can be recorded in; the closed ones are only reached by a transition. */
export const CREATE_STATUSES: PartnershipStatus[] = ['prospect', 'negotiating', 'signed', 'active'];
/** The main road; terminated is a side exit from any open state, so the stepper shows it apart. */
export const LIFECYCLE_PATH: PartnershipStatus[] = ['prospect', 'negotiating', 'signed', 'active', 'expired'];
export const ACTIVITY_KINDS: ActivityKind[] = [
  'inbound_visit',
  'outbound_visit',
  'meeting',
  'signing_ceremony',
  'note',
];

export const REMINDER_EXPIRING_DAYS = 60;
export const REMINDER_INACTIVE_DAYS = 90;

export const statusKey = (s: string) => `partnership.status.${s}` as MessageKey;
export const typeKey = (s: string) => `partnership.type.${s}` as MessageKey;
export const kindKey = (s: string) => `activity.kind.${s}` as MessageKey;

/** Field messages by the `code` the API sends with each error, in this area's own words where it has them. */
export function partnershipFieldErrors(error: unknown, t: Translate): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: FieldErrors = {};
  for (const issue of error.fieldErrors) {
    out[issue.path] ??= issueText(issue, t);
  }
  return out;
}

function issueText(issue: ApiFieldError, t: Translate): string {
  if (issue.path === 'expiresOn' && issue.code === 'end_before_start')
    return t('partnership.field.expires_before_signed');
  if (issue.path === 'signedOn' && issue.code === 'required') return t('partnership.field.signed_on_needed');
  if (issue.path.endsWith('url') && issue.code === 'invalid_format') return t('partnership.field.url');
  const badDate = issue.code === 'invalid_format' || issue.code === 'invalid_date';
  if (badDate && /(On|^on)$/.test(issue.path)) return t('partnership.field.date');
  return fieldText(issue, t);
}

/** A refused transition: the API lists the moves that were open, which may differ from what we showed. */
export class TransitionRefused extends Error {
  constructor(
    readonly allowed: PartnershipStatus[],
    readonly problem: ApiError,
  ) {
    super(problem.message);
  }
}

/**
 * Goes around `unwrap` because ApiError keeps only the standard problem fields, and a 409
 * `invalid_transition` carries `allowed` beside them.
 */
export async function transition(
  partnershipId: string,
  body: { to: PartnershipStatus; on?: string; note?: string },
): Promise<Partnership> {
  const result = await api
    .POST('/v1/partnerships/{partnershipId}/transitions', { params: { path: { partnershipId } }, body })
    .catch((error: unknown) => {
      if (isAbort(error)) throw error;
      throw ApiError.network(error);
    });
  if (result.data && result.response.ok) return result.data;
  const problem = ApiError.fromResponse(result.error, result.response);
  const allowed = (result.error as { allowed?: unknown } | undefined)?.allowed;
  if (problem.code === 'invalid_transition' && Array.isArray(allowed))
    throw new TransitionRefused(allowed as PartnershipStatus[], problem);
  throw problem;
}
