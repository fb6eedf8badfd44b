import type { zhCNAccounts } from './zh-cn-accounts';

/** The signed-in person's own account, reset codes and unlocking. Merged into en.ts. */
export const enAccounts: Record<keyof typeof zhCNAccounts, string> = {
  'layout.account': 'My account',
  'field.password_common': 'This password is too common and easy to guess; choose another.',
  'field.password_email': 'Do not use your email address as the password.',
  'field.current_password_wrong': 'The current password is not correct.',
  'error.rate_limited': 'Too many attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
  'login.have_reset_code': 'Got a reset code from an administrator?',
  'login.reset_link': 'Set a new password',
  'reset.title': 'Set a new password',
  'reset.intro':
    'Enter the reset code an administrator gave you and choose a new password. The code works once, within a day; afterwards you are signed out on every other device.',
  'reset.code': 'Reset code',
  'reset.submit': 'Set password and sign in',
  'reset.submitting': 'Setting…',
  'account.title': 'My account',
  'account.password_title': 'Change password',
  'account.current_password': 'Current password',
  'account.new_password': 'New password',
  'account.new_password_hint':
    'At least {n, plural, one {# character} other {# characters}}; not a common password or your email address.',
  'account.confirm': 'Confirm new password',
  'account.change_submit': 'Change password',
  'account.changing': 'Changing…',
  'account.changed': 'Password changed. You are signed out on other devices and stay signed in here.',
  'account.sessions_title': 'Sign out everywhere',
  'account.sessions_hint':
    'Lost a phone or signed in on someone else’s computer? Every device, this one included, will need to sign in again.',
  'account.sign_out_everywhere': 'Sign out everywhere',
  'account.signing_out': 'Signing out…',
  'users.reset_code': 'Issue reset code',
  'users.unlock': 'Unlock sign-in',
  'users.unlocked_done': 'Sign-in unlocked for {name}.',
  'users.reset_code_title': 'Password reset code for {name} ({email})',
  'users.reset_code_label': 'Reset code (shown only this once):',
  'users.reset_code_link': 'Or send this link:',
  'users.reset_code_instructions':
    'Pass it on in person or by phone. The code works once, ' +
    'for {hours, plural, one {# hour} other {# hours}}; issuing another cancels it.',
  'users.search': 'Search accounts',
  'users.search_placeholder': 'Part of a name or email',
  'users.role_filter': 'Role',
  'users.all_roles': 'All roles',
  'users.search_submit': 'Search',
  'users.clear': 'Clear filters',
  'users.none_matching': 'No account matches. Try another name or email, or clear the filters to see every account.',
} as const;
