import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from './api/query-client';
import { homePath, SessionProvider, useSession } from './auth/session';
import { RequireRole, RequireUser } from './ui/guards';
import { Layout } from './ui/layout';
import { NotificationBell } from './features/notifications/notification-bell';
import { I18nProvider } from './i18n/i18n';
import { LoginPage } from './features/accounts/login-page';
import { NotFoundPage } from './ui/not-found-page';

// Only the sign-in screen ships in the first bundle; each role's screens load when first visited.
const ActivatePage = lazy(() => import('./features/accounts/activate-page'));
const AccountPage = lazy(() => import('./features/accounts/account-page'));
const UniversitiesPage = lazy(() => import('./features/partnerships/universities-page'));
const NewUniversityPage = lazy(() => import('./features/partnerships/new-university-page'));
const UniversityPage = lazy(() => import('./features/partnerships/university-page'));
const MyUniversityPage = lazy(() => import('./features/partnerships/my-university-page'));
const UsersPage = lazy(() => import('./features/accounts/users-page'));
const AuditPage = lazy(() => import('./features/accounts/audit-page'));
const NotificationsPage = lazy(() => import('./features/notifications/notifications-page'));
const DeliveriesPage = lazy(() => import('./features/notifications/deliveries-page'));
const PartnershipsPage = lazy(() => import('./features/partnerships/partnerships-page'));
const NewPartnershipPage = lazy(() => import('./features/partnerships/new-partnership-page'));
const PartnershipPage = lazy(() => import('./features/partnerships/partnership-page'));
const WelcomePage = lazy(() => import('./features/trips/welcome-page'));
const TripsPage = lazy(() => import('./features/trips/trips-page'));
const NewTripPage = lazy(() => import('./features/trips/new-trip-page'));
const TripPage = lazy(() => import('./features/trips/trip-page'));
const EditTripPage = lazy(() => import('./features/trips/edit-trip-page'));
const TripReportPage = lazy(() => import('./features/trips/trip-report-page'));
const CheckInPage = lazy(() => import('./features/trips/check-in-page'));
const EventPosterPage = lazy(() => import('./features/trips/event-poster-page'));
const LeadsPage = lazy(() => import('./features/trips/leads-page'));
const LeadPage = lazy(() => import('./features/trips/lead-page'));
const HostUnitsPage = lazy(() => import('./features/placements/host-units-page'));
const HostUnitPage = lazy(() => import('./features/placements/host-unit-page'));
const MentorsPage = lazy(() => import('./features/placements/mentors-page'));
const PlacementsPage = lazy(() => import('./features/placements/placements-page'));
const PlacementBoardPage = lazy(() => import('./features/placements/placement-board-page'));
const AcceptanceLetterPage = lazy(() => import('./features/placements/acceptance-letter-page'));
const MyMenteesPage = lazy(() => import('./features/placements/my-mentees-page'));
const CohortPlacementsPage = lazy(() => import('./features/placements/cohort-placements-page'));
const MyDayPage = lazy(() => import('./features/attendance/my-day-page'));
const AttendanceBoardPage = lazy(() => import('./features/attendance/attendance-board-page'));
const MenteeAttendancePage = lazy(() => import('./features/attendance/mentee-attendance-page'));
const HomePage = lazy(() => import('./features/home/home-page'));
const CohortsPage = lazy(() => import('./features/cohorts/cohorts-page'));
const CohortPage = lazy(() => import('./features/cohorts/cohort-page'));
const CohortFormPage = lazy(() => import('./features/cohorts/cohort-form-page'));
const CohortRegisterPage = lazy(() => import('./features/cohorts/cohort-register-page'));
const CohortImportPage = lazy(() => import('./features/cohorts/cohort-import-page'));
const CohortReviewPage = lazy(() => import('./features/cohorts/cohort-review-page'));
const DashboardPage = lazy(() => import('./features/conversion/dashboard-page'));
const OutcomesPage = lazy(() => import('./features/conversion/outcomes-page'));
const OutcomePage = lazy(() => import('./features/conversion/outcome-page'));
const MyOutcomePage = lazy(() => import('./features/conversion/my-outcome-page'));
const CohortReportPage = lazy(() => import('./features/conversion/cohort-report-page'));
const MyLogsPage = lazy(() => import('./features/logs/my-logs-page'));
const MyStipendPage = lazy(() => import('./features/logs/my-stipend-page'));
const LogReviewsPage = lazy(() => import('./features/logs/log-reviews-page'));
const EvaluationsPage = lazy(() => import('./features/logs/evaluations-page'));
const StipendsPage = lazy(() => import('./features/logs/stipends-page'));
const CohortLogsPage = lazy(() => import('./features/logs/cohort-logs-page'));
// Opened by students from a poster or a chat link, without an account.
const PublicEventPage = lazy(() => import('./features/trips/public-event-page'));
const MyRegistrationPage = lazy(() => import('./features/trips/my-registration-page'));

