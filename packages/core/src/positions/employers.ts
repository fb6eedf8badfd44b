import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { pickView } from '../views.ts';
import { CreateEmployerInput, EmployerView, type UpdateEmployerInput } from './positions.schema.ts';

const stale = () =>
  new DomainError('version_conflict', 'The employer was changed by someone else; reload and try again');

async function getEmployerRecord(employerId: string): Promise<EmployerView | null> {
  const { data } = await db().service.entities.employer.get({ employerId }).go();
  return data ? pickView(EmployerView, data) : null;
}

/** Employing units that are not host units: organisers keep them, for positions to name. */
export const Employers = {
  async create(actor: Actor, input: CreateEmployerInput): Promise<EmployerView> {
    requireRole(actor, 'organiser');
    const fields = CreateEmployerInput.parse(input);
    const at = new Date().toISOString();
    const employer: EmployerView = {
      employerId: newId('employer'),
      ...fields,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await transact(
      ({ employer: entity, audit }) => [
        entity.create(employer).commit(),
        audit
          .create(auditRecord(actor, 'employer', employer.employerId, 'create', diffChanges(undefined, employer), at))
          .commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return employer;
  },

  async get(actor: Actor, employerId: string): Promise<EmployerView> {
    requireRole(actor, 'organiser');
    const employer = await getEmployerRecord(employerId);
    if (!employer) throw notFound('Employer');
    return employer;
  },

  /** In creation order: a few dozen at the prefecture's scale. */
  async list(actor: Actor, page: PageRequest) {
    requireRole(actor, 'organiser');
    return queryPage(
      (options) => db().service.entities.employer.query.all({}).go(options),
      page,
      (e) => pickView(EmployerView, e),
    );
  },

  async update(actor: Actor, employerId: string, input: UpdateEmployerInput): Promise<EmployerView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getEmployerRecord(employerId);
    if (!before) throw notFound('Employer');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: EmployerView = { ...before, ...changes, updatedAt: at, version: version + 1 };
    await transact(
      ({ employer, audit }) => [
        employer
          .patch({ employerId })
          .set({ ...changes, updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        audit.create(auditRecord(actor, 'employer', employerId, 'update', diffChanges(before, after), at)).commit(),
      ],
      stale,
    );
    return after;
  },
};
