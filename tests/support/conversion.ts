import { addYears, createInvitedAccount, localDate, Users } from '@aksu/core';
import { PASSWORD, SYSTEM, uniqueEmail } from './accounts.ts';

/** A signed-in account of an intern or mentor role (the token carries `internId`/`mentorId`). */
export async function roleToken(role: 'intern' | 'mentor', ids: { internId?: string; universityId?: string; mentorId?: string } = {}) {
  const { invitationCode } = await createInvitedAccount(SYSTEM, { email: uniqueEmail(role), name: `测试${role}`, role, ...ids });
  return (await Users.activate({ code: invitationCode, password: PASSWORD }, process.env.JWT_SECRET!)).token;
}

/** Today in the programme's time zone shifted by whole years: anniversaries stay inside the forecast window. */
export const yearsFromToday = (years: number) => addYears(localDate(), years);

export const POLICY_AMOUNTS = {
  senior: { prefecture: 500_000_00, highTechZone: 700_000_00 },
  master: { prefecture: 400_000_00, highTechZone: 400_000_00 },
  bachelor: { prefecture: null, highTechZone: 100_000_00 },
};
