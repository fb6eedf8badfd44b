import { accountInvitation } from './account-invitation.ts';
import { accountResetCode } from './account-reset-code.ts';
import { coordinatorImportFinished } from './coordinator-import-finished.ts';
import type { Template } from './define.ts';
import { PEOPLE_TEMPLATES } from './people.ts';
import { REMINDER_TEMPLATES } from './reminders.ts';

/** Every kind's template, keyed by kind. Add a line per kind; the template file sits beside this one. */
export const TEMPLATES: Record<string, Template> = {
  [coordinatorImportFinished.kind]: coordinatorImportFinished,
  [accountInvitation.kind]: accountInvitation,
  [accountResetCode.kind]: accountResetCode,
  ...PEOPLE_TEMPLATES,
  ...REMINDER_TEMPLATES,
};

export { defineTemplate, pick, DEFAULT_LOCALE, LOCALES, type Locale, type RenderedMessage, type Template } from './define.ts';
export { layout, publicUrl, escapeHtml } from './layout.ts';
