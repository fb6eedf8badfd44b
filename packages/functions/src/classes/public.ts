import { publicRouteGroups } from './route-groups.ts';
import type { ClassRoutes } from './traffic-class.ts';

/**
 * The no-login pages: the event page (registration, "my registration", recovery and cancel) and the
 * recruitment pages (published positions and notices, applying to a position and the applicant's own
 * application), both shared as links and QR codes; and the check behind a talent service card's QR code.
 */
export const publicClass: ClassRoutes = {
  trafficClass: 'public',
  routeKeys: publicRouteGroups,
  groups: {
    'public-events': () => import('../routes/public-events.ts').then((m) => m.publicEventRoutes),
    'public-positions': () => import('../routes/public-positions.ts').then((m) => m.publicPositionRoutes),
    'public-applications': () => import('../routes/public-applications.ts').then((m) => m.publicApplicationRoutes),
    'public-cards': () => import('../routes/public-cards.ts').then((m) => m.publicCardRoutes),
  },
};
