import { createInvitedAccount, MyTalentService, TalentService, Users, type Actor, type OutcomeView } from '@aksu/core';

export const DEMO_RETAINED = 'retained@example.com';

const DAY = 86_400_000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/**
 * One retained person of the 2024 cohort gets a demo account (an intern account bound to their
 * registration, as a person who came through the programme signs in), and files from it one request
 * that is still received, one received long ago and now past its deadline, one in progress, one
 * resolved and rated, one found unresolvable with a reason. The requests are filed as the person,
 * through their own session's actor, not in their name by the seed; the steps are the organisers'.
 */
export async function seedTalentRequests(
  seed: Actor,
  person: OutcomeView,
  password: string,
  now: Date,
): Promise<number> {
  const { invitationCode } = await createInvitedAccount(seed, {
    email: DEMO_RETAINED,
    name: person.name,
    role: 'intern',
    ...(person.universityId ? { universityId: person.universityId } : {}),
    internId: person.subjectId,
  });
  const session = await Users.activate({ code: invitationCode, password }, 'seed');
  const me: Actor = {
    userId: session.user.userId,
    role: 'intern',
    ...(person.universityId ? { universityId: person.universityId } : {}),
    internId: person.subjectId,
  };
  const file = (kind: Parameters<typeof MyTalentService.fileRequest>[1]['kind'], description: string, ago: number) =>
    MyTalentService.fileRequest(me, { kind, description }, daysAgo(now, ago));
  const step = (
    request: { requestId: string; version: number },
    input: Omit<Parameters<typeof TalentService.advanceRequest>[2], 'version'>,
    ago: number,
  ) => TalentService.advanceRequest(seed, request.requestId, { ...input, version: request.version }, daysAgo(now, ago));

  await file('title_review', '今年申报副高职称，想了解本地区评审材料的要求。', 1);
  // Received 45 days ago and never moved: past any kind's deadline, first in the commissioner's list.
  await file('household_registration', '希望将户口迁入阿克苏市，需要单位出具哪些证明？', 45);
  const inProgress = await file('school_transfer', '孩子九月转学到阿克苏市第一小学，请协助办理转学手续。', 6);
  await step(inProgress, { to: 'in_progress', note: '已联系市教育局，正在核对学籍材料。' }, 4);
  const resolved = await file('medical_care', '父母来疆探亲期间需要就医，想了解异地医保报销。', 30);
  const working = await step(resolved, { to: 'in_progress', note: '已转地区医保局。' }, 28);
  await step(working, { to: 'resolved', note: '医保局已办理异地就医备案，可直接结算。' }, 20);
  await MyTalentService.rateRequest(
    me,
    resolved.requestId,
    { rating: 5, comment: '办理很快，谢谢！' },
    daysAgo(now, 19),
  );
  const refused = await file('spouse_employment', '配偶希望调入地区行政公署工作。', 25);
  await step(
    refused,
    {
      to: 'unresolvable',
      reason: '公务员调任须经公开遴选，已告知今年遴选公告的时间和报名条件。',
      note: '可关注下月发布的遴选公告。',
    },
    15,
  );
  return 1 + 5;
}
