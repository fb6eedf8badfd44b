import { describe, expect, it } from 'vitest';
import { outboxEventOf } from './stream.ts';

const insert = (image: Record<string, unknown>) => ({
  eventName: 'INSERT',
  dynamodb: { SequenceNumber: '1', NewImage: image as never },
});

describe('reading outbox events from stream records', () => {
  it(
    'passes over other items without converting them, even ' +
      'one the Streams client delivered with an empty map as {}',
    () => {
      expect(outboxEventOf(insert({ __edb_e__: { S: 'audit' }, changes: {} }))).toBeUndefined();
    },
  );

  it('reads an outbox event whose payload holds empty objects', () => {
    const event = outboxEventOf(
      insert({
        __edb_e__: { S: 'outboxEvent' },
        eventId: { S: 'obx_1' },
        type: { S: 'x.happened' },
        occurredAt: { S: '2026-07-01T00:00:00.000Z' },
        payload: { M: { empty: {}, list: { L: [{}, { S: 'a' }] }, nested: { M: { inner: { M: {} } } } } },
      }),
    );
    expect(event).toEqual({
      eventId: 'obx_1',
      type: 'x.happened',
      occurredAt: '2026-07-01T00:00:00.000Z',
      payload: { empty: {}, list: [{}, 'a'], nested: { inner: {} } },
    });
  });
});
