import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { getHostUnitRecord, hostUnitsById } from '../host-units/host-units.ts';
import { newId } from '../ids.ts';
import { createInvitedAccount } from '../users/index.ts';
import { INDEPENDENT } from './mentor.entity.ts';
import { CreateMentorInput, type ListMentorsQuery, type MentorView, type UpdateMentorInput } from './mentors.schema.ts';

export * from './mentors.schema.ts';
export { INDEPENDENT } from './mentor.entity.ts';

export interface MentorRecord {
  mentorId: string;
  affiliation: string;
  name: string;
  title: string;
  phone: string;
  email: string;
  expertise?: string;
  maxMentees: number;
  userId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

const stale = () => new DomainError('version_conflict', 'The mentor was changed by someone else; reload and try again');

export async function getMentorRecord(mentorId: string): Promise<MentorRecord | null> {
  const { data } = await db().service.entities.mentor.get({ mentorId }).go();
  return (data as MentorRecord | null) ?? null;
}

export async function mentorsById(ids: string[]): Promise<Map<string, MentorRecord>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const { data } = await db().service.entities.mentor.get(unique.map((mentorId) => ({ mentorId }))).go();
  return new Map(data.map((m) => [m.mentorId, m as MentorRecord]));
}

/** Mentors with their unit's name and live mentee counts. */
export async function mentorViews(records: MentorRecord[]): Promise<MentorView[]> {
  const ids = [...new Set(records.map((m) => m.mentorId))];
  const loadRows = ids.length ? (await db().service.entities.mentorLoad.get(ids.map((mentorId) => ({ mentorId }))).go()).data : [];
  const loads = new Map<string, { maxMentees: number; mentees: number }>(loadRows.map((l) => [l.mentorId, l]));
  const units = await hostUnitsById(records.map((m) => m.affiliation).filter((a) => a !== INDEPENDENT));
  return records.map(({ affiliation, ...m }) => {
    const unit = units.get(affiliation);
    return {
      ...m,
      ...(unit ? { hostUnitId: unit.hostUnitId, hostUnitName: unit.name } : {}),
      maxMentees: loads.get(m.mentorId)?.maxMentees ?? m.maxMentees,
      mentees: loads.get(m.mentorId)?.mentees ?? 0,
    };
  });
}

async function viewPage(page: Page<MentorRecord>): Promise<Page<MentorView>> {
  return { items: await mentorViews(page.items), nextCursor: page.nextCursor };
}

/** Mentors are brought in by organisers; each gets an invited account bound to the mentor record. */
export const Mentors = {
  /**
   * The account comes first: its email guard refuses a taken address before anything else exists.
   * The account already names the mentor id the record is then written under.
   */
  async create(actor: Actor, input: CreateMentorInput): Promise<{ mentor: MentorView; invitationCode: string }> {
    requireRole(actor, 'organiser');
    const fields = CreateMentorInput.parse(input);
    const { hostUnitId, ...rest } = fields;
    if (hostUnitId && !(await getHostUnitRecord(hostUnitId))) {
      throw new DomainError('validation_failed', 'No such host unit', { errors: [{ path: 'hostUnitId', message: 'No such host unit', code: 'not_found' }] });
    }
    const mentorId = newId('mentor');
    const { user, invitationCode } = await createInvitedAccount(actor, { email: fields.email, name: fields.name, role: 'mentor', mentorId });
    const at = new Date().toISOString();
    const mentor: MentorRecord = { mentorId, affiliation: hostUnitId ?? INDEPENDENT, ...rest, userId: user.userId, createdAt: at, updatedAt: at, version: 1 };
    await transact(
      ({ mentor: mentors, mentorLoad, audit }) => [
        mentors.create(mentor).commit(),
        mentorLoad.create({ mentorId, maxMentees: mentor.maxMentees, mentees: 0 }).commit(),
        audit.create(auditRecord(actor, 'mentor', mentorId, 'create', diffChanges(undefined, { ...mentor }), at)).commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return { mentor: (await mentorViews([mentor]))[0]!, invitationCode };
  },

  async get(actor: Actor, mentorId: string): Promise<MentorView> {
    requireRole(actor, 'organiser');
    const mentor = await getMentorRecord(mentorId);
    if (!mentor) throw notFound('Mentor');
    return (await mentorViews([mentor]))[0]!;
  },

  async list(actor: Actor, query: ListMentorsQuery, page: PageRequest) {
    requireRole(actor, 'organiser');
    const { mentor } = db().service.entities;
    return viewPage(
      await queryPage(
        (options) => (query.hostUnitId ? mentor.query.byAffiliation({ affiliation: query.hostUnitId }) : mentor.query.all({})).go(options),
        page,
        (m) => m as MentorRecord,
      ),
    );
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
        audit.create(auditRecord(actor, 'mentor', mentorId, 'update', diffChanges({ ...before }, { ...after }), at)).commit(),
        ...(max !== undefined ? [mentorLoad.patch({ mentorId }).set({ maxMentees: max }).where((a, { lte }) => lte(a.mentees, max)).commit()] : []),
      ],
      (failed) =>
        failed.index === 2
          ? new DomainError('conflict', 'The mentor already has more mentees than that', {
              errors: [{ path: 'maxMentees', message: 'Cannot go below the number of mentees already assigned', code: 'below_in_use' }],
            })
          : stale(),
    );
    return (await mentorViews([after]))[0]!;
  },
};
