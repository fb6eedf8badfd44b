import { enConversion } from '../features/conversion/en-conversion';
import { enCohorts } from '../features/cohorts/en-cohorts';
import { enImports } from '../features/cohorts/en-imports';
import { enPlacements } from '../features/placements/en-placements';
import { enLogs } from '../features/logs/en-logs';
import { enAccounts } from '../features/accounts/en-accounts';
import { enNotifications } from '../features/notifications/en-notifications';
import { enAttendance } from '../features/attendance/en-attendance';
import { enTrips } from '../features/trips/en-trips';
import { enRegistrant } from '../features/trips/en-registrant';
import { enPartnerships } from '../features/partnerships/en-partnerships';
import { enHome } from '../features/home/en-home';
import { enCodes } from './en-problems';
import { codeMessages } from './problem-codes';
import type { EagerKey } from './zh-cn';

export const en: Record<EagerKey, string> = {
  'app.name': 'Talent Aksu',
  'app.subtitle': 'Talent Service Platform',
  'app.title': 'Talent Aksu · Talent Service Platform',
  'app.slogan': 'Gather talent in Aksu, fulfil dreams in the Tianshan',
  'app.owner': 'Aksu Prefecture Talent Service Centre',

  'layout.skip': 'Skip to main content',
  'layout.nav_label': 'Main navigation',
  'layout.sign_out': 'Sign out',
  'layout.menu': 'Menu',
  'layout.menu_current': ', current page: ',
  'layout.language': 'Switch language',

  'nav.universities': 'Partner universities',
  'nav.users': 'Accounts',
  'nav.my_university': 'My university',
  'nav.my_requests': 'My requests',
  'nav.my_card': 'Service card',

  'role.organiser': 'Talent service officer',
  'role.coordinator': 'University coordinator',
  'role.mentor': 'Mentor',
  'role.intern': 'Intern',
  'role.reviewer': 'Unit reviewer',
  'role.contact': 'Service contact',
  'role.admin': 'Administrator',

  'status.invited': 'Invited',
  'status.active': 'Active',
  'status.disabled': 'Disabled',

  'common.loading': 'Loading…',
  'common.load_failed': 'Could not load',
  'common.retry': 'Try again',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.saved': 'Saved.',
  'common.unchanged': 'Nothing was changed.',
  'common.cancel': 'Cancel',
  'common.none': 'Not given',
  'common.load_more': 'Load more',
  'common.back_home': 'Back to the start page',

  'login.title': 'Sign in',
  'login.intro':
    'University partnerships and recruitment of master’s and PhD graduates for Aksu. Sign in with the account the Talent Service Centre gave you.',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.expired': 'Your session has ended. Please sign in again.',
  'login.have_code': 'Received an invitation code?',
  'login.activate_link': 'Activate your account',

  'activate.title': 'Activate your account',
  'activate.intro':
    'Enter the invitation code the Talent Service Centre sent you and choose a password. Each code works once.',
  'activate.code': 'Invitation code',
  'activate.code_hint': 'Looks like ABCD-EFGH; upper or lower case both work.',
  'activate.password': 'Choose a password',
  'activate.password_hint': 'At least {n, plural, one {# character} other {# characters}}.',
  'activate.confirm': 'Repeat the password',
  'activate.mismatch': 'The two passwords differ.',
  'activate.submit': 'Activate and sign in',
  'activate.submitting': 'Activating…',
  'activate.back_to_login': 'Already have an account? Sign in',

  'universities.title': 'Partner universities',
  'universities.new': 'Add university',
  'universities.search': 'Search universities',
  'universities.search_placeholder': 'Chinese name, English name or short name',
  'universities.province': 'Province',
  'universities.all_provinces': 'All provinces',
  'universities.search_submit': 'Search',
  'universities.clear': 'Clear filters',
  'universities.count': '{n, plural, one {# university} other {# universities}}',
  'universities.count_more': 'Showing {n, plural, one {# university} other {# universities}}; more available',
  'universities.none': 'No partner universities yet.',
  'universities.none_matching': 'No university matches.',
  'universities.load_more': 'Load more universities',

  'university.name': 'Name (Chinese)',
  'university.name_en': 'English name',
  'university.short_name': 'Short name',
  'university.city': 'City',
  'university.province': 'Province',
  'university.province_hint': 'E.g. 北京, 新疆; for universities abroad, the country or region.',
  'university.country': 'Country/region',
  'university.tags': 'Tags',
  'university.other_tags': 'Other tags',
  'university.other_tags_hint': 'Separate tags with commas.',
  'university.updated_at': 'Last updated',
  'university.facts': 'Details',
  'university.back_to_list': '← Back to universities',
  'university.edit': 'Edit university',
  'university.edit_title': 'Edit university',
  'university.new_title': 'Add a partner university',
  'university.new_intro': 'Register a new partner university. Fields marked * are required.',
  'university.create_submit': 'Create university',
  'university.created': 'University created.',
  'university.not_found_title': 'University not found',
  'university.not_found_body': 'This university does not exist, or you may not view it.',
  'university.coordinator_readonly':
    'The Talent Service Centre maintains these details; contact your talent service officer for corrections.',

  'contacts.title': 'Contacts',
  'contacts.none': 'No contacts yet.',
  'contacts.row': 'Contact {n}',
  'contacts.name': 'Name',
  'contacts.role': 'Position',
  'contacts.phone': 'Phone',
  'contacts.email': 'Email',
  'contacts.add': 'Add contact',
  'contacts.remove': 'Remove contact {n}',
  'contacts.edit': 'Edit contacts',
  'contacts.phone_masked': 'Partly hidden. Leave it as it is to keep the number on file, or enter a full new number.',

  'coordinators.title': 'University coordinators',
  'coordinators.none': 'No coordinator invited yet.',
  'coordinators.invite_title': 'Invite a coordinator',
  'coordinators.name': 'Coordinator’s name',
  'coordinators.email': 'Coordinator’s email',
  'coordinators.invite_submit': 'Send invitation',

  'invite.created': 'Account created for {name} ({email})',
  'invite.code_label': 'Invitation code (shown only this once; copy it now):',
  'invite.copy': 'Copy code',
  'invite.copied': 'Copied to the clipboard.',
  'invite.copy_failed': 'Could not copy automatically; select the code and copy it by hand.',
  'invite.link_label': 'Activation link:',
  'invite.instructions':
    'Send the code through a secure channel. The person enters it on the “Activate your account” page and ' +
    'chooses a password. The code is valid for {days, plural, one {# day} other {# days}}.',
  'invite.done': 'I have noted the code',

  'history.title': 'Change history',
  'history.none': 'No changes recorded.',
  'history.create': 'Created',
  'history.update': 'Changed',
  'history.fields': 'Changed: {fields}',
  'history.no_fields': 'Nothing was altered',

  'conflict.title': 'Not saved: someone else changed this university',
  'conflict.body':
    'To avoid overwriting their changes, yours were not saved. The form now shows the latest version; check it, make your changes again and save.',

  'users.title': 'Accounts',
  'users.list_title': 'All accounts',
  'users.invite_title': 'Invite a talent service officer, a unit reviewer or a service contact',
  'users.invite_hint': 'Invite university coordinators from their university’s page.',
  'users.name': 'Name',
  'users.email': 'Email',
  'users.is_admin': 'Administrator (may manage accounts)',
  'users.invite_submit': 'Create account and invitation code',
  'users.you': '(you)',
  'users.view_university': 'View university',
  'users.disable': 'Disable',
  'users.enable': 'Enable',
  'users.disabled_done': '{name}’s account is disabled.',
  'users.enabled_done': '{name}’s account is enabled.',

  'welcome.title': 'Welcome, {name}',
  'welcome.body':
    'The practice programme’s screens open before the cohort starts; sign in again then. For questions, contact the Aksu Prefecture Talent Service Centre.',

  'forbidden.title': 'Access denied',
  'forbidden.body': 'Your account may not open this page.',
  'failed.title': 'This page could not be loaded',
  'failed.body': 'The connection may be unstable, or the platform was just updated. Reload the page and try again.',
  'failed.reload': 'Reload page',
  'not_found.title': 'Page not found',
  'not_found.body': 'The page you asked for does not exist or has moved.',

  'error.validation_failed': 'Some fields are missing or not valid; see the notes beside them.',
  'error.network_error': 'Cannot reach the server. Check your connection and try again.',
  'error.unknown': 'That did not work. Please try again later.',

  'field.required': 'Required.',
  'field.email': 'Enter a valid email address.',
  'field.phone': 'Enter a mainland mobile or landline number (e.g. 010-12345678).',
  'field.phone_full': 'This number is partly hidden and cannot be saved as it is; enter the full number.',
  'field.password_short': 'Use at least 10 characters.',

  'nav.partnerships': 'Partnerships',
  'nav.recruitment': 'Positions',
  'nav.unit_positions': 'Our positions',
  'common.list_separator': ', ',
  'relations.title': 'Partnerships and contacts',
  'relations.partnerships': 'Partnerships',
  'relations.no_partnerships': 'No partnerships yet.',
  'relations.readonly': 'The talent service centre keeps these records.',
  'reminders.title': 'Reminders',
  'reminders.expiring': 'Expiring ({n, plural, one {# day} other {# days}})',
  'reminders.inactive': 'No contact ({n}+ days)',
  'reminders.none_expiring': 'No agreement expires soon.',
  'reminders.none_inactive': 'Every open partnership has recent contact.',
  'reminders.overdue': 'Past end date',
  'reminders.none_overdue': 'No signed or active agreement is past its end date.',
  'reminders.ended_on': 'Ended {date}: renew it or mark it expired',
  'reminders.last_contact': 'Last contact {date}',
  'reminders.digest':
    "Today's digest: {expiring} expiring, {overdue} past their end date, {inactive} without recent contact.",
  'reminders.digest_pending': "Today's scheduled digest is not ready yet; the lists below are live.",
  ...enTrips,
  ...enRegistrant,
  ...enPlacements,
  ...enLogs,
  ...enAccounts,
  ...enNotifications,
  ...enAttendance,
  ...enCohorts,
  ...enImports,
  ...enConversion,
  ...enPartnerships,
  ...enHome,
  ...codeMessages(enCodes),
};
