export * from './imports.schema.ts';
export { MAX_ROWS } from './read-file.ts';
export { COLUMNS as IMPORT_COLUMNS } from './columns.ts';
export { resumeImports, STALL_MS as IMPORT_STALL_MS } from './worker.ts';
export { IMPORT_CONTINUED, IMPORT_UPLOADED } from './import-events.ts';
export * from './imports.ts';
