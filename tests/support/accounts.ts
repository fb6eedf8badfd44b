import { randomUUID } from 'node:crypto';
import { createInvitedAccount, Universities, Users, type Actor, type UniversityView, type UserView } from '@aksu/core';

/** The actor tests use to set up data; audit entries name it. */
export const SYSTEM: Actor = { userId: 'usr_SYSTEM0000000000000000000TEST', role: 'organiser', isAdmin: true };
export const PASSWORD = 'correct-horse-42';

export const uniqueSuffix = () => randomUUID().slice(0, 8);
export const uniqueEmail = (prefix = 'person') => `${prefix}.${uniqueSuffix()}@example.com`;

export interface Account {
  token: string;
  user: UserView;
  email: string;
}

const NAMES = {
  organiser: '测试专员',
  coordinator: '测试联络员',
  intern: '测试实习生',
  mentor: '测试导师',
  reviewer: '测试评审人',
  contact: '测试联系领导',
  talent: '测试服务对象',
} as const;

/**
 * An active account of the given role, signed in (an intern's or mentor's token carries
 * `internId`/`mentorId`, a reviewer's its `unitId`).
 */
export async function newAccount(
  role: keyof typeof NAMES,
  options: {
    universityId?: string;
    isAdmin?: boolean;
    email?: string;
    internId?: string;
    mentorId?: string;
    unitId?: string;
    outcomeId?: string;
  } = {},
): Promise<Account> {
  const email = options.email ?? uniqueEmail(role);
  const { invitationCode } = await createInvitedAccount(SYSTEM, {
    email,
    name: NAMES[role],
    role,
    universityId: options.universityId,
    isAdmin: options.isAdmin,
    internId: options.internId,
    mentorId: options.mentorId,
    unitId: options.unitId,
    outcomeId: options.outcomeId,
  });
  const session = await Users.activate({ code: invitationCode, password: PASSWORD }, process.env.JWT_SECRET!);
  return { ...session, email };
}

export async function newUniversity(
  overrides: Partial<Parameters<typeof Universities.create>[1]> = {},
): Promise<UniversityView> {
  return Universities.create(SYSTEM, {
    name: `测试大学${uniqueSuffix()}`,
    city: '北京',
    province: '北京',
    ...overrides,
  });
}
