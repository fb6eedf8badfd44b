import { describe, expect, it } from 'vitest';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db } from '@aksu/core';
import { newUniversity } from '../support/accounts.ts';
import { dailyWorld } from '../support/daily.ts';
import { call } from '../support/http.ts';

/** The outbox items of one type in this file's table; a test may read the whole table, a request path never. */
async function outboxEvents(type: string): Promise<Array<Record<string, any>>> {
  const { client, config } = db();
  const items: Array<Record<string, any>> = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: config.tableName,
        FilterExpression: '#e = :e AND #t = :t',
        ExpressionAttributeNames: { '#e': '__edb_e__', '#t': 'type' },
        ExpressionAttributeValues: { ':e': 'outboxEvent', ':t': type },
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

describe('a check-in announces itself', () => {
  it(
    'writes one check-in.recorded event with the day, in ' + 'the check-in’s transaction; a resent tap writes none',
    async () => {
      const universityId = (await newUniversity()).universityId;
      const world = await dailyWorld({ interns: 1, universities: [universityId] });
      const intern = world.interns[0]!;
      const first = await call('POST', '/v1/check-ins', {
        token: intern.token,
        body: { clientNonce: `tap-${intern.registrationId}` },
      });
      expect(first.status).toBe(201);
      const resent = await call('POST', '/v1/check-ins', {
        token: intern.token,
        body: { clientNonce: `tap-${intern.registrationId}` },
      });
      expect(resent.status).toBe(201);
      expect(resent.body.checkedInAt).toBe(first.body.checkedInAt);

      const events = (await outboxEvents('check-in.recorded')).filter(
        (e) => e.payload?.registrationId === intern.registrationId,
      );
      expect(events).toHaveLength(1);
      expect(events[0]!.payload).toMatchObject({
        registrationId: intern.registrationId,
        cohortId: world.cohort.cohortId,
        date: first.body.date,
        universityId,
        checkedInAt: first.body.checkedInAt,
        syncedLate: false,
      });
      expect(JSON.stringify(events[0]!.payload)).not.toMatch(/[0-9]{17}[0-9Xx]/);
    },
  );
});
