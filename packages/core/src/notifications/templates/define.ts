import type { EmailAttachment } from '../channels.ts';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
  /** One line for the in-app list; the subject when absent. */
  summary?: string;
  /** Path inside the web app the in-app item opens (`/leave`), when there is something to open. */
  link?: string;
}

export interface Template<D = unknown> {
  kind: string;
  /** Security and account mails: sent whatever the recipient's preferences say. */
  essential: boolean;
  /**
   * Sent only to an address given on a public form (a registrant, an applicant), never to an account.
   * No account's preferences can touch it, so no account's settings list it.
   */
  addressOnly?: true;
  /** Shown beside the kind's toggle on the preferences page. */
  label: Record<Locale, string>;
  render(locale: Locale, data: D): RenderedMessage | Promise<RenderedMessage>;
}

/** One template per kind, both languages in one place so neither is forgotten. */
export function defineTemplate<D>(template: Template<D>): Template<D> {
  return template;
}

/** Picks the string for the locale: `pick(locale, { 'zh-CN': '…', en: '…' })`. */
export function pick<T>(locale: Locale, options: Record<Locale, T>): T {
  return options[locale] ?? options[DEFAULT_LOCALE];
}
