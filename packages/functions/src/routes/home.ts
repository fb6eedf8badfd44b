import { coordinatorHome } from '@aksu/core/home/coordinator-home';
import { CoordinatorHomeView, OrganiserHomeView } from '@aksu/core/home/home.schema';
import { organiserHome } from '@aksu/core/home/organiser-home';
import { router } from '../env.ts';
import { bearerRoutes, errors, jsonResponse } from '../http/schemas.ts';

const route = bearerRoutes('Home');

/** What each desk role sees first after signing in: where work waits, with bounded reads. */
export const homeRoutes = router();

homeRoutes.openapi(
  route({
    operationId: 'getOrganiserHome',
    method: 'get',
    path: '/v1/home/organiser',
    summary: 'The organiser’s overview: open cohorts, pending reviews, expiring agreements, upcoming events',
    description:
      'Read from counters and index ranges capped in size (the latest cohorts, a few agreements and events), so the ' +
      'cost does not grow with the data.',
    responses: {
      200: jsonResponse(OrganiserHomeView.openapi('OrganiserHome'), 'The overview'),
      ...errors(),
    },
  }),
  async (c) => c.json(await organiserHome(c.get('actor')), 200),
);

homeRoutes.openapi(
  route({
    operationId: 'getCoordinatorHome',
    method: 'get',
    path: '/v1/home/coordinator',
    summary: 'A coordinator’s to-do list: students to register, confirmations to make, decisions to read',
    responses: {
      200: jsonResponse(CoordinatorHomeView.openapi('CoordinatorHome'), 'The to-do list'),
      ...errors(),
    },
  }),
  async (c) => c.json(await coordinatorHome(c.get('actor')), 200),
);
