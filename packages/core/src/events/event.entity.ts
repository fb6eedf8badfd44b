import { entity } from '../db/entity.ts';
import { localDate } from '../time.ts';
import { keyedBy, onIndex, VERSIONED } from '../db/attributes.ts';

export const EVENT_KINDS = ['campus_talk', 'job_fair', 'symposium', 'cooperation_talks', 'signing_ceremony'] as const;
export const EVENT_STATUSES = ['scheduled', 'held', 'cancelled'] as const;

/**
 * Campus events at a trip's stops. Listed per trip on gsi1 and per university on gsi2, both in time
 * order. Seat counts live in the event's tally, not here: the event is edited rarely, the tally on
 * every registration. `startDay` (the start's date in Beijing time, kept from `startsAt`) lists the
 * events of one day on gsi3, for the day-before reminder.
 */
export const CampusEvent = entity({
  model: { entity: 'campusEvent', version: '1', service: 'aksu' },
  attributes: {
    eventId: { type: 'string', required: true },
    tripId: { type: 'string', required: true },
    stopId: { type: 'string', required: true },
    universityId: { type: 'string', required: true },
    kind: { type: EVENT_KINDS, required: true },
    title: { type: 'string', required: true },
    venue: { type: 'string', required: true },
    startsAt: { type: 'string', required: true },
    startDay: {
      type: 'string',
      watch: ['startsAt'],
      set: (_: unknown, item: { startsAt?: string }) =>
        item.startsAt ? localDate(Date.parse(item.startsAt)) : undefined,
    },
    capacity: { type: 'number', required: true },
    status: { type: EVENT_STATUSES, required: true },
    outcomeNotes: { type: 'string' },
    ...VERSIONED,
  },
  indexes: {
    byId: keyedBy('eventId'),
    byTrip: onIndex('gsi1', ['tripId'], ['eventId']),
    byUniversity: onIndex('gsi2', ['universityId'], ['eventId']),
    byDay: onIndex('gsi3', ['startDay'], ['eventId']),
  },
});
