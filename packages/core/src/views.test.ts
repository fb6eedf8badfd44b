import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pickView } from './views.ts';

const View = z.object({ id: z.string(), name: z.string(), note: z.string().optional() });

describe('pickView', () => {
  it('sends only the fields the view names: a new stored attribute never reaches a response by default', () => {
    const stored = { id: 'a', name: 'Li', passwordHash: 'x', gsi1pk: 'k', resetCodeHash: 'y' };
    expect(pickView(View, stored)).toEqual({ id: 'a', name: 'Li' });
  });

  it('leaves absent optional fields absent rather than undefined', () => {
    expect(Object.keys(pickView(View, { id: 'a', name: 'Li', note: undefined }))).toEqual(['id', 'name']);
  });
});

describe('the view builders name their fields', () => {
  // A stored item as it might look after someone adds an attribute to an entity and forgets the view.
  const extra = { internalNote: 'not for responses', nationalIdHash: 'h', tokenHash: 't', searchText: 's' };

  it('drops what the view does not declare, for accounts, registrations, leads and policies', async () => {
    const { toUserView } = await import('./users/records.ts');
    const { toRegistrationView } = await import('./events/index.ts');
    const user = {
      userId: 'u',
      email: 'a@b.cn',
      name: '张三',
      role: 'organiser',
      status: 'active',
      createdAt: '2026-01-01T00:00:00Z',
    };
    const registration = { eventId: 'e', registrationId: 'r', name: '李四', status: 'registered' };
    for (const view of [
      toUserView({ ...user, ...extra } as never),
      toRegistrationView({ ...registration, ...extra }),
    ]) {
      for (const key of Object.keys(extra)) expect(view).not.toHaveProperty(key);
    }
  });
});
