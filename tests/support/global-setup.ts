import type { TestProject } from 'vitest/node';
import { LocalDatabaseError, startDynamoLocal, type LocalDynamo } from '../../scripts/lib/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

// The SDK warns about Node 20 from this (main) process too; the notice is not actionable here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

let dynamo: LocalDynamo | undefined;

/** One in-memory DynamoDB Local for the whole run; a missing Java fails the run with how to fix it. */
export async function setup(project: TestProject) {
  try {
    dynamo = await startDynamoLocal();
  } catch (error) {
    if (error instanceof LocalDatabaseError) {
      console.error(`\n${error.message}\n`);
      throw new Error(error.message);
    }
    throw error;
  }
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}
