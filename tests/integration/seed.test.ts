import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_UNIVERSITIES } from '../../scripts/seed/universities.ts';
import { DEMO_PASSWORD, seedDemoData } from '../../scripts/seed/index.ts';
import { PLACEMENT_SEED, seedPlacementData } from '../../scripts/seed/programme-placements.ts';
import { CONVERSION_SEED, FINISHED_COHORT_NAME } from '../../scripts/seed/conversion.ts';
import { COHORT_SEED, DEMO_COHORT_NAME, demoSummer, seedCohortData } from '../../scripts/seed/programme-cohorts.ts';
import { DAILY_COHORT_NAME, DAILY_SEED } from '../../scripts/seed/programme-daily.ts';
import { LOGS_SEED } from '../../scripts/seed/programme-logs.ts';
import { PARTNERSHIP_SEED } from '../../scripts/seed/partnerships.ts';
import { POSITIONS_SEED } from '../../scripts/seed/positions.ts';
import { REVIEWER_SEED } from '../../scripts/seed/reviewer.ts';
import { TALENT_SEED } from '../../scripts/seed/talent-service.ts';
import { DEMO_FAIR_CAPACITY, DEMO_TRIP_TITLE, TRIPS_SEED } from '../../scripts/seed/trips.ts';
import { expectTalentServiceDemo } from '../support/seed-talent-service.ts';
import { DEMO_NOTICE_TITLE } from '../../scripts/seed/positions-plan.ts';
import { cohortDateProblems, db, JOBS, type Actor } from '@aksu/core';
import { newAccount } from '../support/accounts.ts';
import { call } from '../support/http.ts';
import { useLocalS3 } from '../support/local-s3.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The demo applications upload their CVs.
useLocalS3();

describe('the demo’s open cohort', () => {
  it('is open on any day of the year, its dates possible: registration closes before its summer', () => {
    for (const day of ['2026-01-01', '2026-06-19', '2026-06-21', '2026-12-05', '2028-02-29']) {
      const now = Date.parse(`${day}T12:00:00+08:00`);
      const summer = demoSummer(now);
      expect(cohortDateProblems({ ...summer, timeZone: 'Asia/Shanghai' }), day).toEqual([]);
      expect(Date.parse(summer.registrationOpensAt), day).toBeLessThan(now);
      expect(Date.parse(summer.registrationClosesAt), day).toBeGreaterThanOrEqual(now + 30 * 86_400_000);
      expect(summer.name.slice(0, 4), day).toBe(summer.startsOn.slice(0, 4));
    }
  });
});

