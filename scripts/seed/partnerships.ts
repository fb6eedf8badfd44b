import { addDays, allPages, localDate, Partnerships, type Actor, type UniversityView } from '@aksu/core';

type Demo = {
  slug: string;
  title: string;
  type: 'strategic_cooperation' | 'campus_recruitment' | 'practice_base';
  signedDaysAgo: number;
  expiresInDays: number;
};

/**
 * Agreements dated from today, so the reminder digest a fresh `pnpm dev` records at start has one of
 * each kind to show: one ending within 60 days, one past its end date while still active, one with
 * no activity for over 90 days, and one that needs nothing.
 */
const DEMO_PARTNERSHIPS: Demo[] = [
  { slug: 'pku', title: '北京大学研究生实践基地协议', type: 'practice_base', signedDaysAgo: 60, expiresInDays: 30 },
  {
    slug: 'tsinghua',
    title: '清华大学校园招聘合作协议',
    type: 'campus_recruitment',
    signedDaysAgo: 3 * 365,
    expiresInDays: -10,
  },
  {
    slug: 'bnu',
    title: '北京师范大学战略合作框架协议',
    type: 'strategic_cooperation',
    signedDaysAgo: 200,
    expiresInDays: 2 * 365,
  },
  { slug: 'tyut', title: '太原理工大学实践基地协议', type: 'practice_base', signedDaysAgo: 30, expiresInDays: 3 * 365 },
];

export const PARTNERSHIP_SEED = { partnerships: DEMO_PARTNERSHIPS.length };

/** Creates each demo agreement unless its university already has one of that title. */
export async function seedPartnerships(
  system: Actor,
  universities: Map<string, UniversityView>,
  slugs: Map<string, string>,
): Promise<number> {
  const today = localDate();
  let created = 0;
  for (const demo of DEMO_PARTNERSHIPS) {
    const university = universities.get(slugs.get(demo.slug) ?? '');
    if (!university) continue;
    const existing = await allPages((page) =>
      Partnerships.list(system, { universityId: university.universityId }, page),
    );
    if (existing.some((p) => p.title === demo.title)) continue;
    await Partnerships.create(system, {
      universityId: university.universityId,
      title: demo.title,
      type: demo.type,
      status: 'active',
      signedOn: addDays(today, -demo.signedDaysAgo),
      expiresOn: addDays(today, demo.expiresInDays),
    });
    created++;
  }
  return created;
}
