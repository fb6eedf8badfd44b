/** Applying to a published position without an account: the CV upload link, then the application. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { batchGet } from '../db/batch-get.ts';
import { db, type AppService } from '../db/service.ts';
import { retryOnConflict } from '../db/retry.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { CONSENT_VERSION } from '../events/events.schema.ts';
import { hitRateLimit, RATE_LIMITS } from '../events/rate-limit.ts';
import { normalisePhone } from '../events/registration-guards.ts';
import { newId } from '../ids.ts';
import { leadWrites } from '../leads/matching.ts';
import { NATIONAL_ID_MESSAGES, nationalIdProblem, normaliseNationalId } from '../personal/national-id.ts';
import { lookupHash } from '../personal/vault.ts';
import { getStoredPosition, type StoredPosition } from '../positions/positions.ts';
import { FileStorage, type UploadTicket } from '../storage/index.ts';
import { localDate } from '../time.ts';
import { ApplicationInput, type ApplicationReceipt, CvUploadInput } from './applications.schema.ts';
import { accessCodeFor, type ApplicationRecord } from './records.ts';
import { applicationTally } from './tallies.ts';

type Ops = ReturnType<Parameters<AppService['transaction']['write']>[0]>;
type Field = 'email' | 'phone' | 'nationalId';

const GUARD_KIND: Record<Field, string> = {
  email: 'applicationEmail',
  phone: 'applicationPhone',
  nationalId: 'applicationNationalId',
};

const alreadyApplied = (path: Field) =>
  new DomainError('already_applied', 'This person has already applied to this position', {
    errors: [
      {
        path,
        message: `An application with this ${path === 'nationalId' ? 'ID number' : path} exists for this position`,
        code: path === 'email' ? 'duplicate_email' : path === 'phone' ? 'duplicate_phone' : 'duplicate_person',
      },
    ],
  });

/** A position that takes applications: published and its deadline not passed; anything else is not there. */
async function openPosition(positionId: string, today = localDate()): Promise<StoredPosition> {
  const position = await getStoredPosition(positionId);
  if (position?.status !== 'published') throw notFound('Position');
  if (position.deadline < today)
    throw new DomainError('registration_closed', 'The deadline for this position has passed');
  return position;
}

/** Counted like a registration: the client's window shared with sign-ups, and a window per position. */
async function countRequest(positionId: string, client: string): Promise<void> {
  const limits = RATE_LIMITS();
  await hitRateLimit(`client#${client}`, limits.perClientPerMinute);
  await hitRateLimit(`position#${positionId}`, limits.perEventPerMinute);
}

export async function cvUploadLink(positionId: string, input: CvUploadInput, client: string): Promise<UploadTicket> {
  const fields = CvUploadInput.parse(input);
  await countRequest(positionId, client);
  await openPosition(positionId);
  return FileStorage.presignUpload({ purpose: 'cv', contentType: fields.contentType, size: fields.size });
}

/**
 * Stores an application in one transaction: the position's email, phone and ID guards (one
 * application per person), the application, the lead it attaches to (created, with its own email and
 * phone guards, when nobody has either contact yet; otherwise only referred to, never rewritten) and
 * the audit entry. The CV is verified by storage first (size and first bytes); a refused file is
 * deleted there and its refusal is the answer, and a verified file whose application is refused is
 * deleted too.
 */
