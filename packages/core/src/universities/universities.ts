/** Partner universities: creating, editing, listing in pinyin order, and their coordinators. */
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireAdmin, requireRole, type Actor } from '../auth/actor.ts';
import { listPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { createInvitedAccount } from '../users/index.ts';
import type { CreateCoordinatorInput } from '../users/users.schema.ts';
import { assertCanRead, assertCanUpdate, forViewer, restoreMaskedPhones } from './access.ts';
import {
  CreateUniversityInput,
  type ListUniversitiesQuery,
  UniversityView,
  type UpdateUniversityInput,
} from './universities.schema.ts';
import { pickView } from '../views.ts';

/** Names are unique ignoring case and spacing, so "北京大学 " and "北京大学" are one university. */
const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const searchText = (u: Pick<UniversityView, 'name' | 'nameEn' | 'shortName'>) =>
  [u.name, u.nameEn, u.shortName].filter(Boolean).join(' ').toLowerCase();

const pinyin = new Intl.Collator('zh-CN');
const byPinyin = (a: UniversityView, b: UniversityView) =>
  pinyin.compare(a.name, b.name) || a.universityId.localeCompare(b.universityId);
// A page's cursor names the last university by name and id, so the next page starts right after it in
// the same order even when a university was added in between.
const KEY_SEPARATOR = '\u001f';
const pinyinKey = (u: UniversityView) => `${u.name}${KEY_SEPARATOR}${u.universityId}`;
function comparePinyinKeys(a: string, b: string): number {
  const [nameA = '', idA = ''] = a.split(KEY_SEPARATOR);
  const [nameB = '', idB = ''] = b.split(KEY_SEPARATOR);
  return pinyin.compare(nameA, nameB) || idA.localeCompare(idB);
}

const duplicateName = () =>
  new DomainError('already_exists', 'A university with this name already exists', {
    errors: [{ path: 'name', message: 'This name is already registered', code: 'name_taken' }],
  });

const staleVersion = () =>
  new DomainError('version_conflict', 'The university was changed by someone else; reload and try again');

function toView(record: Record<string, unknown>): UniversityView {
  const r = pickView(UniversityView, record);
  return { ...r, tags: r.tags ?? [], contacts: r.contacts ?? [] };
}

async function getRecord(universityId: string): Promise<UniversityView | null> {
  const result = await db().service.entities.university.get({ universityId }).go();
  return result.data ? toView(result.data) : null;
}

export const Universities = {
  async create(actor: Actor, input: CreateUniversityInput): Promise<UniversityView> {
    requireRole(actor, 'organiser');
    const fields = CreateUniversityInput.parse(input);
    const at = new Date().toISOString();
    const university: UniversityView = {
      universityId: newId('university'),
      ...fields,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ unique, university: universities, audit }) => [
        unique
          .create({ kind: 'universityName', value: nameKey(university.name), ownerId: university.universityId })
          .commit(),
        universities.create({ ...university, searchText: searchText(university) }).commit(),
        audit
          .create(
            auditRecord(actor, 'university', university.universityId, 'create', diffChanges(undefined, university), at),
          )
          .commit(),
      ],
      (failed) => (failed.index === 0 ? duplicateName() : new DomainError('conflict', 'Try again')),
    );
    return university;
  },

  async get(actor: Actor, universityId: string): Promise<UniversityView> {
    assertCanRead(actor, universityId);
    const university = await getRecord(universityId);
    if (!university) throw notFound('University');
    return forViewer(actor, university);
  },

  /**
   * Organisers list all universities (optionally one province, optionally matching `q` in any name),
   * in pinyin order as every university picker shows them; a coordinator's list holds only their own.
   * The index keeps names in code-point order, which is no order a reader knows, so the list (dozens,
   * one partition) is read whole and sorted here.
   */
  async list(actor: Actor, query: ListUniversitiesQuery, page: PageRequest) {
    if (actor.role === 'coordinator' && actor.universityId) {
      const own = await getRecord(actor.universityId);
      return { items: own ? [forViewer(actor, own)] : [], nextCursor: null };
    }
    requireRole(actor, 'organiser');
    const { university } = db().service.entities;
    const q = query.q?.toLowerCase();
    const base = query.province ? university.query.byProvince({ province: query.province }) : university.query.all({});
    const filtered = q ? base.where(({ searchText }, { contains }) => contains(searchText, q)) : base;
    const { data } = await filtered.go({ pages: 'all' });
    const sorted = data.map(toView).sort(byPinyin);
    const result = listPage(sorted, page, pinyinKey, { compare: comparePinyinKeys });
    return { ...result, items: result.items.map((u) => forViewer(actor, u)) };
  },

  async update(actor: Actor, universityId: string, input: UpdateUniversityInput): Promise<UniversityView> {
    const { version, ...changes } = input;
    const submitted = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined);
    assertCanUpdate(actor, universityId, submitted);
    const before = await getRecord(universityId);
    if (!before) throw notFound('University');
    if (before.version !== version) throw staleVersion();
    if (changes.contacts) changes.contacts = restoreMaskedPhones(before.contacts, changes.contacts);
    const at = new Date().toISOString();
    const after: UniversityView = { ...before, ...changes, updatedAt: at, version: version + 1 };
    const changed = diffChanges(before, after);
    if (Object.keys(changed).length === 0) return forViewer(actor, before);
    const renamed = changes.name !== undefined && nameKey(changes.name) !== nameKey(before.name);
    await transact(
      ({ unique, university, audit }) => [
        university
          .patch({ universityId })
          .set({ ...changes, searchText: searchText(after), updatedAt: at, version: after.version })
          .where((attr, { eq }) => eq(attr.version, version))
          .commit(),
        audit.create(auditRecord(actor, 'university', universityId, 'update', changed, at)).commit(),
        ...(renamed
          ? [
              unique.create({ kind: 'universityName', value: nameKey(after.name), ownerId: universityId }).commit(),
              unique.delete({ kind: 'universityName', value: nameKey(before.name) }).commit(),
            ]
          : []),
      ],
      (failed) => (failed.index === 0 ? staleVersion() : duplicateName()),
    );
    return forViewer(actor, after);
  },

  /**
   * Creates the university's coordinator account and returns the one-time invitation code.
   * A coordinator's account sees its university's students and their personal data, so, like every
   * account with more than one person's records behind it, only an admin organiser creates it.
   */
  async inviteCoordinator(actor: Actor, universityId: string, input: CreateCoordinatorInput) {
    requireAdmin(actor);
    const university = await getRecord(universityId);
    if (!university) throw notFound('University');
    return createInvitedAccount(actor, { ...input, role: 'coordinator', universityId });
  },
};
