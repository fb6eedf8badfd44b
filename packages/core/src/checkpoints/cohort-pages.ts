import { db } from '../db/service.ts';
import { freshCheckpoint, readCheckpoint, saveCheckpoint } from './index.ts';

const PAGE = 100;

/** What a pass reads of each placement; enough for both the absentee job and the reminders. */
export interface PlacementRow {
  registrationId: string;
  universityId: string;
  hostUnitId: string;
  mentorKey: string;
  startDate: string;
  endDate: string;
}

export interface CohortDayPass {
  /** The job's name: checkpoints of different jobs over the same day never mix. */
  job: string;
  cohortId: string;
  date: string;
  at: Date;
  /** Placements this invocation may still read, and the clock time it must stop by. */
  limit: { items: number; until: number };
  /** Handles one page; returns how many records it changed (marked, reminded). */
  onPage(rows: PlacementRow[]): Promise<number>;
}

/**
 * One invocation's share of a pass over a cohort day's placements: from the day's checkpoint, a
 * page at a time, saving the cursor after every page, until the pass is done or the limit is
 * reached. A crash loses at most one page of progress and the page handlers are idempotent, so
 * repeating a page changes nothing twice. A pass already done costs one checkpoint read.
 */
export async function passOverCohortDay(
  pass: CohortDayPass,
): Promise<{ done: boolean; scanned: number; changed: number; started: boolean }> {
  const scope = `${pass.cohortId}#${pass.date}`;
  const checkpoint = (await readCheckpoint(pass.job, scope)) ?? freshCheckpoint(pass.job, scope, pass.at);
  if (checkpoint.done) return { done: true, scanned: 0, changed: 0, started: false };
  checkpoint.invocations++;
  let cursor: string | null = checkpoint.cursor ?? null;
  let scanned = 0;
  let changed = 0;
  while (scanned < pass.limit.items && Date.now() < pass.limit.until) {
    const page: { data: PlacementRow[]; cursor: string | null } = await db()
      .service.entities.placement.query.byCohort({ cohortId: pass.cohortId })
      .go({ cursor, count: Math.min(PAGE, pass.limit.items - scanned) });
    cursor = page.cursor;
    scanned += page.data.length;
    const pageChanged = await pass.onPage(page.data);
    changed += pageChanged;
    checkpoint.scanned += page.data.length;
    checkpoint.changed += pageChanged;
    checkpoint.cursor = cursor ?? undefined;
    checkpoint.done = !cursor;
    await saveCheckpoint(checkpoint, pass.at);
    if (!cursor) break;
  }
  return { done: checkpoint.done, scanned, changed, started: true };
}
