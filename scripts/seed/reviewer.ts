import { allPages, createInvitedAccount, Employers, Positions, type Actor } from '@aksu/core';
import { createActiveLogin } from './active-login.ts';
import { DEMO_EMPLOYERS } from './positions-plan.ts';

export const DEMO_REVIEWER = 'reviewer@example.com';
/** Records a first run creates: the reviewer's account. */
export const REVIEWER_SEED = { accounts: 1 };

/**
 * The reviewer of the first demo employer, to show what a unit sees: its positions in the demo notice
 * and their applications, nothing of another unit. After the positions: the employer is theirs (an
 * organiser's namesake employer has no demo positions, so it is passed over).
 */
export async function seedReviewer(seed: Actor, password: string): Promise<number> {
  const [name] = DEMO_EMPLOYERS[0]!;
  const namesakes = (await allPages((page) => Employers.list(seed, page))).filter((e) => e.name === name);
  for (const employer of namesakes) {
    const { items } = await Positions.list(seed, { unitId: employer.employerId }, { limit: 1 });
    if (!items.length) continue;
    const account = await createActiveLogin(
      () =>
        createInvitedAccount(seed, {
          email: DEMO_REVIEWER,
          name: '物流园区人事评审',
          role: 'reviewer',
          unitId: employer.employerId,
        }),
      password,
    );
    return account === 'created' ? 1 : 0;
  }
  return 0;
}
