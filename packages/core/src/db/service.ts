import { Service } from 'electrodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { AuditEntry } from '../audit/audit.entity.ts';
import { IdempotencyRecord } from '../idempotency/idempotency.entity.ts';
import { Activity } from '../partnerships/activity.entity.ts';
import { Partnership } from '../partnerships/partnership.entity.ts';
import { ReminderDigest } from '../partnerships/reminder.entity.ts';
import { University } from '../universities/university.entity.ts';
import { Invitation } from '../users/invitation.entity.ts';
import { LoginAttempt } from '../users/login-attempt.entity.ts';
import { User } from '../users/user.entity.ts';
import { createDocumentClient, dbConfigFromEnv, type DbConfig } from './client.ts';
import { UniqueGuard } from './unique.entity.ts';

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
};

function createService(client: DynamoDBDocumentClient, table: string) {
  return new Service(entities, { client, table });
}

export type AppService = ReturnType<typeof createService>;

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
