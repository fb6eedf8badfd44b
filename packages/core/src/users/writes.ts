import { requireAdmin, type Actor } from '../auth/actor.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import { missingUnit, unitKindOf } from '../positions/units.ts';
import { createInvitedAccount } from './invitations.ts';
import { accountChangeAudit, getRecord, toUserView, type UserRecord } from './records.ts';
import type { CreateUserInput, UserView } from './users.schema.ts';

/** A host unit or an employer record, by the prefix of its id. Units are never deleted, so a read suffices. */
async function employingUnitExists(unitId: string): Promise<boolean> {
  const { hostUnit, employer } = db().service.entities;
  const found =
    unitKindOf(unitId) === 'host_unit'
      ? await hostUnit.get({ hostUnitId: unitId }).go()
      : await employer.get({ employerId: unitId }).go();
  return Boolean(found.data);
}

/** Admin organisers' changes to accounts. */
export const AccountWrites = {
  async create(actor: Actor, input: CreateUserInput) {
    requireAdmin(actor);
    if (input.unitId && !(await employingUnitExists(input.unitId))) throw missingUnit();
    return createInvitedAccount(actor, input);
  },

  /**
   * Enables or disables an account. An admin cannot disable themselves and lock everyone out.
   * Disabling also bumps the token generation, so enabling the account again does not bring its old
   * tokens back: the person signs in afresh.
   */
  async setStatus(actor: Actor, userId: string, status: 'active' | 'disabled'): Promise<UserView> {
    requireAdmin(actor);
    if (userId === actor.userId && status === 'disabled') {
      throw new DomainError('conflict', 'You cannot disable your own account');
    }
    const before = await getRecord(userId);
    if (!before) throw notFound('User');
    if (status === 'active' && !before.passwordHash) {
      throw new DomainError('conflict', 'This account has not been activated yet');
    }
    if (before.status === status) return toUserView(before);
    const tokenGeneration = (before.tokenGeneration ?? 0) + (status === 'disabled' ? 1 : 0);
    const after: UserRecord = {
      ...before,
      status,
      tokenGeneration,
      updatedAt: new Date().toISOString(),
      version: before.version + 1,
    };
    await transact(
      ({ user, audit }) => [
        user
          .patch({ userId })
          .set({ status, tokenGeneration, updatedAt: after.updatedAt, version: after.version })
          .where((attr, { eq }) => eq(attr.version, before.version))
          .commit(),
        audit.create(accountChangeAudit(actor, status === 'disabled' ? 'disable' : 'enable', before, after)).commit(),
      ],
      () => new DomainError('version_conflict', 'The account was changed by someone else; reload and try again'),
    );
    return toUserView(after);
  },
};
