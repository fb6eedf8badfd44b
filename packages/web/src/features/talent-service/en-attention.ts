import type { zhCNAttention } from './zh-cn-attention';

/** Keeping people once they come. Loaded with the talent service screens (messages.ts). */
export const enAttention: Record<keyof typeof zhCNAttention, string> = {
  'attn.title': 'Who needs attention this week',
  'attn.intro':
    'Each person with the plain reasons for concern and what to do next, never a score: most reasons first, then the oldest.',
  'attn.views': 'Whose people',
  'attn.view.mine': 'My people',
  'attn.view.all': 'Everyone',
  'attn.open_request': 'Open the request',
  'attn.open_outcome': 'Open the outcome and retention record',
  'attn.empty': 'Nobody needs attention this week.',
  'attn.truncated': 'Many people are looked after and only part of them was read; look at one commissioner at a time.',
  'attn.reasons': 'Reasons',
  'attn.next': 'Next: {action}',
  'attn.since': 'since {date}',
  'attn.code.contact_overdue': 'Contact overdue: due by {dueOn}, last contacted on {lastContactOn}',
  'attn.code.request_overdue':
    '{count, plural, one {# request is} other {# requests are}} past the deadline; the earliest ({kind}) was due on {dueOn}',
  'attn.code.retention_pending': 'Year {year} of retention not yet confirmed (anniversary {dueOn})',
  'attn.code.low_rating': 'Rated a closed request ({kind}) {rating} out of 5, and not contacted since',
  'attn.code.home_condition_unmet':
    'Five years on {anniversary} and no home purchase recorded: the housing subsidy condition is unmet',
  'attn.code.unit_changed': 'Changed unit on {on} from {from} to {to}, and not contacted since',
  'attn.action.log_contact': 'contact or visit them and log it',
  'attn.action.advance_request': 'move the request on',
  'attn.action.confirm_retention': 'confirm the year of retention',
  'attn.action.discuss_home_purchase': 'ask about their home purchase plans and explain the subsidy condition',
} as const;
