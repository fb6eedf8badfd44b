/** An applicant's own application, reached without an account by the code from the receipt. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { readAccessToken } from '../events/tokens.ts';
import { RecoveryRequestInput, RecoveryVerifyInput, RegistrantAccessInput } from '../events/my-registration.schema.ts';
import { hitRateLimit, RATE_LIMITS } from '../events/rate-limit.ts';
import { redeemRecoveryCode, sendRecoveryCode } from '../events/recovery-codes.ts';
import { normalisePhone } from '../events/registration-guards.ts';
import { db } from '../db/service.ts';
import { domainEvent } from '../outbox/events.ts';
import { APPLICATION_RECOVERY_REQUESTED } from './application-events.ts';
import { maskEmail, maskPhone } from '../personal/masking.ts';
import { getStoredPosition, unitNameOf } from '../positions/positions.ts';
import type { MyApplicationView } from './applications.schema.ts';
import { Interviews } from './interviews.ts';
import type { InterviewReplyInput } from './interviews.schema.ts';
import { allowedApplicationMoves } from './lifecycle.ts';
import { type ApplicationRecord, getApplication, readAccessCode } from './records.ts';

const noSuchApplication = () => notFound('Application');

/**
 * The application the caller has proved is theirs, as "my registration" does: the code from the
 * receipt (`token`), or a short-lived access token for the position (`accessToken`). 404 alike for a
 * wrong, forged, expired or foreign one.
 */
async function resolve(positionId: string, input: RegistrantAccessInput): Promise<ApplicationRecord> {
  const access = RegistrantAccessInput.parse(input);
  const applicationId = access.token
    ? readAccessCode(access.token)
    : access.accessToken
      ? readAccessToken(positionId, access.accessToken)
      : undefined;
  const found = applicationId ? await getApplication(applicationId) : null;
  if (found?.positionId !== positionId) throw noSuchApplication();
  return found;
}

async function viewOf(a: ApplicationRecord): Promise<MyApplicationView> {
  const position = await getStoredPosition(a.positionId);
  const unitName = position ? await unitNameOf(position) : '';
  return {
    applicationId: a.applicationId,
    positionId: a.positionId,
    positionTitle: position?.title ?? '',
    unitName,
    name: a.name,
    email: maskEmail(a.email),
    phone: maskPhone(a.phone),
    status: a.status,
    statusSince: a.statusSince,
    createdAt: a.createdAt,
    canWithdraw: allowedApplicationMoves(a.status).includes('withdrawn'),
    ...(a.status === 'interview' && a.interview ? { interview: applicantInterview(a.interview) } : {}),
  };
}

/** The interview as the applicant reads it: the panel by name only. */
function applicantInterview({ panel, scheduledAt, scheduledBy, ...rest }: NonNullable<ApplicationRecord['interview']>) {
  return { ...rest, panelNames: panel.map((m) => m.name) };
}

/** The application to this position holding this email or phone, through the guards that keep them unique. */
async function ownerOf(positionId: string, contact: { email?: string; phone?: string }): Promise<string | undefined> {
  const key = contact.email
    ? { kind: 'applicationEmail', value: `${positionId}#${contact.email}` }
    : { kind: 'applicationPhone', value: `${positionId}#${normalisePhone(contact.phone ?? '')}` };
  const { data } = await db().service.entities.unique.get(key).go({ consistent: true });
  return data?.ownerId;
}

export const MyApplication = {
  /**
   * Mails a one-time code to the application to this position holding this email or phone, as "my
   * registration" does (events/recovery-codes.ts); the answer is the same whether or not anyone
   * applied. Counted by the registration rate limits per client and per position.
   */
  async requestRecovery(positionId: string, input: RecoveryRequestInput, client: string): Promise<void> {
    const fields = RecoveryRequestInput.parse(input);
    const limits = RATE_LIMITS();
    await hitRateLimit(`client#${client}`, limits.perClientPerMinute);
    await hitRateLimit(`position#${positionId}`, limits.perEventPerMinute);
    if (!(await getStoredPosition(positionId))) throw notFound('Position');
    const applicationId = await ownerOf(positionId, fields);
    if (!applicationId) return;
    await sendRecoveryCode(positionId, applicationId, (sealedCode) =>
      domainEvent(APPLICATION_RECOVERY_REQUESTED, { positionId, applicationId, sealedCode }),
    );
  },

  /** Trades the mailed code for an access token to this position's application, good for 30 minutes. */
  async verifyRecovery(positionId: string, input: RecoveryVerifyInput, client: string, now = Date.now()) {
    const fields = RecoveryVerifyInput.parse(input);
    await hitRateLimit(`client#${client}`, RATE_LIMITS().perClientPerMinute);
    return redeemRecoveryCode(positionId, await ownerOf(positionId, fields), fields.code, now);
  },

  async view(positionId: string, access: RegistrantAccessInput): Promise<MyApplicationView> {
    return viewOf(await resolve(positionId, access));
  },

  /** Confirms the interview or asks for another time (interviews.ts), proved theirs like the view. */
  async replyToInterview(positionId: string, input: InterviewReplyInput): Promise<MyApplicationView> {
    const { token, accessToken, ...reply } = input;
    const before = await resolve(positionId, token ? { token } : { accessToken });
    return viewOf(await Interviews.reply(before, { ...reply, ...(token ? { token } : { accessToken }) }));
  },

  /**
   * Withdraws the application while it is not yet decided (up to an offer not yet answered). Withdrawing
   * again answers the withdrawn application; a decided one is 409 `invalid_transition`. The guards stay:
   * one application per person per position, withdrawn ones included.
   */
  async withdraw(positionId: string, access: RegistrantAccessInput): Promise<MyApplicationView> {
    const before = await resolve(positionId, access);
    if (before.status === 'withdrawn') return viewOf(before);
    if (!allowedApplicationMoves(before.status).includes('withdrawn'))
      throw new DomainError('invalid_transition', `A ${before.status} application cannot be withdrawn`, {
        from: before.status,
        to: 'withdrawn',
        allowed: [],
      });
    const at = new Date().toISOString();
    const after: ApplicationRecord = {
      ...before,
      status: 'withdrawn',
      statusSince: at,
      updatedAt: at,
      version: before.version + 1,
    };
    await transact(
      ({ application, audit }) => [
        application
          .patch({ applicationId: before.applicationId })
          .set({ status: 'withdrawn', statusSince: at, updatedAt: at, version: after.version })
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
          .commit(),
        audit
          .create({
            ...auditRecord(
              { userId: 'public', role: 'intern' },
              'application',
              before.applicationId,
              'transition:withdrawn',
              diffChanges({ status: before.status }, { status: 'withdrawn' }),
              at,
            ),
            actorRole: 'public',
          })
          .commit(),
      ],
      () => new DomainError('version_conflict', 'The application was changed meanwhile; reload and try again'),
    );
    return viewOf(after);
  },
};
