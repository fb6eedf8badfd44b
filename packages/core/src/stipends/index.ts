export * from './stipends.schema.ts';
export { Statements } from './statements.ts';
export { PayoutBatches } from './batches.ts';
