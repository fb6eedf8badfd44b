import type { components } from './schema';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Role = User['role'];
export type University = Schemas['University'];
export type Contact = University['contacts'][number];
export type CreateUniversityInput = Schemas['CreateUniversityInput'];
export type UpdateUniversityInput = Schemas['UpdateUniversityInput'];
export type InvitedUser = Schemas['InvitedUser'];
export type ResetCode = Schemas['ResetCode'];
export type Problem = Schemas['Problem'];
export type AuditEntry = Schemas['AuditEntry'];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
