import { describe, expect, it } from 'vitest';
import { earliestConfirmation, futureDateError, retentionDateError } from './dates.ts';

describe('outcome dates', () => {
  it('takes today and refuses tomorrow, naming the field and the latest date', () => {
    expect(futureDateError('2026-12-02', { on: '2026-12-02', agreementConfirmedOn: undefined })).toBeNull();
    const error = futureDateError('2026-12-02', { on: '2026-12-01', agreementConfirmedOn: '2026-12-03' });
    expect(error).toMatchObject({
      code: 'date_in_future',
      extra: { latestOn: '2026-12-02', errors: [{ path: 'agreementConfirmedOn' }] },
    });
  });

  it('confirms year n from the n-th anniversary of onboarding, 29 February on 28 February', () => {
    expect(earliestConfirmation('2024-07-15', 1)).toBe('2025-07-15');
    expect(earliestConfirmation('2024-02-29', 1)).toBe('2025-02-28');
    expect(retentionDateError('2024-07-15', 2, '2026-07-15')).toBeNull();
    expect(retentionDateError('2024-07-15', 2, '2026-07-14')).toMatchObject({
      code: 'retention_too_early',
      extra: { earliestOn: '2026-07-15' },
    });
    expect(retentionDateError('2024-07-15', 1, '2024-08-15')).toMatchObject({
      code: 'retention_too_early',
      extra: { earliestOn: '2025-07-15' },
    });
  });
});
