/** The stipend tests' shared ground: their accounts, the statement calls, a month of attendance, a travel claim. */
import { addDays } from '@aksu/core';
import { newAccount, newUniversity, type Account } from './accounts.ts';
import { call } from './http.ts';
import { recordDays, type runningProgramme } from './logs-stipends.ts';

/** An organiser, a university and its coordinator. */
export async function stipendAccounts() {
  const organiser = await newAccount('organiser');
  const uni = await newUniversity();
  const coordinator = await newAccount('coordinator', { universityId: uni.universityId });
  return { organiser, uni, coordinator };
}

export type Programme = Awaited<ReturnType<typeof runningProgramme>>;

/** Reading and approving statements, as the organiser unless another token is given. */
export function statementCalls(organiser: () => Account) {
  const statementPath = (p: Programme, payeeId: string) =>
    `/v1/cohorts/${p.cohort.cohortId}/stipend-statements/${payeeId}`;
  const statement = (p: Programme, payeeId: string, token = organiser().token) =>
    call('GET', statementPath(p, payeeId), { token });
  const approve = (p: Programme, payeeId: string, totalFen: number) =>
    call('POST', `${statementPath(p, payeeId)}/approve`, { token: organiser().token, body: { totalFen } });
  return { statementPath, statement, approve };
}

/** 23 days checked in (the last synced late), a day of approved leave, the rest of the elapsed days absent. */
export async function month(p: Programme, registrationId: string) {
  const start = p.cohort.startsOn;
  await recordDays(p, registrationId, [
    ...Array.from({ length: 23 }, (_, i) => ({
      date: addDays(start, i),
      status: 'present' as const,
      syncedLate: i === 22,
    })),
    { date: addDays(start, 23), status: 'leave' as const },
  ]);
}

export async function claimTravel(p: Programme, i: number, amountFen: number) {
  const intern = p.interns[i]!;
  return call('PUT', `/v1/interns/${intern.registrationId}/travel-claim`, {
    token: intern.account.token,
    body: { amountFen, receipts: [{ name: '火车票', url: 'https://example.com/ticket.pdf' }] },
  });
}
