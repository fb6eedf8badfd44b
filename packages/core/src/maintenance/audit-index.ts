import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { auditDayOf } from '../audit/audit.entity.ts';
import { isConditionFailure } from '../db/condition.ts';
import { db } from '../db/service.ts';
import { listShardOf } from '../db/sharded-list.ts';

type OldEntry = {
  entityType: string;
  entityId: string;
  auditId: string;
  at: string;
  action: string;
  actorId: string;
  actorRole: string;
  changes?: unknown;
};

/**
 * Puts every audit entry stored before the audit-wide day list onto it (gsi1), so the admins' audit
 * page shows the older history too. Audit entries live in one partition per audited record and no
 * index names them, so this one-off job is the only reader that scans the table; it runs from the
 * backfill script, never in a request. Only entries without the index key are read and written.
 * Idempotent and safe beside live traffic: a new entry already carries its day, and a second run
 * finds nothing to write.
 */
export async function backfillAuditIndex({ pageSize = 500 }: { pageSize?: number } = {}): Promise<number> {
  const { config, client, service } = db();
  let moved = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: config.tableName,
        FilterExpression: '#entity = :audit AND attribute_not_exists(gsi1pk)',
        ExpressionAttributeNames: { '#entity': '__edb_e__', '#at': 'at', '#action': 'action' },
        ExpressionAttributeValues: { ':audit': 'audit' },
        ProjectionExpression: 'entityType, entityId, auditId, #at, #action, actorId, actorRole, changes',
        Limit: pageSize,
        ExclusiveStartKey: start,
      }),
    );
    for (const entry of (page.Items ?? []) as OldEntry[]) {
      // Entries never change once written, so writing one whole again with every key is safe; the
      // condition keeps an entry removed since the Scan from coming back.
      try {
        await service.entities.audit
          .put({ ...entry, auditDay: auditDayOf(entry.at), auditShard: listShardOf(entry.auditId) })
          .where((a, { exists }) => exists(a.auditId))
          .go();
        moved++;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return moved;
}
