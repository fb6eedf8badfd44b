// The route table: which screen answers each path, and which roles may open it.
import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { homePath, useSession } from './auth/session';
import { RequireRole, RequireUser } from './ui/guards';
import { Layout } from './ui/layout';
import { NotificationBell } from './features/notifications/notification-bell';
import { LoginPage } from './features/accounts/login-page';
import { NotFoundPage } from './ui/not-found-page';
import * as Pages from './pages';

const organiserOnly = (page: ReactNode) => <RequireRole roles={['organiser']}>{page}</RequireRole>;
// The person's own side of the talent service: an intern's, or a talent account's (who came from a lead).
const personOnly = (page: ReactNode) => <RequireRole roles={['intern', 'talent']}>{page}</RequireRole>;
const organiserOrCoordinator = (page: ReactNode) => (
  <RequireRole roles={['organiser', 'coordinator']}>{page}</RequireRole>
);

// A unit's reviewer screens its unit's applications on the organisers' screens; the API confines it.
// A contact (a leader or a unit) sees only the people assigned to them; the API confines it.
const organiserOrContact = (page: ReactNode) => <RequireRole roles={['organiser', 'contact']}>{page}</RequireRole>;

const organiserOrReviewer = (page: ReactNode) => <RequireRole roles={['organiser', 'reviewer']}>{page}</RequireRole>;

