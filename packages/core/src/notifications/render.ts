import { DomainError } from '../errors.ts';
import { assertNoNationalId } from './guard.ts';
import { TEMPLATES, type Locale, type RenderedMessage, type Template } from './templates/index.ts';

export function templateFor(kind: string): Template {
  const template = TEMPLATES[kind];
  if (!template) throw new DomainError('validation_failed', `No template for notification kind ${kind}`);
  return template;
}

/** Renders a kind in a language and refuses the result if any part holds a full national ID. */
export async function renderMessage(kind: string, locale: Locale, data: unknown): Promise<RenderedMessage> {
  const message = await templateFor(kind).render(locale, data);
  assertNoNationalId({
    subject: message.subject,
    text: message.text,
    html: message.html,
    summary: message.summary ?? '',
  });
  return message;
}
