export { OutboxEvent, OUTBOX_ENTITY } from './outbox-event.entity.ts';
export { domainEvent, outboxOp, OUTBOX_TTL_SECONDS, type DomainEvent } from './events.ts';
export { EVENT_HANDLERS, handlersFor, type EventHandler } from './handlers.ts';
export {
  outboxEventOf,
  processStreamRecords,
  type BatchResult,
  type ProcessOptions,
  type StreamRecordLike,
} from './stream.ts';
export { listParkedEvents, parkEvent, type ParkedEventView } from './parked.ts';
