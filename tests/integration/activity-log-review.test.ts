// The mentor's review of an intern's log week as the logs see it: an approval locks the week, an edit
// racing it never lands after, and a returned week is corrected and resubmitted.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, db } from '@aksu/core';
import { newUniversity } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { fieldworkLog, pastMonday, runningProgramme } from '../support/logs-stipends.ts';

let uni: Awaited<ReturnType<typeof newUniversity>>;

beforeAll(async () => {
  uni = await newUniversity();
});

describe('activity logs under review', () => {
  it('locks a week once the mentor approves it: edits and new logs answer 409 week_reviewed', async () => {
    const p = await runningProgramme(uni.universityId);
    const intern = p.interns[0]!;
    const base = `/v1/interns/${intern.registrationId}`;
    const monday = pastMonday();
    const created = await call('POST', `${base}/activity-logs`, {
      token: intern.account.token,
      body: fieldworkLog(monday, { attachments: [{ name: '调研照片', url: 'https://example.com/a.jpg' }] }),
    });
    expect(created.status).toBe(201);
    const edited = await call('PATCH', `${base}/activity-logs/${monday}`, {
      token: intern.account.token,
      body: { version: 1, hours: 8 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ hours: 8, version: 2 });
    const stale = await call('PATCH', `${base}/activity-logs/${monday}`, {
      token: intern.account.token,
      body: { version: 1, hours: 6 },
    });
    expect(stale.body.code).toBe('version_conflict');

    const toReview = await call('GET', `/v1/mentors/${p.mentor.mentorId}/log-weeks?status=pending`, {
      token: p.mentorAccount.token,
    });
    expect(
      toReview.body.items.map(
        (w: { registrationId: string; weekStart: string }) => `${w.registrationId}:${w.weekStart}`,
      ),
    ).toEqual([`${intern.registrationId}:${monday}`]);
    expect(toReview.body.items[0].logs[0]).toMatchObject({ logDate: monday, hours: 8 });

    const approved = await call('POST', `${base}/log-weeks/${monday}/approve`, { token: p.mentorAccount.token });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    const locked = await call('PATCH', `${base}/activity-logs/${monday}`, {
      token: intern.account.token,
      body: { version: 2, hours: 6 },
    });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('week_reviewed');
    const added = await call('POST', `${base}/activity-logs`, {
      token: intern.account.token,
      body: fieldworkLog(addDays(monday, 2)),
    });
    expect(added.body.code).toBe('week_reviewed');
    const again = await call('POST', `${base}/log-weeks/${monday}/approve`, { token: p.mentorAccount.token });
    expect(again.body.code).toBe('invalid_transition');
    const stored = (
      await db().service.entities.activityLog.get({ registrationId: intern.registrationId, logDate: monday }).go()
    ).data!;
    expect(stored.hours).toBe(8);
    expect(
      (await call('GET', `/v1/mentors/${p.mentor.mentorId}/log-weeks?status=pending`, { token: p.mentorAccount.token }))
        .body.items,
    ).toEqual([]);
  });

  it('an edit racing the approval either lands before it or is refused, never after', async () => {
    const p = await runningProgramme(uni.universityId);
    const intern = p.interns[0]!;
    const base = `/v1/interns/${intern.registrationId}`;
    const monday = pastMonday();
    await call('POST', `${base}/activity-logs`, { token: intern.account.token, body: fieldworkLog(monday) });
    const [approve, edit] = await Promise.all([
      call('POST', `${base}/log-weeks/${monday}/approve`, { token: p.mentorAccount.token }),
      call('PATCH', `${base}/activity-logs/${monday}`, {
        token: intern.account.token,
        body: { version: 1, summary: '改过的内容' },
      }),
    ]);
    expect(approve.status).toBe(200);
    const week = (
      await db().service.entities.logWeek.get({ registrationId: intern.registrationId, weekStart: monday }).go()
    ).data!;
    const stored = (
      await db().service.entities.activityLog.get({ registrationId: intern.registrationId, logDate: monday }).go()
    ).data!;
    expect(week.status).toBe('approved');
    // The edit touches the week in its own transaction, so the week's last write tells which came
    // last: an edit after the approval would have left its own time there. The two items' times
    // cannot tell it, as each request takes its time before it commits.
    if (edit.status === 200) {
      expect(stored.summary).toBe('改过的内容');
      expect(week.updatedAt).toBe(week.reviewedAt);
    } else expect(edit.body.code).toBe('week_reviewed');
  });

  it('a returned week is corrected and resubmitted, and goes back to pending', async () => {
    const p = await runningProgramme(uni.universityId);
    const intern = p.interns[0]!;
    const base = `/v1/interns/${intern.registrationId}`;
    const monday = pastMonday();
    await call('POST', `${base}/activity-logs`, { token: intern.account.token, body: fieldworkLog(monday) });
    await call('POST', `${base}/activity-logs`, {
      token: intern.account.token,
      body: fieldworkLog(addDays(monday, 1)),
    });
    const noComment = await call('POST', `${base}/log-weeks/${monday}/return`, {
      token: p.mentorAccount.token,
      body: { comment: '' },
    });
    expect(noComment.status).toBe(400);
    const returned = await call('POST', `${base}/log-weeks/${monday}/return`, {
      token: p.mentorAccount.token,
      body: { comment: '请补充周二的具体工作内容' },
    });
    expect(returned.body).toMatchObject({ status: 'returned', comment: '请补充周二的具体工作内容', logCount: 2 });
    const seen = await call('GET', `${base}/log-weeks`, { token: intern.account.token });
    expect(seen.body.items[0]).toMatchObject({
      weekStart: monday,
      status: 'returned',
      comment: '请补充周二的具体工作内容',
    });
    const fixed = await call('PATCH', `${base}/activity-logs/${addDays(monday, 1)}`, {
      token: intern.account.token,
      body: { version: 1, summary: '周二：完成三条产线的能耗数据采集' },
    });
    expect(fixed.status).toBe(200);
    const resubmitted = await call('POST', `${base}/log-weeks/${monday}/resubmit`, { token: intern.account.token });
    expect(resubmitted.body).toMatchObject({ status: 'pending' });
    expect(resubmitted.body.comment).toBeUndefined();
    const twice = await call('POST', `${base}/log-weeks/${monday}/resubmit`, { token: intern.account.token });
    expect(twice.body.code).toBe('invalid_transition');
    const pending = await call('GET', `/v1/mentors/${p.mentor.mentorId}/log-weeks`, { token: p.mentorAccount.token });
    expect(pending.body.items.map((w: { weekStart: string }) => w.weekStart)).toEqual([monday]);
    expect(
      (await call('POST', `${base}/log-weeks/${monday}/approve`, { token: p.mentorAccount.token })).body.status,
    ).toBe('approved');
  });
});
