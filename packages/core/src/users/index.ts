export * from './users.schema.ts';
export { ROLES, type Role } from './user.entity.ts';
export { LOGIN_POLICY } from './login-lock.ts';
export { RESET_CODE_TTL_HOURS } from './sessions.ts';
export { SIGN_IN_LIMITS } from '../auth/attempt-limits.ts';
export { toUserView } from './records.ts';
export { activeOrganisers } from './list.ts';
export { createInvitedAccount, type NewAccount } from './invitations.ts';
export { Users } from './users.ts';
