import { LeaveReads } from './reads.ts';
import { LeaveWrites } from './writes.ts';

export const Leave = { ...LeaveWrites, ...LeaveReads };
