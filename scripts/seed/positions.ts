import {
  addDays,
  allPages,
  Announcements,
  CohortRegistrations,
  db,
  Employers,
  localDate,
  Positions,
  type Actor,
  type PositionView,
  type UniversityView,
} from '@aksu/core';
import { FINISHED_COHORT_NAME } from './conversion.ts';
import { demoCohorts, demoHostUnits } from './demo-records.ts';
import { DEMO_INTERN } from './programme-daily.ts';
import { applyOnce } from './positions-applicants.ts';
import {
  CLUSTER_POSTS,
  COUNTIES,
  DEMO_EMPLOYERS,
  DEMO_NOTICE_TITLE,
  INTERN_2024_APPLICATIONS,
  NEWCOMER_APPLICATIONS,
  newcomerName,
  POST_KINDS,
  RUNNING_INTERN_APPLICATION,
} from './positions-plan.ts';

const POSITIONS = CLUSTER_POSTS.reduce((n, c) => n + c.posts.length, 0);
/** Records a first run creates: employers, positions, the notice and the applications. */
export const POSITIONS_SEED = {
  employers: DEMO_EMPLOYERS.length,
  positions: POSITIONS,
  notices: 1,
  applications: INTERN_2024_APPLICATIONS.length + NEWCOMER_APPLICATIONS.length + 1,
  accepted: [...INTERN_2024_APPLICATIONS, ...NEWCOMER_APPLICATIONS].filter((a) => a.to === 'accepted').length,
};

/** The seed's own records only: the first audit entry of each (written with it) names the seed's actor. */
async function createdBySeed(seed: Actor, entityType: string, entityId: string): Promise<boolean> {
  const { data } = await db()
    .service.entities.audit.query.byEntity({ entityType, entityId })
    .go({ count: 1, limit: 1 });
  return data[0]?.actorId === seed.userId;
}

async function ensureEmployers(seed: Actor): Promise<{ ids: string[]; created: number }> {
  const existing = await allPages((page) => Employers.list(seed, page));
  const ids: string[] = [];
  let created = 0;
  for (const [name, sector, county] of DEMO_EMPLOYERS) {
    let own: string | undefined;
    for (const e of existing.filter((e) => e.name === name)) {
      if (await createdBySeed(seed, 'employer', e.employerId)) own = e.employerId;
    }
    if (!own) {
      own = (await Employers.create(seed, { name, sector, county })).employerId;
      created++;
    }
    ids.push(own);
  }
  return { ids, created };
}

/** The notice's 40 positions, published, each at a demo unit of its cluster (or a demo employer). */
async function ensurePositions(
  seed: Actor,
  employerIds: string[],
): Promise<{ positions: PositionView[]; created: number }> {
  const units = [...(await demoHostUnits(seed)).values()];
  const mine = (await allPages((page) => Positions.list(seed, {}, page))).filter((p) => p.createdBy === seed.userId);
  const deadline = addDays(localDate(), 90);
  const positions: PositionView[] = [];
  let created = 0;
  let extra = 0;
  for (const [c, { cluster, sector, posts }] of CLUSTER_POSTS.entries()) {
    const clusterUnits = units.filter((u) => u.cluster === cluster);
    const fallback = employerIds[extra++ % employerIds.length]!;
    for (const [k, [title, degreeLevel, disciplines, majors]] of posts.entries()) {
      const p = c * posts.length + k;
      const unitId = clusterUnits[k % Math.max(1, clusterUnits.length)]?.hostUnitId ?? fallback;
      let position = mine.find((m) => m.title === title && m.unitId === unitId);
      if (!position) {
        const draft = await Positions.create(seed, {
          unitId,
          title,
          sector,
          cluster,
          county: COUNTIES[p % COUNTIES.length]!,
          inHighTechZone: p % 4 === 0,
          degreeLevel,
          disciplines,
          majors,
          headcount: (p % 3) + 2,
          postKind: POST_KINDS[p % POST_KINDS.length]!,
          staffingPool: p % 5 === 0,
          salaryBand: {
            minFen: (6_000 + (p % 5) * 1_000) * 100,
            maxFen: (10_000 + (p % 5) * 2_000) * 100,
            per: 'month',
          },
          benefits: '提供人才公寓或周转房，按政策享受购房补助和生活补贴。',
          description: `${sector}领域${title}，参与单位重点项目建设。`,
          deadline,
          contact: { name: '人力资源部', phone: `0997-21${String(p).padStart(5, '0')}` },
        });
        position = await Positions.transition(seed, draft.positionId, { to: 'published', version: draft.version });
        created++;
      }
      positions.push(position);
    }
  }
  return { positions, created };
}

