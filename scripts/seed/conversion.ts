import {
  allPages,
  CohortRegistrations,
  Cohorts,
  Conversion,
  Placements,
  Projects,
  registerBatch,
  SubsidyPolicies,
  type Actor,
  type UniversityView,
} from '@aksu/core';
import { demoCohorts, demoHostUnits } from './demo-records.ts';
import { conversionBirth, demoInternName, EMPLOYERS, FIELDS, planOf } from './conversion-people.ts';
import { demoNationalId } from './demo-ids.ts';

export const FINISHED_COHORT_NAME = '2024年百名硕博社会实践活动';
const INTERNS = 196;

/**
 * Records a first run creates: the policy version, the cohort, its registrations and the outcomes that moved (11 of
 * every 20).
 */
export const CONVERSION_SEED = { policies: 1, cohorts: 1, registrations: INTERNS, outcomesMoved: 110 };

async function runLimited<T>(items: T[], limit: number, run: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      for (let i = next++; i < items.length; i = next++) await run(items[i]!, i);
    }),
  );
}

/** The prefecture's housing subsidy table (amounts by degree and zone) as the first policy version. */
async function seedPolicy(system: Actor): Promise<number> {
  const { items } = await SubsidyPolicies.list(system);
  if (items.length > 0) return 0;
  await SubsidyPolicies.create(system, {
    name: '阿克苏地区高层次人才购房补助（2023年版）',
    effectiveFrom: '2023-01-01',
    yearsRequired: 5,
    amounts: {
      senior: { prefecture: 500_000_00, highTechZone: 700_000_00 },
      master: { prefecture: 400_000_00, highTechZone: 400_000_00 },
      bachelor: { prefecture: null, highTechZone: 100_000_00 },
    },
  });
  return 1;
}

/**
 * The finished 2024 cohort: 196 interns from the 26 universities, registered, accepted and placed
 * through the programme's functions, then their outcomes written through the conversion functions
 * so every counter is the one the transactions keep. Idempotent: the cohort by name, each step only
 * when its record is not there yet.
 */
