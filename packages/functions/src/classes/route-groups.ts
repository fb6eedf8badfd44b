// Written by `pnpm openapi` from the class files (see route-table.ts). Do not edit.

import type { RouteGroups } from './route-table.ts';

export const apiRouteGroups: RouteGroups = {
  "system": [
    "GET /docs",
    "GET /docs/swagger-init.js",
    "GET /docs/{file}",
    "GET /health"
  ],
  "auth": [
    "GET /v1/me",
    "POST /v1/auth/activate",
    "POST /v1/auth/login",
    "POST /v1/auth/reset",
    "POST /v1/me/password",
    "POST /v1/me/sign-out-everywhere"
  ],
  "users": [
    "GET /v1/users",
    "GET /v1/users/{userId}",
    "POST /v1/users",
    "POST /v1/users/{userId}/disable",
    "POST /v1/users/{userId}/enable",
    "POST /v1/users/{userId}/reset-code",
    "POST /v1/users/{userId}/unlock"
  ],
  "universities": [
    "GET /v1/universities",
    "GET /v1/universities/{universityId}",
    "GET /v1/universities/{universityId}/coordinators",
    "PATCH /v1/universities/{universityId}",
    "POST /v1/universities",
    "POST /v1/universities/{universityId}/coordinators"
  ],
  "partnerships": [
    "GET /v1/partnerships",
    "GET /v1/partnerships/reminders",
    "GET /v1/partnerships/{partnershipId}",
    "GET /v1/partnerships/{partnershipId}/activities",
    "GET /v1/universities/{universityId}/activities",
    "PATCH /v1/partnerships/{partnershipId}",
    "POST /v1/partnerships",
    "POST /v1/partnerships/{partnershipId}/transitions",
    "POST /v1/universities/{universityId}/activities"
  ],
  "trips": [
    "GET /v1/trips",
    "GET /v1/trips/{tripId}",
    "GET /v1/trips/{tripId}/report",
    "PATCH /v1/trips/{tripId}",
    "POST /v1/trips"
  ],
  "events": [
    "GET /v1/events/{eventId}",
    "GET /v1/events/{eventId}/attendance",
    "GET /v1/events/{eventId}/registrations",
    "GET /v1/trips/{tripId}/events",
    "PATCH /v1/events/{eventId}",
    "POST /v1/events/{eventId}/check-ins",
    "POST /v1/events/{eventId}/registrations/{registrationId}/admit-from-waitlist",
    "POST /v1/events/{eventId}/registrations/{registrationId}/annul-check-in",
    "POST /v1/events/{eventId}/registrations/{registrationId}/check-in",
    "POST /v1/events/{eventId}/walk-ins",
    "POST /v1/trips/{tripId}/events"
  ],
  "leads": [
    "GET /v1/leads",
    "GET /v1/leads/{leadId}",
    "GET /v1/universities/{universityId}/outcomes",
    "PATCH /v1/leads/{leadId}",
    "POST /v1/leads/{leadId}/invitations"
  ],
  "audit": [
    "GET /v1/audit",
    "GET /v1/audit/period"
  ],
  "cohorts": [
    "GET /v1/cohorts",
    "GET /v1/cohorts/{cohortId}",
    "GET /v1/cohorts/{cohortId}/summary",
    "PATCH /v1/cohorts/{cohortId}",
    "POST /v1/cohorts",
    "POST /v1/cohorts/{cohortId}/transitions"
  ],
  "cohort-registrations": [
    "GET /v1/cohorts/{cohortId}/registrations",
    "GET /v1/cohorts/{cohortId}/registrations/{registrationId}",
    "POST /v1/cohorts/{cohortId}/registrations",
    "POST /v1/cohorts/{cohortId}/registrations/decisions",
    "POST /v1/cohorts/{cohortId}/registrations/{registrationId}/confirm",
    "POST /v1/cohorts/{cohortId}/registrations/{registrationId}/withdraw"
  ],
  "host-units": [
    "GET /v1/host-units",
    "GET /v1/host-units/{hostUnitId}",
    "PATCH /v1/host-units/{hostUnitId}",
    "POST /v1/host-units"
  ],
  "projects": [
    "GET /v1/cohorts/{cohortId}/projects",
    "GET /v1/host-units/{hostUnitId}/projects",
    "GET /v1/projects/{projectId}",
    "GET /v1/projects/{projectId}/interns",
    "PATCH /v1/projects/{projectId}",
    "POST /v1/host-units/{hostUnitId}/projects"
  ],
  "mentors": [
    "GET /v1/mentors",
    "GET /v1/mentors/{mentorId}",
    "GET /v1/mentors/{mentorId}/mentees",
    "PATCH /v1/mentors/{mentorId}",
    "POST /v1/mentors"
  ],
  "placements": [
    "GET /v1/cohorts/{cohortId}/placement-suggestions",
    "GET /v1/cohorts/{cohortId}/placements",
    "GET /v1/cohorts/{cohortId}/unplaced-interns",
    "GET /v1/placements/{registrationId}",
    "GET /v1/placements/{registrationId}/letter",
    "POST /v1/cohorts/{cohortId}/placement-suggestions/accept",
    "POST /v1/cohorts/{cohortId}/placements",
    "POST /v1/placements/{registrationId}/mentor",
    "POST /v1/placements/{registrationId}/move",
    "POST /v1/placements/{registrationId}/release"
  ],
  "evaluations": [
    "GET /v1/interns/{registrationId}/evaluation",
    "PATCH /v1/interns/{registrationId}/evaluation",
    "POST /v1/interns/{registrationId}/evaluation"
  ],
  "stipends": [
    "GET /v1/cohorts/{cohortId}/payout-batches",
    "GET /v1/cohorts/{cohortId}/stipend-statements",
    "GET /v1/cohorts/{cohortId}/stipend-statements/{payeeId}",
    "GET /v1/interns/{registrationId}/travel-claim",
    "GET /v1/payout-batches/{batchId}",
    "POST /v1/cohorts/{cohortId}/payout-batches",
    "POST /v1/cohorts/{cohortId}/stipend-statements/{payeeId}/approve",
    "POST /v1/payout-batches/{batchId}/pay",
    "PUT /v1/interns/{registrationId}/travel-claim"
  ],
  "outcomes": [
    "GET /v1/me/outcome",
    "GET /v1/outcomes",
    "GET /v1/outcomes/{outcomeId}",
    "GET /v1/outcomes/{outcomeId}/retention",
    "POST /v1/outcomes",
    "POST /v1/outcomes/open-cohort",
    "POST /v1/outcomes/{outcomeId}/retention",
    "POST /v1/outcomes/{outcomeId}/transitions"
  ],
  "dashboard": [
    "GET /v1/dashboard/attribution",
    "GET /v1/dashboard/funnel",
    "GET /v1/dashboard/recruitment",
    "GET /v1/dashboard/retention",
    "GET /v1/dashboard/subsidy-forecast",
    "GET /v1/subsidy-policies",
    "POST /v1/subsidy-policies"
  ],
  "home": [
    "GET /v1/home/coordinator",
    "GET /v1/home/organiser"
  ],
  "notifications": [
    "GET /v1/deliveries",
    "GET /v1/me/notification-preferences",
    "GET /v1/me/notifications",
    "GET /v1/me/notifications/unread-count",
    "POST /v1/deliveries/{deliveryId}/retry",
    "POST /v1/me/notifications/read-all",
    "POST /v1/me/notifications/{notificationId}/read",
    "PUT /v1/me/notification-preferences"
  ],
  "attendance": [
    "GET /v1/cohorts/{cohortId}/attendance",
    "GET /v1/cohorts/{cohortId}/attendance/days",
    "GET /v1/cohorts/{cohortId}/attendance/interns",
    "GET /v1/interns/{registrationId}/attendance"
  ],
  "positions": [
    "GET /v1/announcements",
    "GET /v1/announcements/{announcementId}",
    "GET /v1/employers",
    "GET /v1/employers/{employerId}",
    "GET /v1/positions",
    "GET /v1/positions/{positionId}",
    "PATCH /v1/announcements/{announcementId}",
    "PATCH /v1/employers/{employerId}",
    "PATCH /v1/positions/{positionId}",
    "POST /v1/announcements",
    "POST /v1/announcements/{announcementId}/transitions",
    "POST /v1/employers",
    "POST /v1/positions",
    "POST /v1/positions/{positionId}/transitions"
  ],
  "applications": [
    "GET /v1/applications/{applicationId}",
    "GET /v1/positions/{positionId}/applications",
    "POST /v1/applications/{applicationId}/transitions",
    "PUT /v1/applications/{applicationId}/interview"
  ],
  "talent-service": [
    "GET /v1/talent-service/overdue-contacts",
    "GET /v1/talent-service/people",
    "GET /v1/talent-service/people/{outcomeId}",
    "GET /v1/talent-service/people/{outcomeId}/card",
    "GET /v1/talent-service/people/{outcomeId}/contacts",
    "GET /v1/talent-service/policies",
    "POST /v1/talent-service/people/{outcomeId}/card",
    "POST /v1/talent-service/people/{outcomeId}/contacts",
    "POST /v1/talent-service/policies",
    "PUT /v1/talent-service/people/{outcomeId}"
  ],
  "talent-attention": [
    "GET /v1/talent-service/attention",
    "GET /v1/talent-service/attention/share"
  ],
  "talent-accounts": [
    "POST /v1/talent-service/people/{outcomeId}/account"
  ],
  "service-requests": [
    "GET /v1/talent-service/requests",
    "GET /v1/talent-service/requests/{requestId}",
    "GET /v1/talent-service/requests/{requestId}/attachments/{attachmentId}",
    "POST /v1/talent-service/requests/{requestId}/steps"
  ]
};

