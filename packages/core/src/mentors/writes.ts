import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { getHostUnitRecord } from '../host-units/host-units.ts';
import { newId } from '../ids.ts';
import { createInvitedAccount } from '../users/index.ts';
import { INDEPENDENT } from './mentor.entity.ts';
import { CreateMentorInput, type MentorView, type UpdateMentorInput } from './mentors.schema.ts';
import { getMentorRecord, type MentorRecord } from './records.ts';
import { mentorViews } from './views.ts';

const stale = () => new DomainError('version_conflict', 'The mentor was changed by someone else; reload and try again');

export const MentorWrites = {
  /**
   * The account comes first: its email guard refuses a taken address before anything else exists.
   * The account already names the mentor id the record is then written under.
   */
  async create(actor: Actor, input: CreateMentorInput): Promise<{ mentor: MentorView; invitationCode: string }> {
    requireRole(actor, 'organiser');
    const fields = CreateMentorInput.parse(input);
    const { hostUnitId, ...rest } = fields;
    if (hostUnitId && !(await getHostUnitRecord(hostUnitId))) {
      throw new DomainError('validation_failed', 'No such host unit', {
        errors: [{ path: 'hostUnitId', message: 'No such host unit', code: 'not_found' }],
      });
    }
    const mentorId = newId('mentor');
    const { user, invitationCode } = await createInvitedAccount(actor, {
      email: fields.email,
      name: fields.name,
      role: 'mentor',
      mentorId,
    });
    const at = new Date().toISOString();
    const mentor: MentorRecord = {
      mentorId,
      affiliation: hostUnitId ?? INDEPENDENT,
      ...rest,
      userId: user.userId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ mentor: mentors, mentorLoad, audit }) => [
        mentors.create(mentor).commit(),
        mentorLoad.create({ mentorId, maxMentees: mentor.maxMentees, mentees: 0 }).commit(),
        audit
          .create(auditRecord(actor, 'mentor', mentorId, 'create', diffChanges(undefined, { ...mentor }), at))
          .commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return { mentor: (await mentorViews([mentor]))[0]!, invitationCode };
  },

  async update(actor: Actor, mentorId: string, input: UpdateMentorInput): Promise<MentorView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getMentorRecord(mentorId);
    if (!before) throw notFound('Mentor');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: MentorRecord = { ...before, ...changes, updatedAt: at, version: version + 1 };
    const max = changes.maxMentees;
    await transact(
      ({ mentor, mentorLoad, audit }) => [
        mentor
          .patch({ mentorId })
          .set({ ...changes, updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        audit
          .create(auditRecord(actor, 'mentor', mentorId, 'update', diffChanges({ ...before }, { ...after }), at))
          .commit(),
        ...(max !== undefined
          ? [
              mentorLoad
                .patch({ mentorId })
                .set({ maxMentees: max })
                .where((a, { lte }) => lte(a.mentees, max))
                .commit(),
            ]
          : []),
      ],
      (failed) =>
        failed.index === 2
          ? new DomainError('conflict', 'The mentor already has more mentees than that', {
              errors: [
                {
                  path: 'maxMentees',
                  message: 'Cannot go below the number of mentees already assigned',
                  code: 'below_in_use',
                },
              ],
            })
          : stale(),
    );
    return (await mentorViews([after]))[0]!;
  },
};
