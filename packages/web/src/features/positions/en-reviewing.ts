import type { zhCNReviewing } from './zh-cn-reviewing';

/** A unit reviewer's home. Loaded with the recruitment screens (messages.ts). */
export const enReviewing: Record<keyof typeof zhCNReviewing, string> = {
  'reviewing.title': 'Our unit’s positions',
  'reviewing.intro':
    'The positions the talent service office publishes for your unit. Open a position’s applications to read the CVs and screen them.',
  'reviewing.none': 'Your unit has no positions yet',
  'reviewing.none_next': 'The talent service office publishes positions for your unit; they appear here once created.',
  'reviewing.none_in_status': 'No position is {status}',
  'reviewing.applications': 'Applications',
  'reviewing.back_home': '← Our unit’s positions',
  'reviewing.applications_of': 'Applications to {title}',
  'reviewing.rules':
    'You shortlist, interview, offer or reject (with a reason). The office records an accepted offer and closes positions.',
};
