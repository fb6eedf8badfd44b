import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The one place that reads where the database is. In AWS only `TABLE_NAME` is set and the SDK finds
 * DynamoDB itself; locally `DYNAMODB_ENDPOINT` points at DynamoDB Local.
 */
export interface DbConfig {
  tableName: string;
  endpoint?: string;
  region: string;
}

export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  return {
    tableName,
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'ap-northeast-1',
  };
}

export function createDocumentClient(config: DbConfig): DynamoDBDocumentClient {
  const local = Boolean(config.endpoint);
  const client = new DynamoDBClient({
    // DynamoDB Local keeps one database per region and key: every local process uses the same pair.
    region: local ? 'local' : config.region,
    endpoint: config.endpoint,
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 3,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}