async function ensureNotice(seed: Actor, positionIds: string[]): Promise<number> {
  const notices = await allPages((page) => Announcements.list(seed, {}, page));
  for (const n of notices.filter((n) => n.title === DEMO_NOTICE_TITLE)) {
    if (await createdBySeed(seed, 'announcement', n.announcementId)) return 0;
  }
  const draft = await Announcements.create(seed, {
    title: DEMO_NOTICE_TITLE,
    body:
      '为深入实施人才强区战略，阿克苏地区面向全国引进高层次和急需紧缺人才。岗位覆盖八大产业集群，' +
      '入选者按政策享受购房补助、生活补贴和编制周转池保障。报名截止前可在线提交简历。',
    positionIds,
  });
  await Announcements.transition(seed, draft.announcementId, { to: 'published', version: draft.version });
  return 1;
}

/**
 * The demo recruitment: two employers for the clusters the demo host units leave out, a published
 * notice of 40 positions over the eight clusters, and applications through the same functions as
 * the public form and the organisers' screening, so the counters, leads and outcomes hold together:
 * interns of the finished 2024 cohort (six of them hired, which moves their outcomes to offered with
 * the position and unit), the running cohort's intern, and newcomers who become leads. Idempotent:
 * each record is looked up first (the seed's own employers, positions and notice; an application by
 * its position and email).
 */
export async function seedPositions(seed: Actor, universities: Map<string, UniversityView>): Promise<number> {
  const employers = await ensureEmployers(seed);
  const { positions, created: newPositions } = await ensurePositions(seed, employers.ids);
  let created = employers.created + newPositions;
  created += await ensureNotice(
    seed,
    positions.map((p) => p.positionId),
  );
  const graduationYear = Number(localDate().slice(0, 4));
  const uniName = new Map([...universities.values()].map((u) => [u.universityId, u.name]));

  const finished = (await demoCohorts(seed)).get(FINISHED_COHORT_NAME);
  if (finished) {
    // In registration order, as the conversion seed reads them: those it left without a stage (i % 20 > 10).
    const registrations = (
      await allPages((page) => CohortRegistrations.list(seed, finished.cohortId, {}, page))
    ).filter((_, i) => i % 20 > 10);
    for (const [k, plan] of INTERN_2024_APPLICATIONS.entries()) {
      const r = registrations[k];
      if (!r) break;
      const person = {
        name: r.name,
        phone: r.phone,
        email: r.email,
        degreeLevel: r.degreeLevel,
        universityName: uniName.get(r.universityId) ?? '新疆大学',
        discipline: r.major,
        graduationYear,
      };
      created += await applyOnce(seed, positions[plan.position]!, person, plan.to, `seed-2024-${k}`);
    }
  }

  const { data: guard } = await db().service.entities.unique.get({ kind: 'email', value: DEMO_INTERN }).go();
  const { data: account } = guard
    ? await db().service.entities.user.get({ userId: guard.ownerId }).go()
    : { data: null };
  const { data: intern } = account?.internId
    ? await db().service.entities.cohortRegistration.get({ registrationId: account.internId }).go()
    : { data: null };
  if (intern) {
    const person = {
      name: intern.name,
      phone: intern.phone,
      email: DEMO_INTERN,
      degreeLevel: intern.degreeLevel,
      universityName: uniName.get(intern.universityId) ?? '新疆大学',
      discipline: intern.major,
      graduationYear,
    };
    const { position, to } = RUNNING_INTERN_APPLICATION;
    created += await applyOnce(seed, positions[position]!, person, to, 'seed-intern');
  }

  for (const [i, plan] of NEWCOMER_APPLICATIONS.entries()) {
    const person = {
      name: newcomerName(i),
      phone: `1390997${String(i).padStart(4, '0')}`,
      email: `applicant.${i}@example.com`,
      degreeLevel: (['master', 'phd', 'bachelor'] as const)[i % 3]!,
      universityName: [...uniName.values()][i % Math.max(1, uniName.size)] ?? '新疆大学',
      discipline: CLUSTER_POSTS[Math.floor(plan.position / 5)]!.sector,
      graduationYear,
    };
    created += await applyOnce(seed, positions[plan.position]!, person, plan.to, `seed-new-${i}`);
  }
  return created;
}
