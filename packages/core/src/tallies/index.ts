export * from './tallies.ts';
export * from './university-outcomes.ts';
