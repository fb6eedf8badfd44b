import { createInvitedAccount, Partnerships, Users, type PartnershipView, type UniversityView } from '@aksu/core';
import { newAccount, newUniversity, PASSWORD, SYSTEM, uniqueEmail, uniqueSuffix, type Account } from '../accounts.ts';

/**
 * The callers of the authorization matrix. Coordinator A, the mentor and both interns belong to
 * university A; coordinator B to university B.
 */
export const CALLERS = [
  'anonymous',
  'organiser',
  'organiserPlain',
  'coordinatorA',
  'coordinatorB',
  'mentor',
  'intern',
  'otherIntern',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface World {
  accounts: Record<Exclude<Caller, 'anonymous'>, Account>;
  uniA: UniversityView;
  uniB: UniversityView;
  /** A partnership of each university. */
  partnershipA: PartnershipView;
  partnershipB: PartnershipView;
}

async function accountOfRole(role: 'mentor' | 'intern', universityId?: string): Promise<Account> {
  const email = uniqueEmail(role);
  const { invitationCode } = await createInvitedAccount(SYSTEM, { email, name: `测试${role}`, role, universityId });
  return { ...(await Users.activate({ code: invitationCode, password: PASSWORD }, process.env.JWT_SECRET!)), email };
}

export async function buildWorld(): Promise<World> {
  const uniA = await newUniversity({ contacts: [{ name: '甲联系人', phone: '13811112222' }] });
  const uniB = await newUniversity({ contacts: [{ name: '乙联系人', phone: '13933334444' }] });
  const accounts = {
    organiser: await newAccount('organiser', { isAdmin: true }),
    organiserPlain: await newAccount('organiser'),
    coordinatorA: await newAccount('coordinator', { universityId: uniA.universityId }),
    coordinatorB: await newAccount('coordinator', { universityId: uniB.universityId }),
    mentor: await accountOfRole('mentor'),
    intern: await accountOfRole('intern', uniA.universityId),
    otherIntern: await accountOfRole('intern', uniA.universityId),
  };
  const partnership = (universityId: string) =>
    Partnerships.create(SYSTEM, { universityId, title: '矩阵合作协议', type: 'practice_base' });
  const [partnershipA, partnershipB] = [await partnership(uniA.universityId), await partnership(uniB.universityId)];
  await Partnerships.recordReminders();
  return { accounts, uniA, uniB, partnershipA, partnershipB };
}

/** A fresh account to act on, so allowed writes (disable, enable) never disturb the callers. */
export async function victim(): Promise<Account> {
  return newAccount('organiser', { email: `victim.${uniqueSuffix()}@example.com` });
}

/** A fresh partnership of university A or B, for writes that bump its version. */
export function freshPartnership(world: World, target: 'universityA' | 'universityB'): Promise<PartnershipView> {
  const universityId = (target === 'universityA' ? world.uniA : world.uniB).universityId;
  return Partnerships.create(SYSTEM, { universityId, title: '矩阵临时协议', type: 'campus_recruitment' });
}