function Home() {
  const { user } = useSession();
  return user ? <Navigate to={homePath(user)} replace /> : <Navigate to="/login" replace />;
}

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
          <Route path="account" element={<Pages.AccountPage />} />
          <Route path="notifications" element={<Pages.NotificationsPage />} />
          <Route path="admin/deliveries" element={organiserOnly(<Pages.DeliveriesPage />)} />
          <Route
            path="universities"
            element={
              <RequireRole roles={['organiser', 'coordinator']}>
                <Pages.UniversitiesPage />
              </RequireRole>
            }
          />
          <Route
            path="universities/new"
            element={
              <RequireRole roles={['organiser']}>
                <Pages.NewUniversityPage />
              </RequireRole>
            }
          />
          <Route
            path="universities/:universityId"
            element={
              <RequireRole roles={['organiser', 'coordinator']}>
                <Pages.UniversityPage />
              </RequireRole>
            }
          />
          <Route
            path="partnerships"
            element={
              <RequireRole roles={['organiser']}>
                <Pages.PartnershipsPage />
              </RequireRole>
            }
          />
          <Route
            path="partnerships/new"
            element={
              <RequireRole roles={['organiser']}>
                <Pages.NewPartnershipPage />
              </RequireRole>
            }
          />
          <Route
            path="partnerships/:partnershipId"
            element={
              <RequireRole roles={['organiser', 'coordinator']}>
                <Pages.PartnershipPage />
              </RequireRole>
            }
          />
          <Route
            path="my-university"
            element={
              <RequireRole roles={['coordinator']}>
                <Pages.MyUniversityPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequireRole roles={['organiser']} admin>
                <Pages.UsersPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/audit"
            element={
              <RequireRole roles={['organiser']} admin>
                <Pages.AuditPage />
              </RequireRole>
            }
          />
          <Route path="trips" element={organiserOnly(<Pages.TripsPage />)} />
          <Route path="trips/new" element={organiserOnly(<Pages.NewTripPage />)} />
          <Route path="trips/:tripId" element={organiserOnly(<Pages.TripPage />)} />
          <Route path="trips/:tripId/edit" element={organiserOnly(<Pages.EditTripPage />)} />
          <Route path="trips/:tripId/report" element={organiserOnly(<Pages.TripReportPage />)} />
          <Route path="events/:eventId/check-in" element={organiserOnly(<Pages.CheckInPage />)} />
          <Route path="events/:eventId/poster" element={organiserOnly(<Pages.EventPosterPage />)} />
          <Route
            path="leads"
            element={
              <RequireRole roles={['organiser', 'coordinator']}>
                <Pages.LeadsPage />
              </RequireRole>
            }
          />
          <Route
            path="leads/:leadId"
            element={
              <RequireRole roles={['organiser', 'coordinator']}>
                <Pages.LeadPage />
              </RequireRole>
            }
          />
          <Route path="host-units" element={organiserOnly(<Pages.HostUnitsPage />)} />
          <Route path="host-units/new" element={organiserOnly(<Pages.HostUnitPage />)} />
          <Route path="host-units/:hostUnitId" element={organiserOnly(<Pages.HostUnitPage />)} />
          <Route path="mentors" element={organiserOnly(<Pages.MentorsPage />)} />
          <Route
            path="placements"
            element={
              <RequireRole roles={['organiser', 'coordinator']}>
                <Pages.PlacementsPage />
              </RequireRole>
            }
          />
          <Route
            path="cohorts/:cohortId/placements"
            element={
              <RequireRole roles={['organiser', 'coordinator']}>
                <Pages.CohortPlacementsPage />
              </RequireRole>
            }
          />
          <Route path="cohorts/:cohortId/placement-board" element={organiserOnly(<Pages.PlacementBoardPage />)} />
          <Route path="placements/:registrationId/letter" element={<Pages.AcceptanceLetterPage />} />
          <Route
            path="my-mentees"
            element={
              <RequireRole roles={['mentor']}>
                <Pages.MyMenteesPage />
              </RequireRole>
            }
          />
          <Route path="home" element={organiserOrCoordinator(<Pages.HomePage />)} />
          <Route path="cohorts" element={organiserOrCoordinator(<Pages.CohortsPage />)} />
          <Route path="cohorts/new" element={organiserOnly(<Pages.CohortFormPage />)} />
          <Route path="cohorts/:cohortId" element={organiserOrCoordinator(<Pages.CohortPage />)} />
          <Route path="cohorts/:cohortId/edit" element={organiserOnly(<Pages.CohortFormPage />)} />
          <Route path="cohorts/:cohortId/register" element={organiserOrCoordinator(<Pages.CohortRegisterPage />)} />
          <Route path="cohorts/:cohortId/import" element={organiserOrCoordinator(<Pages.CohortImportPage />)} />
          <Route path="cohorts/:cohortId/review" element={organiserOnly(<Pages.CohortReviewPage />)} />
          <Route path="dashboard" element={organiserOnly(<Pages.DashboardPage />)} />
          <Route path="cohorts/:cohortId/report" element={organiserOnly(<Pages.CohortReportPage />)} />
          <Route path="cohorts/:cohortId/logs" element={organiserOrCoordinator(<Pages.CohortLogsPage />)} />
          <Route path="outcomes" element={organiserOrCoordinator(<Pages.OutcomesPage />)} />
          <Route path="outcomes/:outcomeId" element={<Pages.OutcomePage />} />
          <Route
            path="my-logs"
            element={
              <RequireRole roles={['intern']}>
                <Pages.MyLogsPage />
              </RequireRole>
            }
          />
          <Route
            path="my-stipend"
            element={
              <RequireRole roles={['intern']}>
                <Pages.MyStipendPage />
              </RequireRole>
            }
          />
          <Route
            path="log-reviews"
            element={
              <RequireRole roles={['mentor']}>
                <Pages.LogReviewsPage />
              </RequireRole>
            }
          />
          <Route
            path="evaluations"
            element={
              <RequireRole roles={['mentor']}>
                <Pages.EvaluationsPage />
              </RequireRole>
            }
          />
          <Route path="stipends" element={organiserOnly(<Pages.StipendsPage />)} />
          <Route
            path="my-outcome"
            element={
              <RequireRole roles={['intern']}>
                <Pages.MyOutcomePage />
              </RequireRole>
            }
          />
          <Route path="my-card" element={personOnly(<Pages.MyCardPage />)} />
          <Route
            path="my-day"
            element={
              <RequireRole roles={['intern']}>
                <Pages.MyDayPage />
              </RequireRole>
            }
          />
          <Route path="attendance" element={organiserOrCoordinator(<Pages.AttendanceBoardPage />)} />
          <Route
            path="mentee-attendance"
            element={
              <RequireRole roles={['mentor']}>
                <Pages.MenteeAttendancePage />
              </RequireRole>
            }
          />
          <Route path="welcome" element={<Pages.WelcomePage />} />
          <Route
            path="unit"
            element={
              <RequireRole roles={['reviewer']}>
                <Pages.ReviewerHomePage />
              </RequireRole>
            }
          />
          <Route path="talent-service" element={organiserOrContact(<Pages.TalentServicePage />)} />
          <Route path="talent-service/people/:outcomeId" element={organiserOrContact(<Pages.TalentPersonPage />)} />
          <Route path="talent-service/requests" element={organiserOnly(<Pages.ServiceRequestsPage />)} />
          <Route path="talent-service/attention" element={organiserOnly(<Pages.AttentionPage />)} />
          <Route path="talent-service/requests/:requestId" element={organiserOnly(<Pages.ServiceRequestPage />)} />
          <Route path="my-requests" element={personOnly(<Pages.MyRequestsPage />)} />
          <Route path="recruitment" element={organiserOnly(<Pages.PositionsPage />)} />
          <Route path="recruitment/positions/new" element={organiserOnly(<Pages.NewPositionPage />)} />
          <Route path="recruitment/positions/:positionId" element={organiserOnly(<Pages.PositionPage />)} />
          <Route
            path="recruitment/positions/:positionId/applications"
            element={organiserOrReviewer(<Pages.ApplicationsPage />)}
          />
          <Route
            path="recruitment/positions/:positionId/applications/:applicationId"
            element={organiserOrReviewer(<Pages.ApplicationDetailPage />)}
          />
          <Route path="recruitment/employers" element={organiserOnly(<Pages.EmployersPage />)} />
          <Route path="recruitment/notices" element={organiserOnly(<Pages.NoticesPage />)} />
          <Route path="recruitment/notices/new" element={organiserOnly(<Pages.NewNoticePage />)} />
          <Route path="recruitment/notices/:announcementId" element={organiserOnly(<Pages.NoticePage />)} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