export async function seedConversionData(system: Actor, universities: Map<string, UniversityView>): Promise<number> {
  let created = await seedPolicy(system);
  const unis = [...universities.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  if (unis.length === 0) return created;
  // The interns shared out as evenly as the universities allow: each one's quota and its rows.
  const share = (i: number) => Math.floor(INTERNS / unis.length) + (i < INTERNS % unis.length ? 1 : 0);
  let cohort = (await demoCohorts(system)).get(FINISHED_COHORT_NAME);
  if (!cohort) {
    const draft = await Cohorts.create(system, {
      name: FINISHED_COHORT_NAME,
      startsOn: '2024-07-10',
      endsOn: '2024-08-09',
      registrationOpensAt: '2024-05-06T09:00:00+08:00',
      registrationClosesAt: '2024-06-20T18:00:00+08:00',
      description: '2024年“才聚阿克苏”百名硕博社会实践活动，已圆满结束。',
      universities: unis.map((u, i) => ({ universityId: u.universityId, quota: share(i) })),
    });
    cohort = await Cohorts.transition(system, draft.cohortId, { to: 'registration_open' });
    created++;
  }
  const cohortId = cohort.cohortId;

  if (cohort.status === 'registration_open') {
    const rows = unis.flatMap((u, ui) =>
      Array.from({ length: share(ui) }, (_, k) => {
        const i = ui * 10 + k;
        const [major, discipline] = FIELDS[i % FIELDS.length]!;
        const fromRegion = i % 7 === 0;
        return {
          universityId: u.universityId,
          name: demoInternName(i, fromRegion),
          nationalId: demoNationalId('652922', conversionBirth(i), 500 + i),
          phone: `1360997${String(i).padStart(4, '0')}`,
          email: `intern2024.${i}@example.com`,
          degreeLevel: i % 5 === 0 ? 'phd' : 'master',
          major,
          discipline,
          studyYear: 2,
          supervisor: '导师',
          hometown: fromRegion ? '新疆阿克苏地区' : (u.province ?? '北京'),
          fromRegion,
          emergencyContact: { name: '家长', phone: `1370998${String(i).padStart(4, '0')}`, relation: '父母' },
          consent: true,
        };
      }),
    );
    // One batch: registerBatch fills its transactions itself and reads the cohort once for all rows.
    created += (await registerBatch(system, cohortId, rows, { source: 'form' })).filter((o) => o.ok).length;
    cohort = await Cohorts.transition(system, cohortId, { to: 'review' });
  }
  if (cohort.status === 'review') {
    const submitted = await allPages((page) =>
      CohortRegistrations.list(system, cohortId, { status: 'submitted' }, page),
    );
    for (let i = 0; i < submitted.length; i += 100) {
      await CohortRegistrations.decide(system, cohortId, {
        registrationIds: submitted.slice(i, i + 100).map((r) => r.registrationId),
        decision: 'accepted',
      });
    }
    cohort = await Cohorts.transition(system, cohortId, { to: 'running' });
  }
  if (cohort.status === 'running') {
    // Only the seed's own units post the finished cohort's projects.
    const units = [...(await demoHostUnits(system)).values()];
    const unplaced = (await Placements.unplaced(system, cohortId)).items;
    if (units.length > 0 && unplaced.length > 0) {
      const seats = Math.ceil(unplaced.length / units.length);
      const projects: Array<{ projectId: string }> = [];
      for (const unit of units) {
        projects.push(
          await Projects.create(system, unit.hostUnitId, {
            cohortId,
            title: `${unit.name}2024年实践项目`,
            description: '2024年社会实践岗位：参与单位重点工作并完成一项实践课题。',
            seats,
            supervisor: { name: unit.contact.name, title: unit.contact.title ?? '负责人' },
          }),
        );
      }
      // One writer per project: placements into the same project would contend for its seat counter.
      await runLimited(projects, 4, async (project, p) => {
        for (let i = p; i < unplaced.length; i += projects.length) {
          await Placements.place(system, cohortId, {
            registrationId: unplaced[i]!.registrationId,
            projectId: project.projectId,
          });
        }
      });
    }
    cohort = await Cohorts.transition(system, cohortId, { to: 'closed' });
  }

  await Conversion.openCohort(system, cohortId);
  const outcomes = await allPages((page) => Conversion.list(system, { cohortId }, page));
  const order = new Map(
    (await allPages((page) => CohortRegistrations.list(system, cohortId, {}, page))).map(
      (r, i) => [r.registrationId, i] as const,
    ),
  );
  // Four at a time: each step moves the funnel totals, which are spread over shards, so four writers
  // rarely meet on one item (and a conflict is retried by the transaction).
  await runLimited(outcomes, 4, async (outcome) => {
    if (outcome.stage !== 'none') return;
    const i = order.get(outcome.subjectId) ?? 0;
    const plan = planOf(i);
    if (plan.stage === 'none') return;
    const [employer, employmentKind, post] = EMPLOYERS[i % EMPLOYERS.length]!;
    let current = outcome;
    const step = async (
      to: Parameters<typeof Conversion.transition>[2]['to'],
      on: string,
      extra: Record<string, unknown> = {},
    ) => {
      current = await Conversion.transition(system, outcome.outcomeId, { to, on, version: current.version, ...extra });
    };
    if (plan.stage === 'declined') {
      await step('offered', '2025-03-01', { employer, post, employmentKind });
      await step('declined', '2025-04-01', { reason: '选择回生源地就业' });
    } else if (plan.stage === 'onboarded') {
      const signedOn = plan.onboardedOn < '2025-01-01' ? '2024-06-20' : '2025-05-20';
      await step('agreement_signed', signedOn, {
        employer,
        post,
        employmentKind,
        agreementConfirmedOn: signedOn.replace(/-20$/, '-28'),
      });
      await step('onboarded', plan.onboardedOn, { employer, post, employmentKind, inHighTechZone: i % 3 === 0 });
      await Conversion.confirmRetention(system, outcome.outcomeId, {
        year: 1,
        confirmedOn: plan.confirmOn,
        stillEmployed: plan.stays,
        employer: plan.stays ? employer : '已离开本地区',
        proofReference: `AKS-SB-${String(i).padStart(5, '0')}`,
        ...(plan.stays && i % 4 === 0 ? { homeBoughtOn: plan.confirmOn } : {}),
      });
    } else if (plan.stage === 'agreement_signed') {
      await step('agreement_signed', '2025-05-20', {
        employer,
        post,
        employmentKind,
        agreementConfirmedOn: '2025-05-28',
      });
    } else {
      await step(plan.stage, '2025-04-15', plan.stage === 'offered' ? { employer, post, employmentKind } : {});
    }
    created++;
  });
  return created;
}
