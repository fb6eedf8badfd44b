import { PlacementDesk } from './desk.ts';
import { PlacementReads } from './reads.ts';

export * from './placements.schema.ts';
export { scoreMatch, suggestPlacements, WEIGHTS } from './matching.ts';

/** Placements (岗位安排): organisers place, move and assign mentors; others read within their scope. */
export const Placements = { ...PlacementDesk, ...PlacementReads };
