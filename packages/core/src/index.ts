export * from './errors.ts';
export * from './field-errors.ts';
export * from './fields.ts';
export * from './ids.ts';
export * from './personal/masking.ts';
export { configureVault } from './personal/vault.ts';
export { type Actor, requireAdmin, requireRole } from './auth/actor.ts';
export { issueToken, verifySession, verifyToken, TOKEN_TTL_SECONDS } from './auth/token.ts';
export { hashPassword, verifyPassword } from './auth/password.ts';
export { allPages, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageRequest } from './db/pagination.ts';
export { tableDefinition, createTableInput } from './db/table.ts';
export { configureDb, db } from './db/service.ts';
export { isThrottled, tableBusy } from './db/throttle.ts';
export { dbConfigFromEnv, createDocumentClient, type DbConfig } from './db/client.ts';
export { backfillListShards } from './maintenance/list-shards.ts';
export { backfillWaitlistIndex } from './maintenance/waitlist-index.ts';
export * from './users/index.ts';
export * from './universities/index.ts';
export { Audit, AUDIT_ENTITY_ID, AuditPeriod, auditRecord, MAX_AUDIT_PERIOD_DAYS } from './audit/index.ts';
export { z } from './schema.ts';
export { Idempotency, IDEMPOTENCY_TTL_SECONDS, type IdempotencyStart } from './idempotency/index.ts';
export * from './partnerships/index.ts';
export { localDate, localDateTime, addDays, DEFAULT_TIME_ZONE } from './time.ts';
export { keptFor } from './kept.ts';
export * from './trips/index.ts';
export * from './events/index.ts';
export * from './leads/index.ts';
export * from './cohorts/index.ts';
export * from './home/index.ts';
export * from './cohort-registrations/index.ts';
export * from './imports/index.ts';
export * from './host-units/index.ts';
export * from './mentors/index.ts';
export * from './placements/index.ts';
export * from './activity-logs/index.ts';
export * from './evaluations/index.ts';
export * from './stipends/index.ts';
export * from './attendance/index.ts';
export * from './leave/index.ts';
export { Outcomes, UniversityOutcomesView } from './tallies/index.ts';
export * from './conversion/index.ts';
export * from './subsidy-policies/index.ts';
export * from './talent-service/index.ts';
export * from './storage/index.ts';
export * from './positions/index.ts';
export * from './applications/index.ts';
export { XLSX_CONTENT_TYPE, type SpreadsheetFile } from './exports/workbook.ts';
export * as Outbox from './outbox/index.ts';
export * as ReviewDigests from './people-events/review-digests.ts';
export { domainEvent, outboxOp, type DomainEvent } from './outbox/index.ts';
export {
  Notifications,
  NotificationCentre,
  DeliveryError,
  DELIVERY_STATUSES,
  LOCALES as NOTIFICATION_LOCALES,
  NotificationView,
  UnreadCountView,
  MarkedView,
  PreferencesView,
  PreferencesInput,
  DeliveryListQuery,
  DeliveryView,
  notificationIdSchema,
  deliveryIdSchema,
  type NotifyInput,
  type Recipient,
  type NotificationKind,
  type EmailChannel,
  type EmailMessage,
  type DeliveryStatus,
  type PreferenceView,
  type Locale,
} from './notifications/index.ts';
export { RunnerStates, tableStreamArn } from './runner/index.ts';
export { JOBS, SCHEDULES, STARTUP_CHECKS, type Job, type JobSummary, type Schedule } from './schedules/index.ts';
export { runJob, jobNames, UnknownJobError } from './schedules/run.ts';
export { cronMatches, parseCron, previousFire, CronError } from './schedules/cron.ts';
