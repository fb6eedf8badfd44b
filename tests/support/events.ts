import { randomInt } from 'node:crypto';
import { Events, Trips, type RegistrationInput, type EventView, type TripView } from '@aksu/core';
import { SYSTEM, uniqueSuffix } from './accounts.ts';

/** A trip with one stop visiting the given universities. */
export async function newTrip(
  universityIds: string[],
  overrides: Partial<Parameters<typeof Trips.create>[1]> = {},
): Promise<TripView> {
  return Trips.create(SYSTEM, {
    title: `考察宣介${uniqueSuffix()}`,
    startDate: '2024-03-10',
    endDate: '2024-03-16',
    stops: [{ city: '北京', from: '2024-03-10', to: '2024-03-13', universityIds }],
    ...overrides,
  });
}

/** An event at the trip's first stop, for its first university. */
export async function newEvent(
  trip: TripView,
  overrides: Partial<Parameters<typeof Events.create>[2]> = {},
): Promise<EventView> {
  const stop = trip.stops[0]!;
  return Events.create(SYSTEM, trip.tripId, {
    stopId: stop.stopId,
    universityId: stop.universityIds[0]!,
    kind: 'campus_talk',
    title: '才聚阿克苏宣讲会',
    venue: '学生活动中心',
    startsAt: '2030-03-11T14:00:00+08:00',
    capacity: 100,
    ...overrides,
  });
}

/** A valid public registration body for a made-up person; phone and email random per call. */
export function person(overrides: Record<string, unknown> = {}): RegistrationInput {
  const tail = String(randomInt(0, 100_000_000)).padStart(8, '0');
  return {
    name: `学生${uniqueSuffix()}`,
    universityName: '北京大学',
    degreeLevel: 'master',
    major: '计算机科学与技术',
    graduationYear: 2025,
    phone: `139${tail}`,
    email: `student.${uniqueSuffix()}${uniqueSuffix()}@example.com`,
    hometown: '阿克苏',
    fromRegion: true,
    interestedInSummerProgramme: true,
    interestedInFullTime: false,
    consent: true as const,
    ...overrides,
  } as RegistrationInput;
}
