import { randomBytes } from 'node:crypto';
import { CreateUniversityInput, db, ulid, type Actor } from '@aksu/core';
import { auditRecord, diffChanges } from '@aksu/core/audit/changes';

/**
 * The write both sides of the API-vs-floor comparison perform: creating a university, which is one
 * TransactWriteItems of three Puts (the name's uniqueness guard, the university, its audit entry).
 */

const runTag = randomBytes(3).toString('hex');
let counter = 0;

/** A fresh name per call: the uniqueness guard would refuse a repeat with 409. */
export function uniqueUniversityName(): string {
  counter += 1;
  return `基准测试大学 ${runTag}${counter.toString(36)}`;
}

export function createUniversityBody(name = uniqueUniversityName()) {
  return { name, city: '阿克苏', province: '新疆', nameEn: 'Benchmark University', tags: ['985'] };
}

// Upper-case placeholders: ElectroDB lower-cases key composites, so each appears upper-case in
// attributes and lower-case in keys, and both are filled with the value in the matching case.
const ID = 'ZZBENCHIDZZ';
const AUDIT_ID = 'ZZBENCHAUDITZZ';
const NAME = 'ZZBENCHNAMEZZ';
const AT = '2000-01-01T00:00:00.000Z';

/**
 * Returns a function producing TransactWriteItems input for a new university, each call unique.
 * The items come from ElectroDB's own `.params()` for the same three operations Universities.create
 * commits (so keys, GSI attributes, identifiers and attribute_not_exists conditions are exactly
 * what the API sends), built once and filled in by string substitution so the floor's client does
 * no ElectroDB work per request.
 */
export function floorTransactionFactory(actor: Actor): () => Record<string, unknown> {
  const body = CreateUniversityInput.parse(createUniversityBody(`基准测试大学 ${NAME}`));
  const university = { universityId: `uni_${ID}`, ...body, createdAt: AT, updatedAt: AT, version: 1 };
  const audit = {
    ...auditRecord(actor, 'university', university.universityId, 'create', diffChanges(undefined, university), AT),
    auditId: `aud_${AUDIT_ID}`,
  };
  // As Universities.create derives them: the guard holds the name without spaces, lower-cased.
  const nameKey = university.name.replace(/\s+/g, '').toLowerCase();
  const searchText = [university.name, university.nameEn].join(' ').toLowerCase();
  const params = db()
    .service.transaction.write(({ unique, university: universities, audit: audits }) => [
      unique.create({ kind: 'universityName', value: nameKey, ownerId: university.universityId }).commit(),
      universities.create({ ...university, searchText }).commit(),
      audits.create(audit).commit(),
    ])
    .params();
  const template = JSON.stringify(params);
  const placeholders = [ID, AUDIT_ID, NAME, AT].flatMap((p) => [p, p.toLowerCase()]);
  for (const placeholder of placeholders) {
    if (!template.includes(placeholder)) throw new Error(`ElectroDB params no longer contain ${placeholder}`);
  }
  const pattern = new RegExp(placeholders.map((p) => p.replace(/\./g, '\\.')).join('|'), 'g');
  return () => {
    const id = ulid();
    counter += 1;
    const values = {
      [ID]: id,
      [AUDIT_ID]: ulid(),
      [NAME]: `${runTag}${counter.toString(36)}`,
      [AT]: new Date().toISOString(),
    };
    const fill: Record<string, string> = {};
    for (const [placeholder, value] of Object.entries(values)) {
      fill[placeholder] = value;
      fill[placeholder.toLowerCase()] = value.toLowerCase();
    }
    return JSON.parse(template.replace(pattern, (match) => fill[match]!));
  };
}
