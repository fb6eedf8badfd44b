import type { EntityItem } from 'electrodb';
import { z } from 'zod';
import { auditRecord, diffChanges } from '../audit/changes.ts';
import { requireRole, type Actor } from '../auth/actor.ts';
import { allPages, type PageRequest } from '../db/pagination.ts';
import { positionField, shardedPage, type ShardedList } from '../db/sharded-list.ts';
import { db } from '../db/service.ts';
import { transact } from '../db/transact.ts';
import { DomainError, notFound } from '../errors.ts';
import type { SpreadsheetFile } from '../exports/workbook.ts';
import { newId } from '../ids.ts';
import { maskPhone } from '../personal/masking.ts';
import { updateLeadIdentity } from './identity.ts';
import type { Lead } from './lead.entity.ts';
import { leadsWorkbook } from './leads-workbook.ts';
import {
  LeadView,
  type CreateLeadInvitationInput,
  type LeadDetailView,
  LeadEventView,
  LeadInvitationView,
  type ListLeadsQuery,
  type UpdateLeadInput,
} from './leads.schema.ts';
import { pickView } from '../views.ts';

const LeadPosition = z.strictObject({ leadId: positionField });
type LeadPosition = z.infer<typeof LeadPosition>;
type LeadRecord = EntityItem<typeof Lead>;

function toView(actor: Actor, record: Record<string, unknown>): LeadView {
  const lead = pickView(LeadView, record);
  return actor.role === 'organiser' ? lead : { ...lead, phone: maskPhone(lead.phone) };
}

/** A lead the actor may see: a coordinator sees their own university's leads, others do not exist. */
async function readable(actor: Actor, leadId: string) {
  requireRole(actor, 'organiser', 'coordinator');
  const { data } = await db().service.entities.lead.get({ leadId }).go();
  if (!data || (actor.role === 'coordinator' && data.universityId !== actor.universityId)) throw notFound('Lead');
  return data;
}

export const Leads = {
  /**
   * Newest leads first. A university (always the coordinator's own) is a Query per list shard on
   * gsi1, otherwise on gsi2, merged by id; the remaining filters are FilterExpressions on those Queries.
   */
  async list(actor: Actor, query: ListLeadsQuery, page: PageRequest) {
    requireRole(actor, 'organiser', 'coordinator');
    if (actor.role === 'coordinator' && query.universityId && query.universityId !== actor.universityId)
      return { items: [], nextCursor: null };
    const universityId = actor.role === 'coordinator' ? actor.universityId : query.universityId;
    const { lead } = db().service.entities;
    const q = query.q?.toLowerCase();
    const list: ShardedList<LeadRecord, LeadPosition> = {
      position: LeadPosition,
      positionOf: (item) => ({ leadId: item.leadId }),
      order: 'desc',
      filtered: true,
      query: async (listShard, after, options) => {
        const base = universityId
          ? lead.query.byUniversity({ universityKey: universityId, listShard })
          : lead.query.all({ listShard });
        const { data } = await (after ? base.lt(after) : base)
          .where((a, { eq, contains }) =>
            [
              query.degreeLevel ? eq(a.degreeLevel, query.degreeLevel) : '',
              query.graduationYear !== undefined ? eq(a.graduationYear, query.graduationYear) : '',
              query.fromRegion !== undefined ? eq(a.fromRegion, query.fromRegion) : '',
              query.interest === 'summer_programme' ? eq(a.interestedInSummerProgramme, true) : '',
              query.interest === 'full_time' ? eq(a.interestedInFullTime, true) : '',
              query.major ? contains(a.major, query.major) : '',
              q ? contains(a.searchText, q) : '',
            ]
              .filter(Boolean)
              .join(' AND '),
          )
          .go({ ...options, order: 'desc' });
        return data;
      },
    };
    return shardedPage(list, page, (item) => toView(actor, item));
  },

  /**
   * Every lead the list would show for the same filters, as a workbook. It follows the list page by
   * page (the same Query, the same scoping and masking), so a coordinator's file holds only their own
   * university's leads with phones masked, exactly what they can already read.
   */
  async spreadsheet(actor: Actor, query: ListLeadsQuery): Promise<SpreadsheetFile> {
    const leads = await allPages((page) => Leads.list(actor, query, page));
    return leadsWorkbook(leads);
  },

  /** A lead with the events they registered for and the invitations sent to them. */
  async get(actor: Actor, leadId: string): Promise<LeadDetailView> {
    const lead = await readable(actor, leadId);
    const { leadEvent, leadInvitation } = db().service.entities;
    const [events, invitations] = await Promise.all([
      leadEvent.query.byLead({ leadId }).go({ pages: 'all' }),
      leadInvitation.query.byLead({ leadId }).go({ pages: 'all' }),
    ]);
    // A coordinator sees the lead only through registrations that named their university: another
    // university's registration (perhaps someone else using this phone) is not theirs to read.
    const history = events.data
      .map((e) => pickView(LeadEventView, e))
      .filter((e) => actor.role !== 'coordinator' || e.universityId === actor.universityId);
    return {
      ...toView(actor, lead),
      ...(actor.role === 'coordinator' ? { eventCount: history.length } : {}),
      events: history.sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      invitations: invitations.data.map((i) => pickView(LeadInvitationView, i)),
    };
  },

  /** An organiser's correction of a lead's name, email, phone or university (registrations never change them). */
  update(actor: Actor, leadId: string, input: UpdateLeadInput): Promise<LeadView> {
    return updateLeadIdentity(actor, leadId, input);
  },

  /** Records an invitation, credited to the named event (or the latest attended) and its trip. */
  async invite(actor: Actor, leadId: string, input: CreateLeadInvitationInput): Promise<LeadInvitationView> {
    requireRole(actor, 'organiser');
    await readable(actor, leadId);
    const events = (await db().service.entities.leadEvent.query.byLead({ leadId }).go({ pages: 'all' })).data.map((e) =>
      pickView(LeadEventView, e),
    );
    const credited = input.eventId
      ? events.find((e) => e.eventId === input.eventId)
      : events.sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
    if (input.eventId && !credited) {
      throw new DomainError('validation_failed', 'The lead did not register for this event', {
        errors: [{ path: 'eventId', message: 'Not an event of this lead', code: 'not_found' }],
      });
    }
    const at = new Date().toISOString();
    const invitation: LeadInvitationView = {
      invitationId: newId('leadInvitation'),
      leadId,
      kind: input.kind,
      ...(input.note ? { note: input.note } : {}),
      ...(credited ? { eventId: credited.eventId, tripId: credited.tripId } : {}),
      invitedBy: actor.userId,
      invitedAt: at,
    };
    await transact(
      ({ leadInvitation, audit }) => [
        leadInvitation.create(invitation).commit(),
        audit
          .create(
            auditRecord(actor, 'lead', leadId, `invite:${input.kind}`, diffChanges(undefined, { invitation }), at),
          )
          .commit(),
      ],
      () => new DomainError('conflict', 'Try again'),
    );
    return invitation;
  },
};
