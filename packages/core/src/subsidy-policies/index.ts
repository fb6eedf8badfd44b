export * from './subsidy-policies.schema.ts';
export * from './subsidy-policies.ts';
