import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';

export interface MentorRecord {
  mentorId: string;
  affiliation: string;
  name: string;
  title: string;
  phone: string;
  email: string;
  expertise?: string;
  maxMentees: number;
  userId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export async function getMentorRecord(mentorId: string): Promise<MentorRecord | null> {
  const { data } = await db().service.entities.mentor.get({ mentorId }).go();
  return (data as MentorRecord | null) ?? null;
}

export async function mentorsById(ids: string[]): Promise<Map<string, MentorRecord>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const data = await batchGet(
    unique.map((mentorId) => ({ mentorId })),
    (keys) => db().service.entities.mentor.get(keys).go(),
  );
  return new Map(data.map((m) => [m.mentorId, m as MentorRecord]));
}
