// The screens the route table (routes.tsx) lazily loads, apart from the sign-in screen it imports itself.
import { lazy } from 'react';

// Only the sign-in screen ships in the first bundle; each role's screens load when first visited.
export const ActivatePage = lazy(() => import('./features/accounts/activate-page'));
export const AccountPage = lazy(() => import('./features/accounts/account-page'));
export const UniversitiesPage = lazy(() => import('./features/partnerships/universities-page'));
export const NewUniversityPage = lazy(() => import('./features/partnerships/new-university-page'));
export const UniversityPage = lazy(() => import('./features/partnerships/university-page'));
export const MyUniversityPage = lazy(() => import('./features/partnerships/my-university-page'));
export const UsersPage = lazy(() => import('./features/accounts/users-page'));
export const AuditPage = lazy(() => import('./features/accounts/audit-page'));
export const NotificationsPage = lazy(() => import('./features/notifications/notifications-page'));
export const DeliveriesPage = lazy(() => import('./features/notifications/deliveries-page'));
export const PartnershipsPage = lazy(() => import('./features/partnerships/partnerships-page'));
export const NewPartnershipPage = lazy(() => import('./features/partnerships/new-partnership-page'));
export const PartnershipPage = lazy(() => import('./features/partnerships/partnership-page'));
export const WelcomePage = lazy(() => import('./features/trips/welcome-page'));
export const TripsPage = lazy(() => import('./features/trips/trips-page'));
export const NewTripPage = lazy(() => import('./features/trips/new-trip-page'));
export const TripPage = lazy(() => import('./features/trips/trip-page'));
export const EditTripPage = lazy(() => import('./features/trips/edit-trip-page'));
export const TripReportPage = lazy(() => import('./features/trips/trip-report-page'));
export const CheckInPage = lazy(() => import('./features/trips/check-in-page'));
export const EventPosterPage = lazy(() => import('./features/trips/event-poster-page'));
export const LeadsPage = lazy(() => import('./features/trips/leads-page'));
export const LeadPage = lazy(() => import('./features/trips/lead-page'));
export const HostUnitsPage = lazy(() => import('./features/placements/host-units-page'));
export const HostUnitPage = lazy(() => import('./features/placements/host-unit-page'));
export const MentorsPage = lazy(() => import('./features/placements/mentors-page'));
export const PlacementsPage = lazy(() => import('./features/placements/placements-page'));
export const PlacementBoardPage = lazy(() => import('./features/placements/placement-board-page'));
export const AcceptanceLetterPage = lazy(() => import('./features/placements/acceptance-letter-page'));
export const MyMenteesPage = lazy(() => import('./features/placements/my-mentees-page'));
export const CohortPlacementsPage = lazy(() => import('./features/placements/cohort-placements-page'));
export const MyDayPage = lazy(() => import('./features/attendance/my-day-page'));
export const AttendanceBoardPage = lazy(() => import('./features/attendance/attendance-board-page'));
export const MenteeAttendancePage = lazy(() => import('./features/attendance/mentee-attendance-page'));
export const HomePage = lazy(() => import('./features/home/home-page'));
export const CohortsPage = lazy(() => import('./features/cohorts/cohorts-page'));
export const CohortPage = lazy(() => import('./features/cohorts/cohort-page'));
export const CohortFormPage = lazy(() => import('./features/cohorts/cohort-form-page'));
export const CohortRegisterPage = lazy(() => import('./features/cohorts/cohort-register-page'));
export const CohortImportPage = lazy(() => import('./features/cohorts/cohort-import-page'));
export const CohortReviewPage = lazy(() => import('./features/cohorts/cohort-review-page'));
export const DashboardPage = lazy(() => import('./features/conversion/dashboard-page'));
export const OutcomesPage = lazy(() => import('./features/conversion/outcomes-page'));
export const OutcomePage = lazy(() => import('./features/conversion/outcome-page'));
export const MyOutcomePage = lazy(() => import('./features/conversion/my-outcome-page'));
export const CohortReportPage = lazy(() => import('./features/conversion/cohort-report-page'));
export const MyLogsPage = lazy(() => import('./features/logs/my-logs-page'));
export const MyStipendPage = lazy(() => import('./features/logs/my-stipend-page'));
export const LogReviewsPage = lazy(() => import('./features/logs/log-reviews-page'));
export const EvaluationsPage = lazy(() => import('./features/logs/evaluations-page'));
export const StipendsPage = lazy(() => import('./features/logs/stipends-page'));
// Keeping people once they come: organisers' and contacts' lists and a person's page.
export const TalentServicePage = lazy(() => import('./features/talent-service/talent-service-page'));
export const TalentPersonPage = lazy(() => import('./features/talent-service/person-page'));
// Who needs attention this week: the early warning of who may leave (organisers).
export const AttentionPage = lazy(() => import('./features/talent-service/attention-page'));
export const CohortLogsPage = lazy(() => import('./features/logs/cohort-logs-page'));
// Opened by students from a poster or a chat link, without an account.
export const PublicEventPage = lazy(() => import('./features/trips/public-event-page'));
export const MyRegistrationPage = lazy(() => import('./features/trips/my-registration-page'));
export const PositionsPage = lazy(() => import('./features/positions/positions-page'));
export const NewPositionPage = lazy(() => import('./features/positions/new-position-page'));
export const PositionPage = lazy(() => import('./features/positions/position-page'));
export const ApplicationsPage = lazy(() => import('./features/positions/applications-page'));
export const ApplicationDetailPage = lazy(() => import('./features/positions/applications-detail-page'));
export const EmployersPage = lazy(() => import('./features/positions/employers-page'));
export const NoticesPage = lazy(() => import('./features/positions/notices-page'));
export const NewNoticePage = lazy(() => import('./features/positions/new-notice-page'));
export const NoticePage = lazy(() => import('./features/positions/notice-page'));
export const ReviewerHomePage = lazy(() => import('./features/positions/reviewer-home-page'));
// The recruitment pages graduates open from a notice's QR code or a shared link, without an account.
export const PublicPositionsPage = lazy(() => import('./features/positions/public-positions-page'));
export const PublicPositionPage = lazy(() => import('./features/positions/public-position-page'));
export const MyApplicationPage = lazy(() => import('./features/positions/my-application-page'));
export const PublicNoticePage = lazy(() => import('./features/positions/public-notice-page'));
// The talent service card on its holder's phone, and the check a desk opens from its QR code (no account).
export const MyCardPage = lazy(() => import('./features/talent-service/my-card-page'));
export const CardCheckPage = lazy(() => import('./features/talent-service/card-check-page'));
// Requests (诉求): the person's on their phone, the commissioners' on a laptop.
export const MyRequestsPage = lazy(() => import('./features/talent-service/my-requests-page'));
export const ServiceRequestsPage = lazy(() => import('./features/talent-service/requests-page'));
export const ServiceRequestPage = lazy(() => import('./features/talent-service/request-page'));
