import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n, type Translate } from '../../i18n/i18n';
import { moved } from './positions';

type Schemas = components['schemas'];
export type Application = Schemas['Application'];
export type ApplicationStatus = Application['status'];
export type Interview = NonNullable<Application['interview']>;
export type InterviewInput = Schemas['InterviewInput'];

export const APPLICATION_STATUSES: ApplicationStatus[] = [
  'submitted',
  'shortlisted',
  'interview',
  'offered',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
];
/** The moves that need a reason, as the API's rule says. */
export const REFUSALS: ApplicationStatus[] = ['rejected', 'declined'];
/** The ends: nothing moves an application on from them. */
export const FINAL: ApplicationStatus[] = ['accepted', 'declined', 'rejected', 'withdrawn'];

export const applicationStatusLabel = (t: Translate, status: ApplicationStatus) => t(`screening.status.${status}`);

/** An application's status as a badge, in the list and on the application alike. */
export function ApplicationBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-application-${status}`}>{applicationStatusLabel(t, status)}</span>;
}

/** One move along the lifecycle; a 409 with the allowed moves comes back as TransitionRefused. */
export const moveApplication = (
  applicationId: string,
  body: { to: ApplicationStatus; version: number; reason?: string },
) =>
  moved<Application, ApplicationStatus>(
    api.POST('/v1/applications/{applicationId}/transitions', { params: { path: { applicationId } }, body }),
  );

export const scheduleInterview = (applicationId: string, body: InterviewInput) =>
  moved<Application, ApplicationStatus>(
    api.PUT('/v1/applications/{applicationId}/interview', { params: { path: { applicationId } }, body }),
  );