export const publicRouteGroups: RouteGroups = {
  "public-events": [
    "GET /v1/public/events/{eventId}",
    "POST /v1/public/events/{eventId}/my",
    "POST /v1/public/events/{eventId}/my/cancel",
    "POST /v1/public/events/{eventId}/recovery",
    "POST /v1/public/events/{eventId}/recovery/verify",
    "POST /v1/public/events/{eventId}/registrations"
  ],
  "public-positions": [
    "GET /v1/public/announcements/{slug}",
    "GET /v1/public/positions",
    "GET /v1/public/positions/{positionId}"
  ],
  "public-applications": [
    "POST /v1/public/positions/{positionId}/applications",
    "POST /v1/public/positions/{positionId}/applications/my",
    "POST /v1/public/positions/{positionId}/applications/my/interview-reply",
    "POST /v1/public/positions/{positionId}/applications/my/withdraw",
    "POST /v1/public/positions/{positionId}/applications/recovery",
    "POST /v1/public/positions/{positionId}/applications/recovery/verify",
    "POST /v1/public/positions/{positionId}/cv-uploads"
  ],
  "public-cards": [
    "GET /v1/public/service-cards/{token}"
  ]
};

export const exportsRouteGroups: RouteGroups = {
  "imports": [
    "GET /v1/cohorts/{cohortId}/imports",
    "GET /v1/cohorts/{cohortId}/imports/template.csv",
    "GET /v1/cohorts/{cohortId}/imports/template.xlsx",
    "GET /v1/imports/{importJobId}",
    "GET /v1/imports/{importJobId}/result.xlsx",
    "GET /v1/imports/{importJobId}/rows",
    "POST /v1/cohorts/{cohortId}/imports",
    "POST /v1/imports/{importJobId}/run"
  ],
  "workbooks": [
    "GET /v1/announcements/{announcementId}/applications.xlsx",
    "GET /v1/dashboard/conversion.xlsx",
    "GET /v1/events/{eventId}/attendance.xlsx",
    "GET /v1/leads.xlsx",
    "GET /v1/payout-batches/{batchId}/workbook.xlsx",
    "GET /v1/positions/{positionId}/applications.xlsx",
    "GET /v1/trips/{tripId}/report.xlsx"
  ]
};

