export * from './evaluations.schema.ts';
export * from './evaluations.ts';
