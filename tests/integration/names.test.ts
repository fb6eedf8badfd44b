import { beforeAll, describe, expect, it } from 'vitest';
import { Cohorts, HostUnits, Mentors, Projects, Trips, Universities, Events } from '@aksu/core';
import { newAccount, newUniversity, SYSTEM, uniqueSuffix, type Account } from '../support/accounts.ts';
import { openCohort, studentBody } from '../support/cohorts.ts';
import { newEvent, newTrip, person } from '../support/events.ts';
import { call } from '../support/http.ts';
import { newHostUnit, newMentor, newProject } from '../support/programme.ts';

/**
 * Names reach lists, letters, exports and other people's screens: a right-to-left override or a
 * zero-width character typed into one must never be stored.
 */
const RLO = '\u202E';
const HIDDEN = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  RLO,
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
];
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
/** `name` with every hidden character spliced in after the first letter, and spaces around. */
const tainted = (name: string) => `  ${name.slice(0, 1)}${HIDDEN.join('')}${name.slice(1)}  `;

let organiser: Account;
let coordinator: Account;
let universityId: string;

beforeAll(async () => {
  organiser = await newAccount('organiser');
  universityId = (await newUniversity()).universityId;
  coordinator = await newAccount('coordinator', { universityId });
});

describe('names are stored without bidirectional controls or zero-width characters', () => {
  it('from the public registration form', async () => {
    const event = await newEvent(await newTrip([universityId]));
    const name = `王小明${uniqueSuffix()}`;
    const body = person({ name: tainted(name), universityName: tainted('新疆  大学') });
    const res = await call('POST', `/v1/public/events/${event.eventId}/registrations`, { body });
    expect(res.status).toBe(201);
    const list = await call('GET', `/v1/events/${event.eventId}/registrations?limit=10`, { token: organiser.token });
    expect(list.body.items[0]).toMatchObject({ name, universityName: '新疆 大学' });
    const lead = await call('GET', `/v1/leads?q=${encodeURIComponent(body.email)}`, { token: organiser.token });
    expect(lead.body.items[0]).toMatchObject({ name, universityName: '新疆 大学' });
  });

  it("from a coordinator's registration form, the student's, supervisor's and contact's names", async () => {
    const cohort = await openCohort([{ universityId, quota: 5 }]);
    const name = `李雷${uniqueSuffix()}`;
    const body = studentBody({
      name: tainted(name),
      supervisor: tainted('王教授'),
      emergencyContact: { name: tainted('李父'), phone: '13700002222' },
    });
    const res = await call('POST', `/v1/cohorts/${cohort.cohortId}/registrations`, { token: coordinator.token, body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name, supervisor: '王教授' });
    expect(JSON.stringify(res.body)).not.toMatch(INVISIBLE);
  });

  it('for universities, host units, events, trips, cohorts, projects and mentors', async () => {
    const universityName = `塔里木大学${uniqueSuffix()}`;
    const university = await Universities.create(SYSTEM, {
      name: tainted(universityName),
      city: '阿拉尔',
      province: '新疆',
    });
    const trip = await newTrip([university.universityId], { title: tainted('北京 考察宣介') });
    const event = await newEvent(trip, { title: tainted('才聚阿克苏宣讲会') });
    const unit = await newHostUnit({
      name: tainted('阿克苏纺织工业城'),
      contact: { name: tainted('张经理'), phone: '13700003333' },
    });
    const cohort = await openCohort([{ universityId: university.universityId, quota: 1 }], {
      name: tainted('百名硕博社会实践'),
    });
    const project = await newProject(unit.hostUnitId, cohort.cohortId, {
      title: tainted('纺织工艺优化'),
      supervisor: { name: tainted('王工'), title: '工程师' },
    });
    const { mentor } = await newMentor(unit.hostUnitId, { name: tainted('马建国') });
    const stored = [
      await Universities.get(SYSTEM, university.universityId),
      await Trips.get(SYSTEM, trip.tripId),
      await Events.get(SYSTEM, event.eventId),
      await HostUnits.get(SYSTEM, unit.hostUnitId),
      await Cohorts.get(SYSTEM, cohort.cohortId),
      await Projects.get(SYSTEM, project.projectId),
      await Mentors.get(SYSTEM, mentor.mentorId),
    ];
    for (const record of stored) expect(JSON.stringify(record)).not.toMatch(INVISIBLE);
    expect(stored.map((r: any) => r.name ?? r.title)).toEqual([
      universityName,
      '北京 考察宣介',
      '才聚阿克苏宣讲会',
      '阿克苏纺织工业城',
      '百名硕博社会实践',
      '纺织工艺优化',
      '马建国',
    ]);
  });

  it('refuses a name that is nothing but invisible characters', async () => {
    const event = await newEvent(await newTrip([universityId]));
    const res = await call('POST', `/v1/public/events/${event.eventId}/registrations`, {
      body: person({ name: `${RLO}\u200B ` }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.path)).toContain('name');
  });
});
