import type { TestProject } from 'vitest/node';
import { LocalDatabaseError, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

// The SDK warns about Node 20 from this (main) process too; the notice is not actionable here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * Every project inherits the root's globalSetup (`extends: true`), and vitest runs it once per
 * project, each time in a fresh module graph of the same process. The JVM is therefore kept on
 * `globalThis`: the first setup starts it, the others share it, and the last teardown stops it. One
 * JVM instead of four leaves the two cores to the tests. Projects that never touch the database
 * (unit, stacks) still share it rather than each paying a JVM start.
 */
interface Shared {
  starting: Promise<LocalDynamo>;
  users: number;
}
const KEY = Symbol.for('aksu.tests.dynamoLocal');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

async function start(): Promise<LocalDynamo> {
  try {
    // The lean JVM: it shares the two cores with the tests, the app and the browsers (see its option).
    return await startDynamoLocal({ lean: true });
  } catch (error) {
    // A missing Java fails the run with how to fix it.
    if (error instanceof LocalDatabaseError) {
      console.error(`\n${error.message}\n`);
      throw new Error(error.message);
    }
    throw error;
  }
}

export async function setup(project: TestProject) {
  let shared = registry[KEY];
  if (!shared) {
    shared = { starting: start(), users: 0 };
    registry[KEY] = shared;
  }
  shared.users += 1;
  const dynamo = await shared.starting;
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown() {
  const shared = registry[KEY];
  if (!shared) return;
  shared.users -= 1;
  if (shared.users > 0) return;
  registry[KEY] = undefined;
  // A start that failed has already said why in setup; there is nothing to stop.
  const dynamo = await shared.starting.catch(() => undefined);
  await dynamo?.stop();
}
