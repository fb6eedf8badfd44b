import { activityLogRoutes } from '../routes/activity-logs.ts';
import { checkInRoutes } from '../routes/check-ins.ts';
import { leaveRoutes } from '../routes/leave.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** An intern's day on a phone: check-in, the activity log (and its weekly review), leave. */
export const phoneClass: ClassRoutes = {
  trafficClass: 'phone',
  routers: [checkInRoutes, activityLogRoutes, leaveRoutes],
};
