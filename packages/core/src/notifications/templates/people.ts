import { coordinatorReviewDigest } from './coordinator-review-digest.ts';
import type { Template } from './define.ts';
import { internAccepted } from './intern-accepted.ts';
import { internLeaveDecided } from './intern-leave-decided.ts';
import { internPlaced } from './intern-placed.ts';
import { internStipendApproved, internStipendPaid } from './intern-stipend.ts';
import { internWeekReturned } from './intern-week-returned.ts';
import { mentorLeavePending } from './mentor-leave-pending.ts';
import { mentorNewMentee } from './mentor-new-mentee.ts';

/** The kinds coordinators, interns and mentors receive because of decisions on them. */
export const PEOPLE_TEMPLATES: Record<string, Template> = Object.fromEntries(
  [
    coordinatorReviewDigest,
    internAccepted,
    internPlaced,
    internWeekReturned,
    internLeaveDecided,
    internStipendApproved,
    internStipendPaid,
    mentorNewMentee,
    mentorLeavePending,
  ].map((template) => [template.kind, template as Template]),
);
