export * from './mentors.schema.ts';
export { INDEPENDENT } from './mentor.entity.ts';
export { getMentorRecord, mentorsById, type MentorRecord } from './records.ts';
export { mentorViews } from './views.ts';
export { Mentors } from './mentors.ts';
