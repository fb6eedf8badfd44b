// The route table: which screen answers each path, and which roles may open it.
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { homePath, useSession } from './auth/session';
import { RequireRole, RequireUser } from './ui/guards';
import { Layout } from './ui/layout';
import { NotificationBell } from './features/notifications/notification-bell';
import { LoginPage } from './features/accounts/login-page';
import { NotFoundPage } from './ui/not-found-page';
import type { Role } from './api/types';
import * as Pages from './pages';

const ORGANISER: Role[] = ['organiser'];
const ORGANISER_OR_COORDINATOR: Role[] = ['organiser', 'coordinator'];
// The person's own side of the talent service: an intern's, or a talent account's (who came from a lead).
const PERSON: Role[] = ['intern', 'talent'];
// A contact (a leader or a unit) sees only the people assigned to them; the API confines it.
const ORGANISER_OR_CONTACT: Role[] = ['organiser', 'contact'];
// A unit's reviewer screens its unit's applications on the organisers' screens; the API confines it.
const ORGANISER_OR_REVIEWER: Role[] = ['organiser', 'reviewer'];

/**
 * A screen for signed-in people: any account when `roles` is absent (the page itself decides what
 * it shows), otherwise the roles named, and with `admin` an admin among them.
 */
interface Screen {
  path: string;
  page: ReactNode;
  roles?: Role[];
  admin?: true;
}

/** Every signed-in screen, by area. The API enforces the same rules; this only spares people forbidden screens. */
const SCREENS: Screen[] = [
  // The signed-in person
  { path: 'account', page: <Pages.AccountPage /> },
  { path: 'notifications', page: <Pages.NotificationsPage /> },
  // Administration
  { path: 'admin/deliveries', page: <Pages.DeliveriesPage />, roles: ORGANISER },
  { path: 'admin/users', page: <Pages.UsersPage />, roles: ORGANISER, admin: true },
  { path: 'admin/audit', page: <Pages.AuditPage />, roles: ORGANISER, admin: true },
  // Universities and partnerships
  { path: 'universities', page: <Pages.UniversitiesPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'universities/new', page: <Pages.NewUniversityPage />, roles: ORGANISER },
  { path: 'universities/:universityId', page: <Pages.UniversityPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'partnerships', page: <Pages.PartnershipsPage />, roles: ORGANISER },
  { path: 'partnerships/new', page: <Pages.NewPartnershipPage />, roles: ORGANISER },
  { path: 'partnerships/:partnershipId', page: <Pages.PartnershipPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'my-university', page: <Pages.MyUniversityPage />, roles: ['coordinator'] },
  // Recruiting trips and campus events
  { path: 'trips', page: <Pages.TripsPage />, roles: ORGANISER },
  { path: 'trips/new', page: <Pages.NewTripPage />, roles: ORGANISER },
  { path: 'trips/:tripId', page: <Pages.TripPage />, roles: ORGANISER },
  { path: 'trips/:tripId/edit', page: <Pages.EditTripPage />, roles: ORGANISER },
  { path: 'trips/:tripId/report', page: <Pages.TripReportPage />, roles: ORGANISER },
  { path: 'events/:eventId/check-in', page: <Pages.CheckInPage />, roles: ORGANISER },
  { path: 'events/:eventId/poster', page: <Pages.EventPosterPage />, roles: ORGANISER },
  { path: 'leads', page: <Pages.LeadsPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'leads/:leadId', page: <Pages.LeadPage />, roles: ORGANISER_OR_COORDINATOR },
  // The summer programme: units, mentors, placements
  { path: 'host-units', page: <Pages.HostUnitsPage />, roles: ORGANISER },
  { path: 'host-units/new', page: <Pages.HostUnitPage />, roles: ORGANISER },
  { path: 'host-units/:hostUnitId', page: <Pages.HostUnitPage />, roles: ORGANISER },
  { path: 'mentors', page: <Pages.MentorsPage />, roles: ORGANISER },
  { path: 'placements', page: <Pages.PlacementsPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'cohorts/:cohortId/placements', page: <Pages.CohortPlacementsPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'cohorts/:cohortId/placement-board', page: <Pages.PlacementBoardPage />, roles: ORGANISER },
  { path: 'placements/:registrationId/letter', page: <Pages.AcceptanceLetterPage /> },
  { path: 'my-mentees', page: <Pages.MyMenteesPage />, roles: ['mentor'] },
  // Home pages
  { path: 'home', page: <Pages.HomePage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'welcome', page: <Pages.WelcomePage /> },
  { path: 'unit', page: <Pages.ReviewerHomePage />, roles: ['reviewer'] },
  // The summer programme: cohorts
  { path: 'cohorts', page: <Pages.CohortsPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'cohorts/new', page: <Pages.CohortFormPage />, roles: ORGANISER },
  { path: 'cohorts/:cohortId', page: <Pages.CohortPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'cohorts/:cohortId/edit', page: <Pages.CohortFormPage />, roles: ORGANISER },
  { path: 'cohorts/:cohortId/register', page: <Pages.CohortRegisterPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'cohorts/:cohortId/import', page: <Pages.CohortImportPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'cohorts/:cohortId/review', page: <Pages.CohortReviewPage />, roles: ORGANISER },
  { path: 'cohorts/:cohortId/report', page: <Pages.CohortReportPage />, roles: ORGANISER },
  { path: 'cohorts/:cohortId/logs', page: <Pages.CohortLogsPage />, roles: ORGANISER_OR_COORDINATOR },
  // Conversion (留阿)
  { path: 'dashboard', page: <Pages.DashboardPage />, roles: ORGANISER },
  { path: 'outcomes', page: <Pages.OutcomesPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'outcomes/:outcomeId', page: <Pages.OutcomePage /> },
  { path: 'my-outcome', page: <Pages.MyOutcomePage />, roles: ['intern'] },
  // Activity logs, evaluations and stipends
  { path: 'my-logs', page: <Pages.MyLogsPage />, roles: ['intern'] },
  { path: 'my-stipend', page: <Pages.MyStipendPage />, roles: ['intern'] },
  { path: 'log-reviews', page: <Pages.LogReviewsPage />, roles: ['mentor'] },
  { path: 'evaluations', page: <Pages.EvaluationsPage />, roles: ['mentor'] },
  { path: 'stipends', page: <Pages.StipendsPage />, roles: ORGANISER },
  // Keeping people once they come (以服务留人才)
  { path: 'my-card', page: <Pages.MyCardPage />, roles: PERSON },
  { path: 'talent-service', page: <Pages.TalentServicePage />, roles: ORGANISER_OR_CONTACT },
  { path: 'talent-service/people/:outcomeId', page: <Pages.TalentPersonPage />, roles: ORGANISER_OR_CONTACT },
  { path: 'talent-service/requests', page: <Pages.ServiceRequestsPage />, roles: ORGANISER },
  { path: 'talent-service/attention', page: <Pages.AttentionPage />, roles: ORGANISER },
  { path: 'talent-service/requests/:requestId', page: <Pages.ServiceRequestPage />, roles: ORGANISER },
  { path: 'my-requests', page: <Pages.MyRequestsPage />, roles: PERSON },
  // Attendance
  { path: 'my-day', page: <Pages.MyDayPage />, roles: ['intern'] },
  { path: 'attendance', page: <Pages.AttendanceBoardPage />, roles: ORGANISER_OR_COORDINATOR },
  { path: 'mentee-attendance', page: <Pages.MenteeAttendancePage />, roles: ['mentor'] },
  // Positions and applications
  { path: 'recruitment', page: <Pages.PositionsPage />, roles: ORGANISER },
  { path: 'recruitment/positions/new', page: <Pages.NewPositionPage />, roles: ORGANISER },
  { path: 'recruitment/positions/:positionId', page: <Pages.PositionPage />, roles: ORGANISER },
  {
    path: 'recruitment/positions/:positionId/applications',
    page: <Pages.ApplicationsPage />,
    roles: ORGANISER_OR_REVIEWER,
  },
  {
    path: 'recruitment/positions/:positionId/applications/:applicationId',
    page: <Pages.ApplicationDetailPage />,
    roles: ORGANISER_OR_REVIEWER,
  },
  { path: 'recruitment/employers', page: <Pages.EmployersPage />, roles: ORGANISER },
  { path: 'recruitment/notices', page: <Pages.NoticesPage />, roles: ORGANISER },
  { path: 'recruitment/notices/new', page: <Pages.NewNoticePage />, roles: ORGANISER },
  { path: 'recruitment/notices/:announcementId', page: <Pages.NoticePage />, roles: ORGANISER },
];

