import { EventAdmissions } from './admissions.ts';
import { EventReads } from './reads.ts';
import { EventWrites } from './writes.ts';

export const Events = { ...EventWrites, ...EventReads, ...EventAdmissions };
