import type { RouteExpectation } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';

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
      path: `/v1/leads.xlsx?universityId=${(target === 'universityA' ? world.uniA : world.uniB).universityId}&degreeLevel=master`,
    }),
    expect: organisersAndCoordinators,
  },
};
