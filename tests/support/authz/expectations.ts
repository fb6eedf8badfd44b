import { createInvitedAccount, Universities, Users } from '@aksu/core';
import { SYSTEM, uniqueEmail } from '../accounts.ts';
import { victim, type Caller, type World } from './fixtures.ts';
import { CONVERSION_EXPECTATIONS } from './conversion-expectations.ts';
import { IMPORT_EXPECTATIONS } from './import-expectations.ts';
import { LEADS_EXPORT_EXPECTATIONS } from './leads-export-expectations.ts';
import { LOG_EXPECTATIONS } from './log-expectations.ts';
import { STIPEND_EXPECTATIONS } from './stipend-expectations.ts';
import { PLACEMENT_EXPECTATIONS } from './placement-expectations.ts';
import { PROGRAMME_EXPECTATIONS } from './programme-expectations.ts';
import { ATTENDANCE_EXPECTATIONS } from './attendance-expectations.ts';
import { ACCOUNT_EXPECTATIONS } from './account-expectations.ts';
import { NOTIFICATION_EXPECTATIONS } from './notification-expectations.ts';
import { REGISTRANT_EXPECTATIONS } from './registrant-expectations.ts';
import { UNIVERSITY_EXPECTATIONS } from './university-expectations.ts';
import { EVENT_EXPECTATIONS } from './event-expectations.ts';
import { HOME_EXPECTATIONS } from './home-expectations.ts';
import { POSITION_EXPECTATIONS } from './position-expectations.ts';
import { APPLICATION_EXPECTATIONS } from './application-expectations.ts';
import { REVIEWER_VARIANTS } from './reviewer-expectations.ts';
import { TALENT_EXPECTATIONS } from './talent-expectations.ts';
import { TALENT_ACCOUNT_EXPECTATIONS } from './talent-account-expectations.ts';
import { adminOnly, anyoneSignedIn, isOrganiser, organisersOnly } from './callers.ts';

/** What one case sends. */
export interface Request {
  method: string;
  path: string;
  body?: unknown;
  /** Sent instead of the caller's own token, for routes that end the caller's sessions. */
  token?: string;
}

/**
 * The objects a route is tried against, seen from the caller: their own object, one of the same
 * university, one of another university, another intern's.
 */
export type Target = 'none' | 'self' | 'other' | 'universityA' | 'universityB';

export interface RouteExpectation {
  targets: Target[];
  /** Builds the request afresh for each case, so writes that succeed never affect other cases. */
  request(world: World, target: Target, caller: Caller): Promise<Request> | Request;
  /** The exact status the caller must get for the target. */
  expect(caller: Caller, target: Target): number;
  /** Writes to the shared universities carry a version, so their cases must not overlap. */
  serial?: boolean;
}

/** Every operation of the API, by operationId. A route without an entry fails the matrix. */
export const EXPECTATIONS: Record<string, RouteExpectation> = {
  ...CONVERSION_EXPECTATIONS,
  ...IMPORT_EXPECTATIONS,
  ...LEADS_EXPORT_EXPECTATIONS,
  ...LOG_EXPECTATIONS,
  ...STIPEND_EXPECTATIONS,
  ...PLACEMENT_EXPECTATIONS,
  ...PROGRAMME_EXPECTATIONS,
  ...ATTENDANCE_EXPECTATIONS,
  ...ACCOUNT_EXPECTATIONS,
  ...NOTIFICATION_EXPECTATIONS,
  ...REGISTRANT_EXPECTATIONS,
  ...UNIVERSITY_EXPECTATIONS,
  ...EVENT_EXPECTATIONS,
  ...HOME_EXPECTATIONS,
  ...POSITION_EXPECTATIONS,
  ...APPLICATION_EXPECTATIONS,
  ...TALENT_EXPECTATIONS,
  ...TALENT_ACCOUNT_EXPECTATIONS,
  getHealth: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/health' }),
    expect: () => 200,
  },
  login: {
    targets: ['none'],
    request: async () => {
      const email = uniqueEmail('login');
      const { invitationCode } = await createInvitedAccount(SYSTEM, { email, name: '登录', role: 'organiser' });
      await Users.activate({ code: invitationCode, password: 'matrix-pass-1' }, 'x');
      return { method: 'POST', path: '/v1/auth/login', body: { email, password: 'matrix-pass-1' } };
    },
    expect: () => 200,
  },
  activateAccount: {
    targets: ['none'],
    request: async () => {
      const { invitationCode } = await createInvitedAccount(SYSTEM, {
        email: uniqueEmail('act'),
        name: '激活',
        role: 'organiser',
      });
      return { method: 'POST', path: '/v1/auth/activate', body: { code: invitationCode, password: 'matrix-pass-1' } };
    },
    expect: () => 200,
  },
  getMe: {
    targets: ['self'],
    request: () => ({ method: 'GET', path: '/v1/me' }),
    expect: anyoneSignedIn(200),
  },
  createUser: {
    targets: ['none'],
    request: () => ({
      method: 'POST',
      path: '/v1/users',
      body: { email: uniqueEmail('new'), name: '新人', role: 'organiser' },
    }),
    expect: adminOnly(201),
  },
  listUsers: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/users' }),
    expect: organisersOnly(200),
  },
  getUser: {
    targets: ['self', 'other'],
    request: (world, target, caller) => {
      const self = caller === 'anonymous' ? world.accounts.intern : world.accounts[caller];
      const other = caller === 'organiser' ? world.accounts.organiserPlain : world.accounts.organiser;
      return { method: 'GET', path: `/v1/users/${(target === 'self' ? self : other).user.userId}` };
    },
    expect: (caller, target) => (caller === 'anonymous' ? 401 : target === 'self' || isOrganiser(caller) ? 200 : 403),
  },
  disableUser: {
    targets: ['other'],
    request: async () => ({ method: 'POST', path: `/v1/users/${(await victim()).user.userId}/disable` }),
    expect: adminOnly(200),
  },
  enableUser: {
    targets: ['other'],
    request: async () => ({ method: 'POST', path: `/v1/users/${(await victim()).user.userId}/enable` }),
    expect: adminOnly(200),
  },
  listAuditEntries: {
    targets: ['universityA'],
    request: (world) => ({
      method: 'GET',
      path: `/v1/audit?entityType=university&entityId=${world.uniA.universityId}`,
    }),
    expect: organisersOnly(200),
  },
};

/**
 * Variants that probe a second rule on a route already listed: the fields a coordinator may not
 * change, and the reviewer's own unit.
 */
export const VARIANTS: Record<string, RouteExpectation & { operationId: string }> = {
  ...REVIEWER_VARIANTS,
  'updateUniversity:reservedFields': {
    operationId: 'updateUniversity',
    targets: ['universityA'],
    request: async (world) => {
      const current = await Universities.get(SYSTEM, world.uniA.universityId);
      return {
        method: 'PATCH',
        path: `/v1/universities/${current.universityId}`,
        body: { version: current.version, tags: ['985'] },
      };
    },
    expect: (caller) =>
      caller === 'anonymous'
        ? 401
        : isOrganiser(caller)
          ? 200
          : caller === 'coordinatorA'
            ? 403
            : caller === 'coordinatorB'
              ? 404
              : 403,
    serial: true,
  },
};
