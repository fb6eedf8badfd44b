import { db } from '../db/service.ts';
import { DomainError } from '../errors.ts';
import { DEFAULT_LOCALE, TEMPLATES, type Locale } from './templates/index.ts';

export interface PreferenceView {
  locale: Locale;
  /** `label` is in the language of messages; `labels` in every language, for a screen in another one. */
  kinds: Array<{ kind: string; label: string; labels: Record<Locale, string>; enabled: boolean; essential: boolean }>;
}

export interface StoredPreferences {
  off: string[];
  locale?: Locale;
}

export async function readPreferences(userId: string): Promise<StoredPreferences> {
  const { data } = await db().service.entities.notificationPreference.get({ userId }).go();
  return { off: data?.off ?? [], ...(data?.locale ? { locale: data.locale } : {}) };
}

/**
 * Every kind an account can receive, with the user's choice; essential kinds are on and locked. Kinds
 * sent only to addresses from public forms are left out: no account's choice reaches them.
 */
export async function preferencesOf(userId: string): Promise<PreferenceView> {
  const stored = await readPreferences(userId);
  const locale = stored.locale ?? DEFAULT_LOCALE;
  return {
    locale,
    kinds: Object.values(TEMPLATES)
      .filter((t) => !t.addressOnly)
      .map((t) => ({
        kind: t.kind,
        label: t.label[locale],
        labels: t.label,
        essential: t.essential,
        enabled: t.essential || !stored.off.includes(t.kind),
      }))
      .sort((a, b) => a.kind.localeCompare(b.kind)),
  };
}

/** Replaces the user's choices. Turning off an essential kind is refused rather than silently kept on. */
export async function updatePreferences(
  userId: string,
  input: { locale?: Locale; off: string[] },
): Promise<PreferenceView> {
  const off = [...new Set(input.off)];
  const unknown = off.filter((kind) => !TEMPLATES[kind]);
  if (unknown.length)
    throw new DomainError('validation_failed', 'Unknown notification kind', {
      errors: unknown.map((kind) => ({
        path: 'off',
        message: `Unknown kind ${kind}`,
        code: 'invalid_value' as const,
        params: { values: kind },
      })),
    });
  const locked = off.filter((kind) => TEMPLATES[kind]!.essential);
  if (locked.length)
    throw new DomainError(
      'validation_failed',
      'Messages that carry a code, a ticket or a decision cannot be turned off',
      {
        errors: locked.map((kind) => ({ path: 'off', message: `${kind} is essential`, code: 'essential' as const })),
      },
    );
  await db()
    .service.entities.notificationPreference.put({
      userId,
      off,
      ...(input.locale ? { locale: input.locale } : {}),
      updatedAt: new Date().toISOString(),
    })
    .go();
  return preferencesOf(userId);
}
