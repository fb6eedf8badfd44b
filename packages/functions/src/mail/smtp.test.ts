import { describe, expect, it } from 'vitest';
import { classify } from './smtp.ts';

describe('SMTP failures', () => {
  it('a refused recipient or message (5xx) is permanent', () => {
    expect(
      classify(
        Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 unknown"), {
          code: 'EENVELOPE',
          responseCode: 550,
        }),
      ).permanent,
    ).toBe(true);
    expect(classify(Object.assign(new Error('554 rejected'), { code: 'EMESSAGE', responseCode: 554 })).permanent).toBe(
      true,
    );
  });

  it('a connection problem, a timeout, a 4xx or bad credentials may pass later', () => {
    expect(classify(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' })).permanent).toBe(false);
    expect(classify(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' })).permanent).toBe(false);
    expect(
      classify(Object.assign(new Error('451 try later'), { code: 'EENVELOPE', responseCode: 451 })).permanent,
    ).toBe(false);
    expect(classify(Object.assign(new Error('535 auth failed'), { code: 'EAUTH', responseCode: 535 })).permanent).toBe(
      false,
    );
  });
});
