import { beforeAll, describe, expect, it } from 'vitest';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call, concurrently } from '../support/http.ts';
import { runningProgramme } from '../support/logs-stipends.ts';

let organiser: Account;
let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  uni = await newUniversity();
});

const scores = {
  competence: 5,
  attitude: 4,
  teamwork: 4,
  innovation: 3,
  comment: '能独立完成产线数据分析，建议加强沟通',
};

describe('final evaluations', () => {
  it('one per intern by their mentor, even when sent at once; updated under its version', async () => {
    const p = await runningProgramme(uni.universityId);
    const intern = p.interns[0]!;
    const path = `/v1/interns/${intern.registrationId}/evaluation`;
    const results = await concurrently(5, () => call('POST', path, { token: p.mentorAccount.token, body: scores }));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(Array(4).fill('already_exists'));
    const updated = await call('PATCH', path, { token: p.mentorAccount.token, body: { version: 1, innovation: 4 } });
    expect(updated.body).toMatchObject({ innovation: 4, competence: 5, version: 2 });
    expect(
      (await call('PATCH', path, { token: p.mentorAccount.token, body: { version: 1, innovation: 2 } })).body.code,
    ).toBe('version_conflict');
    expect((await call('GET', path, { token: intern.account.token })).body).toMatchObject({
      innovation: 4,
      comment: scores.comment,
    });
    expect((await call('GET', path, { token: organiser.token })).status).toBe(200);
  });

  it('scores are whole numbers from 1 to 5; only the intern’s mentor writes', async () => {
    const p = await runningProgramme(uni.universityId);
    const q = await runningProgramme(uni.universityId);
    const path = `/v1/interns/${p.interns[0]!.registrationId}/evaluation`;
    expect((await call('POST', path, { token: p.mentorAccount.token, body: { ...scores, teamwork: 6 } })).status).toBe(
      400,
    );
    expect(
      (await call('POST', path, { token: p.mentorAccount.token, body: { ...scores, teamwork: 3.5 } })).status,
    ).toBe(400);
    expect((await call('POST', path, { token: q.mentorAccount.token, body: scores })).status).toBe(404);
    expect((await call('POST', path, { token: p.interns[0]!.account.token, body: scores })).status).toBe(403);
    expect((await call('POST', path, { token: organiser.token, body: scores })).status).toBe(403);
    expect((await call('GET', path, { token: q.interns[0]!.account.token })).status).toBe(404);
    const unwritten = await call('GET', path, { token: p.mentorAccount.token });
    expect([unwritten.status, unwritten.body]).toEqual([200, null]);
  });
});
