import { accountInvitation } from './account-invitation.ts';
import { accountResetCode } from './account-reset-code.ts';
import { coordinatorImportFinished } from './coordinator-import-finished.ts';
import { registrantConfirmed } from './registrant-confirmed.ts';
import { registrantPromoted } from './registrant-promoted.ts';
import { registrantRecoveryCode } from './registrant-recovery-code.ts';
import { applicantRecoveryCode } from './applicant-recovery-code.ts';
import { applicantInterview, organiserInterviewReply, panelInterview, panelReleased } from './interview.ts';
import { registrantReminder } from './registrant-reminder.ts';
import { registrantWaitlisted } from './registrant-waitlisted.ts';
import type { Template } from './define.ts';
import { PEOPLE_TEMPLATES } from './people.ts';
import { REMINDER_TEMPLATES } from './reminders.ts';
import { TALENT_SERVICE_TEMPLATES } from './talent-service.ts';

/** Every kind's template, keyed by kind. Add a line per kind; the template file sits beside this one. */
export const TEMPLATES: Record<string, Template> = {
  [registrantConfirmed.kind]: registrantConfirmed,
  [registrantWaitlisted.kind]: registrantWaitlisted,
  [registrantPromoted.kind]: registrantPromoted,
  [registrantReminder.kind]: registrantReminder,
  [registrantRecoveryCode.kind]: registrantRecoveryCode,
  [applicantRecoveryCode.kind]: applicantRecoveryCode,
  [applicantInterview.kind]: applicantInterview,
  [panelInterview.kind]: panelInterview,
  [panelReleased.kind]: panelReleased,
  [organiserInterviewReply.kind]: organiserInterviewReply,
  [coordinatorImportFinished.kind]: coordinatorImportFinished,
  [accountInvitation.kind]: accountInvitation,
  [accountResetCode.kind]: accountResetCode,
  ...PEOPLE_TEMPLATES,
  ...REMINDER_TEMPLATES,
  ...TALENT_SERVICE_TEMPLATES,
};

export {
  defineTemplate,
  pick,
  DEFAULT_LOCALE,
  LOCALES,
  type Locale,
  type RenderedMessage,
  type Template,
} from './define.ts';
export { layout, publicUrl, escapeHtml } from './layout.ts';
