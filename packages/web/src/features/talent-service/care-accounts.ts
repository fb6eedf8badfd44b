import { api, unwrap } from '../../api/client';
import { useResource } from '../../lib/use-resource';

/**
 * Active accounts of one role, for choosing a commissioner or a contact (organisers only; the
 * API lists them). One page of the newest is enough for a talent office's own staff and leaders.
 */
export function useAccountsOf(role: 'organiser' | 'contact', enabled = true) {
  const accounts = useResource(
    (signal) =>
      enabled
        ? unwrap(api.GET('/v1/users', { params: { query: { role, limit: 100 } }, signal }))
        : Promise.resolve({ items: [], nextCursor: null }),
    ['/v1/users', role, enabled],
  );
  const active = (accounts.data?.items ?? []).filter((u) => u.status === 'active');
  const names = new Map((accounts.data?.items ?? []).map((u) => [u.userId, u.name]));
  return { active, names, status: accounts.status };
}
