import { activityLogRoutes } from '../routes/activity-logs.ts';
import { checkInRoutes } from '../routes/check-ins.ts';
import { leaveRoutes } from '../routes/leave.ts';
import { myTalentServiceRoutes } from '../routes/my-talent-service.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** An intern's day on a phone: check-in, the activity log (and its weekly review), leave; their service card and requests. */
export const phoneClass: ClassRoutes = {
  trafficClass: 'phone',
  routers: [checkInRoutes, activityLogRoutes, leaveRoutes, myTalentServiceRoutes],
};
