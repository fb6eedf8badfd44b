// The screens the route table (routes.tsx) loads when first shown, apart from the sign-in screen it imports itself.
import { lazyScreen } from './ui/lazy-screen';

// Only the sign-in screen ships in the first bundle; each role's screens load when first visited.
export const ActivatePage = lazyScreen(() => import('./features/accounts/activate-page'));
export const AccountPage = lazyScreen(() => import('./features/accounts/account-page'));
export const UniversitiesPage = lazyScreen(() => import('./features/partnerships/universities-page'));
export const NewUniversityPage = lazyScreen(() => import('./features/partnerships/new-university-page'));
export const UniversityPage = lazyScreen(() => import('./features/partnerships/university-page'));
export const MyUniversityPage = lazyScreen(() => import('./features/partnerships/my-university-page'));
export const UsersPage = lazyScreen(() => import('./features/accounts/users-page'));
export const AuditPage = lazyScreen(() => import('./features/accounts/audit-page'));
export const NotificationsPage = lazyScreen(() => import('./features/notifications/notifications-page'));
export const DeliveriesPage = lazyScreen(() => import('./features/notifications/deliveries-page'));
export const PartnershipsPage = lazyScreen(() => import('./features/partnerships/partnerships-page'));
export const NewPartnershipPage = lazyScreen(() => import('./features/partnerships/new-partnership-page'));
export const PartnershipPage = lazyScreen(() => import('./features/partnerships/partnership-page'));
export const WelcomePage = lazyScreen(() => import('./features/trips/welcome-page'));
export const TripsPage = lazyScreen(() => import('./features/trips/trips-page'));
export const NewTripPage = lazyScreen(() => import('./features/trips/new-trip-page'));
export const TripPage = lazyScreen(() => import('./features/trips/trip-page'));
export const EditTripPage = lazyScreen(() => import('./features/trips/edit-trip-page'));
export const TripReportPage = lazyScreen(() => import('./features/trips/trip-report-page'));
export const CheckInPage = lazyScreen(() => import('./features/trips/check-in-page'));
export const EventPosterPage = lazyScreen(() => import('./features/trips/event-poster-page'));
export const LeadsPage = lazyScreen(() => import('./features/trips/leads-page'));
export const LeadPage = lazyScreen(() => import('./features/trips/lead-page'));
export const HostUnitsPage = lazyScreen(() => import('./features/placements/host-units-page'));
export const HostUnitPage = lazyScreen(() => import('./features/placements/host-unit-page'));
export const MentorsPage = lazyScreen(() => import('./features/placements/mentors-page'));
export const PlacementsPage = lazyScreen(() => import('./features/placements/placements-page'));
export const PlacementBoardPage = lazyScreen(() => import('./features/placements/placement-board-page'));
export const AcceptanceLetterPage = lazyScreen(() => import('./features/placements/acceptance-letter-page'));
export const MyMenteesPage = lazyScreen(() => import('./features/placements/my-mentees-page'));
export const CohortPlacementsPage = lazyScreen(() => import('./features/placements/cohort-placements-page'));
export const MyDayPage = lazyScreen(() => import('./features/attendance/my-day-page'));
export const AttendanceBoardPage = lazyScreen(() => import('./features/attendance/attendance-board-page'));
export const MenteeAttendancePage = lazyScreen(() => import('./features/attendance/mentee-attendance-page'));
export const HomePage = lazyScreen(() => import('./features/home/home-page'));
export const CohortsPage = lazyScreen(() => import('./features/cohorts/cohorts-page'));
export const CohortPage = lazyScreen(() => import('./features/cohorts/cohort-page'));
export const CohortFormPage = lazyScreen(() => import('./features/cohorts/cohort-form-page'));
export const CohortRegisterPage = lazyScreen(() => import('./features/cohorts/cohort-register-page'));
export const CohortImportPage = lazyScreen(() => import('./features/cohorts/cohort-import-page'));
export const CohortReviewPage = lazyScreen(() => import('./features/cohorts/cohort-review-page'));
export const DashboardPage = lazyScreen(() => import('./features/conversion/dashboard-page'));
export const OutcomesPage = lazyScreen(() => import('./features/conversion/outcomes-page'));
export const OutcomePage = lazyScreen(() => import('./features/conversion/outcome-page'));
export const MyOutcomePage = lazyScreen(() => import('./features/conversion/my-outcome-page'));
export const CohortReportPage = lazyScreen(() => import('./features/conversion/cohort-report-page'));
export const MyLogsPage = lazyScreen(() => import('./features/logs/my-logs-page'));
export const MyStipendPage = lazyScreen(() => import('./features/logs/my-stipend-page'));
export const LogReviewsPage = lazyScreen(() => import('./features/logs/log-reviews-page'));
export const EvaluationsPage = lazyScreen(() => import('./features/logs/evaluations-page'));
export const StipendsPage = lazyScreen(() => import('./features/logs/stipends-page'));
// Keeping people once they come: organisers' and contacts' lists and a person's page.
export const TalentServicePage = lazyScreen(() => import('./features/talent-service/talent-service-page'));
export const TalentPersonPage = lazyScreen(() => import('./features/talent-service/person-page'));
// Who needs attention this week: the early warning of who may leave (organisers).
export const AttentionPage = lazyScreen(() => import('./features/talent-service/attention-page'));
export const CohortLogsPage = lazyScreen(() => import('./features/logs/cohort-logs-page'));
// Opened by students from a poster or a chat link, without an account.
export const PublicEventPage = lazyScreen(() => import('./features/trips/public-event-page'));
export const MyRegistrationPage = lazyScreen(() => import('./features/trips/my-registration-page'));
export const PositionsPage = lazyScreen(() => import('./features/positions/positions-page'));
export const NewPositionPage = lazyScreen(() => import('./features/positions/new-position-page'));
export const PositionPage = lazyScreen(() => import('./features/positions/position-page'));
export const ApplicationsPage = lazyScreen(() => import('./features/positions/applications-page'));
export const ApplicationDetailPage = lazyScreen(() => import('./features/positions/applications-detail-page'));
export const EmployersPage = lazyScreen(() => import('./features/positions/employers-page'));
export const NoticesPage = lazyScreen(() => import('./features/positions/notices-page'));
export const NewNoticePage = lazyScreen(() => import('./features/positions/new-notice-page'));
export const NoticePage = lazyScreen(() => import('./features/positions/notice-page'));
export const ReviewerHomePage = lazyScreen(() => import('./features/positions/reviewer-home-page'));
// The recruitment pages graduates open from a notice's QR code or a shared link, without an account.
export const PublicPositionsPage = lazyScreen(() => import('./features/positions/public-positions-page'));
export const PublicPositionPage = lazyScreen(() => import('./features/positions/public-position-page'));
export const MyApplicationPage = lazyScreen(() => import('./features/positions/my-application-page'));
export const PublicNoticePage = lazyScreen(() => import('./features/positions/public-notice-page'));
// The talent service card on its holder's phone, and the check a desk opens from its QR code (no account).
export const MyCardPage = lazyScreen(() => import('./features/talent-service/my-card-page'));
export const CardCheckPage = lazyScreen(() => import('./features/talent-service/card-check-page'));
// Requests (诉求): the person's on their phone, the commissioners' on a laptop.
export const MyRequestsPage = lazyScreen(() => import('./features/talent-service/my-requests-page'));
export const ServiceRequestsPage = lazyScreen(() => import('./features/talent-service/requests-page'));
export const ServiceRequestPage = lazyScreen(() => import('./features/talent-service/request-page'));
