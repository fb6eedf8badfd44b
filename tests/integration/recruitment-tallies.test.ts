import { beforeAll, describe, expect, it } from 'vitest';
import { Applications, Positions, RecruitmentNumbers, type RecruitmentRow, type RecruitmentView } from '@aksu/core';
import { SYSTEM } from '../support/accounts.ts';
import { newApplication } from '../support/applications.ts';
import { concurrently } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';
import { newPosition } from '../support/positions.ts';
import { newHostUnit } from '../support/programme.ts';

/*
 * The dashboard's recruitment numbers are counters written by the transactions they count: exact
 * under concurrent applications and acceptances, and moved whole when a published position changes
 * its county. Each test reads the prefecture's groups before and after, since the table is shared by
 * the file's tests.
 */

useLocalS3();

let hostUnitId: string;
beforeAll(async () => {
  hostUnitId = (await newHostUnit()).hostUnitId;
});

const read = () => RecruitmentNumbers.read(SYSTEM);
const row = (rows: RecruitmentRow[], group: string) => rows.find((r) => r.group === group);
const positionRow = (view: RecruitmentView, positionId: string) => view.byPosition.find((r) => r.group === positionId);
const COUNTS = ['positions', 'headcount', 'applications', 'shortlisted', 'offers', 'acceptances'] as const;
/** What a group gained between two reads. */
function gained(before: RecruitmentRow | undefined, after: RecruitmentRow | undefined) {
  return Object.fromEntries(COUNTS.map((c) => [c, (after?.[c] ?? 0) - (before?.[c] ?? 0)]));
}

async function step(applicationId: string, to: 'shortlisted' | 'interview' | 'offered' | 'accepted') {
  const current = await Applications.get(SYSTEM, applicationId);
  return Applications.transition(SYSTEM, applicationId, { to, version: current.version });
}

describe('recruitment counters', () => {
  it('count a published position, 30 concurrent applications, shortlistings, offers and 20 concurrent acceptances against a headcount of 3', async () => {
    const before = await read();
    const { positionId } = await newPosition(hostUnitId, {
      headcount: 3,
      cluster: 'green_produce',
      county: 'wensu',
      postKind: 'state_enterprise',
    });

    const applications = await concurrently(30, () => newApplication(positionId));
    for (const a of applications.slice(0, 22)) await step(a.applicationId, 'shortlisted');
    for (const a of applications.slice(0, 20)) await step(a.applicationId, 'offered');
    const answers = await concurrently(20, (i) =>
      step(applications[i]!.applicationId, 'accepted').then(
        () => 'accepted',
        (error: { code?: string }) => error.code,
      ),
    );
    expect(answers.filter((a) => a === 'accepted')).toHaveLength(3);

    const after = await read();
    const expected = { positions: 1, headcount: 3, applications: 30, shortlisted: 22, offers: 20, acceptances: 3 };
    expect(positionRow(after, positionId)).toMatchObject({ ...expected, filledShare: 1, status: 'filled' });
    expect(positionRow(after, positionId)?.meanDaysToOffer).toBeGreaterThanOrEqual(0);
    expect(gained(before.total, after.total)).toEqual(expected);
    expect(gained(row(before.byCluster, 'green_produce'), row(after.byCluster, 'green_produce'))).toEqual(expected);
    expect(gained(row(before.byCounty, 'wensu'), row(after.byCounty, 'wensu'))).toEqual(expected);
    expect(gained(row(before.byPostKind, 'state_enterprise'), row(after.byPostKind, 'state_enterprise'))).toEqual(
      expected,
    );
  });

  it('leave a draft uncounted, and move a published position’s counts whole when its county changes', async () => {
    const draft = await newPosition(hostUnitId, { headcount: 2, county: 'xinhe' }, { draft: true });
    expect(positionRow(await read(), draft.positionId)).toBeUndefined();

    const before = await read();
    const published = await newPosition(hostUnitId, { headcount: 2, county: 'xinhe', cluster: 'new_energy_materials' });
    const [first] = await concurrently(4, () => newApplication(published.positionId));
    await step(first!.applicationId, 'shortlisted');
    const current = await Positions.get(SYSTEM, published.positionId);
    await Positions.update(SYSTEM, published.positionId, {
      version: current.version,
      county: 'baicheng',
      headcount: 5,
    });

    const after = await read();
    const counted = { positions: 1, headcount: 5, applications: 4, shortlisted: 1, offers: 0, acceptances: 0 };
    expect(positionRow(after, published.positionId)).toMatchObject({ ...counted, county: 'baicheng' });
    expect(gained(row(before.byCounty, 'xinhe'), row(after.byCounty, 'xinhe'))).toEqual({
      ...counted,
      positions: 0,
      headcount: 0,
      applications: 0,
      shortlisted: 0,
    });
    expect(gained(row(before.byCounty, 'baicheng'), row(after.byCounty, 'baicheng'))).toEqual(counted);
    expect(gained(row(before.byCluster, 'new_energy_materials'), row(after.byCluster, 'new_energy_materials'))).toEqual(
      counted,
    );
    expect(gained(before.total, after.total)).toEqual(counted);
  });
});
