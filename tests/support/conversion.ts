import { addYears, localDate } from '@aksu/core';
import { newAccount } from './accounts.ts';

/** The token of a signed-in intern or mentor account (it carries `internId`/`mentorId`). */
export const roleToken = async (
  role: 'intern' | 'mentor',
  ids: { internId?: string; universityId?: string; mentorId?: string } = {},
) => (await newAccount(role, ids)).token;

/** Today in the programme's time zone shifted by whole years: anniversaries stay inside the forecast window. */
export const yearsFromToday = (years: number) => addYears(localDate(), years);

export const POLICY_AMOUNTS = {
  senior: { prefecture: 500_000_00, highTechZone: 700_000_00 },
  master: { prefecture: 400_000_00, highTechZone: 400_000_00 },
  bachelor: { prefecture: null, highTechZone: 100_000_00 },
};
