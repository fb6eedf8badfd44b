import { AccountReads } from './reads.ts';
import { Sessions } from './sessions.ts';
import { SignIn } from './sign-in.ts';
import { AccountWrites } from './writes.ts';

export const Users = {
  ...AccountWrites,
  ...AccountReads,
  ...SignIn,
  ...Sessions,
};
