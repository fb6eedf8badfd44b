import { Conversion, Leads } from '@aksu/core';
import { SYSTEM, uniqueEmail } from '../accounts.ts';
import { organisersOnly } from './callers.ts';
import type { RouteExpectation } from './expectations.ts';
import { register, type World } from './fixtures.ts';

/** A fresh person hired from a lead who came (报到), so each allowed invitation binds an outcome of its own. */
async function hiredLead(world: World) {
  const { leadId } = await register(world.eventA, world.uniA);
  await Leads.invite(SYSTEM, leadId, { kind: 'full_time' });
  const { outcome } = await Conversion.open(SYSTEM, { leadId });
  await Conversion.transition(SYSTEM, outcome.outcomeId, {
    to: 'onboarded',
    on: '2025-07-10',
    version: outcome.version,
    employer: '矩阵用人单位',
  });
  return outcome.outcomeId;
}

export const TALENT_ACCOUNT_EXPECTATIONS: Record<string, RouteExpectation> = {
  inviteTalentAccount: {
    targets: ['none'],
    request: async (world) => ({
      method: 'POST',
      path: `/v1/talent-service/people/${await hiredLead(world)}/account`,
      body: { email: uniqueEmail('talent') },
    }),
    expect: organisersOnly(201),
  },
};