export async function apply(positionId: string, input: ApplicationInput, client: string): Promise<ApplicationReceipt> {
  const fields = ApplicationInput.parse(input);
  await countRequest(positionId, client);
  const position = await openPosition(positionId);
  const phone = normalisePhone(fields.phone);
  const nationalIdHash = fields.nationalId ? nationalIdHashOf(fields.nationalId) : undefined;
  const guards = (
    [
      ['email', fields.email],
      ['phone', phone],
      ['nationalId', nationalIdHash],
    ] as const
  ).flatMap(([field, value]) => (value ? [{ field, kind: GUARD_KIND[field], value: `${positionId}#${value}` }] : []));
  // The usual duplicate is turned away before the CV is checked; the guards in the transaction still decide.
  const taken = await batchGet(
    guards.map(({ kind, value }) => ({ kind, value })),
    (keys) => db().service.entities.unique.get(keys).go({ consistent: true }),
  );
  const first = guards.find((g) => taken.some((t) => t.kind === g.kind));
  if (first) throw alreadyApplied(first.field);

  const cv = await FileStorage.verifyUpload({ uploadKey: fields.cvKey, name: fields.cvName });
  if (cv.purpose !== 'cv') throw new DomainError('not_found', 'The upload was not found or has expired');
  const applicationId = newId('application');
  const at = new Date().toISOString();
  try {
    await retryOnConflict(() => store(), { attempts: 8 });
  } catch (error) {
    await FileStorage.deleteFile(cv.key).catch(() => undefined);
    throw error;
  }
  return { applicationId, positionId, status: 'submitted', accessCode: accessCodeFor(applicationId) };

  async function store(): Promise<void> {
    const person = await leadWrites.matchPerson(fields.email, phone);
    const internId = await internOf(fields.email);
    const record: ApplicationRecord = {
      applicationId,
      positionId,
      unitId: position.unitId,
      leadId: person.leadId,
      ...(internId ? { internId } : {}),
      name: fields.name,
      phone,
      email: fields.email,
      ...(nationalIdHash ? { nationalIdHash } : {}),
      degreeLevel: fields.degreeLevel,
      universityName: fields.universityName,
      discipline: fields.discipline,
      graduationYear: fields.graduationYear,
      consentAt: at,
      consentVersion: CONSENT_VERSION,
      cvKey: cv.key,
      cvName: fields.cvName || 'cv.pdf',
      cvSize: cv.size,
      ...(fields.locale ? { locale: fields.locale } : {}),
      status: 'submitted',
      statusSince: at,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const labels: (Field | 'lead' | 'other')[] = [];
    await transact(
      (entities) => {
        // Built again when the transaction is retried: the labels follow the operations of this build.
        labels.length = 0;
        const ops: unknown[] = [];
        for (const g of guards) {
          ops.push(entities.unique.create({ kind: g.kind, value: g.value, ownerId: applicationId }).commit());
          labels.push(g.field);
        }
        ops.push(entities.application.create(record).commit());
        labels.push('other');
        const tallyOps = applicationTally(entities, position, applicationId, { applications: 1 });
        ops.push(...tallyOps);
        labels.push(...tallyOps.map(() => 'other' as const));
        const leadOps = leadWrites.attachApplicant(entities, person, {
          name: fields.name,
          email: fields.email,
          phone,
          universityName: fields.universityName,
          degreeLevel: fields.degreeLevel,
          major: fields.discipline,
          graduationYear: fields.graduationYear,
          at,
        });
        ops.push(...leadOps);
        labels.push(...leadOps.map(() => 'lead' as const));
        ops.push(
          entities.audit
            .create({
              ...auditRecord(
                { userId: 'public', role: 'intern' },
                'application',
                applicationId,
                'apply',
                diffChanges(undefined, { positionId, status: 'submitted', leadId: person.leadId }),
                at,
              ),
              actorRole: 'public',
            })
            .commit(),
        );
        labels.push('other');
        return ops as Ops;
      },
      (failed) => {
        const label = labels[failed.index];
        if (label === 'email' || label === 'phone' || label === 'nationalId') return alreadyApplied(label);
        // Someone else created this person's lead meanwhile: match again.
        return new DomainError('conflict', 'Try again');
      },
    );
  }
}

/** The keyed hash of a valid ID number, the same one cohort registrations keep; an invalid number is refused. */
function nationalIdHashOf(raw: string): string {
  const nationalId = normaliseNationalId(raw);
  const problem = nationalIdProblem(nationalId);
  if (problem) {
    const message = NATIONAL_ID_MESSAGES[problem];
    throw new DomainError('validation_failed', message, {
      errors: [{ path: 'nationalId', message, code: `national_id_${problem}` }],
    });
  }
  return lookupHash('nationalId', nationalId);
}

/** The intern with an account under this email, if any: their outcome is the one an offer moves. */
async function internOf(email: string): Promise<string | undefined> {
  const { unique, user } = db().service.entities;
  const { data: guard } = await unique.get({ kind: 'email', value: email }).go();
  if (!guard) return undefined;
  const { data: account } = await user.get({ userId: guard.ownerId }).go();
  return account?.role === 'intern' ? account.internId : undefined;
}
