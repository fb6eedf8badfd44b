import type { zhCNRegistrant } from './zh-cn-registrant';

export const enRegistrant: Record<keyof typeof zhCNRegistrant, string> = {
  'registrant.receipt.mailed':
    'A confirmation with your check-in QR code and a link to "My registration" was sent to {email}.',
  'registrant.receipt.mailed_waitlist':
    'A waitlist notice was sent to {email}. When someone cancels, seats go to the waitlist in order and we mail you your QR code.',
  'registrant.receipt.my_link': 'View my registration',
  'registrant.my.title': 'My registration',
  'registrant.my.status.registered': 'Registered',
  'registrant.my.status.waitlisted': 'On the waitlist',
  'registrant.my.status.cancelled': 'Cancelled',
  'registrant.my.checked_in': 'Checked in at {time}',
  'registrant.my.promoted': 'Moved from the waitlist to a confirmed seat',
  'registrant.my.name': 'Name',
  'registrant.my.contact': 'Contact',
  'registrant.my.no_seats': 'No seats left',
  'registrant.my.cancel': 'Cancel registration',
  'registrant.my.cancel_confirm': 'Cancel your registration? Your seat goes to the next person on the waitlist.',
  'registrant.my.cancel_yes': 'Yes, cancel',
  'registrant.my.cancel_no': 'Keep it',
  'registrant.my.cancelled': 'Your registration is cancelled.',
  'registrant.recover.title': 'Find my registration',
  'registrant.recover.intro':
    'Enter the email or phone number you registered with; we will send a code to the registration email.',
  'registrant.recover.contact': 'Email or phone number',
  'registrant.recover.send': 'Send code',
  'registrant.recover.sent':
    'If this email or phone is registered, a code valid for 15 minutes was sent to the registration email.',
  'registrant.recover.code': 'Code',
  'registrant.recover.verify': 'Open my registration',
  'registrant.recover.invalid': 'The code is wrong or has expired; ask for a new one.',
  'registrant.recover.link_invalid': 'This link no longer opens a registration; find it with a code instead.',
};
