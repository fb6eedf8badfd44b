import { listShardOf } from '../db/sharded-list.ts';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { normalisePhone } from '../events/registrations.ts';
import { LeadView, UpdateLeadInput } from './leads.schema.ts';
import { leadSearchText } from './matching.ts';
import { pickView } from '../views.ts';

const taken = (path: 'email' | 'phone') =>
  new DomainError('conflict', `Another lead has this ${path}`, {
    errors: [
      {
        path,
        message: `Another lead already has this ${path === 'email' ? 'email address' : 'phone number'}`,
        code: path === 'email' ? 'lead_email_taken' : 'lead_phone_taken',
      },
    ],
  });

/** The lead as its readers see it: the list's partition key is bookkeeping. */
function withoutKey<T extends { universityKey?: string; version?: number }>(record: T) {
  const { universityKey: _k, version: _v, ...rest } = record;
  return rest;
}

/**
 * An organiser corrects who a lead is. Registrations never do (see matching.ts), so this is the one
 * write of a lead's name, email, phone and university after it was created. A changed email or phone
 * moves its guard in the same transaction: the lead's old guard is released only if it is the lead's
 * own, and the new one is claimed only if no other lead holds it, so two leads never share a key.
 */
export async function updateLeadIdentity(actor: Actor, leadId: string, input: UpdateLeadInput): Promise<LeadView> {
  requireRole(actor, 'organiser');
  const fields = UpdateLeadInput.parse(input);
  const { lead, unique, university } = db().service.entities;
  const before = (await lead.get({ leadId }).go()).data;
  if (!before) throw notFound('Lead');
  if (before.version !== fields.version)
    throw new DomainError('conflict', 'The lead was changed meanwhile; reload and try again');

  let universityChange: { universityId?: string; universityName?: string; universityKey: string } | undefined;
  if (fields.universityId) {
    const chosen = (await university.get({ universityId: fields.universityId }).go()).data;
    if (!chosen)
      throw new DomainError('validation_failed', 'No such university', {
        errors: [{ path: 'universityId', message: 'No such university', code: 'not_found' }],
      });
    universityChange = {
      universityId: chosen.universityId,
      universityName: chosen.name,
      universityKey: chosen.universityId,
    };
  } else if (fields.universityName) {
    universityChange = { universityName: fields.universityName, universityKey: 'none' };
  }
  const email = fields.email !== undefined && fields.email !== before.email ? fields.email : undefined;
  const phone =
    fields.phone !== undefined && normalisePhone(fields.phone) !== before.phone
      ? normalisePhone(fields.phone)
      : undefined;
  const [oldEmailGuard, oldPhoneGuard] = await Promise.all([
    email ? unique.get({ kind: 'leadEmail', value: before.email }).go() : undefined,
    phone ? unique.get({ kind: 'leadPhone', value: before.phone }).go() : undefined,
  ]);

  const at = new Date().toISOString();
  const after = {
    ...before,
    ...(fields.name ? { name: fields.name } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(universityChange ?? {}),
  };
  if (universityChange && !universityChange.universityId) delete (after as { universityId?: string }).universityId;
  const searchText = leadSearchText(after);
  const labels: ('lead' | 'email' | 'phone' | 'other')[] = [];
  await transact(
    ({ lead: leads, unique: guards, audit }) => {
      const { leadId: _id, version: _v, createdAt: _c, eventCount: _e, universityId, ...set } = after;
      // A new universityKey rebuilds the university list's key, which also names the lead's list shard.
      const key = universityChange ? { listShard: listShardOf(leadId) } : {};
      let patch = leads.patch({ leadId }).set({
        ...set,
        ...key,
        ...(universityId ? { universityId } : {}),
        searchText,
        updatedAt: at,
        version: before.version + 1,
      });
      if (universityChange && !universityChange.universityId && before.universityId)
        patch = patch.remove(['universityId']);
      const ops: unknown[] = [patch.where((a, { eq }) => eq(a.version, before.version)).commit()];
      labels.push('lead');
      for (const [path, guard, value] of [
        ['email', oldEmailGuard, email],
        ['phone', oldPhoneGuard, phone],
      ] as const) {
        if (!value) continue;
        const kind = path === 'email' ? 'leadEmail' : 'leadPhone';
        if (guard?.data?.ownerId === leadId) {
          ops.push(
            guards
              .delete({ kind, value: path === 'email' ? before.email : before.phone })
              .where((a, { eq }) => eq(a.ownerId, leadId))
              .commit(),
          );
          labels.push('other');
        }
        ops.push(guards.create({ kind, value, ownerId: leadId }).commit());
        labels.push(path);
      }
      ops.push(
        audit.create(auditRecord(actor, 'lead', leadId, 'update', diffChanges(before, withoutKey(after)), at)).commit(),
      );
      labels.push('other');
      return ops as never;
    },
    (failed) => {
      const label = labels[failed.index];
      if (label === 'email' || label === 'phone') return taken(label);
      return new DomainError('conflict', 'The lead was changed meanwhile; reload and try again');
    },
  );
  return pickView(LeadView, { ...after, updatedAt: at });
}
