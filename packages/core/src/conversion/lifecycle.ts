import { DomainError } from '../errors.ts';

export const MAIN_LINE = [
  'none',
  'interested',
  'applied',
  'offered',
  'agreement_signed',
  'onboarded',
  'retained',
] as const;
export type OutcomeStage = (typeof MAIN_LINE)[number] | 'declined' | 'left';

/**
 * Allowed moves. Forward along the main line up to onboarding, skipping stages when a step happened
 * without being recorded (an intern offered a post straight away); `retained` only after onboarding;
 * `declined` before onboarding, `left` after. Declined and left are final: a person who comes back
 * is a new outcome story told by a new stage record, not by undoing the old one.
 */
export function allowedTransitions(from: OutcomeStage): OutcomeStage[] {
  if (from === 'declined' || from === 'left') return [];
  if (from === 'onboarded') return ['retained', 'left'];
  if (from === 'retained') return ['left'];
  const at = MAIN_LINE.indexOf(from);
  return [...MAIN_LINE.slice(at + 1, MAIN_LINE.indexOf('onboarded') + 1), 'declined'];
}

export function transitionError(from: OutcomeStage, to: OutcomeStage): DomainError | null {
  const allowed = allowedTransitions(from);
  if (allowed.includes(to)) return null;
  return new DomainError('invalid_transition', `An outcome at stage ${from} cannot move to ${to}`, {
    from,
    to,
    allowed,
  });
}

/** The main-line stages a move reaches for the first time (skipped ones included), for the funnel. */
export function newlyReached(reached: readonly string[], to: OutcomeStage): OutcomeStage[] {
  const at = MAIN_LINE.indexOf(to as (typeof MAIN_LINE)[number]);
  if (at < 0) return [];
  return MAIN_LINE.slice(1, at + 1).filter((s) => !reached.includes(s));
}

/** The counter field each reached stage moves. */
export const STAGE_FIELD = {
  interested: 'interested',
  applied: 'applied',
  offered: 'offered',
  agreement_signed: 'signed',
  onboarded: 'onboarded',
  retained: 'retained',
  declined: 'declined',
  left: 'left',
} as const;

/** Whether a person counts as still employed in the region (for the subsidy liability). */
export const inService = (stage: OutcomeStage) => stage === 'onboarded' || stage === 'retained';
