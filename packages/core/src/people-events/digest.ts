import type { ReviewedDecision } from './events.ts';

/** A review request's decisions split by university, each list in the order of the request. */
export function decisionsByUniversity(decisions: ReviewedDecision[]): Map<string, ReviewedDecision[]> {
  const groups = new Map<string, ReviewedDecision[]>();
  for (const decision of decisions) {
    const group = groups.get(decision.universityId);
    if (group) group.push(decision);
    else groups.set(decision.universityId, [decision]);
  }
  return groups;
}
