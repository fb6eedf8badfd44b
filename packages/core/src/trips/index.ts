export * from './trips.schema.ts';
export * from './trips.ts';
