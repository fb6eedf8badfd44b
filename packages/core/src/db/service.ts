import { Service } from 'electrodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditEntry } from '../audit/audit.entity.ts';
import { CohortRegistration } from '../cohort-registrations/cohort-registration.entity.ts';
import { CohortUniversity } from '../cohorts/cohort-university.entity.ts';
import { Cohort } from '../cohorts/cohort.entity.ts';
import { CampusEvent } from '../events/event.entity.ts';
import { EventArrivals } from '../events/arrivals.entity.ts';
import { RateWindow } from '../events/rate-limit.entity.ts';
import { Registration } from '../events/registration.entity.ts';
import { RecoveryCode } from '../events/recovery-code.entity.ts';
import { LeadEvent } from '../leads/lead-event.entity.ts';
import { LeadInvitation } from '../leads/lead-invitation.entity.ts';
import { Lead } from '../leads/lead.entity.ts';
import { FunnelCounter } from '../conversion/funnel-counter.entity.ts';
import { Outcome } from '../conversion/outcome.entity.ts';
import { RetentionConfirmation } from '../conversion/retention.entity.ts';
import { SubsidyBucket } from '../conversion/subsidy-bucket.entity.ts';
import { SubsidyPolicy } from '../subsidy-policies/subsidy-policy.entity.ts';
import { DistinctMarker } from '../tallies/marker.entity.ts';
import { Tally } from '../tallies/tally.entity.ts';
import { TallyShard } from '../tallies/tally-shard.entity.ts';
import { Trip } from '../trips/trip.entity.ts';
import { HostUnit } from '../host-units/host-unit.entity.ts';
import { ProjectSeats } from '../host-units/project-seats.entity.ts';
import { Project } from '../host-units/project.entity.ts';
import { MentorLoad } from '../mentors/mentor-load.entity.ts';
import { Mentor } from '../mentors/mentor.entity.ts';
import { Placement } from '../placements/placement.entity.ts';
import { ActivityLog } from '../activity-logs/activity-log.entity.ts';
import { LogWeek } from '../activity-logs/log-week.entity.ts';
import { Evaluation } from '../evaluations/evaluation.entity.ts';
import { LedgerEntry } from '../stipends/ledger-entry.entity.ts';
import { PayoutBatch } from '../stipends/payout-batch.entity.ts';
import { StipendStatement } from '../stipends/statement.entity.ts';
import { TravelClaim } from '../stipends/travel-claim.entity.ts';
import { IdempotencyRecord } from '../idempotency/idempotency.entity.ts';
import { ImportJob } from '../imports/import-job.entity.ts';
import { ImportBatch, ImportOutcomes } from '../imports/import-batch.entity.ts';
import { Activity } from '../partnerships/activity.entity.ts';
import { Partnership } from '../partnerships/partnership.entity.ts';
import { ReminderDigest } from '../partnerships/reminder.entity.ts';
import { Announcement } from '../positions/announcement.entity.ts';
import { Application } from '../applications/application.entity.ts';
import { RecruitmentCounter } from '../applications/tallies.entity.ts';
import { Employer } from '../positions/employer.entity.ts';
import { Position } from '../positions/position.entity.ts';
import { University } from '../universities/university.entity.ts';
import { Invitation } from '../users/invitation.entity.ts';
import { LoginAttempt } from '../users/login-attempt.entity.ts';
import { User } from '../users/user.entity.ts';
import { AttendanceCounter } from '../attendance/attendance-counter.entity.ts';
import { AttendanceDay } from '../attendance/attendance-day.entity.ts';
import { LeaveRequest } from '../leave/leave-request.entity.ts';
import { ReviewDigest } from '../people-events/review-digest.entity.ts';
import { AttentionTally } from '../talent-service/attention-tally.entity.ts';
import { CardVerification, ServiceCard } from '../talent-service/card.entity.ts';
import { ContactLog, TalentCare } from '../talent-service/care.entity.ts';
import { ServiceRequest } from '../talent-service/request.entity.ts';
import { ServicePolicy } from '../talent-service/service-policy.entity.ts';
import { createDocumentClient, dbConfigFromEnv, type DbConfig } from './client.ts';
import { pointEntitiesAt } from './entity.ts';
import { UniqueGuard } from './unique.entity.ts';
import { OutboxEvent } from '../outbox/outbox-event.entity.ts';
import { ParkedEvent } from '../outbox/parked-event.entity.ts';
import { RunnerState } from '../runner/runner-state.entity.ts';
import { JobCheckpoint } from '../checkpoints/checkpoint.entity.ts';
import { Delivery } from '../notifications/delivery.entity.ts';
import { Notification, NotificationPreference, UnreadCounter } from '../notifications/notification.entity.ts';

