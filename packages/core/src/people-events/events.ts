import { domainEvent } from '../outbox/events.ts';

/**
 * The events that tell coordinators, interns and mentors about decisions on them. Each is written
 * in the transaction of the change it announces; the payload holds ids and the facts the message
 * needs at the time of the change (a replay days later must say what happened then), never a
 * national ID. Names are past tense, `<area>.<what happened>`.
 */
export const PEOPLE_EVENTS = {
  registrationAccepted: 'registration.accepted',
  registrationDecided: 'registration.decided',
  placementMade: 'placement.made',
  placementMoved: 'placement.moved',
  placementMentorChanged: 'placement.mentor-changed',
  weekReturned: 'activity-week.returned',
  leaveRequested: 'leave.requested',
  leaveDecided: 'leave.decided',
  stipendApproved: 'stipend.approved',
  stipendBatchPaid: 'stipend.batch-paid',
} as const;

export interface RegistrationAccepted {
  registrationId: string;
  cohortId: string;
  universityId: string;
  userId: string;
  /** The one-time activation code, sealed with the PII key: the outbox item is readable to anyone with table access. */
  invitationSealed?: string;
  invitationExpiresAt?: string;
}

/**
 * One decision of a review request, written in the decision's own transaction: a review that stops
 * half-way still leaves an event for every decision it made. The coordinators' digest is gathered
 * from these by (reviewId, universityId); `position` is the registration's place in the request, so
 * the digest lists students in the order the organiser chose them.
 */
export interface RegistrationDecided {
  /** One id per review request (`POST …/registrations/decisions`). */
  reviewId: string;
  cohortId: string;
  registrationId: string;
  universityId: string;
  name: string;
  decision: 'accepted' | 'waitlisted' | 'rejected';
  reason?: string;
  decidedAt: string;
  position: number;
}

export interface PlacementChanged {
  registrationId: string;
  cohortId: string;
  hostUnitId: string;
  projectId: string;
  startDate: string;
  endDate: string;
  mentorId?: string;
  previousMentorId?: string;
}

export interface WeekReturned {
  registrationId: string;
  weekStart: string;
  comment?: string;
}

export interface LeaveRequested {
  leaveId: string;
  registrationId: string;
  internName: string;
  from: string;
  to: string;
  /** The mentor the intern had when asking: the one who decides, and the one told. */
  mentorId?: string;
}

export interface LeaveDecided {
  leaveId: string;
  registrationId: string;
  from: string;
  to: string;
  status: 'approved' | 'rejected';
  comment?: string;
}

export interface StipendApproved {
  cohortId: string;
  payeeId: string;
  payeeKind: 'intern' | 'mentor';
  totalFen: number;
}

export interface StipendBatchPaid {
  batchId: string;
  cohortId: string;
  paidAt: string;
  items: Array<{ payeeId: string; payeeKind: 'intern' | 'mentor'; totalFen: number }>;
}

type Payloads = {
  'registration.accepted': RegistrationAccepted;
  'registration.decided': RegistrationDecided;
  'placement.made': PlacementChanged;
  'placement.moved': PlacementChanged;
  'placement.mentor-changed': PlacementChanged;
  'activity-week.returned': WeekReturned;
  'leave.requested': LeaveRequested;
  'leave.decided': LeaveDecided;
  'stipend.approved': StipendApproved;
  'stipend.batch-paid': StipendBatchPaid;
};

/** A typed domain event of this module: the payload must match its type. */
export function peopleEvent<T extends keyof Payloads>(type: T, payload: Payloads[T]) {
  return domainEvent(type, payload as unknown as Record<string, unknown>);
}

export type PeopleEventType = keyof Payloads;
export type PeoplePayload<T extends PeopleEventType> = Payloads[T];
