import { requireRole, type Actor } from '../auth/actor.ts';
import { queryPage, type PageRequest } from '../db/pagination.ts';
import { db } from '../db/service.ts';
import { notFound } from '../errors.ts';
import type { ListMentorsQuery, MentorView } from './mentors.schema.ts';
import { getMentorRecord, type MentorRecord } from './records.ts';
import { mentorViews, viewPage } from './views.ts';

export const MentorReads = {
  async get(actor: Actor, mentorId: string): Promise<MentorView> {
    requireRole(actor, 'organiser');
    const mentor = await getMentorRecord(mentorId);
    if (!mentor) throw notFound('Mentor');
    return (await mentorViews([mentor]))[0]!;
  },

  async list(actor: Actor, query: ListMentorsQuery, page: PageRequest) {
    requireRole(actor, 'organiser');
    const { mentor } = db().service.entities;
    return viewPage(
      await queryPage(
        (options) =>
          (query.hostUnitId ? mentor.query.byAffiliation({ affiliation: query.hostUnitId }) : mentor.query.all({})).go(
            options,
          ),
        page,
        (m) => m as MentorRecord,
      ),
    );
  },
};
