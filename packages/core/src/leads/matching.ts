import { batchGet } from '../db/batch-get.ts';
import type { AppService } from '../db/service.ts';
import { db } from '../db/service.ts';
import type { EventView, RegistrationView } from '../events/events.schema.ts';
import { newId } from '../ids.ts';
import { scopeOf } from '../tallies/index.ts';
import type { LeadView } from './leads.schema.ts';

type Entities = Parameters<Parameters<AppService['transaction']['write']>[0]>[0];

export interface LeadMatch {
  leadId: string;
  lead: (LeadView & { version: number }) | null;
  claimEmail: boolean;
  claimPhone: boolean;
  /** Scopes (trip, stop, university) that have not counted this lead yet. */
  newScopes: string[];
}

export const leadSearchText = (l: {
  name: string;
  email: string;
  phone: string;
  major: string;
  universityName?: string;
}) => [l.name, l.email, l.phone, l.major, l.universityName ?? ''].join(' ').toLowerCase();

/**
 * How a registration finds its lead: the email guard first, then the phone guard. Reads happen
 * before the transaction; every read is re-asserted inside it (guards and markers are created with
 * attribute_not_exists, the lead is patched at the version read), so a concurrent registration of
 * the same person makes one of the two transactions fail and re-read, never fork the lead.
 *
 * The match rule, and why an anonymous caller cannot drive it: anyone can type someone else's phone
 * or email into a public form, so a match only ever attaches the new registration to the lead. The
 * lead's identity (name, email, phone, university) and profile are the ones it was created with;
 * no registration, public or walk-in, rewrites them, and a matched registration claims no new email
 * or phone guard for the lead (otherwise the caller's own address would become a key to someone
 * else's record). What was submitted stays on the registration itself, and the lead's history item
 * keeps the university it named, so a coordinator sees a lead's events only through registrations
 * from their own university.
 */
/** A new lead's identity and profile: the details of the registration that created it. */
function profileOf(r: RegistrationView) {
  return {
    name: r.name,
    email: r.email,
    phone: r.phone,
    ...(r.universityId ? { universityId: r.universityId } : {}),
    ...(r.universityName ? { universityName: r.universityName } : {}),
    universityKey: r.universityId ?? 'none',
    degreeLevel: r.degreeLevel,
    major: r.major,
    graduationYear: r.graduationYear,
    ...(r.hometown ? { hometown: r.hometown } : {}),
    fromRegion: r.fromRegion,
    interestedInSummerProgramme: r.interestedInSummerProgramme,
    interestedInFullTime: r.interestedInFullTime,
    searchText: leadSearchText(r),
  };
}

export const leadWrites = {
  /** The person's lead by the email guard, then the phone guard; a new lead's id and the guards it may claim. */
  async matchPerson(email: string, phone: string): Promise<Omit<LeadMatch, 'newScopes'>> {
    const { unique, lead } = db().service.entities;
    const [byEmail, byPhone] = await Promise.all([
      unique.get({ kind: 'leadEmail', value: email }).go(),
      unique.get({ kind: 'leadPhone', value: phone }).go(),
    ]);
    const existingId = byEmail.data?.ownerId ?? byPhone.data?.ownerId;
    const stored = existingId ? ((await lead.get({ leadId: existingId }).go()).data as LeadMatch['lead']) : null;
    return {
      leadId: stored?.leadId ?? newId('lead'),
      lead: stored,
      claimEmail: !stored && !byEmail.data,
      claimPhone: !stored && !byPhone.data,
    };
  },

  async match(
    email: string,
    phone: string,
    scopes: { trip: string; stop: string; university?: string },
  ): Promise<LeadMatch> {
    const { distinctMarker } = db().service.entities;
    const person = await leadWrites.matchPerson(email, phone);
    const { leadId, lead: stored } = person;
    const wanted = [
      scopeOf.trip(scopes.trip),
      scopeOf.stop(scopes.stop),
      ...(scopes.university ? [scopeOf.university(scopes.university)] : []),
    ];
    const seen = stored
      ? (
          await batchGet(
            wanted.map((scope) => ({ scope, memberId: leadId })),
            (keys) => distinctMarker.get(keys).go(),
          )
        ).map((m) => m.scope)
      : [];
    return { ...person, newScopes: wanted.filter((s) => !seen.includes(s)) };
  },

  build(entities: Entities, match: LeadMatch, r: RegistrationView, event: EventView, at: string) {
    const { lead, unique, leadEvent, distinctMarker } = entities;
    const ops: unknown[] = [
      match.lead
        ? lead
            .patch({ leadId: match.leadId })
            .set({ updatedAt: at, version: match.lead.version + 1 })
            .add({ eventCount: 1 })
            .where((a, { eq }) => eq(a.version, match.lead!.version))
            .commit()
        : lead
            .create({ leadId: match.leadId, ...profileOf(r), eventCount: 1, createdAt: at, updatedAt: at, version: 1 })
            .commit(),
      leadEvent
        .create({
          leadId: match.leadId,
          eventId: event.eventId,
          tripId: event.tripId,
          stopId: event.stopId,
          registrationId: r.registrationId,
          ...(r.universityId ? { universityId: r.universityId } : {}),
          eventTitle: event.title,
          kind: event.kind,
          startsAt: event.startsAt,
          status: r.status,
          ...(r.checkedInAt ? { checkedInAt: r.checkedInAt } : {}),
          registeredAt: at,
        })
        .commit(),
    ];
    if (match.claimEmail)
      ops.push(unique.create({ kind: 'leadEmail', value: r.email, ownerId: match.leadId }).commit());
    if (match.claimPhone)
      ops.push(unique.create({ kind: 'leadPhone', value: r.phone, ownerId: match.leadId }).commit());
    // The scopes' `leads` tallies move with the caller's other counters: one operation per item.
    for (const scope of match.newScopes) ops.push(distinctMarker.create({ scope, memberId: match.leadId }).commit());
    return ops;
  },

  /**
   * A job application's person: a matched lead is only referred to (the same rule as above: nothing
   * submitted rewrites who they are); otherwise the lead is created from the application, with the
   * email and phone guards nobody holds yet. The guard writes fail when someone else claimed them
   * meanwhile, and the caller matches again.
   */
  attachApplicant(
    entities: Entities,
    match: Omit<LeadMatch, 'newScopes'>,
    p: {
      name: string;
      email: string;
      phone: string;
      universityName: string;
      degreeLevel: LeadView['degreeLevel'];
      major: string;
      graduationYear: number;
      at: string;
    },
  ) {
    if (match.lead) return [];
    const { lead, unique } = entities;
    const { at, ...person } = p;
    const ops: unknown[] = [
      lead
        .create({
          leadId: match.leadId,
          ...person,
          universityKey: 'none',
          // Applying for a post says this much; the rest of a registration's profile is not asked.
          fromRegion: false,
          interestedInSummerProgramme: false,
          interestedInFullTime: true,
          eventCount: 0,
          searchText: leadSearchText(person),
          createdAt: at,
          updatedAt: at,
          version: 1,
        })
        .commit(),
    ];
    if (match.claimEmail)
      ops.push(unique.create({ kind: 'leadEmail', value: p.email, ownerId: match.leadId }).commit());
    if (match.claimPhone)
      ops.push(unique.create({ kind: 'leadPhone', value: p.phone, ownerId: match.leadId }).commit());
    return ops;
  },
};
