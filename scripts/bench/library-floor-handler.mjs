/**
 * Not a handler of the app: the minimal handler with the stack's fixed libraries loaded beside it
 * (./library-floor.mjs). Its init against the minimal handler's is the part of the init target that
 * the libraries alone take, before any of the app's own code. Never deployed.
 */
export * from './library-floor.mjs';
export { handler } from './minimal-handler.ts';
