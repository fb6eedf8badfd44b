import { Announcements, Employers, Positions, type CreatePositionInput } from '@aksu/core';
import { SYSTEM } from './accounts.ts';

/** A complete position body for a unit: an office line as contact, since the public page shows it. */
export function positionBody(unitId: string, overrides: Partial<CreatePositionInput> = {}): CreatePositionInput {
  return {
    unitId,
    title: '临床医师',
    sector: '医疗卫生',
    cluster: 'digital_economy',
    county: 'aksu_city',
    degreeLevel: 'master',
    disciplines: ['医学'],
    majors: ['临床医学'],
    headcount: 3,
    postKind: 'career_establishment',
    staffingPool: true,
    salaryBand: { minFen: 8_000_00, maxFen: 12_000_00, per: 'month' },
    benefits: '提供周转房',
    deadline: '2099-12-31',
    contact: { name: '人事科', phone: '0997-2123456', email: 'hr@example.org' },
    ...overrides,
  };
}

export function newEmployer(overrides: { name?: string; sector?: string; county?: 'kuqa' | 'wensu' } = {}) {
  return Employers.create(SYSTEM, { name: '阿克苏地区第一人民医院', sector: '医疗卫生', county: 'kuqa', ...overrides });
}

/** A position of the unit, published unless `draft`. */
export async function newPosition(
  unitId: string,
  overrides: Partial<CreatePositionInput> = {},
  { draft = false }: { draft?: boolean } = {},
) {
  const position = await Positions.create(SYSTEM, positionBody(unitId, overrides));
  if (draft) return position;
  return Positions.transition(SYSTEM, position.positionId, { to: 'published', version: position.version });
}

/** A notice of the positions, published unless `draft` (then at least one of them must be published). */
export async function newAnnouncement(positionIds: string[], { draft = false }: { draft?: boolean } = {}) {
  const announcement = await Announcements.create(SYSTEM, { title: '2026年引才公告', body: '公告正文', positionIds });
  if (draft) return announcement;
  return Announcements.transition(SYSTEM, announcement.announcementId, {
    to: 'published',
    version: announcement.version,
  });
}
