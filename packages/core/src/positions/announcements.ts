import { randomBytes } from 'node:crypto';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { pickView } from '../views.ts';
import {
  AnnouncementView,
  CreateAnnouncementInput,
  type AnnouncementTransitionInput,
  type ListAnnouncementsQuery,
  type PublicAnnouncementView,
  type UpdateAnnouncementInput,
} from './announcements.schema.ts';
import { allowedAnnouncementMoves, assertAnnouncementMove } from './lifecycle.ts';
import { storedPositions, type StoredPosition } from './positions.ts';
import { toPublicViews } from './public-positions.ts';

type StoredAnnouncement = Omit<AnnouncementView, 'allowedTransitions'>;
const STORED_KEYS = AnnouncementView.omit({ allowedTransitions: true });

const toView = (record: object): AnnouncementView => {
  const a = pickView(STORED_KEYS, record);
  return { ...a, allowedTransitions: [...allowedAnnouncementMoves(a.status)] };
};

const stale = () =>
  new DomainError('version_conflict', 'The announcement was changed by someone else; reload and try again');
const slugTaken = () =>
  new DomainError('already_exists', 'Another announcement has this link', {
    errors: [{ path: 'slug', message: 'Another announcement has this link', code: 'name_taken' }],
  });

/** Lower-case Crockford base32 (no i, l, o, u): read off a poster and typed without confusion. */
const SLUG_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** Ten characters, 50 bits: a clash is as unlikely as it gets, and the unique guard would refuse one anyway. */
function randomSlug(): string {
  return [...randomBytes(10)].map((b) => SLUG_ALPHABET[b % 32]).join('');
}

async function getStored(announcementId: string): Promise<StoredAnnouncement | null> {
  const { data } = await db().service.entities.announcement.get({ announcementId }).go();
  return data ? pickView(STORED_KEYS, data) : null;
}

/** Every position named must exist (positions are never deleted, so a read is proof enough). */
async function assertPositionsExist(ids: readonly string[]): Promise<StoredPosition[]> {
  const positions = await storedPositions(ids);
  const found = new Set(positions.map((p) => p.positionId));
  const errors = ids.flatMap((id, index) =>
    found.has(id) ? [] : [{ path: `positionIds.${index}`, message: 'No such position', code: 'not_found' as const }],
  );
  if (errors.length) throw new DomainError('not_found', 'Some positions were not found', { errors });
  return positions;
}

/** A public notice shows its published positions; one with none would be an empty page. */
function assertSomePublished(positions: readonly StoredPosition[]): void {
  if (!positions.some((p) => p.status === 'published')) {
    throw new DomainError('no_published_positions', 'Publish at least one of its positions first');
  }
}

