import { requireRole, type Actor } from '../auth/actor.ts';
import { dayCounter } from '../attendance/counters.ts';
import { cohortUniversities, type CohortRecord } from '../cohorts/records.ts';
import { db } from '../db/service.ts';
import { REMINDER_POLICY } from '../partnerships/reminders.ts';
import { addDays, localDate } from '../time.ts';
import { commissionerSummary } from '../talent-service/care.ts';
import type { OrganiserHomeView } from './home.schema.ts';

/**
 * Every read here is capped by a constant, never by the size of the data: a home page that grows
 * slower each summer would be opened less, and it is where the day's work is found.
 */
export const HOME_LIMITS = {
  latestCohorts: 12,
  expiring: 5,
  eventDays: 7,
  eventsPerDay: 10,
  events: 6,
  /** People and open requests read for the caller's own care as commissioner. */
  care: 100,
} as const;

type HomeCohort = OrganiserHomeView['cohorts'][number];

async function openCohort(cohort: CohortRecord, now: Date): Promise<HomeCohort> {
  const universities = await cohortUniversities(cohort.cohortId);
  const sum = (field: 'quota' | 'active' | 'submitted' | 'accepted' | 'confirmed') =>
    universities.reduce((total, u) => total + u[field], 0);
  let checkIn: HomeCohort['checkIn'] = null;
  if (cohort.status === 'running') {
    const date = localDate(now, cohort.timeZone);
    const counts = await dayCounter(cohort.cohortId, date, 'all', 'all');
    checkIn = { date, checkedIn: counts.checkedIn, onLeave: counts.onLeave };
  }
  return {
    cohortId: cohort.cohortId,
    name: cohort.name,
    status: cohort.status,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    quota: sum('quota'),
    active: sum('active'),
    submitted: sum('submitted'),
    accepted: sum('accepted'),
    confirmed: sum('confirmed'),
    checkIn,
  };
}

async function openCohorts(now: Date): Promise<HomeCohort[]> {
  const { data } = await db()
    .service.entities.cohort.query.all({})
    .go({ order: 'desc', limit: HOME_LIMITS.latestCohorts });
  return Promise.all(data.filter((c) => c.status !== 'closed').map((c) => openCohort(c, now)));
}

async function expiringAgreements(today: string) {
  const within = REMINDER_POLICY.expiringWithinDays;
  const { data } = await db()
    .service.entities.partnership.query.byExpiry({ expiryBucket: 'open' })
    .between({ expirySort: today }, { expirySort: `${addDays(today, within)}~` })
    .go({ order: 'asc', limit: HOME_LIMITS.expiring + 1 });
  return {
    expiring: data.slice(0, HOME_LIMITS.expiring).map((p) => ({
      partnershipId: p.partnershipId,
      universityId: p.universityId,
      title: p.title,
      expiresOn: p.expiresOn ?? '',
    })),
    moreExpiring: data.length > HOME_LIMITS.expiring,
  };
}

/** Scheduled events from now over the next days: one Query per day on the events' day index. */
async function upcomingEvents(today: string, now: Date) {
  const days = Array.from({ length: HOME_LIMITS.eventDays }, (_, i) => addDays(today, i));
  const perDay = await Promise.all(
    days.map((startDay) =>
      db().service.entities.campusEvent.query.byDay({ startDay }).go({ limit: HOME_LIMITS.eventsPerDay }),
    ),
  );
  return perDay
    .flatMap((r) => r.data)
    .filter((e) => e.status === 'scheduled' && Date.parse(e.startsAt) >= now.getTime())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .slice(0, HOME_LIMITS.events)
    .map(({ eventId, tripId, universityId, title, venue, startsAt }) => ({
      eventId,
      tripId,
      universityId,
      title,
      venue,
      startsAt,
    }));
}

/**
 * The organiser's overview: what is open, what waits for a decision, what is coming up, and the
 * people they look after as commissioner with what is overdue.
 */
export async function organiserHome(actor: Actor, now = new Date()): Promise<OrganiserHomeView> {
  requireRole(actor, 'organiser');
  const today = localDate(now);
  const [cohorts, agreements, events, care] = await Promise.all([
    openCohorts(now),
    expiringAgreements(today),
    upcomingEvents(today, now),
    commissionerSummary(actor.userId, HOME_LIMITS.care, now),
  ]);
  return {
    today,
    cohorts,
    pendingReviews: cohorts.reduce((total, c) => total + c.submitted, 0),
    ...agreements,
    expiringWithinDays: REMINDER_POLICY.expiringWithinDays,
    events,
    eventsWithinDays: HOME_LIMITS.eventDays,
    care,
  };
}
