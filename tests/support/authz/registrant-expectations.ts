import { person } from '../events.ts';
import type { RouteExpectation } from './expectations.ts';
import { register } from './fixtures.ts';

/**
 * "My registration" is public: what opens it is the token in the body, never the caller's role,
 * so everyone, signed in or not, gets the same answer.
 */
export const REGISTRANT_EXPECTATIONS: Record<string, RouteExpectation> = {
  requestRegistrationRecovery: {
    targets: ['universityA'],
    request: (world) => ({
      method: 'POST',
      path: `/v1/public/events/${world.eventA.eventId}/recovery`,
      body: { email: person().email },
    }),
    expect: () => 202,
  },
  // Nobody holds this email, so every caller hears that the code is not valid.
  verifyRegistrationRecovery: {
    targets: ['universityA'],
    request: (world) => ({
      method: 'POST',
      path: `/v1/public/events/${world.eventA.eventId}/recovery/verify`,
      body: { email: person().email, code: '123456' },
    }),
    expect: () => 400,
  },
  openMyRegistration: {
    targets: ['universityA'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/public/events/${world.eventA.eventId}/my`,
      body: { token: (await register(world.eventA, world.uniA)).checkInToken },
    }),
    expect: () => 200,
  },
  cancelMyRegistration: {
    targets: ['universityA'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/public/events/${world.eventA.eventId}/my/cancel`,
      body: { token: (await register(world.eventA, world.uniA)).checkInToken },
    }),
    expect: () => 200,
  },
};
