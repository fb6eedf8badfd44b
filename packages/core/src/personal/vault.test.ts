import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { configureVault, decryptField, encryptField, lookupHash } from './vault.ts';

describe('the personal-data vault', () => {
  beforeAll(() => configureVault('unit-test-secret-0123456789'));

  it('round-trips a value and never stores it in the clear', () => {
    const sealed = encryptField('11010519491231002X');
    expect(sealed).not.toContain('11010519491231002X');
    expect(decryptField(sealed)).toBe('11010519491231002X');
  });

  it('encrypts the same value differently each time', () => {
    expect(encryptField('x')).not.toBe(encryptField('x'));
  });

  it('refuses a tampered value instead of returning garbage', () => {
    const sealed = encryptField('11010519491231002X');
    const [v, iv, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0]! ^= 1;
    expect(() => decryptField([v, iv, flipped.toString('base64url'), tag].join('.'))).toThrow();
  });

  it('hashes for lookups with a key, so the hash is not a plain digest of the ID', () => {
    const h = lookupHash('nationalId', '11010519491231002X');
    expect(h).toBe(lookupHash('nationalId', '11010519491231002X'));
    expect(h).not.toBe(createHash('sha256').update('11010519491231002X').digest('base64url'));
    expect(lookupHash('other', '11010519491231002X')).not.toBe(h);
  });

  it('reads differently under another key', () => {
    const sealed = encryptField('secret');
    const before = lookupHash('nationalId', 'a');
    configureVault('another-secret-0123456789');
    expect(() => decryptField(sealed)).toThrow();
    expect(lookupHash('nationalId', 'a')).not.toBe(before);
    configureVault('unit-test-secret-0123456789');
  });

  it('refuses a short secret', () => {
    expect(() => configureVault('short')).toThrow(/16 characters/);
    configureVault('unit-test-secret-0123456789');
  });
});