describe('demo data', () => {
  it('seeds the 26 universities and their coordinators once, however often it runs', async () => {
    const first = await seedDemoData();
    expect(first.created).toBe(
      1 +
        26 * 2 +
        COHORT_SEED.cohorts +
        COHORT_SEED.registrations +
        PLACEMENT_SEED.hostUnits +
        PLACEMENT_SEED.mentors +
        PLACEMENT_SEED.projects +
        DAILY_SEED.records +
        LOGS_SEED.logs +
        CONVERSION_SEED.policies +
        CONVERSION_SEED.cohorts +
        CONVERSION_SEED.registrations +
        CONVERSION_SEED.outcomesMoved +
        PARTNERSHIP_SEED.partnerships +
        POSITIONS_SEED.employers +
        POSITIONS_SEED.positions +
        POSITIONS_SEED.notices +
        POSITIONS_SEED.applications +
        REVIEWER_SEED.accounts +
        Object.values(TALENT_SEED).reduce((sum, n) => sum + n, 0) +
        TRIPS_SEED.trips +
        TRIPS_SEED.events +
        TRIPS_SEED.registrations,
    );
    const second = await seedDemoData();
    expect(second.created).toBe(0);

    const organiser = await call('POST', '/v1/auth/login', {
      body: { email: 'organiser@example.com', password: DEMO_PASSWORD },
    });
    expect(organiser.status).toBe(200);
    expect(organiser.body.user.isAdmin).toBe(true);
    const list = await call('GET', '/v1/universities?limit=100', { token: organiser.body.token });
    expect(list.body.items).toHaveLength(DEMO_UNIVERSITIES.length);

    const pku = await call('POST', '/v1/auth/login', {
      body: { email: 'coordinator.pku@example.com', password: DEMO_PASSWORD },
    });
    expect(pku.status).toBe(200);
    const own = await call('GET', '/v1/universities', { token: pku.body.token });
    expect(own.body.items.map((u: any) => u.name)).toEqual(['北京大学']);
    const tsinghua = await call('POST', '/v1/auth/login', {
      body: { email: 'coordinator.tsinghua@example.com', password: DEMO_PASSWORD },
    });
    expect(tsinghua.status).toBe(200);

    const cohorts = await call('GET', '/v1/cohorts', { token: pku.body.token });
    const cohort = cohorts.body.items.find((c: { name: string }) => c.name === DEMO_COHORT_NAME);
    expect(cohort).toMatchObject({ status: 'registration_open', universities: [{ quota: 8 }] });
    const summary = await call('GET', `/v1/cohorts/${cohort.cohortId}/summary`, { token: organiser.body.token });
    expect(summary.body.universities).toHaveLength(26);
    expect(summary.body.totals.submitted).toBe(COHORT_SEED.registrations);

    const mentor = await call('POST', '/v1/auth/login', {
      body: { email: 'mentor.ma.jianguo@example.com', password: DEMO_PASSWORD },
    });
    expect(mentor.status).toBe(200);
    expect(
      (await call('GET', `/v1/mentors/${mentor.body.user.mentorId}/mentees`, { token: mentor.body.token })).status,
    ).toBe(200);
    const intern = await call('POST', '/v1/auth/login', {
      body: { email: 'intern@example.com', password: DEMO_PASSWORD },
    });
    expect(intern.status).toBe(200);
    const days = await call('GET', `/v1/interns/${intern.body.user.internId}/attendance`, { token: intern.body.token });
    const outcomes = days.body.days.map((d: { outcome: string }) => d.outcome);
    expect(outcomes.filter((o: string) => o === 'present')).toHaveLength(DAILY_SEED.checkIns);
    expect(outcomes.filter((o: string) => o === 'leave')).toHaveLength(DAILY_SEED.leave);
    const dailyMentor = await call('POST', '/v1/auth/login', {
      body: { email: 'mentor@example.com', password: DEMO_PASSWORD },
    });
    const menteeDays = await call('GET', '/v1/check-ins?limit=100', { token: dailyMentor.body.token });
    expect(menteeDays.body.items).toHaveLength(DAILY_SEED.checkIns + DAILY_SEED.leave);
    const logs = await call('GET', `/v1/interns/${intern.body.user.internId}/activity-logs?limit=100`, {
      token: intern.body.token,
    });
    expect(logs.body.items).toHaveLength(LOGS_SEED.logs);
    const pendingWeeks = await call('GET', `/v1/mentors/${dailyMentor.body.user.mentorId}/log-weeks?status=pending`, {
      token: dailyMentor.body.token,
    });
    expect(pendingWeeks.body.items.map((w: { registrationId: string }) => w.registrationId)).toEqual([
      intern.body.user.internId,
    ]);
    const running = (await call('GET', '/v1/cohorts?limit=100', { token: organiser.body.token })).body.items.find(
      (c: { name: string }) => c.name === DAILY_COHORT_NAME,
    );
    const board = await call('GET', `/v1/cohorts/${running.cohortId}/attendance?date=${days.body.days[0].date}`, {
      token: organiser.body.token,
    });
    expect(board.body.totals).toMatchObject({ placed: 1, checkedIn: 1 });
    const units = await call('GET', '/v1/host-units?limit=100', { token: organiser.body.token });
    expect(units.body.items).toHaveLength(PLACEMENT_SEED.hostUnits);

    // The day's partnership reminders, recorded as pnpm dev's start-up does, name one agreement of each kind.
    await JOBS['partnership-reminders'](new Date());
    const reminders = (await call('GET', '/v1/partnerships/reminders', { token: organiser.body.token })).body;
    expect(reminders.expiring.map((p: { title: string }) => p.title)).toContain('北京大学研究生实践基地协议');
    expect(reminders.overdue.map((p: { title: string }) => p.title)).toContain('清华大学校园招聘合作协议');
    expect(reminders.inactive.map((p: { title: string }) => p.title)).toContain('北京师范大学战略合作框架协议');

    // The finished 2024 cohort: 196 interns from 26 universities, and the dashboard says what the records say.
    const finished = (await call('GET', '/v1/cohorts?limit=100', { token: organiser.body.token })).body.items.find(
      (c: { name: string }) => c.name === FINISHED_COHORT_NAME,
    );
    const raw = (
      await db().service.entities.outcome.query.byCohort({ cohortKey: finished.cohortId }).go({ pages: 'all' })
    ).data;
    const funnel = (
      await call('GET', `/v1/dashboard/funnel?cohortId=${finished.cohortId}&by=university`, {
        token: organiser.body.token,
      })
    ).body;
    expect(raw).toHaveLength(196);
    expect(new Set(raw.map((o) => o.universityId)).size).toBe(26);
    expect(funnel.rows).toHaveLength(26);
    expect(funnel.total).toMatchObject({
      interns: 196,
      onboarded: raw.filter((o) => o.reached.includes('onboarded')).length,
      declined: raw.filter((o) => o.stage === 'declined').length,
      retainedY1: raw.filter((o) => o.retainedYears >= 1).length,
    });
    expect(funnel.total.onboarded).toBeGreaterThan(0);

    // The demo notice: 40 published positions over the eight clusters, its applications counted, and the
    // 2024 interns hired through it moved to offered with the position in their outcomes.
    const recruitment = (await call('GET', '/v1/dashboard/recruitment', { token: organiser.body.token })).body;
    expect(recruitment.total).toMatchObject({
      positions: POSITIONS_SEED.positions,
      applications: POSITIONS_SEED.applications,
      acceptances: POSITIONS_SEED.accepted,
    });
    expect(recruitment.byCluster).toHaveLength(8);
    const notices = (await call('GET', '/v1/announcements?status=published', { token: organiser.body.token })).body;
    expect(notices.items.find((n: { title: string }) => n.title === DEMO_NOTICE_TITLE).positionIds).toHaveLength(40);
    const hired = raw.filter((o) => o.positionId);
    expect(hired).toHaveLength(POSITIONS_SEED.accepted);
    expect(hired.every((o) => o.stage === 'offered')).toBe(true);

    // The 2024 people who stayed are looked after, and one of them has requests in every state.
    await expectTalentServiceDemo(organiser.body.token, raw);

    // Next week's recruiting trip: a talk and a fair, each with people registered through the public
    // page, the fair over its seats; each registrant is a lead of their own.
    const trip = (await call('GET', '/v1/trips?limit=100', { token: organiser.body.token })).body.items.find(
      (t: { title: string }) => t.title === DEMO_TRIP_TITLE,
    );
    const events = (await call('GET', `/v1/trips/${trip.tripId}/events`, { token: organiser.body.token })).body.items;
    expect(events.map((e: { kind: string }) => e.kind).sort()).toEqual(['campus_talk', 'job_fair']);
    const fair = events.find((e: { kind: string }) => e.kind === 'job_fair');
    const waiting = (
      await call('GET', `/v1/events/${fair.eventId}/registrations?status=waitlisted`, { token: organiser.body.token })
    ).body.items;
    expect(waiting).toHaveLength(TRIPS_SEED.registrations / 2 - DEMO_FAIR_CAPACITY);
    expect((await call('GET', `/v1/public/events/${fair.eventId}`)).status).toBe(200);
    // The list filters while it reads, so a page may come back short with a cursor to follow.
    const leads: Array<{ eventCount: number }> = [];
    let cursor: string | null = null;
    do {
      const path: string = `/v1/leads?limit=100&q=registrant.${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = (await call('GET', path, { token: organiser.body.token })).body;
      leads.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(leads).toHaveLength(TRIPS_SEED.registrations);
    expect(leads.every((l) => l.eventCount === 1)).toBe(true);
    // Every demo login is a scrypt activation, and a second run reads everything back.
    // Seeding twice writes some 800 transactions; on two busy cores that has taken over four minutes.
    // The bound only stops a hung run; the test waits for the seed itself.
  }, 900_000);
});

describe('running the seed again over real data', () => {
  it("adds nothing to the cohorts and host units an organiser created, even under a demo record's name", async () => {
    // The placement part of the seed (the one that posts projects), after the demo cohort exists.
    const seed: Actor = { userId: 'usr_SYSTEM0000000000000000SEEDB', role: 'organiser', isAdmin: true };
    await seedCohortData(seed, new Map());
    await seedPlacementData(seed, DEMO_PASSWORD);
    const organiser = await newAccount('organiser');
    const token = organiser.token;
    const demoCohortId = (await call('GET', '/v1/cohorts?limit=100', { token })).body.items.find(
      (c: { name: string }) => c.name === DEMO_COHORT_NAME,
    ).cohortId;
    const demoProjects = (await call('GET', `/v1/cohorts/${demoCohortId}/projects?limit=100`, { token })).body.items
      .length;
    expect(demoProjects).toBe(PLACEMENT_SEED.projects);

    // The newest cohort now is the organiser's, and one of their host units has a demo unit's name.
    const own = await call('POST', '/v1/cohorts', {
      token,
      body: {
        name: '2027年真实批次',
        startsOn: '2027-07-01',
        endsOn: '2027-07-31',
        registrationOpensAt: '2027-04-01T09:00:00+08:00',
        registrationClosesAt: '2027-05-31T18:00:00+08:00',
        universities: [],
      },
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const namesake = await call('POST', '/v1/host-units', {
      token,
      body: {
        name: '阿克苏纺织工业城（示范企业）',
        kind: 'enterprise',
        cluster: 'textile_apparel',
        county: 'aksu_city',
        address: '阿克苏市某路1号',
        contact: { name: '真实联系人', phone: '13899009999' },
      },
    });
    expect(namesake.status, JSON.stringify(namesake.body)).toBe(201);

    expect(await seedPlacementData(seed, DEMO_PASSWORD)).toBe(0);
    expect((await call('GET', `/v1/cohorts/${own.body.cohortId}/projects?limit=100`, { token })).body.items).toEqual(
      [],
    );
    expect(
      (await call('GET', `/v1/host-units/${namesake.body.hostUnitId}/projects?limit=100`, { token })).body.items,
    ).toEqual([]);
    expect((await call('GET', `/v1/cohorts/${demoCohortId}/projects?limit=100`, { token })).body.items).toHaveLength(
      demoProjects,
    );
    const mine = await call('GET', `/v1/cohorts/${own.body.cohortId}`, { token });
    expect(mine.body).toMatchObject({ name: '2027年真实批次', status: 'planning', version: own.body.version });
  });
});

describe('bootstrapping a stage', () => {
  it('creates an admin organiser whose invitation code activates the account', async () => {
    const email = `admin.${Date.now()}@example.org`;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/create-admin.ts', '--email', email, '--name', '张管理'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const code = /Invitation code: (\S+)/.exec(run.stdout)?.[1];
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const activated = await call('POST', '/v1/auth/activate', { body: { code, password: 'bootstrap-pass-1' } });
    expect(activated.status).toBe(200);
    expect(activated.body.user).toMatchObject({ email, role: 'organiser', isAdmin: true });
  });

  it('refuses to run without a table or with a bad email', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/create-admin.ts', '--email', 'nope'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage');
  });
});
