import { phoneRouteGroups } from './route-groups.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** An intern's day on a phone: check-in, the activity log (and its weekly review), leave; their service card and requests. */
export const phoneClass: ClassRoutes = {
  trafficClass: 'phone',
  routeKeys: phoneRouteGroups,
  groups: {
    'check-ins': () => import('../routes/check-ins.ts').then((m) => m.checkInRoutes),
    'activity-logs': () => import('../routes/activity-logs.ts').then((m) => m.activityLogRoutes),
    leave: () => import('../routes/leave.ts').then((m) => m.leaveRoutes),
    'my-talent-service': () => import('../routes/my-talent-service.ts').then((m) => m.myTalentServiceRoutes),
  },
};