export const phoneRouteGroups: RouteGroups = {
  "check-ins": [
    "GET /v1/check-ins",
    "POST /v1/check-ins"
  ],
  "activity-logs": [
    "GET /v1/cohorts/{cohortId}/activity-logs",
    "GET /v1/interns/{registrationId}/activity-logs",
    "GET /v1/interns/{registrationId}/log-weeks",
    "GET /v1/interns/{registrationId}/log-weeks/{weekStart}",
    "GET /v1/mentors/{mentorId}/log-weeks",
    "PATCH /v1/interns/{registrationId}/activity-logs/{logDate}",
    "POST /v1/interns/{registrationId}/activity-logs",
    "POST /v1/interns/{registrationId}/log-weeks/{weekStart}/approve",
    "POST /v1/interns/{registrationId}/log-weeks/{weekStart}/resubmit",
    "POST /v1/interns/{registrationId}/log-weeks/{weekStart}/return"
  ],
  "leave": [
    "GET /v1/cohorts/{cohortId}/leave-requests",
    "GET /v1/leave-requests",
    "GET /v1/leave-requests/{leaveId}",
    "POST /v1/leave-requests",
    "POST /v1/leave-requests/{leaveId}/decision"
  ],
  "my-talent-service": [
    "GET /v1/me/service-card",
    "GET /v1/me/service-requests",
    "GET /v1/me/service-requests/{requestId}/attachments/{attachmentId}",
    "POST /v1/me/service-request-uploads",
    "POST /v1/me/service-requests",
    "POST /v1/me/service-requests/{requestId}/rating"
  ]
};
