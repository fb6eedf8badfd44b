import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { backfillListShards, createInvitedAccount, db, Events, Leads, Users, type UserView } from '@aksu/core';
import { newUniversity, SYSTEM, uniqueEmail, uniqueSuffix } from '../support/accounts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';

/**
 * The accounts and leads lists are spread over several GSI partitions instead of one constant key;
 * a page merges them back into one order, and a cursor pages through without gaps or repeats.
 */
const { config, client } = db();

/** The GSI partition keys the given items are listed under, read raw from their base items. */
async function listPartitions(pk: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (const key of pk) {
    const { Items } = await client.send(
      new QueryCommand({
        TableName: config.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': key },
      }),
    );
    for (const item of Items ?? []) out.add(item.gsi2pk as string);
  }
  return out;
}

async function everyPage<T>(
  read: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await read(cursor);
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

const newestFirst = (a: UserView, b: UserView) =>
  a.createdAt === b.createdAt ? (a.userId < b.userId ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1;

describe('the accounts list', () => {
  const created: UserView[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 12; i++)
      created.push(
        (await createInvitedAccount(SYSTEM, { email: uniqueEmail('shard'), name: `分片${i}`, role: 'organiser' })).user,
      );
  });

  it('writes accounts to more than one partition and pages through all of them newest first, each once', async () => {
    const partitions = await listPartitions(created.map((u) => `$aksu#userid_${u.userId.toLowerCase()}`));
    expect(partitions.size).toBeGreaterThan(1);
    expect([...partitions].every((p) => /^users#\d\d$/.test(p))).toBe(true);

    const pages = await everyPage((cursor) => Users.list(SYSTEM, { limit: 5, cursor }));
    expect(pages.slice(0, -1).every((p) => p.length === 5)).toBe(true);
    expect(pages.at(-1)!.length).toBeGreaterThan(0);
    const listed = pages.flat();
    expect(listed).toEqual([...listed].sort(newestFirst));
    expect(new Set(listed.map((u) => u.userId)).size).toBe(listed.length);
    expect(created.every((u) => listed.some((l) => l.userId === u.userId))).toBe(true);
  });

  it(
    'lists an account stored before the list was sharded ' +
      'once the backfill has run, and a second run moves nothing',
    async () => {
      const userId = `usr_OLD${uniqueSuffix().toUpperCase()}`;
      const at = new Date().toISOString();
      const { Item } = db()
        .service.entities.user.put({
          userId,
          email: uniqueEmail('old'),
          name: '旧账号',
          role: 'organiser',
          status: 'invited',
          createdAt: at,
          updatedAt: at,
          version: 1,
        })
        .params() as { Item: Record<string, unknown> };
      // The item as the entity used to write it: on gsi2's one constant partition, with no shard.
      delete Item.listShard;
      await client.send(new PutCommand({ TableName: config.tableName, Item: { ...Item, gsi2pk: '$aksu' } }));
      const before = (await everyPage((cursor) => Users.list(SYSTEM, { limit: 100, cursor }))).flat();
      expect(before.some((u) => u.userId === userId)).toBe(false);

      expect((await backfillListShards()).users).toBeGreaterThanOrEqual(1);
      const after = (await everyPage((cursor) => Users.list(SYSTEM, { limit: 7, cursor }))).flat();
      expect(after.filter((u) => u.userId === userId)).toHaveLength(1);
      expect(after).toEqual([...after].sort(newestFirst));
      expect(await backfillListShards()).toEqual({ users: 0, leads: 0 });
    },
  );
});

describe('the leads list', () => {
  it(
    'pages a filtered list over every shard in id order, for ' +
      'everyone and for one university, after a backfill too',
    async () => {
      const university = await newUniversity();
      const event = await newEvent(await newTrip([university.universityId]));
      const major = `分片专业${uniqueSuffix()}`;
      for (let i = 0; i < 9; i++)
        await Events.registerPublic(
          event.eventId,
          person({ major, universityId: university.universityId }),
          `127.0.0.${i + 2}`,
        );
      // One lead as it was stored before the lists were sharded: both list keys unsharded.
      const leadId = `led_OLD${uniqueSuffix().toUpperCase()}`;
      const at = new Date().toISOString();
      const { Item } = db()
        .service.entities.lead.put({
          leadId,
          name: '旧线索',
          email: uniqueEmail('oldlead'),
          phone: '13900000000',
          universityId: university.universityId,
          universityName: university.name,
          universityKey: university.universityId,
          degreeLevel: 'master',
          major,
          graduationYear: 2025,
          fromRegion: false,
          interestedInSummerProgramme: true,
          interestedInFullTime: false,
          eventCount: 0,
          searchText: major,
          createdAt: at,
          updatedAt: at,
          version: 1,
        })
        .params() as { Item: Record<string, unknown> };
      delete Item.listShard;
      await client.send(
        new PutCommand({
          TableName: config.tableName,
          Item: { ...Item, gsi1pk: `$aksu#universitykey_${university.universityId.toLowerCase()}`, gsi2pk: '$aksu' },
        }),
      );
      expect((await backfillListShards()).leads).toBe(1);

      for (const universityId of [undefined, university.universityId]) {
        const pages = await everyPage((cursor) =>
          Leads.list(SYSTEM, { major, ...(universityId ? { universityId } : {}) }, { limit: 4, cursor }),
        );
        expect(pages.map((p) => p.length)).toEqual([4, 4, 2]);
        const ids = pages.flat().map((l) => l.leadId);
        expect(ids).toEqual([...ids].sort().reverse());
        expect(ids).toContain(leadId);
      }
      const partitions = await listPartitions(
        (await Leads.list(SYSTEM, { major }, { limit: 20 })).items.map((l) => `$aksu#leadid_${l.leadId.toLowerCase()}`),
      );
      expect(partitions.size).toBeGreaterThan(1);
    },
  );
});
