import { describe, expect, it } from 'vitest';
import { attentionSignals, byNeed, unitChange, type AttentionInputs } from './attention-rules.ts';

const step = (stage: string, on: string, employer?: string) =>
  ({
    stage,
    on,
    ...(employer ? { employer } : {}),
    recordedBy: 'x',
    recordedAt: on,
  }) as AttentionInputs['history'][number];

const base: AttentionInputs = {
  today: '2026-06-01',
  onboardedOn: '2025-09-01',
  lastContactOn: '2026-05-01',
  contactOverdue: false,
  nextContactDue: '2026-08-01',
  retainedYears: 0,
  history: [step('onboarded', '2025-09-01', 'A')],
  requests: [],
};

describe('attention signals', () => {
  it('has none for a person contacted, with nothing late', () => {
    expect(attentionSignals(base)).toEqual([]);
  });

  it('counts a rating of 2 as low and 3 as not, until a contact on or after it', () => {
    const rated = (rating: number, lastContactOn = base.lastContactOn) =>
      attentionSignals({
        ...base,
        lastContactOn,
        requests: [
          {
            requestId: 'r',
            kind: 'housing',
            state: 'closed',
            dueOn: '2026-05-20',
            rating,
            updatedAt: '2026-05-10T02:00:00Z',
          },
        ],
      }).map((s) => s.code);
    expect(rated(2)).toEqual(['low_rating']);
    expect(rated(3)).toEqual([]);
    expect(rated(1, '2026-05-10')).toEqual([]);
  });

  it('flags the fifth anniversary from 180 days before it, while no home is bought', () => {
    const at = (today: string, homeBoughtOn?: string) =>
      attentionSignals({ ...base, onboardedOn: '2021-12-01', retainedYears: 5, today, homeBoughtOn }).map(
        (s) => s.code,
      );
    expect(at('2026-06-04')).toEqual(['home_condition_unmet']);
    expect(at('2026-12-01')).toEqual(['home_condition_unmet']);
    expect(at('2026-06-04', '2026-01-01')).toEqual([]);
    expect(at('2026-06-03')).toEqual([]);
    expect(at('2026-12-02')).toEqual([]);
  });

  it('finds the last change of employer in the history', () => {
    expect(unitChange([step('onboarded', '2025-01-01', 'A'), step('retained', '2026-01-02', 'A')])).toBeNull();
    expect(
      unitChange([
        step('onboarded', '2025-01-01', 'A'),
        step('retained', '2026-01-02', 'B'),
        step('retained', '2027-01-02', 'B'),
      ]),
    ).toEqual({ from: 'A', to: 'B', on: '2026-01-02' });
  });

  it('orders by the number of signals, then the oldest', () => {
    const s = (since: string) => ({ code: 'low_rating' as const, since, params: {}, action: 'log_contact' as const });
    const people = [
      { signals: [s('2026-03-01')] },
      { signals: [s('2026-04-01'), s('2026-04-02')] },
      { signals: [s('2026-01-01')] },
    ];
    expect(people.sort(byNeed).map((p) => p.signals[0]!.since)).toEqual(['2026-04-01', '2026-01-01', '2026-03-01']);
  });
});