function Home() {
  const { user } = useSession();
  return user ? <Navigate to={homePath(user)} replace /> : <Navigate to="/login" replace />;
}

const guarded = ({ page, roles, admin }: Screen) =>
  roles ? (
    <RequireRole roles={roles} {...(admin ? { admin } : {})}>
      {page}
    </RequireRole>
  ) : (
    page
  );

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout bell={<NotificationBell />} />}>
        <Route path="login" element={<LoginPage />} />
        <Route path="activate" element={<Pages.ActivatePage />} />
        <Route path="reset" element={<Pages.ActivatePage mode="reset" />} />
        <Route path="e/:eventId" element={<Pages.PublicEventPage />} />
        <Route path="e/:eventId/my" element={<Pages.MyRegistrationPage />} />
        <Route path="positions" element={<Pages.PublicPositionsPage />} />
        <Route path="positions/:positionId" element={<Pages.PublicPositionPage />} />
        <Route path="positions/:positionId/my" element={<Pages.MyApplicationPage />} />
        <Route path="notices/:slug" element={<Pages.PublicNoticePage />} />
        <Route path="cards/:token" element={<Pages.CardCheckPage />} />
        <Route element={<RequireUser />}>
          <Route index element={<Home />} />
          {SCREENS.map((screen) => (
            <Route key={screen.path} path={screen.path} element={guarded(screen)} />
          ))}
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
