export * from './leads.schema.ts';
export { INVITATION_KINDS } from './lead-invitation.entity.ts';
export * from './leads.ts';
