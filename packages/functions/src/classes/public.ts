import { publicEventRoutes } from '../routes/public-events.ts';
import { publicPositionRoutes } from '../routes/public-positions.ts';
import { publicApplicationRoutes } from '../routes/public-applications.ts';
import { publicCardRoutes } from '../routes/public-cards.ts';
import type { ClassRoutes } from './traffic-class.ts';

/**
 * The no-login pages: the event page (registration, "my registration", recovery and cancel) and the
 * recruitment pages (published positions and notices, applying to a position and the applicant's own
 * application), both shared as links and QR codes; and the check behind a talent service card's QR code.
 */
export const publicClass: ClassRoutes = {
  trafficClass: 'public',
  routers: [publicEventRoutes, publicPositionRoutes, publicApplicationRoutes, publicCardRoutes],
};
