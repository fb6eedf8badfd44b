import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from './api/query-client';
import { homePath, SessionProvider, useSession } from './auth/session';
import { RequireRole, RequireUser } from './components/guards';
import { Layout } from './components/layout';
import { I18nProvider } from './i18n/i18n';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';

// Only the sign-in screen ships in the first bundle; each role's screens load when first visited.
const ActivatePage = lazy(() => import('./pages/activate-page'));
const AccountPage = lazy(() => import('./pages/account-page'));
const UniversitiesPage = lazy(() => import('./pages/universities-page'));
const NewUniversityPage = lazy(() => import('./pages/new-university-page'));
const UniversityPage = lazy(() => import('./pages/university-page'));
const MyUniversityPage = lazy(() => import('./pages/my-university-page'));
const UsersPage = lazy(() => import('./pages/users-page'));
const NotificationsPage = lazy(() => import('./pages/notifications-page'));
const DeliveriesPage = lazy(() => import('./pages/deliveries-page'));
const PartnershipsPage = lazy(() => import('./pages/partnerships-page'));
const NewPartnershipPage = lazy(() => import('./pages/new-partnership-page'));
const PartnershipPage = lazy(() => import('./pages/partnership-page'));
const WelcomePage = lazy(() => import('./pages/welcome-page'));
const TripsPage = lazy(() => import('./pages/trips-page'));
const NewTripPage = lazy(() => import('./pages/new-trip-page'));
const TripPage = lazy(() => import('./pages/trip-page'));
const EditTripPage = lazy(() => import('./pages/edit-trip-page'));
const TripReportPage = lazy(() => import('./pages/trip-report-page'));
const CheckInPage = lazy(() => import('./pages/check-in-page'));
const LeadsPage = lazy(() => import('./pages/leads-page'));
const LeadPage = lazy(() => import('./pages/lead-page'));
const HostUnitsPage = lazy(() => import('./pages/host-units-page'));
const HostUnitPage = lazy(() => import('./pages/host-unit-page'));
const MentorsPage = lazy(() => import('./pages/mentors-page'));
const PlacementsPage = lazy(() => import('./pages/placements-page'));
const PlacementBoardPage = lazy(() => import('./pages/placement-board-page'));
const AcceptanceLetterPage = lazy(() => import('./pages/acceptance-letter-page'));
const MyMenteesPage = lazy(() => import('./pages/my-mentees-page'));
const CohortPlacementsPage = lazy(() => import('./pages/cohort-placements-page'));
const MyDayPage = lazy(() => import('./pages/my-day-page'));
const AttendanceBoardPage = lazy(() => import('./pages/attendance-board-page'));
const MenteeAttendancePage = lazy(() => import('./pages/mentee-attendance-page'));
const CohortsPage = lazy(() => import('./pages/cohorts-page'));
const CohortPage = lazy(() => import('./pages/cohort-page'));
const CohortFormPage = lazy(() => import('./pages/cohort-form-page'));
const CohortRegisterPage = lazy(() => import('./pages/cohort-register-page'));
const CohortImportPage = lazy(() => import('./pages/cohort-import-page'));
const CohortReviewPage = lazy(() => import('./pages/cohort-review-page'));
const DashboardPage = lazy(() => import('./pages/dashboard-page'));
const OutcomesPage = lazy(() => import('./pages/outcomes-page'));
const OutcomePage = lazy(() => import('./pages/outcome-page'));
const MyOutcomePage = lazy(() => import('./pages/my-outcome-page'));
const CohortReportPage = lazy(() => import('./pages/cohort-report-page'));
const MyLogsPage = lazy(() => import('./pages/my-logs-page'));
const MyStipendPage = lazy(() => import('./pages/my-stipend-page'));
const LogReviewsPage = lazy(() => import('./pages/log-reviews-page'));
const EvaluationsPage = lazy(() => import('./pages/evaluations-page'));
const StipendsPage = lazy(() => import('./pages/stipends-page'));
// Opened by students from a poster or a chat link, without an account.
const PublicEventPage = lazy(() => import('./pages/public-event-page'));
const MyRegistrationPage = lazy(() => import('./pages/my-registration-page'));

const organiserOnly = (page: ReactNode) => <RequireRole roles={['organiser']}>{page}</RequireRole>;
const organiserOrCoordinator = (page: ReactNode) => <RequireRole roles={['organiser', 'coordinator']}>{page}</RequireRole>;

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
              <Route element={<Layout />}>
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
                  <Route path="trips" element={organiserOnly(<TripsPage />)} />
                  <Route path="trips/new" element={organiserOnly(<NewTripPage />)} />
                  <Route path="trips/:tripId" element={organiserOnly(<TripPage />)} />
                  <Route path="trips/:tripId/edit" element={organiserOnly(<EditTripPage />)} />
                  <Route path="trips/:tripId/report" element={organiserOnly(<TripReportPage />)} />
                  <Route path="events/:eventId/check-in" element={organiserOnly(<CheckInPage />)} />
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
                  <Route path="cohorts" element={organiserOrCoordinator(<CohortsPage />)} />
                  <Route path="cohorts/new" element={organiserOnly(<CohortFormPage />)} />
                  <Route path="cohorts/:cohortId" element={organiserOrCoordinator(<CohortPage />)} />
                  <Route path="cohorts/:cohortId/edit" element={organiserOnly(<CohortFormPage />)} />
                  <Route path="cohorts/:cohortId/register" element={organiserOrCoordinator(<CohortRegisterPage />)} />
                  <Route path="cohorts/:cohortId/import" element={organiserOrCoordinator(<CohortImportPage />)} />
                  <Route path="cohorts/:cohortId/review" element={organiserOnly(<CohortReviewPage />)} />
                  <Route path="dashboard" element={organiserOnly(<DashboardPage />)} />
                  <Route path="cohorts/:cohortId/report" element={organiserOnly(<CohortReportPage />)} />
                  <Route path="outcomes" element={organiserOrCoordinator(<OutcomesPage />)} />
                  <Route path="outcomes/:outcomeId" element={<OutcomePage />} />
                  <Route path="my-logs" element={<RequireRole roles={['intern']}><MyLogsPage /></RequireRole>} />
                  <Route path="my-stipend" element={<RequireRole roles={['intern']}><MyStipendPage /></RequireRole>} />
                  <Route path="log-reviews" element={<RequireRole roles={['mentor']}><LogReviewsPage /></RequireRole>} />
                  <Route path="evaluations" element={<RequireRole roles={['mentor']}><EvaluationsPage /></RequireRole>} />
                  <Route path="stipends" element={organiserOnly(<StipendsPage />)} />
                  <Route path="my-outcome" element={<RequireRole roles={['intern']}><MyOutcomePage /></RequireRole>} />
                  <Route path="my-day" element={<RequireRole roles={['intern']}><MyDayPage /></RequireRole>} />
                  <Route path="attendance" element={organiserOrCoordinator(<AttendanceBoardPage />)} />
                  <Route path="mentee-attendance" element={<RequireRole roles={['mentor']}><MenteeAttendancePage /></RequireRole>} />
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
