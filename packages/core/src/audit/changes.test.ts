import { describe, expect, it } from 'vitest';
import { auditRecord, diffChanges } from './changes.ts';

describe('audit changes', () => {
  it('lists only changed fields, with before and after', () => {
    expect(diffChanges({ name: 'A', city: '北京', version: 1 }, { name: 'B', city: '北京', version: 2 })).toEqual({
      name: { before: 'A', after: 'B' },
    });
  });
  it('records created and removed fields one-sided', () => {
    expect(diffChanges(undefined, { name: 'A' })).toEqual({ name: { after: 'A' } });
    expect(diffChanges({ shortName: '北大' }, {})).toEqual({ shortName: { before: '北大' } });
  });
  it('masks phones inside changed structures and never records password hashes', () => {
    const changes = diffChanges(
      { contacts: [], passwordHash: 'x' },
      { contacts: [{ name: '王', phone: '13812345678' }], passwordHash: 'y' },
    );
    expect(changes).toEqual({ contacts: { before: [], after: [{ name: '王', phone: '138****5678' }] } });
  });
  it('masks a changed top-level phone or national ID too', () => {
    expect(diffChanges(undefined, { phone: '13812345678', nationalId: '11010519491231002X' })).toEqual({
      phone: { after: '138****5678' },
      nationalId: { after: '110***********002X' },
    });
    expect(diffChanges({ phone: '13812345678' }, { phone: '13912345678' })).toEqual({
      phone: { before: '138****5678', after: '139****5678' },
    });
  });
  it('stamps who did it', () => {
    const record = auditRecord({ userId: 'usr_1', role: 'organiser' }, 'university', 'uni_1', 'update', {});
    expect(record).toMatchObject({
      actorId: 'usr_1',
      actorRole: 'organiser',
      entityType: 'university',
      action: 'update',
    });
    expect(record.auditId).toMatch(/^aud_/);
  });
});
