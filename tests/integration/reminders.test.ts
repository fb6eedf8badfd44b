import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@aksu/core';
import { newUniversity } from '../support/accounts.ts';
import { runJobAt, startBackbone, type Backbone } from '../support/backbone.ts';
import { inbox, mail, mailsTo, placedIntern } from '../support/reminders.ts';
import { newCohort } from '../support/programme.ts';

let backbone: Backbone;
let universityId: string;

beforeAll(async () => {
  backbone = await startBackbone();
  universityId = (await newUniversity()).universityId;
});
afterAll(async () => {
  await backbone.stop();
});

async function dayRecord(registrationId: string, cohortId: string, date: string, status: 'present' | 'leave') {
  const at = new Date().toISOString();
  await db()
    .service.entities.attendanceDay.create({
      registrationId,
      date,
      cohortId,
      universityId,
      hostUnitId: 'hst_TEST',
      mentorKey: 'none',
      status,
      ...(status === 'present' ? { checkedInAt: at } : { leaveId: 'lve_TEST' }),
      createdAt: at,
      updatedAt: at,
    })
    .go();
}

describe('check-in reminders', () => {
  it(
    'half an hour before the window closes, interns with neither a ' +
      'check-in nor leave get one reminder, however often the job runs',
    async () => {
      // Each test in this file has its own day, so cohorts of the other tests are never due with it.
      const cohort = await newCohort({
        status: 'running',
        startsOn: '2030-07-01',
        endsOn: '2030-08-31',
        checkInWindow: { start: '08:00', end: '10:30' },
      });
      const forgetful = await placedIntern(cohort.cohortId, universityId);
      const noAccount = await placedIntern(cohort.cohortId, universityId, { account: false });
      const checkedIn = await placedIntern(cohort.cohortId, universityId);
      const onLeave = await placedIntern(cohort.cohortId, universityId);
      await dayRecord(checkedIn.registrationId, cohort.cohortId, '2030-08-05', 'present');
      await dayRecord(onLeave.registrationId, cohort.cohortId, '2030-08-05', 'leave');

      // 09:55 in Shanghai: the window is open but closes in 35 minutes, so nobody is reminded yet.
      expect(await runJobAt('check-in-reminders', '2030-08-05T01:55:00Z')).toMatchObject({ done: true, reminded: 0 });
      expect(mailsTo(backbone, 'reminder', forgetful.email)).toHaveLength(0);

      // 10:00 and 10:05: due. The first run reminds, the second finds the day done.
      expect(await runJobAt('check-in-reminders', '2030-08-05T02:00:00Z')).toMatchObject({ done: true, reminded: 2 });
      expect(await runJobAt('check-in-reminders', '2030-08-05T02:05:00Z')).toMatchObject({ done: true, reminded: 0 });
      const [message] = await backbone.mailbox.waitFor(mail('reminder', forgetful.email));
      expect(message!.subject).toBe('签到提醒：今天的签到将于 10:30 截止');
      expect(message!.text).toContain('http://localhost:3000/my-day');
      expect(mailsTo(backbone, 'reminder', forgetful.email)).toHaveLength(1);
      expect(mailsTo(backbone, 'reminder', noAccount.email)).toHaveLength(1);
      expect(mailsTo(backbone, 'reminder', checkedIn.email)).toHaveLength(0);
      expect(mailsTo(backbone, 'reminder', onLeave.email)).toHaveLength(0);
      expect((await inbox(forgetful.userId!, 'intern.check-in-reminder')).map((n) => n.kind)).toEqual([
        'intern.check-in-reminder',
      ]);
      expect(await inbox(checkedIn.userId!, 'intern.check-in-reminder')).toHaveLength(0);

      // A lost checkpoint (or a replay) sends nothing twice: the delivery is keyed by intern and day.
      await db()
        .service.entities.jobCheckpoint.delete({ job: 'check-in-reminders', scope: `${cohort.cohortId}#2030-08-05` })
        .go();
      await runJobAt('check-in-reminders', '2030-08-05T02:10:00Z');
      expect(mailsTo(backbone, 'reminder', forgetful.email)).toHaveLength(1);
      expect(await inbox(forgetful.userId!, 'intern.check-in-reminder')).toHaveLength(1);

      // The next day is a new reminder.
      await runJobAt('check-in-reminders', '2030-08-06T02:00:00Z');
      await backbone.mailbox.waitFor(mail('reminder', forgetful.email), { count: 2 });
      expect(mailsTo(backbone, 'reminder', checkedIn.email)).toHaveLength(1);
    },
  );
});
