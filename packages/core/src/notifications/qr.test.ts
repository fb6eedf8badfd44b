import { describe, expect, it } from 'vitest';
import { qrAttachment } from './qr.ts';

describe('QR attachment', () => {
  it('is an inline PNG with its cid', async () => {
    const qr = await qrAttachment('reg_TEST', 'ticket');
    expect(qr).toMatchObject({ cid: 'ticket', contentType: 'image/png', filename: 'ticket.png' });
    expect(qr.content.subarray(1, 4).toString()).toBe('PNG');
  });
});
