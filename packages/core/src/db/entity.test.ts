import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Service } from 'electrodb';
import { describe, expect, it } from 'vitest';
import { builtEntities, entity, pointEntitiesAt } from './entity.ts';
import { configureDb } from './service.ts';

const schema = (name: string) =>
  ({
    model: { entity: name, version: '1', service: 'unit' },
    attributes: { id: { type: 'string', required: true }, count: { type: 'number' } },
    indexes: { primary: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } } },
  }) as const;

// Only to give entities a client: nothing is sent to this address.
const client = () =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'local',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
  );

describe('entity', () => {
  it('builds an entity on its first use, not where it is declared', () => {
    // ElectroDB refuses this model (an index on an attribute it does not have) when it builds it.
    const broken = entity({
      ...schema('broken'),
      indexes: { primary: { pk: { field: 'pk', composite: ['missing'] }, sk: { field: 'sk', composite: [] } } },
    } as unknown as ReturnType<typeof schema>);
    expect(builtEntities()).not.toContain('broken');
    expect(() => broken.get).toThrow(/missing/);
  });

  it('stands for the built entity: its table, its model, its methods bound to it', () => {
    const thing = entity(schema('thing'));
    pointEntitiesAt(client(), 'table-a');
    expect(builtEntities()).not.toContain('thing');
    // Built after the table was set: it takes it; set again later: it follows.
    expect(thing.get({ id: 'a' }).params()).toMatchObject({ TableName: 'table-a' });
    pointEntitiesAt(client(), 'table-b');
    const { get } = thing;
    expect(get({ id: 'a' }).params()).toMatchObject({ TableName: 'table-b', Key: { pk: '$unit#id_a' } });
    expect(thing.get).toBe(get);
    expect(thing.schema.model.entity).toBe('thing');
    expect(builtEntities()).toContain('thing');
  });

  it('joins a service, as an entity built at once does', () => {
    const other = entity(schema('other'));
    const service = new Service({ other }, { table: 'table-c', client: client() });
    expect(service.entities.other.put({ id: 'b', count: 1 }).params()).toMatchObject({
      TableName: 'table-c',
      Item: { id: 'b', count: 1 },
    });
  });
});

describe('the table service', () => {
  it('builds no entity until a request uses one, and only the ones a transaction takes', async () => {
    const before = builtEntities();
    const { service } = configureDb({ tableName: 'lazy', endpoint: 'http://127.0.0.1:9', region: 'local' });
    expect(builtEntities()).toEqual(before);
    const params = service.transaction
      .write(({ unique, university }) => [
        unique.create({ kind: 'unit', value: 'v', ownerId: 'o' }).commit(),
        university.delete({ universityId: 'u' }).commit(),
      ])
      .params();
    expect(params.TransactItems).toHaveLength(2);
    expect(builtEntities()).toEqual([...new Set([...before, 'unique', 'university'])].sort());
  });

  it('holds entities that all join one service, as each transaction joins some of them', () => {
    const { service, client } = configureDb({ tableName: 'all', endpoint: 'http://127.0.0.1:9', region: 'local' });
    const all = new Service(service.entities, { table: 'all', client });
    expect(Object.keys(all.entities).sort()).toEqual(Object.keys(service.entities).sort());
  });

  it('answers a transaction with nothing to write as ElectroDB does', async () => {
    const { service } = configureDb({ tableName: 'empty', endpoint: 'http://127.0.0.1:9', region: 'local' });
    const nothing: Array<{ id: string }> = [];
    const result = await service.transaction
      .write((table) => nothing.map((u) => table.university.delete({ universityId: u.id }).commit()))
      .go();
    expect(result).toEqual({ canceled: false, data: [] });
  });
});
