import { createInvitedAccount, Users } from '@aksu/core';
import { newAccount, PASSWORD, SYSTEM, uniqueEmail } from '../accounts.ts';
import type { RouteExpectation } from './expectations.ts';
import { victim, type Caller, type World } from './fixtures.ts';
import { adminOnly, anyoneSignedIn } from './callers.ts';

/**
 * Password changes, sign-out, reset codes and unlocking. Every route that changes an account is for
 * admin organisers, except a person's own password and sessions. Changing a password or signing out
 * everywhere ends the caller's sessions, so those cases act as a fresh account of the caller's kind
 * (its own token) and the world's callers stay signed in for every other case.
 */

async function twinOf(world: World, caller: Caller): Promise<string | undefined> {
  switch (caller) {
    case 'anonymous':
      return undefined;
    case 'organiser':
    case 'organiserPlain':
      return (await newAccount('organiser', { isAdmin: caller === 'organiser' })).token;
    case 'coordinatorA':
    case 'coordinatorB':
      return (
        await newAccount('coordinator', {
          universityId: (caller === 'coordinatorA' ? world.uniA : world.uniB).universityId,
        })
      ).token;
    case 'mentor':
      return (await newAccount('mentor')).token;
    default:
      return (await newAccount('intern', { universityId: world.uniA.universityId })).token;
  }
}

export const ACCOUNT_EXPECTATIONS: Record<string, RouteExpectation> = {
  resetPassword: {
    targets: ['none'],
    request: async () => {
      const { user, invitationCode } = await createInvitedAccount(SYSTEM, {
        email: uniqueEmail('reset'),
        name: '重置',
        role: 'organiser',
      });
      await Users.activate({ code: invitationCode, password: PASSWORD }, 'x');
      const { resetCode } = await Users.issueResetCode(SYSTEM, user.userId);
      return { method: 'POST', path: '/v1/auth/reset', body: { code: resetCode, password: 'matrix-reset-pass-1' } };
    },
    expect: () => 200,
  },
  changePassword: {
    targets: ['self'],
    request: async (world, _target, caller) => ({
      method: 'POST',
      path: '/v1/me/password',
      body: { currentPassword: PASSWORD, newPassword: 'matrix-new-pass-1' },
      token: await twinOf(world, caller),
    }),
    expect: anyoneSignedIn(200),
  },
  signOutEverywhere: {
    targets: ['self'],
    request: async (world, _target, caller) => ({
      method: 'POST',
      path: '/v1/me/sign-out-everywhere',
      token: await twinOf(world, caller),
    }),
    expect: anyoneSignedIn(204),
  },
  issueResetCode: {
    targets: ['other'],
    request: async () => ({ method: 'POST', path: `/v1/users/${(await victim()).user.userId}/reset-code` }),
    expect: adminOnly(201),
  },
  listAuditPeriod: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/audit/period' }),
    expect: adminOnly(200),
  },
  unlockUser: {
    targets: ['other'],
    request: async () => ({ method: 'POST', path: `/v1/users/${(await victim()).user.userId}/unlock` }),
    expect: adminOnly(200),
  },
};
