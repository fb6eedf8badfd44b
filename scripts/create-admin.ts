/**
 * Bootstraps a stage: creates an admin organiser and prints the one-time invitation code.
 *   TABLE_NAME=<table> pnpm create-admin --email you@example.org --name 张三
 * Uses the AWS credentials and region of the environment (or DYNAMODB_ENDPOINT for a local table).
 */
import { parseArgs } from 'node:util';
import {
  configureDb,
  createInvitedAccount,
  dbConfigFromEnv,
  DomainError,
  emailSchema,
  personNameSchema,
} from '@aksu/core';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
const email = emailSchema.safeParse(values.email ?? '');
const name = personNameSchema.safeParse(values.name ?? '');
if (!email.success || !name.success || !process.env.TABLE_NAME) {
  console.error('Usage: TABLE_NAME=<table> pnpm create-admin --email <email> --name <name>');
  process.exit(2);
}
configureDb(dbConfigFromEnv());
try {
  const { user, invitationCode } = await createInvitedAccount(
    { userId: 'usr_SYSTEM000000000000000000BOOT', role: 'organiser', isAdmin: true },
    { email: email.data, name: name.data, role: 'organiser', isAdmin: true },
  );
  console.log(`Admin organiser ${user.email} created. Invitation code: ${invitationCode}`);
  console.log(
    'Open the web app, choose "激活账号" (activate) and set a password with this code. It works once, for 14 days.',
  );
} catch (error) {
  console.error(
    error instanceof DomainError ? error.message : `Could not create the account: ${(error as Error).message}`,
  );
  process.exit(1);
}
