import type { EVENT_KINDS } from '../events/event.entity.ts';
import type { DEGREE_LEVELS } from '../events/registration.entity.ts';

/** The words the office uses in its own reports; the API keeps the stable English codes. */
export const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  campus_talk: '宣讲会',
  job_fair: '招聘会',
  symposium: '座谈会',
  cooperation_talks: '合作洽谈',
  signing_ceremony: '签约仪式',
};

export const DEGREE_LABELS: Record<(typeof DEGREE_LEVELS)[number], string> = {
  bachelor: '本科',
  master: '硕士',
  phd: '博士',
};

/** A registration's state as the attendance sheet reads it. */
export const ATTENDANCE_STATUS_LABELS = {
  checkedIn: '已签到',
  waitlisted: '候补',
  noShow: '未到场',
  registered: '已报名',
} as const;
