import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';

/**
 * Lists read from an index whose key is built from attributes the records do not show: ElectroDB
 * builds a page's cursor from the last item it returns, so a page of such a list must still hand
 * out a cursor that opens the next page, and the pages together must hold every item once.
 */
let organiser: Account;
let university: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  university = await newUniversity();
});

async function everyPage(path: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `${path}&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
    const page = await call('GET', query, { token: organiser.token });
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    ids.push(...page.body.items.map((p: { partnershipId: string }) => p.partnershipId));
    cursor = page.body.nextCursor;
  } while (cursor);
  return ids;
}

describe('paging a list keyed by attributes the records do not show', () => {
  it('pages the agreements ending soon and the overdue ones one at a time, each once', async () => {
    const today = localDate();
    const created: Record<string, string[]> = { soon: [], overdue: [] };
    for (const [group, offsets] of [
      ['soon', [5, 10, 20]],
      ['overdue', [-5, -10, -20]],
    ] as const) {
      for (const days of offsets) {
        const made = await call('POST', '/v1/partnerships', {
          token: organiser.token,
          body: {
            universityId: university.universityId,
            title: `到期协议${days}`,
            type: 'strategic_cooperation',
            status: 'active',
            signedOn: addDays(today, -400),
            expiresOn: addDays(today, days),
          },
        });
        expect(made.status, JSON.stringify(made.body)).toBe(201);
        created[group]!.push(made.body.partnershipId);
      }
    }
    expect((await everyPage('/v1/partnerships?expiringWithinDays=60')).sort()).toEqual([...created.soon!].sort());
    expect((await everyPage('/v1/partnerships?overdue=true')).sort()).toEqual([...created.overdue!].sort());
  });
});
