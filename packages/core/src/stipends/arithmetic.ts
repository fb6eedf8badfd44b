import { isWeekday } from '../activity-logs/weeks.ts';

/** A cohort day as attendance reports it. */
export type DayStatus = 'present' | 'late_synced' | 'leave' | 'absent' | 'future';

export interface AttendanceDay {
  date: string;
  status: DayStatus;
}

export interface StipendRules {
  dailyAllowanceFen: number;
  countedDays: 'checked_in' | 'calendar' | 'weekdays';
  travelCapFen: number;
  projectAwardFen: number;
  mentorAllowancePerMenteeFen: number;
  countApprovedLeave?: boolean;
}

export type LineKind = 'daily' | 'travel' | 'award' | 'mentee';

/** One line of a statement: what it pays for, how it was computed, and the amount in fen. */
export interface StatementLine {
  kind: LineKind;
  /**
   * The explanation in Chinese, as the finance office reads it in the payout workbook. Screens build
   * theirs, in the reader's language, from the parts below; a statement frozen before those parts were
   * kept has only this.
   */
  label: string;
  quantity: number;
  unitFen: number;
  amountFen: number;
  /** Travel: what was claimed before the cap. Mentee: whose allowance. */
  claimedFen?: number;
  refId?: string;
  /** Daily: which days earn the allowance, and whether approved leave counts with them. */
  basis?: StipendRules['countedDays'];
  withLeave?: boolean;
  /** Travel: the policy's cap, which the claim is paid up to. */
  capFen?: number;
  /** Mentee: the intern the allowance is for, by name. */
  menteeName?: string;
}

export interface Statement {
  lines: StatementLine[];
  totalFen: number;
}

/** Fen as yuan text (8333 → "83.33"), by integer division: never through a floating-point yuan. */
export function fenText(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function assertFen(value: number) {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number of fen: ${value}`);
}

/** Integer × integer stays an integer; a product beyond exact range is refused rather than rounded. */
export function times(count: number, unitFen: number): number {
  assertFen(count);
  assertFen(unitFen);
  const product = count * unitFen;
  assertFen(product);
  return product;
}

export function sumFen(amounts: number[]): number {
  return amounts.reduce((total, amount) => {
    assertFen(amount);
    const next = total + amount;
    assertFen(next);
    return next;
  }, 0);
}

/**
 * The days that earn the daily allowance, as of `today` (the cohort's local date).
 * - `checked_in`: days checked in (on time or synced late);
 * - `weekdays`: the same, Monday to Friday only;
 * - `calendar`: every elapsed day of the cohort, whether or not the intern checked in.
 * Approved leave days count in addition only when the policy says so (`countApprovedLeave`), and
 * only once the day has passed (strictly before today): leave is approved ahead, so counting it
 * on approval would pay days still to come, and an intern who comes back early and checks in
 * would be paid a leave day that never happened. A check-in counts on its own day, because the
 * day has been attended. Since a statement is approved at what it counts now, one approved
 * mid-cohort freezes only the days that had come by then.
 */
export function countedDays(
  days: AttendanceDay[],
  rules: Pick<StipendRules, 'countedDays' | 'countApprovedLeave'>,
  today: string,
): number {
  const leave = rules.countApprovedLeave === true;
  return days.filter((day) => {
    if (day.status === 'future') return false;
    if (day.status === 'leave')
      return leave && day.date < today && (rules.countedDays !== 'weekdays' || isWeekday(day.date));
    if (rules.countedDays === 'calendar') return true;
    if (day.status === 'absent') return false;
    return rules.countedDays === 'checked_in' || isWeekday(day.date);
  }).length;
}

const DAY_BASIS: Record<StipendRules['countedDays'], string> = {
  checked_in: '签到天数',
  weekdays: '工作日签到天数',
  calendar: '实践天数',
};

/**
 * An intern's statement as of `today`: counted days × daily allowance, travel reimbursed up to the
 * cap, and the one-time project award. Every amount is integer fen.
 */
export function internStatement(
  rules: StipendRules,
  days: AttendanceDay[],
  travelClaimedFen: number,
  today: string,
): Statement {
  assertFen(travelClaimedFen);
  const count = countedDays(days, rules, today);
  const leaveNote = rules.countApprovedLeave ? '（含批准的请假）' : '';
  const daily: StatementLine = {
    kind: 'daily',
    label: `${DAY_BASIS[rules.countedDays]}${leaveNote} ${count} 天 × 日补贴 ${fenText(rules.dailyAllowanceFen)} 元`,
    quantity: count,
    unitFen: rules.dailyAllowanceFen,
    amountFen: times(count, rules.dailyAllowanceFen),
    basis: rules.countedDays,
    withLeave: rules.countApprovedLeave === true,
  };
  const travelFen = Math.min(travelClaimedFen, rules.travelCapFen);
  const travel: StatementLine = {
    kind: 'travel',
    label:
      travelClaimedFen > rules.travelCapFen
        ? `往返交通报销：申报 ${fenText(travelClaimedFen)} 元，按上限 ${fenText(rules.travelCapFen)} 元`
        : `往返交通报销：申报 ${fenText(travelClaimedFen)} 元（上限 ${fenText(rules.travelCapFen)} 元）`,
    quantity: 1,
    unitFen: travelFen,
    amountFen: travelFen,
    claimedFen: travelClaimedFen,
    capFen: rules.travelCapFen,
  };
  const award: StatementLine = {
    kind: 'award',
    label: `项目完成奖励（一次性）${fenText(rules.projectAwardFen)} 元`,
    quantity: 1,
    unitFen: rules.projectAwardFen,
    amountFen: rules.projectAwardFen,
  };
  const lines = [daily, travel, award];
  return { lines, totalFen: sumFen(lines.map((l) => l.amountFen)) };
}

/** A mentor's teaching allowance: one line per mentee at the policy's rate. */
export function mentorStatement(
  rules: Pick<StipendRules, 'mentorAllowancePerMenteeFen'>,
  mentees: Array<{ registrationId: string; name: string }>,
): Statement {
  const lines = mentees.map<StatementLine>((m) => ({
    kind: 'mentee',
    label: `帮带 ${m.name}：导师补贴 ${fenText(rules.mentorAllowancePerMenteeFen)} 元`,
    quantity: 1,
    unitFen: rules.mentorAllowancePerMenteeFen,
    amountFen: rules.mentorAllowancePerMenteeFen,
    refId: m.registrationId,
    menteeName: m.name,
  }));
  return { lines, totalFen: sumFen(lines.map((l) => l.amountFen)) };
}
