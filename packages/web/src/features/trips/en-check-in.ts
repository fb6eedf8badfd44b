/** The door screen's messages in English; the Chinese table in zh-cn-check-in.ts decides the keys. */
import type { zhCNCheckIn } from './zh-cn-check-in';

export const enCheckIn: Record<keyof typeof zhCNCheckIn, string> = {
  'checkin.title': 'Check-in',
  'checkin.counts':
    '{checkedIn} checked in of {registered} registered · {waitlisted} waitlisted · ' +
    '{walkIns, plural, one {# walk-in} other {# walk-ins}}',
  'checkin.token_label': 'Check-in code',
  'checkin.token_hint': 'Scan with the scanner, or type the code under the QR and press Enter.',
  'checkin.submit': 'Check in',
  'checkin.camera_open': 'Scan with camera',
  'checkin.camera_close': 'Close camera',
  'checkin.camera_label': 'Camera view',
  'checkin.camera_failed': 'The camera could not be opened; use the scanner or type the code.',
  'checkin.ok': 'Checked in',
  'checkin.already': 'Already checked in',
  'checkin.checked_in_at': 'Checked in at {time}',
  'checkin.invalid': 'Invalid QR code',
  'checkin.invalid_body': 'This code is not for this event; check it and try again.',
  'checkin.waitlisted': 'On the waitlist',
  'checkin.waitlisted_body':
    '{name} is on the waitlist. To let them in, give the reason below: they get a seat and are checked in at once.',
  'checkin.search_title': 'Find by name or phone',
  'checkin.search_label': 'Name or phone',
  'checkin.search': 'Search',
  'checkin.search_none': 'No matching registration.',
  'checkin.row_not_checked_in': 'Not checked in yet',
  'checkin.row_waitlisted': 'Waitlisted',
  'checkin.cancelled': 'Registration cancelled',
  'checkin.cancelled_body':
    '{name} cancelled this registration, so the code no longer checks in. ' +
    'If they still want to attend, register them with the walk-in form below.',
  'checkin.row_cancelled': 'Cancelled: if they still want to attend, register them with the walk-in form below.',
  'checkin.admit': 'Admit {name} from the waitlist',
  'checkin.admit_seat': '{name} gets one of the free seats and is checked in.',
  'checkin.admit_full': 'The event is full: admitting {name} goes over its capacity. That is your call.',
  'checkin.admit_reason': 'Reason for admitting',
  'checkin.admit_reason_hint': "Kept in the event's records.",
  'checkin.admit_reason_needed': 'Give a reason (at least 2 characters).',
  'checkin.admit_confirm': 'Admit {name} and check in',
  'checkin.admit_already': 'Another member of staff has already checked this person in; nothing more to do.',
  'checkin.admitted': '{name} was admitted from the waitlist and checked in.',
  'checkin.admitted_over':
    '{name} was admitted from the waitlist and checked in. The event is now over capacity; the reason is recorded.',
  'checkin.manual': 'Check in {name}',
  'checkin.annul': 'Annul check-in of {name}',
  'checkin.annul_reason': 'Reason',
  'checkin.annul_reason_needed': 'Give a reason (at least 2 characters).',
  'checkin.annul_confirm': 'Annul',
  'checkin.walk_in_title': 'Walk-in',
  'checkin.walk_in_submit': 'Register and check in',
  'checkin.walk_in_done': '{name} registered and checked in.',
  'checkin.walk_in_duplicate':
    'Already registered for this event: scan their QR code, or find them by name above ' +
    'to check them in or admit them from the waitlist.',
};
