import { defineTemplate, pick, type Locale, type Template } from './define.ts';
import { layout } from './layout.ts';

export interface AccountCodeData {
  code: string;
  /** Hours (reset) or days (invitation) the code stays valid. */
  validFor: number;
  /** The account holder's name, for the greeting. */
  name?: string;
}

type Words = Record<Locale, string>;

interface AccountCodeMail {
  kind: string;
  label: Words;
  subject: Words;
  /** What the code is for and how long it lasts, then anything else the holder should know. */
  paragraphs: (validFor: number) => Words[];
  action: { label: Words; path: string };
}

/**
 * A mail that hands someone a one-time code for their account. Always sent (essential): without it
 * they cannot get into the account at all.
 */
export function accountCodeTemplate(mail: AccountCodeMail): Template<AccountCodeData> {
  return defineTemplate<AccountCodeData>({
    kind: mail.kind,
    essential: true,
    label: mail.label,
    render(locale, data) {
      const subject = pick(locale, mail.subject);
      const body = layout({
        locale,
        ...(data.name ? { name: data.name } : {}),
        heading: subject,
        paragraphs: mail.paragraphs(data.validFor).map((words) => pick(locale, words)),
        code: data.code,
        action: { label: pick(locale, mail.action.label), path: mail.action.path },
      });
      return { subject, ...body };
    },
  });
}
