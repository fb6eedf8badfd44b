import { addDays, db, Events, Leads, localDate, Partnerships, Trips, Universities } from '@aksu/core';
import { createAccount, SYSTEM, unique } from './harness.ts';
import { layoutScreens, type Visit } from './layout-screens.ts';
import { seedPlacementScreens } from './placement-screens.ts';
import { seedCohortScreens } from './cohort-screens.ts';
import { seedImportScreens } from './import-screens.ts';
import { seedConversionScreens } from './conversion-screens.ts';
import { seedLogsScreens } from './logs-screens.ts';
import { seedAttendanceScreens } from './attendance-screens.ts';
import { seedPositionScreens } from './position-screens.ts';

export type LayoutSeed = Awaited<ReturnType<typeof seedLayout>>;

/**
 * Everything the layout sweep opens, with the longest content each screen is likely to carry, and
 * the screens by role. Each layout test file seeds its own table, so the files run side by side.
 */
export async function seedLayout(visit: Visit) {
  const id = unique();
  // Long names, many tags and contacts: the content most likely to push a phone screen sideways.
  const university = await Universities.create(SYSTEM, {
    name: `中国科学院大学阿克苏地区产学研合作示范基地测试${id}`,
    nameEn: 'University of Chinese Academy of Sciences Aksu Prefecture Industry-University-Research Demonstration Base',
    shortName: '国科大',
    city: '阿克苏',
    province: '新疆',
    tags: ['985', '211', '双一流', '本地', '柔性引才', '院士工作站', '战略合作协议'],
    contacts: [
      {
        name: '欧阳慧敏',
        title: '研究生院招生就业办公室副主任',
        phone: '0997-1234567',
        email: 'placement.office.graduate.school@example.edu.cn',
      },
      { name: '孙老师', phone: '13912345678' },
    ],
  });
  // A long title, every kind of detail and a timeline entry: what could push a phone screen sideways.
  const partnership = await Partnerships.create(SYSTEM, {
    universityId: university.universityId,
    title: `新疆智能装备研究院联合科研平台共建与院士工作站建设合作协议${id}`,
    type: 'joint_research_platform',
    status: 'active',
    signedOn: addDays(localDate(), -300),
    expiresOn: addDays(localDate(), 20),
    ownerDepartment: '地委组织部人才工作科',
    commitments: [
      { description: '每年选派硕士、博士研究生到阿克苏地区开展为期一个月的社会实践活动', studentsPerYear: 30 },
    ],
    documents: [
      {
        name: '战略合作协议（签字版扫描件）',
        url: 'https://example.org/documents/agreements/2024/strategic-cooperation-agreement-signed-scan.pdf',
      },
    ],
    notes: '双方约定每年召开一次合作推进会。',
  });
  await Partnerships.addActivity(SYSTEM, university.universityId, {
    partnershipId: partnership.partnershipId,
    kind: 'inbound_visit',
    on: localDate(),
    title: '校领导一行来阿考察并召开座谈会，深化科研平台共建',
    participants: ['党委副书记', '研究生院院长', '就业指导中心主任'],
    outcome: '确定第二批社会实践岗位与导师帮带安排',
  });
  const from = addDays(localDate(), 5);
  const trip = await Trips.create(SYSTEM, {
    title: `2025年春季赴东部重点高校招才引智暨校地合作签约行程${id}`,
    startDate: from,
    endDate: addDays(from, 8),
    budgetFen: 12_345_600,
    delegation: [{ name: '阿依古丽·买买提', department: '地委组织部人才工作科', role: '带队领导' }],
    expenses: [{ item: '往返机票及当地交通（含行李托运与机场接送）', amountFen: 1_234_567, on: from }],
    stops: [{ city: '乌鲁木齐', from, to: addDays(from, 2), universityIds: [university.universityId] }],
  });
  const event = await Events.create(SYSTEM, trip.tripId, {
    stopId: trip.stops[0]!.stopId,
    universityId: university.universityId,
    kind: 'campus_talk',
    title: `阿克苏地区2025年硕博研究生专场宣讲会暨暑期社会实践岗位推介会${id}`,
    venue: '中国科学院大学雁栖湖校区学术会堂第三报告厅',
    startsAt: `${from}T06:30:00.000Z`,
    capacity: 120,
  });
  await Events.registerPublic(
    event.eventId,
    {
      name: '古丽娜尔·吐尔逊',
      universityId: university.universityId,
      degreeLevel: 'master',
      major: '电子信息工程（集成电路设计与集成系统方向）',
      graduationYear: 2026,
      phone: '13812345678',
      email: 'gulnar.tursun.long.address@example.edu.cn',
      hometown: '新疆维吾尔自治区阿克苏地区库车市',
      fromRegion: true,
      interestedInSummerProgramme: true,
      interestedInFullTime: true,
      consent: true,
    },
    'layout-test',
  );
  const leadId = (await Leads.list(SYSTEM, {}, { limit: 1 })).items[0]!.leadId;
  const organiserEmail = `organiser.${id}@example.org`;
  const coordinatorEmail = `coordinator.with.a.rather.long.address.${id}@example.org`;
  await createAccount({ email: organiserEmail, name: '阿依古丽·买买提', role: 'organiser', isAdmin: true });
  await createAccount({
    email: coordinatorEmail,
    name: '热依拉·艾尔肯',
    role: 'coordinator',
    universityId: university.universityId,
  });
  const placement = await seedPlacementScreens(visit);
  const cohort = await seedCohortScreens(visit, university.universityId);
  const logs = await seedLogsScreens(visit, university.universityId);
  // The running programme is written straight to the table without its universities; a real cohort
  // lists the university of its interns, which is what its hub's summary and its coordinator see.
  await db()
    .service.entities.cohortUniversity.create({
      cohortId: logs.cohortId,
      universityId: university.universityId,
      cohortStartsOn: logs.cohortStartsOn,
      quota: 12,
      active: 2,
      submitted: 0,
      accepted: 0,
      waitlisted: 0,
      rejected: 0,
      confirmed: 2,
      withdrawn: 0,
      createdAt: new Date().toISOString(),
    })
    .go();
  return {
    organiserEmail,
    coordinatorEmail,
    screens: layoutScreens(
      {
        universityId: university.universityId,
        partnershipId: partnership.partnershipId,
        tripId: trip.tripId,
        eventId: event.eventId,
        leadId,
        runningCohortId: logs.cohortId,
      },
      visit,
    ),
    placement,
    cohort,
    imports: await seedImportScreens(visit, cohort.cohortId, university.universityId),
    conversion: await seedConversionScreens(visit),
    logs,
    attendance: await seedAttendanceScreens(visit, university.universityId),
    positions: await seedPositionScreens(visit),
  };
}
