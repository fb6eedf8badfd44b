import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { newId } from '../ids.ts';
import { maskPhone } from '../personal/masking.ts';
import {
  CreateHostUnitInput,
  HostUnitView,
  type ListHostUnitsQuery,
  type UpdateHostUnitInput,
} from './host-units.schema.ts';
import { pickView } from '../views.ts';

const stale = () =>
  new DomainError('version_conflict', 'The host unit was changed by someone else; reload and try again');

export async function getHostUnitRecord(hostUnitId: string): Promise<HostUnitView | null> {
  const { data } = await db().service.entities.hostUnit.get({ hostUnitId }).go();
  return data ? pickView(HostUnitView, data) : null;
}

/** Several host units by id, for lists that show each project's or placement's unit. */
export async function hostUnitsById(ids: string[]): Promise<Map<string, HostUnitView>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  // ElectroDB splits the keys into BatchGetItem's groups of 100 itself.
  const data = await batchGet(
    unique.map((hostUnitId) => ({ hostUnitId })),
    (keys) => db().service.entities.hostUnit.get(keys).go(),
  );
  return new Map(data.map((unit) => [unit.hostUnitId, pickView(HostUnitView, unit)]));
}

/** The unit's contact phone in full for organisers only; everyone else who sees a unit gets it masked. */
export function hostUnitForViewer(actor: Actor, unit: HostUnitView): HostUnitView {
  if (actor.role === 'organiser') return unit;
  return { ...unit, contact: { ...unit.contact, phone: maskPhone(unit.contact.phone) } };
}

/** Host units are set up by organisers; other roles meet them only through their placements. */
export const HostUnits = {
  async create(actor: Actor, input: CreateHostUnitInput): Promise<HostUnitView> {
    requireRole(actor, 'organiser');
    const fields = CreateHostUnitInput.parse(input);
    const at = new Date().toISOString();
    const unit: HostUnitView = { hostUnitId: newId('hostUnit'), ...fields, createdAt: at, updatedAt: at, version: 1 };
    await transact(
      ({ hostUnit, audit }) => [
        hostUnit.create(unit).commit(),
        audit
          .create(auditRecord(actor, 'hostUnit', unit.hostUnitId, 'create', diffChanges(undefined, unit), at))
          .commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return unit;
  },

  async get(actor: Actor, hostUnitId: string): Promise<HostUnitView> {
    requireRole(actor, 'organiser');
    const unit = await getHostUnitRecord(hostUnitId);
    if (!unit) throw notFound('Host unit');
    return unit;
  },

  /** In creation order; by cluster or kind on their own index, by both with the kind filtered on the cluster's. */
  async list(actor: Actor, query: ListHostUnitsQuery, page: PageRequest) {
    requireRole(actor, 'organiser');
    const { hostUnit } = db().service.entities;
    const { kind, cluster } = query;
    return queryPage(
      (options) => {
        if (cluster) {
          const q = hostUnit.query.byCluster({ cluster });
          return (kind ? q.where((a, { eq }) => eq(a.kind, kind)) : q).go(options);
        }
        if (kind) return hostUnit.query.byKind({ kind }).go(options);
        return hostUnit.query.all({}).go(options);
      },
      page,
      (u) => pickView(HostUnitView, u),
      { filtered: Boolean(cluster && kind) },
    );
  },

  async update(actor: Actor, hostUnitId: string, input: UpdateHostUnitInput): Promise<HostUnitView> {
    requireRole(actor, 'organiser');
    const { version, ...changes } = input;
    const before = await getHostUnitRecord(hostUnitId);
    if (!before) throw notFound('Host unit');
    if (before.version !== version) throw stale();
    const at = new Date().toISOString();
    const after: HostUnitView = { ...before, ...changes, updatedAt: at, version: version + 1 };
    // The indexed attributes go in whole so ElectroDB rebuilds the cluster and kind keys.
    const keyed = { cluster: after.cluster, kind: after.kind };
    await transact(
      ({ hostUnit, audit }) => [
        hostUnit
          .patch({ hostUnitId })
          .set({ ...changes, ...keyed, updatedAt: at, version: after.version })
          .where((a, { eq }) => eq(a.version, version))
          .commit(),
        audit.create(auditRecord(actor, 'hostUnit', hostUnitId, 'update', diffChanges(before, after), at)).commit(),
      ],
      stale,
    );
    return after;
  },
};
