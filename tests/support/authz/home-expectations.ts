import type { RouteExpectation } from './expectations.ts';
import type { Caller } from './fixtures.ts';
import { organisersOnly } from './callers.ts';

/** The home pages: the overview is the organisers', the to-do list the coordinators' (each university its own). */
export const HOME_EXPECTATIONS: Record<string, RouteExpectation> = {
  getOrganiserHome: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/home/organiser' }),
    expect: organisersOnly(200),
  },
  getCoordinatorHome: {
    targets: ['none'],
    request: () => ({ method: 'GET', path: '/v1/home/coordinator' }),
    expect: (caller: Caller) => (caller === 'anonymous' ? 401 : caller.startsWith('coordinator') ? 200 : 403),
  },
};
