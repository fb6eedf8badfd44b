export * from './universities.schema.ts';
export * from './universities.ts';
