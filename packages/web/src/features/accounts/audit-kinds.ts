/**
 * The kinds of record the audit trail names, in the order the filter offers them, and the pages an
 * entry can link to. The API takes any kind, so a kind added later is still listed, only unnamed.
 */
export const AUDIT_KINDS = [
  'user',
  'university',
  'partnership',
  'activity',
  'trip',
  'event',
  'registration',
  'lead',
  'cohort',
  'cohortRegistration',
  'importJob',
  'hostUnit',
  'project',
  'mentor',
  'placement',
  'attendanceDay',
  'leaveRequest',
  'activityLog',
  'logWeek',
  'evaluation',
  'stipendStatement',
  'payoutBatch',
  'travelClaim',
  'subsidyPolicy',
  'outcome',
] as const;

export type AuditKind = (typeof AUDIT_KINDS)[number];

export const isAuditKind = (kind: string): kind is AuditKind => (AUDIT_KINDS as readonly string[]).includes(kind);

/** Where a record of the kind is shown, for the kinds with a page of their own. */
export function recordLink(kind: string, id: string): string | undefined {
  if (kind === 'university') return `/universities/${id}`;
  if (kind === 'trip') return `/trips/${id}`;
  if (kind === 'partnership') return `/partnerships/${id}`;
  if (kind === 'outcome') return `/outcomes/${id}`;
  return undefined;
}