const entities = {
  user: User,
  invitation: Invitation,
  loginAttempt: LoginAttempt,
  unique: UniqueGuard,
  university: University,
  audit: AuditEntry,
  idempotency: IdempotencyRecord,
  partnership: Partnership,
  activity: Activity,
  reminderDigest: ReminderDigest,
  employer: Employer,
  position: Position,
  announcement: Announcement,
  application: Application,
  recruitmentCounter: RecruitmentCounter,
  trip: Trip,
  campusEvent: CampusEvent,
  registration: Registration,
  recoveryCode: RecoveryCode,
  tally: Tally,
  tallyShard: TallyShard,
  distinctMarker: DistinctMarker,
  lead: Lead,
  leadEvent: LeadEvent,
  leadInvitation: LeadInvitation,
  rateWindow: RateWindow,
  eventArrivals: EventArrivals,
  hostUnit: HostUnit,
  project: Project,
  projectSeats: ProjectSeats,
  mentor: Mentor,
  mentorLoad: MentorLoad,
  placement: Placement,
  activityLog: ActivityLog,
  logWeek: LogWeek,
  evaluation: Evaluation,
  travelClaim: TravelClaim,
  stipendStatement: StipendStatement,
  payoutBatch: PayoutBatch,
  ledgerEntry: LedgerEntry,
  cohort: Cohort,
  cohortUniversity: CohortUniversity,
  cohortRegistration: CohortRegistration,
  importJob: ImportJob,
  importBatch: ImportBatch,
  importOutcomes: ImportOutcomes,
  outcome: Outcome,
  funnelCounter: FunnelCounter,
  retentionConfirmation: RetentionConfirmation,
  subsidyBucket: SubsidyBucket,
  subsidyPolicy: SubsidyPolicy,
  servicePolicy: ServicePolicy,
  talentCare: TalentCare,
  contactLog: ContactLog,
  serviceCard: ServiceCard,
  cardVerification: CardVerification,
  serviceRequest: ServiceRequest,
  attentionTally: AttentionTally,
  attendanceDay: AttendanceDay,
  attendanceCounter: AttendanceCounter,
  leaveRequest: LeaveRequest,
  reviewDigest: ReviewDigest,
  outboxEvent: OutboxEvent,
  parkedEvent: ParkedEvent,
  runnerState: RunnerState,
  jobCheckpoint: JobCheckpoint,
  delivery: Delivery,
  notification: Notification,
  unreadCounter: UnreadCounter,
  notificationPreference: NotificationPreference,
};

type Entities = typeof entities;
type FullService = Service<Entities>;

/**
 * What the code reaches the table through: the entities, and transactions across them. Not a
 * Service of all the entities: building one builds every entity (see ./entity.ts). A transaction
 * runs through a Service of only the entities its builder used, kept per combination, so each
 * entity is built when something first uses it.
 */
export interface AppService {
  readonly entities: Entities;
  readonly transaction: Pick<FullService['transaction'], 'write'>;
}

function createService(client: DynamoDBDocumentClient, table: string): AppService {
  pointEntitiesAt(client, table);
  const services = new Map<string, FullService>();
  const serviceOf = (used: Partial<Entities>) => {
    // A builder that took no entity (nothing to write, or entities it reached another way) still
    // needs one to send through: the uniqueness guard, the smallest.
    if (Object.keys(used).length === 0) used = { unique: entities.unique };
    const names = Object.keys(used).sort().join(' ');
    let service = services.get(names);
    if (!service) {
      service = new Service(used as Entities, { client, table });
      services.set(names, service);
    }
    return service;
  };
  // ElectroDB types `write` generically over what the builder returns; the types at its callers are
  // ElectroDB's own, and this body only passes the builder's items through to the real `write`.
  type Prepared = ReturnType<FullService['transaction']['write']>;
  const write = (build: (entities: Entities) => unknown) => {
    const used: Record<string, unknown> = {};
    // The builder's view of the entities notes which ones it takes.
    const view = new Proxy(entities, {
      get(all, name) {
        const value = Reflect.get(all, name);
        if (typeof name === 'string' && Object.hasOwn(all, name)) used[name] = value;
        return value;
      },
    });
    let prepared: Prepared | undefined;
    const prepare = (): Prepared => {
      if (!prepared) {
        const items = build(view);
        prepared = serviceOf(used as Partial<Entities>).transaction.write(() => items as never);
      }
      return prepared;
    };
    // Built when first asked for, inside the call, as ElectroDB's own would be: a builder that
    // throws rejects `go()` instead of throwing where the transaction is declared.
    return {
      params: (options?: Parameters<Prepared['params']>[0]) => prepare().params(options),
      go: async (options?: Parameters<Prepared['go']>[0]) => prepare().go(options),
    };
  };
  return { entities, transaction: { write: write as unknown as AppService['transaction']['write'] } };
}

interface Db {
  config: DbConfig;
  client: DynamoDBDocumentClient;
  service: AppService;
}

let current: Db | undefined;

/** Points the process at a table. Called by scripts and tests; request paths use the env default. */
export function configureDb(config: DbConfig): Db {
  const client = createDocumentClient(config);
  current = { config, client, service: createService(client, config.tableName) };
  return current;
}

/** The process-wide database handle, configured from the environment on first use. */
export function db(): Db {
  return current ?? configureDb(dbConfigFromEnv());
}
