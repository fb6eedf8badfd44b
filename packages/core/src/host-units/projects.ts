import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type Page, type PageRequest } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { getHostUnitRecord, hostUnitsById } from './host-units.ts';
import { CreateProjectInput, type ProjectView, type UpdateProjectInput } from './host-units.schema.ts';

type ProjectRecord = Omit<ProjectView, 'placed' | 'hostUnitName'>;

const stale = () =>
  new DomainError('version_conflict', 'The project was changed by someone else; reload and try again');

export async function getProjectRecord(projectId: string): Promise<ProjectRecord | null> {
  const { data } = await db().service.entities.project.get({ projectId }).go();
  return (data as ProjectRecord | null) ?? null;
}

/** Seat counters of several projects: `{seats, placed}` by project id. */
export async function seatsOf(projectIds: string[]): Promise<Map<string, { seats: number; placed: number }>> {
  const unique = [...new Set(projectIds)];
  if (!unique.length) return new Map();
  const data = await batchGet(
    unique.map((projectId) => ({ projectId })),
    (keys) => db().service.entities.projectSeats.get(keys).go(),
  );
  return new Map(data.map((c) => [c.projectId, { seats: c.seats, placed: c.placed }]));
}

/** Projects with their unit's name and live seat counts, as every screen shows them. */
export async function withSeats(records: ProjectRecord[]): Promise<ProjectView[]> {
  const [seats, units] = await Promise.all([
    seatsOf(records.map((p) => p.projectId)),
    hostUnitsById(records.map((p) => p.hostUnitId)),
  ]);
  return records.map((p) => {
    const counter = seats.get(p.projectId);
    return {
      ...p,
      hostUnitName: units.get(p.hostUnitId)?.name ?? '',
      seats: counter?.seats ?? p.seats,
      placed: counter?.placed ?? 0,
    };
  });
}

async function withSeatsPage(page: Page<ProjectRecord>): Promise<Page<ProjectView>> {
  return { items: await withSeats(page.items), nextCursor: page.nextCursor };
}

async function assertCohortExists(cohortId: string) {
  const { data } = await db().service.entities.cohort.get({ cohortId }).go();
  if (!data)
    throw new DomainError('validation_failed', 'No such cohort', {
      errors: [{ path: 'cohortId', message: 'No such cohort', code: 'not_found' }],
    });
}

const belowPlaced = () =>
  new DomainError('conflict', 'The project already has more interns placed than that', {
    errors: [
      { path: 'seats', message: 'Seats cannot go below the number of interns already placed', code: 'below_in_use' },
    ],
  });

/** Projects (实践岗位) a host unit posts for a cohort; organisers manage them. */
export const Projects = {
  async create(actor: Actor, hostUnitId: string, input: CreateProjectInput): Promise<ProjectView> {
    requireRole(actor, 'organiser');
    const fields = CreateProjectInput.parse(input);
    const unit = await getHostUnitRecord(hostUnitId);
    if (!unit) throw notFound('Host unit');
    await assertCohortExists(fields.cohortId);
    const at = new Date().toISOString();
    const project: ProjectRecord = {
      projectId: newId('project'),
      hostUnitId,
      ...fields,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ project: projects, projectSeats, audit }) => [
        projects.create(project).commit(),
        projectSeats.create({ projectId: project.projectId, seats: project.seats, placed: 0 }).commit(),
        audit
          .create(auditRecord(actor, 'project', project.projectId, 'create', diffChanges(undefined, project), at))
          .commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return { ...project, hostUnitName: unit.name, placed: 0 };
  },

  async get(actor: Actor, projectId: string): Promise<ProjectView> {
    requireRole(actor, 'organiser');
    const project = await getProjectRecord(projectId);
    if (!project) throw notFound('Project');
    return (await withSeats([project]))[0]!;
  },

  async listByHostUnit(actor: Actor, hostUnitId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    if (!(await getHostUnitRecord(hostUnitId))) throw notFound('Host unit');
    return withSeatsPage(
      await queryPage(
        (options) =>
          db()
            .service.entities.project.query.byHostUnit({ hostUnitId })
            .go({ ...options, order: 'desc' }),
        page,
        (p) => p as ProjectRecord,
      ),
    );
  },

  async listByCohort(actor: Actor, cohortId: string, page: PageRequest) {
    requireRole(actor, 'organiser');
    return withSeatsPage(
      await queryPage(
        (options) => db().service.entities.project.query.byCohort({ cohortId }).go(options),
        page,
        (p) => p as ProjectRecord,
      ),
    );
  },

  /**
   * Seats change on the project and its counter together; the counter refuses a number below the
   * interns already placed, whatever placements happen meanwhile.
   */
  async update(actor: Actor, projectId: string, input: UpdateProjectInput): Promise<ProjectView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getProjectRecord(projectId);
    if (!before) throw notFound('Project');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: ProjectRecord = { ...before, ...changes, updatedAt: at, version: version + 1 };
    const seats = changes.seats;
    await transact(
      ({ project, projectSeats, audit }) => [
        project
          .patch({ projectId })
          .set({ ...changes, updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        audit.create(auditRecord(actor, 'project', projectId, 'update', diffChanges(before, after), at)).commit(),
        ...(seats !== undefined
          ? [
              projectSeats
                .patch({ projectId })
                .set({ seats })
                .where((a, { lte }) => lte(a.placed, seats))
                .commit(),
            ]
          : []),
      ],
      (failed) => (failed.index === 2 ? belowPlaced() : stale()),
    );
    return (await withSeats([after]))[0]!;
  },
};
