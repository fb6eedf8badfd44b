import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkExternals } from '../../scripts/bench/runtime-modules.ts';
import { bundleLikeSst } from '../../scripts/bench/sst-esbuild.ts';
import {
  electrodbLazyClauses,
  electrodbWithoutModelSchema,
  type EsbuildPlugin,
} from '../../stacks/lib/bundle-plugins.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * An entity with a model filter, used through every kind of chain that reads the clause table:
 * a query with `where`, a model filter and an inline filter, a scan, an update and a delete with
 * conditions, and a transaction item. Whether the table was built is read before and after.
 */
const ENTRY = `
import { Entity } from 'electrodb';
const entity = new Entity({
  model: { entity: 'leave', version: '1', service: 'test' },
  attributes: {
    leaveId: { type: 'string', required: true },
    internId: { type: 'string', required: true },
    status: { type: ['pending', 'approved'], required: true },
    days: { type: 'number' },
  },
  indexes: {
    byId: { pk: { field: 'pk', composite: ['leaveId'] }, sk: { field: 'sk', composite: [] } },
    byIntern: {
      index: 'gsi1', pk: { field: 'gsi1pk', composite: ['internId'] }, sk: { field: 'gsi1sk', composite: ['leaveId'] },
    },
  },
  filters: { pendingOnly: ({ status }) => status.eq('pending') },
}, { table: 'table' });
export const builtAtConstruction = Object.hasOwn(entity, '_clausesWithFilters');
export const params = [
  entity.query.byIntern({ internId: 'i1' }).where(({ days }, { gt }) => gt(days, 2)).params(),
  entity.query.byIntern({ internId: 'i1' }).pendingOnly().filter(({ days }) => days.lt(9)).params(),
  entity.scan.where(({ status }, { eq }) => eq(status, 'approved')).params(),
  entity.update({ leaveId: 'l1' }).set({ status: 'approved' }).add({ days: 1 })
    .where(({ status }, { eq }) => eq(status, 'pending')).params(),
  entity.delete({ leaveId: 'l1' }).where(({ days }, { notExists }) => notExists(days)).params(),
  entity.get({ leaveId: 'l1' }).params(),
  entity.create({ leaveId: 'l2', internId: 'i1', status: 'pending' }).commit(),
];
export const builtAfterUse = Object.hasOwn(entity, '_clausesWithFilters');
`;

interface Loaded {
  builtAtConstruction: boolean;
  builtAfterUse: boolean;
  params: unknown[];
}

let dir: string;
const loaded = {} as Record<'eager' | 'lazy', Loaded>;

async function bundle(name: 'eager' | 'lazy', plugins: EsbuildPlugin[]): Promise<Loaded> {
  const outDir = join(dir, name);
  const nodePaths = [join(root, 'packages/core/node_modules')];
  const built = await bundleLikeSst(root, join(dir, 'entry.mjs'), outDir, {
    format: 'esm',
    minify: true,
    esbuild: { external: ['@aws-sdk/*', '@smithy/*'], plugins, nodePaths },
  });
  await linkExternals(outDir, built.externals);
  return (await import(pathToFileURL(built.file).href)) as Loaded;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bundle-plugins-'));
  await writeFile(join(dir, 'entry.mjs'), ENTRY);
  loaded.eager = await bundle('eager', [electrodbWithoutModelSchema]);
  loaded.lazy = await bundle('lazy', [electrodbWithoutModelSchema, electrodbLazyClauses]);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('electrodbLazyClauses', () => {
  it('leaves the clause table unbuilt until the entity is first used', () => {
    expect(loaded.eager.builtAtConstruction).toBe(true);
    expect(loaded.lazy.builtAtConstruction).toBe(false);
    expect(loaded.lazy.builtAfterUse).toBe(true);
  });

  it('builds the same requests as the unchanged library', () => {
    expect(loaded.lazy.params).toHaveLength(7);
    // As sent to DynamoDB: a transaction item also carries a callback, a new function per bundle.
    const sent = (params: unknown[]) => JSON.parse(JSON.stringify(params));
    expect(sent(loaded.lazy.params)).toEqual(sent(loaded.eager.params));
    // The filters and conditions made it into the requests, so the comparison compares something.
    expect(JSON.stringify(loaded.lazy.params[1])).toContain('FilterExpression');
    expect(JSON.stringify(loaded.lazy.params[3])).toContain('ConditionExpression');
  });
});
