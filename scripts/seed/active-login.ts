import { DomainError, Users } from '@aksu/core';

/**
 * Creates a record that comes with an invitation (an account, a mentor) and activates it with the demo
 * password, or reports that its email is already taken, which on a second run means it exists.
 */
export async function createActiveLogin(
  create: () => Promise<{ invitationCode: string }>,
  password: string,
): Promise<'created' | 'existing'> {
  try {
    const { invitationCode } = await create();
    await Users.activate({ code: invitationCode, password }, 'seed');
    return 'created';
  } catch (error) {
    if (error instanceof DomainError && error.code === 'already_exists') return 'existing';
    throw error;
  }
}
