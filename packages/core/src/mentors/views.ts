import type { Page } from '../db/pagination.ts';
import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import { hostUnitsById } from '../host-units/host-units.ts';
import { INDEPENDENT } from './mentor.entity.ts';
import type { MentorView } from './mentors.schema.ts';
import type { MentorRecord } from './records.ts';

/** Mentors with their unit's name and live mentee counts. */
export async function mentorViews(records: MentorRecord[]): Promise<MentorView[]> {
  const ids = [...new Set(records.map((m) => m.mentorId))];
  const loadRows = await batchGet(
    ids.map((mentorId) => ({ mentorId })),
    (keys) => db().service.entities.mentorLoad.get(keys).go(),
  );
  const loads = new Map<string, { maxMentees: number; mentees: number }>(loadRows.map((l) => [l.mentorId, l]));
  const units = await hostUnitsById(records.map((m) => m.affiliation).filter((a) => a !== INDEPENDENT));
  return records.map(({ affiliation, ...m }) => {
    const unit = units.get(affiliation);
    return {
      ...m,
      ...(unit ? { hostUnitId: unit.hostUnitId, hostUnitName: unit.name } : {}),
      maxMentees: loads.get(m.mentorId)?.maxMentees ?? m.maxMentees,
      mentees: loads.get(m.mentorId)?.mentees ?? 0,
    };
  });
}

export async function viewPage(page: Page<MentorRecord>): Promise<Page<MentorView>> {
  return { items: await mentorViews(page.items), nextCursor: page.nextCursor };
}
