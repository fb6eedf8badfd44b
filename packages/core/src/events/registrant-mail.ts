import { db } from '../db/service.ts';
import { Notifications } from '../notifications/index.ts';
import type { DomainEvent } from '../outbox/events.ts';
import type { EventHandler } from '../outbox/handlers.ts';
import { decryptField } from '../personal/vault.ts';
import { addDays, localDate } from '../time.ts';
import type { EventView, RegistrationView } from './events.schema.ts';
import { derivedCheckInToken, RECOVERY_CODE_MINUTES } from './my-registration.ts';
import { eventDataExpiresAt } from './retention.ts';
import { checkInTokenFor } from './tokens.ts';
import { promoteFromWaitlist } from './waitlist.ts';
import { addressRecipient } from '../notifications/recipients.ts';

/** What every registrant template receives. */
export interface RegistrantMailData {
  name: string;
  eventTitle: string;
  venue: string;
  startsAt: string;
  universityName: string;
  /** Path of "my registration"; with the check-in token in its fragment when the mail carries the QR. */
  myPath: string;
  checkInToken?: string;
  code?: string;
  validMinutes?: number;
}

interface Loaded {
  event: EventView;
  registration: RegistrationView;
  universityName: string;
}

async function load(eventId: string, registrationId: string): Promise<Loaded | undefined> {
  const { entities } = db().service;
  const [event, registration] = await Promise.all([
    entities.campusEvent
      .get({ eventId })
      .go()
      .then((r) => r.data as EventView | null),
    entities.registration
      .get({ eventId, registrationId })
      .go({ consistent: true })
      .then((r) => r.data as RegistrationView | null),
  ]);
  // Gone past its retention (or never committed): nobody left to write to.
  if (!event || !registration) return undefined;
  const university = (await entities.university.get({ universityId: event.universityId }).go()).data;
  return { event, registration, universityName: university?.name ?? registration.universityName ?? '' };
}

/** Mails one registrant about their registration; exactly once per `key` (the event id, or a reminder's own key). */
async function mail(key: string, kind: string, loaded: Loaded, extra: Partial<RegistrantMailData> = {}): Promise<void> {
  const { event, registration: r } = loaded;
  const token = extra.checkInToken;
  if ('checkInToken' in extra && !token) delete extra.checkInToken;
  const data: RegistrantMailData = {
    name: r.name,
    eventTitle: event.title,
    venue: event.venue,
    startsAt: event.startsAt,
    universityName: loaded.universityName,
    myPath: `/e/${event.eventId}/my${token ? `#t=${token}` : ''}`,
    ...extra,
  };
  await Notifications.notify({
    key,
    kind,
    recipient: addressRecipient(r.email, { name: r.name, ...(r.locale ? { locale: r.locale } : {}) }),
    data,
    // The address in the delivery goes when the event's data goes.
    expiresAt: eventDataExpiresAt(event.startsAt),
  });
}

const ids = (event: DomainEvent) =>
  event.payload as { eventId: string; registrationId: string; status?: string; sealedCode?: string };

/** The registrant's handlers, by event type; registered in the outbox registry. */
export const REGISTRANT_HANDLERS: Record<string, EventHandler[]> = {
  'registration.created': [
    {
      name: 'registrant.confirm',
      async run(event) {
        const { eventId, registrationId, status } = ids(event);
        const loaded = await load(eventId, registrationId);
        if (!loaded) return;
        if (status === 'registered')
          await mail(event.eventId, 'registrant.confirmed', loaded, { checkInToken: checkInTokenFor(registrationId) });
        else await mail(event.eventId, 'registrant.waitlisted', loaded);
      },
    },
  ],
  'registration.cancelled': [
    {
      name: 'registrant.promote-waitlisted',
      run: async (event) => void (await promoteFromWaitlist(ids(event).eventId)),
    },
  ],
  'event.capacity-raised': [
    {
      name: 'registrant.promote-waitlisted',
      run: async (event) => void (await promoteFromWaitlist(ids(event).eventId)),
    },
  ],
  'registration.promoted': [
    {
      name: 'registrant.promotion-notice',
      async run(event) {
        const { eventId, registrationId } = ids(event);
        const loaded = await load(eventId, registrationId);
        // A registration from before tokens were derived gets its notice without a QR it could not use.
        if (loaded)
          await mail(event.eventId, 'registrant.promoted', loaded, {
            checkInToken: await derivedCheckInToken(registrationId),
          });
      },
    },
  ],
  'registration.recovery-requested': [
    {
      name: 'registrant.recovery-code',
      async run(event) {
        const { eventId, registrationId, sealedCode } = ids(event);
        const loaded = await load(eventId, registrationId);
        if (loaded && sealedCode)
          await mail(event.eventId, 'registrant.recovery-code', loaded, {
            code: decryptField(sealedCode),
            validMinutes: RECOVERY_CODE_MINUTES,
          });
      },
    },
  ],
};

/**
 * The day-before reminder: every registered person (not cancelled, not yet checked in) of the
 * events starting tomorrow in Beijing time gets one mail, keyed by the registration, so running the
 * job twice (or at two times of the day) sends nothing twice.
 */
export async function sendRegistrantReminders(at: Date): Promise<{ day: string; events: number; reminded: number }> {
  const day = addDays(localDate(at), 1);
  const { entities } = db().service;
  const events = (await entities.campusEvent.query.byDay({ startDay: day }).go({ pages: 'all' })).data as EventView[];
  let reminded = 0;
  for (const event of events.filter((e) => e.status === 'scheduled')) {
    const university = (await entities.university.get({ universityId: event.universityId }).go()).data;
    let cursor: string | null | undefined;
    do {
      const page = await entities.registration.query
        .byEvent({ eventId: event.eventId })
        .where((a, { eq, notExists }) => `${eq(a.status, 'registered')} AND ${notExists(a.checkedInAt)}`)
        .go({ cursor, limit: 100 });
      for (const r of page.data as RegistrationView[]) {
        const loaded = { event, registration: r, universityName: university?.name ?? r.universityName ?? '' };
        await mail(`registrant-reminder:${r.registrationId}`, 'registrant.reminder', loaded, {
          checkInToken: await derivedCheckInToken(r.registrationId),
        });
        reminded++;
      }
      cursor = page.cursor;
    } while (cursor);
  }
  return { day, events: events.length, reminded };
}
