import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate, Partnerships } from '@aksu/core';
import { newAccount, newUniversity, type Account } from '../support/accounts.ts';
import { call } from '../support/http.ts';

let organiser: Account;
const today = localDate();

beforeAll(async () => {
  organiser = await newAccount('organiser');
});

describe('timeline and reminders', () => {
  it('keeps visits on the university timeline and the partnership timeline, newest first', async () => {
    const u = await newUniversity();
    const p = await call('POST', '/v1/partnerships', {
      token: organiser.token,
      body: { universityId: u.universityId, title: '实践基地', type: 'practice_base' },
    });
    const visit = await call('POST', `/v1/universities/${u.universityId}/activities`, {
      token: organiser.token,
      body: {
        kind: 'inbound_visit',
        on: '2024-04-18',
        title: '师生来阿交流考察',
        participants: ['带队教授', '研究生 12 名'],
        outcome: '确定暑期实践名额',
      },
    });
    expect(visit.status).toBe(201);
    await call('POST', `/v1/universities/${u.universityId}/activities`, {
      token: organiser.token,
      body: { kind: 'meeting', on: '2024-07-02', title: '校领导来阿座谈', partnershipId: p.body.partnershipId },
    });
    const uni = await call('GET', `/v1/universities/${u.universityId}/activities`, { token: organiser.token });
    expect(uni.body.items.map((a: any) => a.on)).toEqual(['2024-07-02', '2024-04-18']);
    const part = await call('GET', `/v1/partnerships/${p.body.partnershipId}/activities`, { token: organiser.token });
    expect(part.body.items.map((a: any) => a.title)).toEqual(['校领导来阿座谈']);
    const other = await newUniversity();
    const mismatch = await call('POST', `/v1/universities/${other.universityId}/activities`, {
      token: organiser.token,
      body: { kind: 'meeting', on: '2024-07-02', title: 'x', partnershipId: p.body.partnershipId },
    });
    expect(mismatch.status).toBe(400);
  });

  it('lists agreements expiring within N days by end date, and open ones without activity', async () => {
    const u = await newUniversity();
    const make = async (status: string, expiresOn?: string) =>
      (
        await call('POST', '/v1/partnerships', {
          token: organiser.token,
          body: {
            universityId: u.universityId,
            title: `协议${status}${expiresOn ?? ''}`,
            type: 'campus_recruitment',
            status,
            signedOn: '2020-01-01',
            ...(expiresOn ? { expiresOn } : {}),
          },
        })
      ).body.partnershipId as string;
    const soon = await make('active', addDays(today, 10));
    const later = await make('active', addDays(today, 40));
    await make('active', addDays(today, 400));
    const past = await make('signed', addDays(today, -3));
    const expiring = await call('GET', `/v1/partnerships?expiringWithinDays=45&universityId=${u.universityId}`, {
      token: organiser.token,
    });
    expect(expiring.body.items.map((p: any) => p.partnershipId)).toEqual([soon, later]);
    expect(expiring.body.items.map((p: any) => p.partnershipId)).not.toContain(past);

    const quiet = await Partnerships.list(
      { userId: 'usr_x', role: 'organiser' },
      { universityId: u.universityId, inactiveForDays: 30 },
      {},
      addDays(today, 60),
    );
    expect(quiet.items).toHaveLength(4);
    // Recorded today, but nothing has happened since the signing in 2020: quiet until an activity is recorded.
    await call('POST', `/v1/universities/${u.universityId}/activities`, {
      token: organiser.token,
      body: { kind: 'meeting', on: today, title: '续签座谈', partnershipId: soon },
    });
    const fresh = await Partnerships.list(
      { userId: 'usr_x', role: 'organiser' },
      { universityId: u.universityId, inactiveForDays: 30 },
      {},
      today,
    );
    expect(fresh.items.map((p) => p.partnershipId)).not.toContain(soon);
    expect(fresh.items).toHaveLength(3);
  });

  it('records the daily reminders for organisers to read', async () => {
    const digest = await Partnerships.recordReminders(today);
    expect(digest.date).toBe(today);
    const read = await call('GET', `/v1/partnerships/reminders?date=${today}`, { token: organiser.token });
    expect(read.status).toBe(200);
    expect(read.body.expiring.length).toBe(digest.expiring.length);
    expect((await call('GET', '/v1/partnerships/reminders?date=1999-01-01', { token: organiser.token })).status).toBe(
      404,
    );
  });
});

describe('the daily reminder job', () => {
  it('records today’s digest, including a partnership expiring within 60 days', async () => {
    const { handler } = await import('@aksu/functions/jobs/partnership-reminders');
    const u = await newUniversity();
    const expiring = await Partnerships.create(
      { userId: 'usr_x', role: 'organiser' },
      {
        universityId: u.universityId,
        title: '将到期协议',
        type: 'practice_base',
        status: 'active',
        signedOn: '2021-01-01',
        expiresOn: addDays(today, 20),
      },
    );
    const summary = await handler();
    expect(summary.date).toBe(today);
    const read = await call('GET', '/v1/partnerships/reminders', { token: organiser.token });
    expect(read.body.expiring.map((p: any) => p.partnershipId)).toContain(expiring.partnershipId);
    expect(read.body.expiring).toHaveLength(summary.expiring);
  });
});
