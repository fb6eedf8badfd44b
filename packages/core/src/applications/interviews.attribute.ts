/** An applicant's answer to an interview: coming, or asking for another time. */
export const INTERVIEW_ANSWERS = ['confirmed', 'another_time'] as const;

/**
 * The interview kept on its application, so the organisers' detail and "my application" read it with
 * the application in one GetItem and a reschedule changes both under the application's version.
 */
export const INTERVIEW_ATTRIBUTE = {
  type: 'map',
  properties: {
    revision: { type: 'number', required: true },
    startsAt: { type: 'string', required: true },
    timeZone: { type: 'string', required: true },
    durationMinutes: { type: 'number', required: true },
    place: { type: 'string' },
    onlineUrl: { type: 'string' },
    panel: {
      type: 'list',
      required: true,
      items: {
        type: 'map',
        properties: { name: { type: 'string', required: true }, email: { type: 'string', required: true } },
      },
    },
    scheduledAt: { type: 'string', required: true },
    scheduledBy: { type: 'string', required: true },
    reply: {
      type: 'map',
      properties: {
        answer: { type: INTERVIEW_ANSWERS, required: true },
        note: { type: 'string' },
        at: { type: 'string', required: true },
      },
    },
  },
} as const;
