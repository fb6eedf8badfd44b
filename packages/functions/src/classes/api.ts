import { apiRouteGroups } from './route-groups.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** The rest: the office's, coordinators' and mentors' desk work, sign-in, health and docs. */
export const apiClass: ClassRoutes = {
  trafficClass: 'api',
  routeKeys: apiRouteGroups,
  groups: {
    system: () => import('../routes/system.ts').then((m) => m.systemRoutes),
    auth: () => import('../routes/auth.ts').then((m) => m.authRoutes),
    users: () => import('../routes/users.ts').then((m) => m.userRoutes),
    universities: () => import('../routes/universities.ts').then((m) => m.universityRoutes),
    partnerships: () => import('../routes/partnerships.ts').then((m) => m.partnershipRoutes),
    trips: () => import('../routes/trips.ts').then((m) => m.tripRoutes),
    events: () => import('../routes/events.ts').then((m) => m.eventRoutes),
    leads: () => import('../routes/leads.ts').then((m) => m.leadRoutes),
    audit: () => import('../routes/audit.ts').then((m) => m.auditRoutes),
    cohorts: () => import('../routes/cohorts.ts').then((m) => m.cohortRoutes),
    'cohort-registrations': () => import('../routes/cohort-registrations.ts').then((m) => m.cohortRegistrationRoutes),
    'host-units': () => import('../routes/host-units.ts').then((m) => m.hostUnitRoutes),
    projects: () => import('../routes/projects.ts').then((m) => m.projectRoutes),
    mentors: () => import('../routes/mentors.ts').then((m) => m.mentorRoutes),
    placements: () => import('../routes/placements.ts').then((m) => m.placementRoutes),
    evaluations: () => import('../routes/evaluations.ts').then((m) => m.evaluationRoutes),
    stipends: () => import('../routes/stipends.ts').then((m) => m.stipendRoutes),
    outcomes: () => import('../routes/outcomes.ts').then((m) => m.outcomeRoutes),
    dashboard: () => import('../routes/dashboard.ts').then((m) => m.dashboardRoutes),
    home: () => import('../routes/home.ts').then((m) => m.homeRoutes),
    notifications: () => import('../routes/notifications.ts').then((m) => m.notificationRoutes),
    attendance: () => import('../routes/attendance.ts').then((m) => m.attendanceRoutes),
    positions: () => import('../routes/positions.ts').then((m) => m.positionRoutes),
    applications: () => import('../routes/applications.ts').then((m) => m.applicationRoutes),
    'talent-service': () => import('../routes/talent-service.ts').then((m) => m.talentServiceRoutes),
    'talent-attention': () => import('../routes/talent-attention.ts').then((m) => m.talentAttentionRoutes),
    'talent-accounts': () => import('../routes/talent-accounts.ts').then((m) => m.talentAccountRoutes),
    'service-requests': () => import('../routes/service-requests.ts').then((m) => m.serviceRequestRoutes),
  },
};