const organiserOnly = (page: ReactNode) => <RequireRole roles={['organiser']}>{page}</RequireRole>;
const organiserOrCoordinator = (page: ReactNode) => (
  <RequireRole roles={['organiser', 'coordinator']}>{page}</RequireRole>
);

function Home() {
  const { user } = useSession();
  return user ? <Navigate to={homePath(user)} replace /> : <Navigate to="/login" replace />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<Layout bell={<NotificationBell />} />}>
                <Route path="login" element={<LoginPage />} />
                <Route path="activate" element={<ActivatePage />} />
                <Route path="reset" element={<ActivatePage mode="reset" />} />
                <Route path="e/:eventId" element={<PublicEventPage />} />
                <Route path="e/:eventId/my" element={<MyRegistrationPage />} />
                <Route element={<RequireUser />}>
                  <Route index element={<Home />} />
                  <Route path="account" element={<AccountPage />} />
                  <Route path="notifications" element={<NotificationsPage />} />
                  <Route path="admin/deliveries" element={organiserOnly(<DeliveriesPage />)} />
                  <Route
                    path="universities"
                    element={
                      <RequireRole roles={['organiser', 'coordinator']}>
                        <UniversitiesPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="universities/new"
                    element={
                      <RequireRole roles={['organiser']}>
                        <NewUniversityPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="universities/:universityId"
                    element={
                      <RequireRole roles={['organiser', 'coordinator']}>
                        <UniversityPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="partnerships"
                    element={
                      <RequireRole roles={['organiser']}>
                        <PartnershipsPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="partnerships/new"
                    element={
                      <RequireRole roles={['organiser']}>
                        <NewPartnershipPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="partnerships/:partnershipId"
                    element={
                      <RequireRole roles={['organiser', 'coordinator']}>
                        <PartnershipPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="my-university"
                    element={
                      <RequireRole roles={['coordinator']}>
                        <MyUniversityPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="admin/users"
                    element={
                      <RequireRole roles={['organiser']} admin>
                        <UsersPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="admin/audit"
                    element={
                      <RequireRole roles={['organiser']} admin>
                        <AuditPage />
                      </RequireRole>
                    }
                  />
                  <Route path="trips" element={organiserOnly(<TripsPage />)} />
                  <Route path="trips/new" element={organiserOnly(<NewTripPage />)} />
                  <Route path="trips/:tripId" element={organiserOnly(<TripPage />)} />
                  <Route path="trips/:tripId/edit" element={organiserOnly(<EditTripPage />)} />
                  <Route path="trips/:tripId/report" element={organiserOnly(<TripReportPage />)} />
                  <Route path="events/:eventId/check-in" element={organiserOnly(<CheckInPage />)} />
                  <Route path="events/:eventId/poster" element={organiserOnly(<EventPosterPage />)} />
                  <Route
                    path="leads"
                    element={
                      <RequireRole roles={['organiser', 'coordinator']}>
                        <LeadsPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="leads/:leadId"
                    element={
                      <RequireRole roles={['organiser', 'coordinator']}>
                        <LeadPage />
                      </RequireRole>
                    }
                  />
                  <Route path="host-units" element={organiserOnly(<HostUnitsPage />)} />
                  <Route path="host-units/new" element={organiserOnly(<HostUnitPage />)} />
                  <Route path="host-units/:hostUnitId" element={organiserOnly(<HostUnitPage />)} />
                  <Route path="mentors" element={organiserOnly(<MentorsPage />)} />
                  <Route
                    path="placements"
                    element={
                      <RequireRole roles={['organiser', 'coordinator']}>
                        <PlacementsPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="cohorts/:cohortId/placements"
                    element={
                      <RequireRole roles={['organiser', 'coordinator']}>
                        <CohortPlacementsPage />
                      </RequireRole>
                    }
                  />
                  <Route path="cohorts/:cohortId/placement-board" element={organiserOnly(<PlacementBoardPage />)} />
                  <Route path="placements/:registrationId/letter" element={<AcceptanceLetterPage />} />
                  <Route
                    path="my-mentees"
                    element={
                      <RequireRole roles={['mentor']}>
                        <MyMenteesPage />
                      </RequireRole>
                    }
                  />
                  <Route path="home" element={organiserOrCoordinator(<HomePage />)} />
                  <Route path="cohorts" element={organiserOrCoordinator(<CohortsPage />)} />
                  <Route path="cohorts/new" element={organiserOnly(<CohortFormPage />)} />
                  <Route path="cohorts/:cohortId" element={organiserOrCoordinator(<CohortPage />)} />
                  <Route path="cohorts/:cohortId/edit" element={organiserOnly(<CohortFormPage />)} />
                  <Route path="cohorts/:cohortId/register" element={organiserOrCoordinator(<CohortRegisterPage />)} />
                  <Route path="cohorts/:cohortId/import" element={organiserOrCoordinator(<CohortImportPage />)} />
                  <Route path="cohorts/:cohortId/review" element={organiserOnly(<CohortReviewPage />)} />
                  <Route path="dashboard" element={organiserOnly(<DashboardPage />)} />
                  <Route path="cohorts/:cohortId/report" element={organiserOnly(<CohortReportPage />)} />
                  <Route path="cohorts/:cohortId/logs" element={organiserOrCoordinator(<CohortLogsPage />)} />
                  <Route path="outcomes" element={organiserOrCoordinator(<OutcomesPage />)} />
                  <Route path="outcomes/:outcomeId" element={<OutcomePage />} />
                  <Route
                    path="my-logs"
                    element={
                      <RequireRole roles={['intern']}>
                        <MyLogsPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="my-stipend"
                    element={
                      <RequireRole roles={['intern']}>
                        <MyStipendPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="log-reviews"
                    element={
                      <RequireRole roles={['mentor']}>
                        <LogReviewsPage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="evaluations"
                    element={
                      <RequireRole roles={['mentor']}>
                        <EvaluationsPage />
                      </RequireRole>
                    }
                  />
                  <Route path="stipends" element={organiserOnly(<StipendsPage />)} />
                  <Route
                    path="my-outcome"
                    element={
                      <RequireRole roles={['intern']}>
                        <MyOutcomePage />
                      </RequireRole>
                    }
                  />
                  <Route
                    path="my-day"
                    element={
                      <RequireRole roles={['intern']}>
                        <MyDayPage />
                      </RequireRole>
                    }
                  />
                  <Route path="attendance" element={organiserOrCoordinator(<AttendanceBoardPage />)} />
                  <Route
                    path="mentee-attendance"
                    element={
                      <RequireRole roles={['mentor']}>
                        <MenteeAttendancePage />
                      </RequireRole>
                    }
                  />
                  <Route path="welcome" element={<WelcomePage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
