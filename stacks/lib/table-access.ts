import { PolicyStatement } from 'aws-cdk-lib/aws-iam';

/**
 * Everything the API does with the table: single-item reads and writes, queries, batches and
 * transactions (IAM authorises a TransactWriteItems by its Put/Update/Delete/ConditionCheck parts).
 * Scan is left out on purpose: no request may scan, and IAM is where that rule cannot be forgotten.
 */
export const tableDataActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** The one statement every function that touches the table gets: the table and its indexes only. */
export function tableAccess(table: { tableArn: string }): PolicyStatement {
  return new PolicyStatement({
    actions: [...tableDataActions],
    resources: [table.tableArn, `${table.tableArn}/index/*`],
  });
}
