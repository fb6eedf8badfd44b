import { auditRoutes } from '../routes/audit.ts';
import { authRoutes } from '../routes/auth.ts';
import { cohortRegistrationRoutes } from '../routes/cohort-registrations.ts';
import { cohortRoutes } from '../routes/cohorts.ts';
import { dashboardRoutes } from '../routes/dashboard.ts';
import { homeRoutes } from '../routes/home.ts';
import { evaluationRoutes } from '../routes/evaluations.ts';
import { eventRoutes } from '../routes/events.ts';
import { hostUnitRoutes } from '../routes/host-units.ts';
import { leadRoutes } from '../routes/leads.ts';
import { mentorRoutes } from '../routes/mentors.ts';
import { notificationRoutes } from '../routes/notifications.ts';
import { outcomeRoutes } from '../routes/outcomes.ts';
import { partnershipRoutes } from '../routes/partnerships.ts';
import { placementRoutes } from '../routes/placements.ts';
import { positionRoutes } from '../routes/positions.ts';
import { applicationRoutes } from '../routes/applications.ts';
import { projectRoutes } from '../routes/projects.ts';
import { stipendRoutes } from '../routes/stipends.ts';
import { systemRoutes } from '../routes/system.ts';
import { tripRoutes } from '../routes/trips.ts';
import { universityRoutes } from '../routes/universities.ts';
import { userRoutes } from '../routes/users.ts';
import { attendanceRoutes } from '../routes/attendance.ts';
import { talentServiceRoutes } from '../routes/talent-service.ts';
import { serviceRequestRoutes } from '../routes/service-requests.ts';
import { talentAttentionRoutes } from '../routes/talent-attention.ts';
import { talentAccountRoutes } from '../routes/talent-accounts.ts';
import type { ClassRoutes } from './traffic-class.ts';

/** The rest: the office's, coordinators' and mentors' desk work, sign-in, health and docs. */
export const apiClass: ClassRoutes = {
  trafficClass: 'api',
  routers: [
    systemRoutes,
    authRoutes,
    userRoutes,
    universityRoutes,
    partnershipRoutes,
    tripRoutes,
    eventRoutes,
    leadRoutes,
    auditRoutes,
    cohortRoutes,
    cohortRegistrationRoutes,
    hostUnitRoutes,
    projectRoutes,
    mentorRoutes,
    placementRoutes,
    evaluationRoutes,
    stipendRoutes,
    outcomeRoutes,
    dashboardRoutes,
    homeRoutes,
    notificationRoutes,
    attendanceRoutes,
    positionRoutes,
    applicationRoutes,
    talentServiceRoutes,
    talentAttentionRoutes,
    talentAccountRoutes,
    serviceRequestRoutes,
  ],
};
