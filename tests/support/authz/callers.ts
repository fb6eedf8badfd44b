import type { Target } from './expectations.ts';
import type { Caller, World } from './fixtures.ts';

/**
 * The answers most routes give by who calls, shared by every expectations file so a change of who
 * counts as an organiser is made once. Anonymous callers always get 401 before any role check.
 */
export const isOrganiser = (caller: Caller) => caller === 'organiser' || caller === 'organiserPlain';

/** Both organiser accounts (the admin and the plain one) get `ok`; every other role 403. */
export const organisersOnly = (ok: number) => (caller: Caller) =>
  caller === 'anonymous' ? 401 : isOrganiser(caller) ? ok : 403;

/** Only the admin organiser gets `ok`: account creation and other admin work. */
export const adminOnly = (ok: number) => (caller: Caller) =>
  caller === 'anonymous' ? 401 : caller === 'organiser' ? ok : 403;

export const anyoneSignedIn = (ok: number) => (caller: Caller) => (caller === 'anonymous' ? 401 : ok);

/** University A and B as seen by each caller: a coordinator's other university does not exist for them. */
export function universityAccess(ok: number) {
  return (caller: Caller, target: Target) => {
    if (caller === 'anonymous') return 401;
    if (isOrganiser(caller)) return ok;
    if (caller === 'coordinatorA') return target === 'universityA' ? ok : 404;
    if (caller === 'coordinatorB') return target === 'universityB' ? ok : 404;
    return 403;
  };
}

export const uniId = (world: World, target: Target) =>
  (target === 'universityA' ? world.uniA : world.uniB).universityId;
export const partnershipId = (world: World, target: Target) =>
  (target === 'universityA' ? world.partnershipA : world.partnershipB).partnershipId;
export const organisersAndCoordinators = (ok: number) => (caller: Caller) =>
  caller === 'anonymous' ? 401 : isOrganiser(caller) || caller.startsWith('coordinator') ? ok : 403;
export const BOTH: Target[] = ['universityA', 'universityB'];
export const eventOf = (world: World, target: Target) => (target === 'universityA' ? world.eventA : world.eventB);

/** The programme world's interns: `self` is the mentee of the world's mentor, `other` university B's intern. */
export const SELF_OTHER: Target[] = ['self', 'other'];
export const internOf = (world: World, target: Target) =>
  target === 'self' ? world.programme.mentee : world.programme.otherIntern;

/** Writes only the intern does, on themselves. */
export const internWrites = (ok: number) => (caller: Caller, target: Target) =>
  caller === 'anonymous'
    ? 401
    : caller === 'intern'
      ? target === 'self'
        ? ok
        : 404
      : caller === 'otherIntern'
        ? 404
        : 403;

/**
 * Positions and their applications: organisers any unit's; the reviewer its own unit's (`self`), and
 * another unit's does not exist for it (404); every other role 403.
 */
export const unitScoped = (ok: number) => (caller: Caller, target: Target) =>
  caller === 'anonymous'
    ? 401
    : isOrganiser(caller)
      ? ok
      : caller === 'reviewer'
        ? target === 'self'
          ? ok
          : 404
        : 403;
