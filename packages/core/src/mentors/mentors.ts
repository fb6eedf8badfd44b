import { MentorReads } from './reads.ts';
import { MentorWrites } from './writes.ts';

/** Mentors are brought in by organisers; each gets an invited account bound to the mentor record. */
export const Mentors = { ...MentorWrites, ...MentorReads };
