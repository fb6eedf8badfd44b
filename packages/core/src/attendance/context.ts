import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { EntityItem } from 'electrodb';
import type { CohortRegistration } from '../cohort-registrations/cohort-registration.entity.ts';
import { batchGetAll } from '../db/batch-get.ts';
import { db } from '../db/service.ts';
import type { Placement } from '../placements/placement.entity.ts';

type RegistrationRecord = EntityItem<typeof CohortRegistration>;
type PlacementRecord = EntityItem<typeof Placement>;

/**
 * The intern's registration and placement in one BatchGetItem: both live in the registration's own
 * partition and are the records that placement, move, mentor change and withdrawal write, so what a
 * check-in reads is always current without a copy to keep in step. ElectroDB batches one entity per
 * call, so the request is built from each entity's own key and its answer parsed back by the entity.
 */
export async function registrationAndPlacement(
  registrationId: string,
): Promise<{ registration: RegistrationRecord | null; placement: PlacementRecord | null }> {
  const { service, client, config } = db();
  const { cohortRegistration, placement } = service.entities;
  const keyOf = (params: { Key?: Record<string, unknown> }) => params.Key!;
  const keys = [
    keyOf(cohortRegistration.get({ registrationId }).params()),
    keyOf(placement.get({ registrationId }).params()),
  ];
  const items: Array<Record<string, unknown>> = [];
  await batchGetAll(keys, async (pending) => {
    const out = await client.send(new BatchGetCommand({ RequestItems: { [config.tableName]: { Keys: pending } } }));
    items.push(...(out.Responses?.[config.tableName] ?? []));
    return out.UnprocessedKeys?.[config.tableName]?.Keys ?? [];
  });
  const parse = <T>(
    entity: { parse(response: { Item: Record<string, unknown> }): { data: unknown } },
    type: string,
  ): T | null => {
    const item = items.find((i) => i.__edb_e__ === type);
    return item ? (entity.parse({ Item: item }).data as T) : null;
  };
  return {
    registration: parse<RegistrationRecord>(cohortRegistration as never, 'cohortRegistration'),
    placement: parse<PlacementRecord>(placement as never, 'placement'),
  };
}
