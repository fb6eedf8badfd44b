import { localDate } from '../time.ts';
import { allowedTransitions, isOverdue } from './lifecycle.ts';
import { ActivityView, type PartnershipView } from './partnerships.schema.ts';
import { pickView } from '../views.ts';

/** What is stored of a partnership; the allowed moves and the overdue flag are worked out on reading. */
export type Stored = Omit<PartnershipView, 'allowedTransitions' | 'overdue'>;

export function toView(record: Record<string, unknown>, today = localDate()): PartnershipView {
  const r = record as Stored;
  return {
    ...r,
    commitments: r.commitments ?? [],
    documents: r.documents ?? [],
    overdue: isOverdue(r, today),
    allowedTransitions: [...allowedTransitions(r.status)],
  };
}

export function toActivity(record: Record<string, unknown>): ActivityView {
  const r = pickView(ActivityView, record);
  return { ...r, participants: r.participants ?? [] };
}
