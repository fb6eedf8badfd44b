export * from './checkpoints.ts';
