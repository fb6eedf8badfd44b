import { batchGet } from '../db/batch-get.ts';
import { db } from '../db/service.ts';

/**
 * Universities' display names by id, for the readers that label rows with them (boards, reports,
 * workbooks, letters, mail). Ids must be unique in a batch get, hence the set; ElectroDB splits the
 * batch into BatchGetItem's groups of 100 itself.
 */
export async function universityNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const { university } = db().service.entities;
  const data = await batchGet(
    unique.map((universityId) => ({ universityId })),
    (keys) => university.get(keys).go(),
  );
  return new Map(data.map((u) => [u.universityId, u.name]));
}
