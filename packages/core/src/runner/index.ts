export * from './runner-states.ts';
