import {
  addDays,
  allPages,
  Events,
  localDate,
  Trips,
  type Actor,
  type RegistrationInput,
  type UniversityView,
} from '@aksu/core';

export const DEMO_TRIP_TITLE = '2026年冬季赴京高校招才引智行程';

/** Who registers on the two event pages: the first eight for the talk, the last eight for the fair. */
const REGISTRANTS: ReadonlyArray<
  [name: string, university: string, degree: 'master' | 'phd', major: string, hometown: string, fromRegion: boolean]
> = [
  ['艾力·买买提', '北京大学', 'master', '区域经济学', '阿克苏市', true],
  ['王思远', '北京大学', 'phd', '水利工程', '河南郑州', false],
  ['古丽米拉·阿不都', '北京大学', 'master', '园艺学', '库车市', true],
  ['陈晓彤', '北京大学', 'master', '公共管理', '四川成都', false],
  ['刘博文', '北京大学', 'phd', '材料科学与工程', '山东济南', false],
  ['迪丽努尔·艾山', '北京大学', 'master', '临床医学', '温宿县', true],
  ['张宇航', '北京大学', 'master', '计算机科学与技术', '江苏南京', false],
  ['李静怡', '北京大学', 'master', '应用心理学', '湖北武汉', false],
  ['赵天宇', '清华大学', 'phd', '电气工程', '河北保定', false],
  ['努尔艾力·吐尔逊', '清华大学', 'master', '土木工程', '阿瓦提县', true],
  ['孙雨桐', '清华大学', 'master', '环境工程', '陕西西安', false],
  ['周子涵', '清华大学', 'phd', '农业工程', '甘肃兰州', false],
  ['阿依努尔·热合曼', '清华大学', 'master', '工业工程', '新和县', true],
  ['吴俊杰', '清华大学', 'master', '能源动力', '安徽合肥', false],
  ['郑可欣', '清华大学', 'master', '金融学', '浙江杭州', false],
  ['马瑞', '清华大学', 'phd', '化学工程', '宁夏银川', false],
];

/** Records a first run creates: the trip, its two events and their registrations (waitlisted ones too). */
export const TRIPS_SEED = { trips: 1, events: 2, registrations: REGISTRANTS.length };
/** The fair's seats: fewer than its registrants, so its page and list show a waitlist. */
export const DEMO_FAIR_CAPACITY = 5;

/**
 * A recruiting trip to Beijing starting in a week: a campus talk at Peking University and a job fair
 * at Tsinghua, each with people registered through the public page (the fair over its seats, so some
 * wait), and so a lead each in the leads list. Found by its title on a later run, which then adds
 * nothing; its dates stay those of the first run.
 */
export async function seedTrips(seed: Actor, universities: Map<string, UniversityView>): Promise<number> {
  const trips = await allPages((page) => Trips.list(seed, page));
  if (trips.some((t) => t.title === DEMO_TRIP_TITLE)) return 0;
  const pku = universities.get('北京大学')!;
  const tsinghua = universities.get('清华大学')!;
  const from = addDays(localDate(), 7);
  const trip = await Trips.create(seed, {
    title: DEMO_TRIP_TITLE,
    startDate: from,
    endDate: addDays(from, 4),
    budgetFen: 4_860_000,
    delegation: [
      { name: '阿依古丽·买买提', department: '地委组织部人才工作科', role: '带队领导' },
      { name: '王建国', department: '地区人力资源和社会保障局', role: '政策宣讲' },
      { name: '马建国', department: '阿克苏纺织工业城', role: '用人单位代表' },
    ],
    expenses: [{ item: '往返机票（3人）', amountFen: 1_896_000, on: from }],
    stops: [{ city: '北京', from, to: addDays(from, 4), universityIds: [pku.universityId, tsinghua.universityId] }],
    notes: '宣讲社会实践项目与引才政策，现场收集意向人才信息。',
  });
  const stopId = trip.stops[0]!.stopId;
  // 14:30 and 09:30 Beijing time.
  const talk = await Events.create(seed, trip.tripId, {
    stopId,
    universityId: pku.universityId,
    kind: 'campus_talk',
    title: '才聚阿克苏——硕博研究生专场宣讲会',
    venue: '北京大学英杰交流中心阳光厅',
    startsAt: `${addDays(from, 1)}T06:30:00.000Z`,
    capacity: 80,
  });
  const fair = await Events.create(seed, trip.tripId, {
    stopId,
    universityId: tsinghua.universityId,
    kind: 'job_fair',
    title: '阿克苏地区重点用人单位专场招聘会',
    venue: '清华大学学生职业发展指导中心多功能厅',
    startsAt: `${addDays(from, 3)}T01:30:00.000Z`,
    capacity: DEMO_FAIR_CAPACITY,
  });
  let created = TRIPS_SEED.trips + TRIPS_SEED.events;
  for (const [i, [name, university, degreeLevel, major, hometown, fromRegion]] of REGISTRANTS.entries()) {
    const input: RegistrationInput = {
      name,
      universityId: universities.get(university)!.universityId,
      degreeLevel,
      major,
      graduationYear: degreeLevel === 'phd' ? 2028 : 2027,
      // A number range of their own: a lead is matched by phone, and the other demo people use 136–139….
      phone: `1350996${String(i).padStart(4, '0')}`,
      email: `registrant.${i + 1}@example.com`,
      hometown,
      fromRegion,
      interestedInSummerProgramme: i % 3 !== 2,
      interestedInFullTime: i % 2 === 0,
      consent: true,
    };
    // Each from a client of its own, as people register from their own phones (the public page limits each).
    await Events.registerPublic(i < 8 ? talk.eventId : fair.eventId, input, `demo-registrant-${i}`);
    created++;
  }
  return created;
}
