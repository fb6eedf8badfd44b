import { publicEventRoutes } from '../routes/public-events.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** The no-login event page: registration, "my registration", recovery and cancel. */
export const publicClass: ClassRoutes = { trafficClass: 'public', routers: [publicEventRoutes] };
