import { addYears, localDate } from '@aksu/core';
import { newAccount } from './accounts.ts';
import { call } from './http.ts';

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

/**
 * The outcome calls the conversion tests make, as the organiser whose token `token()` gives (read
 * when called, as the account is made in a beforeAll): open an outcome, step it, onboard it.
 */
export function outcomeCalls(token: () => string) {
  const as = (method: string, path: string, body?: unknown, asToken = token()) =>
    call(method, path, { token: asToken, body });
  const open = async (registrationId: string) => (await as('POST', '/v1/outcomes', { registrationId })).body;
  async function step(outcomeId: string, to: string, extra: Record<string, unknown> = {}) {
    const current = (await as('GET', `/v1/outcomes/${outcomeId}`)).body;
    return as('POST', `/v1/outcomes/${outcomeId}/transitions`, {
      to,
      on: '2025-07-01',
      version: current.version,
      ...extra,
    });
  }
  const onboard = (outcomeId: string, on = '2025-07-10', extra: Record<string, unknown> = {}) =>
    step(outcomeId, 'onboarded', {
      on,
      employer: '阿克苏地区第一人民医院',
      post: '医师',
      employmentKind: 'public_institution',
      ...extra,
    });
  return { as, open, step, onboard };
}