/** Recruitment notices grouping positions; organisers write them, the public reads published ones by slug. */
export const Announcements = {
  async create(actor: Actor, input: CreateAnnouncementInput): Promise<AnnouncementView> {
    requireRole(actor, 'organiser');
    const { slug, ...fields } = CreateAnnouncementInput.parse(input);
    await assertPositionsExist(fields.positionIds);
    const at = new Date().toISOString();
    const record: StoredAnnouncement = {
      announcementId: newId('announcement'),
      slug: slug ?? randomSlug(),
      ...fields,
      status: 'draft',
      createdBy: actor.userId,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ unique, announcement, audit }) => [
        unique.create({ kind: 'announcementSlug', value: record.slug, ownerId: record.announcementId }).commit(),
        announcement.create(record).commit(),
        audit
          .create(
            auditRecord(actor, 'announcement', record.announcementId, 'create', diffChanges(undefined, record), at),
          )
          .commit(),
      ],
      (failed) => (failed.index === 0 ? slugTaken() : new DomainError('conflict', 'Try again')),
    );
    return toView(record);
  },

  async get(actor: Actor, announcementId: string): Promise<AnnouncementView> {
    requireRole(actor, 'organiser');
    const record = await getStored(announcementId);
    if (!record) throw notFound('Announcement');
    return toView(record);
  },

  /** Newest first, all or by status. */
  async list(actor: Actor, query: ListAnnouncementsQuery, page: PageRequest) {
    requireRole(actor, 'organiser');
    const { announcement } = db().service.entities;
    return queryPage(
      (options) =>
        (query.status ? announcement.query.byStatus({ status: query.status }) : announcement.query.all({})).go({
          ...options,
          order: 'desc',
        }),
      page,
      toView,
    );
  },

  /** The title, text or positions of a draft or published notice; the slug never changes. */
  async update(actor: Actor, announcementId: string, input: UpdateAnnouncementInput): Promise<AnnouncementView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getStored(announcementId);
    if (!before) throw notFound('Announcement');
    if (before.version !== version) throw stale();
    if (before.status === 'closed') {
      throw new DomainError('invalid_transition', 'A closed announcement is no longer changed', {
        from: before.status,
        allowed: [],
      });
    }
    if (changes.positionIds) {
      const positions = await assertPositionsExist(changes.positionIds);
      // A public notice keeps at least one position to show, as when it was published.
      if (before.status === 'published') assertSomePublished(positions);
    }
    const at = new Date().toISOString();
    const after: StoredAnnouncement = { ...before, ...changes, updatedAt: at, version: version + 1 };
    await transact(
      ({ announcement, audit }) => [
        announcement
          .patch({ announcementId })
          .set({ ...changes, updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        audit
          .create(auditRecord(actor, 'announcement', announcementId, 'update', diffChanges(before, after), at))
          .commit(),
      ],
      stale,
    );
    return toView(after);
  },

  /** draft → published → closed. A notice goes public only with at least one of its positions published. */
  async transition(
    actor: Actor,
    announcementId: string,
    input: AnnouncementTransitionInput,
  ): Promise<AnnouncementView> {
    requireRole(actor, 'organiser');
    const before = await getStored(announcementId);
    if (!before) throw notFound('Announcement');
    assertAnnouncementMove(before.status, input.to);
    if (before.version !== input.version) throw stale();
    if (input.to === 'published') assertSomePublished(await storedPositions(before.positionIds));
    const at = new Date().toISOString();
    const moved = input.to === 'published' ? { publishedAt: before.publishedAt ?? at } : { closedAt: at };
    const after: StoredAnnouncement = {
      ...before,
      status: input.to,
      ...moved,
      updatedAt: at,
      version: before.version + 1,
    };
    await transact(
      ({ announcement, audit }) => [
        announcement
          .patch({ announcementId })
          // The status index's sort key goes in whole, so ElectroDB rebuilds the key under the new status.
          .set({ status: input.to, createdAt: before.createdAt, ...moved, updatedAt: at, version: after.version })
          .where((a, { eq }) => `${eq(a.version, before.version)} AND ${eq(a.status, before.status)}`)
          .commit(),
        audit
          .create(
            auditRecord(
              actor,
              'announcement',
              announcementId,
              `transition:${input.to}`,
              diffChanges(before, after),
              at,
            ),
          )
          .commit(),
      ],
      stale,
    );
    return toView(after);
  },
};

/** The shareable notice: published ones only, with those of its positions that are published, in its order. */
export const PublicAnnouncements = {
  async get(slug: string): Promise<PublicAnnouncementView> {
    const { data } = await db().service.entities.announcement.query.bySlug({ slug }).go({ count: 1 });
    const record = data[0];
    if (record?.status !== 'published' || !record.publishedAt) throw notFound('Announcement');
    const positions = (await storedPositions(record.positionIds)).filter((p) => p.status === 'published');
    return {
      slug: record.slug,
      title: record.title,
      body: record.body,
      publishedAt: record.publishedAt,
      positions: await toPublicViews(positions),
    };
  },
};
