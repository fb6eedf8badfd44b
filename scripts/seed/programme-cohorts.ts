import { Cohorts, registerBatch, type Actor, type UniversityView } from '@aksu/core';
import { demoNationalId } from './demo-ids.ts';
import { demoCohorts } from './demo-records.ts';

const DAY = 86_400_000;

/**
 * The summer of the demo's open cohort: the first whose registration (closing 20 July) is at least a
 * month away, so the demo takes registrations whenever it is started. Registration opens on 1 May, or
 * yesterday when the demo starts earlier in the year than that; it closes before the programme starts,
 * as a cohort's registration must close by its last day.
 */
export function demoSummer(now = Date.now()) {
  let year = new Date(now).getUTCFullYear();
  if (Date.parse(`${year}-07-20T18:00:00+08:00`) < now + 30 * DAY) year++;
  return {
    name: `${year}年百名硕博社会实践活动`,
    startsOn: `${year}-08-01`,
    endsOn: `${year}-08-31`,
    registrationOpensAt: new Date(Math.min(Date.parse(`${year}-05-01T09:00:00+08:00`), now - DAY)).toISOString(),
    registrationClosesAt: `${year}-07-20T18:00:00+08:00`,
  };
}

/** Taken once, so that the name a run looks for and the cohort it creates are of the same summer. */
const DEMO_SUMMER = demoSummer();
/** The demo's open cohort, found by the name of its summer. */
export const DEMO_COHORT_NAME = DEMO_SUMMER.name;

/** Quotas of the demo cohort: the region's own and the largest partners send more (about 200 in all). */
const QUOTAS: Record<string, number> = {
  塔里木大学: 15,
  新疆大学: 12,
  石河子大学: 10,
  太原理工大学: 10,
  北京大学: 8,
  清华大学: 8,
};
const DEFAULT_QUOTA = 7;

/** A few students of 北京大学 waiting for review, so the review queue and the coordinator's list are not empty. */
const DEMO_STUDENTS = [
  {
    name: '艾力·买买提',
    birth: '19990307',
    seq: 121,
    degreeLevel: 'master',
    major: '纺织工程',
    discipline: '工学',
    hometown: '新疆阿克苏地区库车市',
    hometownCounty: '库车市',
    fromRegion: true,
  },
  {
    name: '王思远',
    birth: '19980615',
    seq: 233,
    degreeLevel: 'phd',
    major: '化学工程与技术',
    discipline: '工学',
    hometown: '山西太原',
    fromRegion: false,
  },
  {
    name: '古丽娜尔·吐尔逊',
    birth: '20000112',
    seq: 342,
    degreeLevel: 'master',
    major: '植物保护',
    discipline: '农学',
    hometown: '新疆阿克苏地区温宿县',
    hometownCounty: '温宿县',
    fromRegion: true,
  },
  {
    name: '李佳怡',
    birth: '19991101',
    seq: 428,
    degreeLevel: 'master',
    major: '旅游管理',
    discipline: '管理学',
    hometown: '湖北武汉',
    fromRegion: false,
  },
] as const;

/** Records a first run creates: the cohort and its demo registrations. */
export const COHORT_SEED = { cohorts: 1, registrations: DEMO_STUDENTS.length };

/**
 * The open summer cohort with every demo university and its quota, and a few registrations.
 * Idempotent: the cohort by name, students by national ID (a second run's rows come back as
 * duplicates). Its summer is `demoSummer`'s.
 */
export async function seedCohortData(system: Actor, universities: Map<string, UniversityView>): Promise<number> {
  let created = 0;
  let cohort = (await demoCohorts(system)).get(DEMO_COHORT_NAME);
  if (!cohort) {
    const draft = await Cohorts.create(system, {
      ...DEMO_SUMMER,
      description:
        '才聚阿克苏、圆梦在天山：' +
        '硕士、博士研究生到阿克苏地区开展为期一个月的社会实践，' +
        '地区提供生活保障及补贴并安排帮带导师。',
      universities: [...universities.values()].map((u) => ({
        universityId: u.universityId,
        quota: QUOTAS[u.name] ?? DEFAULT_QUOTA,
      })),
    });
    cohort = await Cohorts.transition(system, draft.cohortId, { to: 'registration_open' });
    created++;
  }
  const pku = universities.get('北京大学');
  if (pku && cohort.status === 'registration_open') {
    const outcomes = await registerBatch(
      system,
      cohort.cohortId,
      DEMO_STUDENTS.map((s, i) => ({
        universityId: pku.universityId,
        name: s.name,
        nationalId: demoNationalId('652901', s.birth, s.seq),
        phone: `1390997${String(1000 + i).slice(-4)}`,
        email: `student${i + 1}.pku@example.com`,
        degreeLevel: s.degreeLevel,
        major: s.major,
        discipline: s.discipline,
        studyYear: 2,
        supervisor: '张教授',
        hometown: s.hometown,
        ...('hometownCounty' in s ? { hometownCounty: s.hometownCounty } : {}),
        fromRegion: s.fromRegion,
        emergencyContact: { name: '家长', phone: `1370997${String(2000 + i).slice(-4)}`, relation: '父母' },
        consent: true,
      })),
      { source: 'form' },
    );
    created += outcomes.filter((o) => o.ok).length;
  }
  return created;
}
