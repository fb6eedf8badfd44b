import { PartnershipReads } from './reads.ts';
import { PartnershipWrites } from './writes.ts';

export const Partnerships = { ...PartnershipWrites, ...PartnershipReads };
