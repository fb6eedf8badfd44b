import { describe, expect, it } from 'vitest';
import { newId } from '../ids.ts';
import { AUDIT_ENTITY_ID } from './entity-ids.ts';

describe('AUDIT_ENTITY_ID', () => {
  const registration = newId('cohortRegistration');
  const cohort = newId('cohort');

  it('accepts every form of id the audit entries are written with', () => {
    for (const id of [
      newId('university'),
      registration,
      `${registration}:2025-07-01`,
      `${cohort}:${registration}`,
      `${cohort}:${newId('mentor')}`,
    ]) {
      expect(AUDIT_ENTITY_ID.test(id), id).toBe(true);
    }
  });

  it('refuses anything else', () => {
    for (const id of [
      '',
      'uni_123',
      `${registration}:`,
      `${registration}:2025-7-1`,
      `${registration}:2025-07-01:x`,
      `${cohort}:${registration}:${registration}`,
      `x${registration}`,
    ]) {
      expect(AUDIT_ENTITY_ID.test(id), id).toBe(false);
    }
  });
});
