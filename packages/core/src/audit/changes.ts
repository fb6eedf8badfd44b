import type { Actor } from '../auth/actor.ts';
import { newId } from '../ids.ts';
import { maskPersonalData } from '../personal/masking.ts';

export type Changes = Record<string, { before?: unknown; after?: unknown }>;

/**
 * The fields that differ between two versions of a record, with personal data masked. Bookkeeping
 * fields (version, timestamps) are left out: every change touches them and they say nothing.
 */
export function diffChanges(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  ignore: readonly string[] = ['version', 'createdAt', 'updatedAt', 'passwordHash'],
): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const b = before?.[key];
    const a = after?.[key];
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    // Masked under the field's own name, so a top-level `phone` is masked like a nested one.
    const masked = (value: unknown) => (maskPersonalData({ [key]: value }) as Record<string, unknown>)[key];
    changes[key] = {
      ...(b === undefined ? {} : { before: masked(b) }),
      ...(a === undefined ? {} : { after: masked(a) }),
    };
  }
  return changes;
}

/** The audit item to put in the same transaction as the change. */
export function auditRecord(
  actor: Actor,
  entityType: string,
  entityId: string,
  action: string,
  changes: Changes,
  at = new Date().toISOString(),
) {
  return {
    entityType,
    entityId,
    auditId: newId('audit'),
    at,
    action,
    actorId: actor.userId,
    actorRole: actor.role,
    changes,
  };
}
