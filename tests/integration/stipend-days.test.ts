import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { recordDays, runningProgramme } from '../support/logs-stipends.ts';

let organiser: Account;
let universityId: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  universityId = (await newUniversity()).universityId;
});

describe('stipends pay only days that have come', () => {
  it(
    'counts today’s check-in but not approved leave for ' + 'the next two days, and approval freezes only that day',
    async () => {
      const p = await runningProgramme(universityId, 1, { countApprovedLeave: true });
      const { registrationId } = p.interns[0]!;
      const today = localDate(new Date(), p.cohort.timeZone);
      await recordDays(p, registrationId, [
        { date: today, status: 'present' },
        { date: addDays(today, 1), status: 'leave' },
        { date: addDays(today, 2), status: 'leave' },
      ]);
      const path = `/v1/cohorts/${p.cohort.cohortId}/stipend-statements/${registrationId}`;
      const computed = (await call('GET', path, { token: organiser.token })).body;
      expect(computed.lines[0]).toMatchObject({ kind: 'daily', quantity: 1, amountFen: 8_333 });

      const approved = await call('POST', `${path}/approve`, {
        token: organiser.token,
        body: { totalFen: computed.totalFen },
      });
      expect(approved.status).toBe(200);
      expect(approved.body.lines[0]).toMatchObject({ quantity: 1, amountFen: 8_333 });
    },
  );
});
