/** What an interview is made of, as organisers schedule it and as the applicant answers it. */
import { emailAddressSchema } from '../emails.ts';
import { rule } from '../field-errors.ts';
import { nameSchema } from '../names.ts';
import { z } from '../schema.ts';
import { localDateTime } from '../time.ts';
import { INTERVIEW_ANSWERS } from './interviews.attribute.ts';

/** The longest panel a message goes to; a unit's panel is a handful of people. */
const MAX_PANEL = 8;

export const PanelMember = z.strictObject({
  name: nameSchema(1, 60),
  email: emailAddressSchema,
});

export const InterviewInput = z
  .strictObject({
    version: z.number().int().min(1).openapi({ description: 'The application’s version as read' }),
    startsAt: z.iso
      .datetime({ offset: true, error: 'Use an ISO time with offset, like 2030-03-12T14:00:00+08:00' })
      .openapi({ description: 'When it starts; shown to everyone in Beijing time (Asia/Shanghai)' }),
    durationMinutes: z.number().int().min(10).max(480).default(30),
    place: z.string().trim().min(2).max(200).optional().openapi({ description: 'Where, for an interview in person' }),
    onlineUrl: z
      .url({ protocol: /^https?$/, error: 'Use a web link starting with http:// or https://' })
      .max(2000)
      .optional()
      .openapi({ description: 'The meeting link, for an interview online' }),
    panel: z.array(PanelMember).min(1).max(MAX_PANEL),
  })
  .superRefine((v, ctx) => {
    if (Boolean(v.place) === Boolean(v.onlineUrl))
      ctx.addIssue({ code: 'custom', path: ['place'], ...rule('one_of_required', 'Give a place or an online link') });
    if (Date.parse(v.startsAt) <= Date.now())
      ctx.addIssue({
        code: 'custom',
        path: ['startsAt'],
        // Said as the office reads a time: Beijing time to the minute.
        ...rule('too_early', 'An interview is scheduled for a time to come', {
          earliest: localDateTime(Date.now()).slice(0, 16),
        }),
      });
    const emails = v.panel.map((m) => m.email);
    emails.forEach((email, i) => {
      if (emails.indexOf(email) !== i)
        ctx.addIssue({ code: 'custom', path: ['panel', i, 'email'], ...rule('listed_twice', 'Listed twice') });
    });
  });

const Reply = z.object({
  answer: z.enum(INTERVIEW_ANSWERS),
  note: z.string().optional(),
  at: z.string(),
});

/** The interview as organisers see it, on the application. */
export const InterviewView = z.object({
  revision: z.number().int().openapi({ description: 'One up with every reschedule; a reply names the one it answers' }),
  startsAt: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  place: z.string().optional(),
  onlineUrl: z.string().optional(),
  panel: z.array(z.object({ name: z.string(), email: z.string() })),
  scheduledAt: z.string(),
  scheduledBy: z.string().openapi({ description: 'The organiser account that scheduled this revision' }),
  reply: Reply.optional().openapi({ description: 'The applicant’s answer to this revision, if any' }),
});

/** What the applicant sees of it: no panel addresses. */
export const ApplicantInterviewView = InterviewView.omit({ panel: true, scheduledAt: true, scheduledBy: true }).extend({
  panelNames: z.array(z.string()),
});

export const InterviewReplyInput = z
  .strictObject({
    token: z.string().trim().min(10).max(64).optional().openapi({ description: 'The access code from the receipt' }),
    accessToken: z.string().trim().min(10).max(200).optional().openapi({ description: 'From /recovery/verify' }),
    revision: z.number().int().min(1).openapi({ description: 'The interview revision the answer is about' }),
    answer: z.enum(INTERVIEW_ANSWERS),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((v, ctx) => {
    if (Boolean(v.token) === Boolean(v.accessToken))
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        ...rule('one_of_required', 'Give the token or the access token'),
      });
    if (v.answer === 'another_time' && !v.note)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        ...rule('reason_required', 'Say which times suit you better'),
      });
  });

export type PanelMember = z.infer<typeof PanelMember>;
export type InterviewInput = z.input<typeof InterviewInput>;
export type InterviewView = z.infer<typeof InterviewView>;
export type ApplicantInterviewView = z.infer<typeof ApplicantInterviewView>;
export type InterviewReplyInput = z.infer<typeof InterviewReplyInput>;
