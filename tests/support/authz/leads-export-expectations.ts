import type { RouteExpectation } from './expectations.ts';
import { register, type Caller, type World } from './fixtures.ts';

const organisersOnly = (caller: Caller) => (caller === 'anonymous' ? 401 : caller.startsWith('organiser') ? 200 : 403);

/**
 * The lead export is scoped like the lead list: organisers get everyone, a coordinator their own
 * university's leads (asking for another university gives an empty sheet, as the list gives an
 * empty page), everyone else is refused.
 */
const organisersAndCoordinators = (caller: Caller) =>
  caller === 'anonymous' ? 401 : caller.startsWith('organiser') || caller.startsWith('coordinator') ? 200 : 403;

export const LEADS_EXPORT_EXPECTATIONS: Record<string, RouteExpectation> = {
  getLeadsXlsx: {
    targets: ['universityA', 'universityB'],
    request: (world: World, target) => ({
      method: 'GET',
      path:
        `/v1/leads.xlsx?universityId=${(target === 'universityA' ? world.uniA : world.uniB).universityId}` +
        '&degreeLevel=master',
    }),
    expect: organisersAndCoordinators,
  },
  // Correcting who a lead is: organisers only, whichever university the lead is at. Each case gets a
  // lead of its own, so a correction never changes another case's version.
  updateLead: {
    targets: ['universityA', 'universityB'],
    request: async (world: World, target) => {
      const { leadId } = await register(
        target === 'universityA' ? world.eventA : world.eventB,
        target === 'universityA' ? world.uniA : world.uniB,
      );
      return { method: 'PATCH', path: `/v1/leads/${leadId}`, body: { version: 1, name: '更正姓名' } };
    },
    expect: organisersOnly,
  },
};
