import type { zhCNCard } from './zh-cn-card';

/** Keeping people once they come. Loaded with the talent service screens (messages.ts). */
export const enCard: Record<keyof typeof zhCNCard, string> = {
  'card.title': 'Talent service card',
  'card.issuer': 'Aksu Talent Service Card',
  'card.holder': 'Holder',
  'card.tier': 'Talent tier',
  'card.number': 'Card number',
  'card.valid_from_until': 'Valid {from} to {until}',
  'card.benefits': 'Benefits',
  'card.qr_label': 'Talent service card check QR code; scanning it opens {url}',
  'card.show_qr': 'Ask the service desk to scan this code to check the card',
  'card.none_title': 'You have no talent service card yet',
  'card.none_body':
    'After you report for duty, your service commissioner sets your talent tier. Leading and Tuofeng talent get a card at once; backbone and basic talent after some months in service.',
  'card.none_ask': 'To have one issued, ask your service commissioner.',
  'card.expired_title': 'This card has expired',
  'card.expired_body': 'It was valid until {until}. Ask your service commissioner to renew it.',
  'card.revoked_title': 'This card is no longer in use',
  'card.revoked_body': 'Ask your service commissioner why.',
  'card.saved_copy': 'No connection: this is the card saved on this phone, last updated {at}.',
  'card.not_saved':
    'No connection, and no card is saved on this phone yet. Open this page once online and it will show offline afterwards.',
  'card.check_title': 'Talent service card check',
  'card.check_valid': 'Valid',
  'card.check_valid_detail': 'This talent service card is valid; its holder is entitled to the benefits below.',
  'card.check_invalid': 'Not valid',
  'card.check_invalid_detail': 'This talent service card is no longer valid; it gives no benefits.',
  'card.check_holder': 'Holder (partly hidden)',
  'card.check_valid_until': 'Valid until',
  'card.checked_at': 'Checked at',
  'card.check_not_found': 'This card could not be found',
  'card.check_not_found_body':
    'Make sure you scanned the QR code on an Aksu Talent Service Card. If it still cannot be checked, call the Aksu Prefecture Talent Service Centre.',
  'card.check_wait': 'Too many checks from here. Wait a minute and try again.',
};
