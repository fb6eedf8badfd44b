import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ResetCode, User } from '../../api/types';
import { useUser } from '../../auth/session';
import { Alert, LoadError, Loading } from '../../ui/feedback';
import { SelectField, TextField } from '../../ui/field';
import { InviteUserForm } from './invite-user-form';
import { ResetCodePanel } from './reset-code';
import { StatusBadge } from '../../ui/status-badge';
import { useI18n } from '../../i18n/i18n';
import { problemText } from '../../lib/problem-text';
import { usePagedList } from '../../lib/use-resource';
import { useTitle } from '../../lib/use-title';

const PAGE_SIZE = 50;
const ROLES = ['organiser', 'coordinator', 'mentor', 'intern', 'reviewer'] as const;

export default function UsersPage() {
  const { t } = useI18n();
  const me = useUser();
  useTitle(t('users.title'));
  // The filters live in the URL, so a search survives a reload and the back button returns to it.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const role = ROLES.find((r) => r === params.get('role'));
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  const filtered = Boolean(q || role);
  const list = usePagedList(
    (cursor, signal) =>
      unwrap(
        api.GET('/v1/users', {
          params: { query: { limit: PAGE_SIZE, cursor, q: q || undefined, role } },
          signal,
        }),
      ),
    ['/v1/users', q, role],
  );
  const applyFilters = (next: { q?: string; role?: string }) => {
    const merged = { q, role: role ?? '', ...next };
    const search = new URLSearchParams();
    if (merged.q.trim()) search.set('q', merged.q.trim());
    if (merged.role) search.set('role', merged.role);
    setParams(search, { replace: true });
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    applyFilters({ q: typed });
  };
  const [pending, setPending] = useState<string>();
  const [actionError, setActionError] = useState<{ name: string; message: string }>();
  const [done, setDone] = useState<string>();
  const [resetCode, setResetCode] = useState<ResetCode>();

  const setStatus = async (user: User, verb: 'disable' | 'enable') => {
    setPending(user.userId);
    setActionError(undefined);
    setDone(undefined);
    try {
      const path = verb === 'disable' ? '/v1/users/{userId}/disable' : '/v1/users/{userId}/enable';
      const updated = await unwrap(api.POST(path, { params: { path: { userId: user.userId } } }));
      list.replace((u) => u.userId === user.userId, updated);
      setDone(t(verb === 'disable' ? 'users.disabled_done' : 'users.enabled_done', { name: user.name }));
    } catch (error) {
      setActionError({ name: user.name, message: problemText(error, t) });
    } finally {
      setPending(undefined);
    }
  };

  /** A reset code (shown once) or an unlock: both leave the listed account as it is. */
  const act = async (user: User, verb: 'reset-code' | 'unlock') => {
    setPending(user.userId);
    setActionError(undefined);
    setDone(undefined);
    setResetCode(undefined);
    try {
      const params = { path: { userId: user.userId } };
      if (verb === 'reset-code') setResetCode(await unwrap(api.POST('/v1/users/{userId}/reset-code', { params })));
      else {
        await unwrap(api.POST('/v1/users/{userId}/unlock', { params }));
        setDone(t('users.unlocked_done', { name: user.name }));
      }
    } catch (error) {
      setActionError({ name: user.name, message: problemText(error, t) });
    } finally {
      setPending(undefined);
    }
  };

  return (
    <section className="page" aria-labelledby="users-title">
      <h1 id="users-title">{t('users.title')}</h1>
      <p>
        <Link to="/admin/audit">{t('users.audit_link')}</Link>
      </p>
      <details className="panel">
        <summary>
          <h2>{t('users.invite_title')}</h2>
        </summary>
        <InviteUserForm />
      </details>

      <section className="panel" aria-labelledby="accounts-title">
        <h2 id="accounts-title">{t('users.list_title')}</h2>
        {done && <Alert tone="success">{done}</Alert>}
        {resetCode && <ResetCodePanel issued={resetCode} onDone={() => setResetCode(undefined)} />}
        {actionError && (
          <Alert tone="error" title={actionError.name}>
            {actionError.message}
          </Alert>
        )}
        <search>
          <form className="filters" onSubmit={onSearch} noValidate>
            <TextField
              id="q"
              type="search"
              label={t('users.search')}
              placeholder={t('users.search_placeholder')}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              maxLength={60}
              autoComplete="off"
            />
            <SelectField
              id="role"
              label={t('users.role_filter')}
              value={role ?? ''}
              onChange={(e) => applyFilters({ role: e.target.value })}
            >
              <option value="">{t('users.all_roles')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </SelectField>
            <div className="filter-actions">
              <button type="submit" className="button primary">
                {t('users.search_submit')}
              </button>
              {filtered && (
                <button type="button" className="button secondary" onClick={() => applyFilters({ q: '', role: '' })}>
                  {t('users.clear')}
                </button>
              )}
            </div>
          </form>
        </search>
        {list.status === 'loading' && <Loading />}
        {list.status === 'error' && <LoadError error={list.error} onRetry={list.reload} />}
        {list.status === 'ready' && list.items.length === 0 && filtered && (
          <p className="muted" role="status">
            {t('users.none_matching')}
          </p>
        )}
        <ul className="people accounts">
          {list.items.map((user) => (
            <li key={user.userId}>
              <span className="person-name">
                {user.name}
                {user.userId === me.userId && <span className="muted"> {t('users.you')}</span>}
              </span>
              <span className="person-email">{user.email}</span>
              <span className="person-role">
                {t(`role.${user.role}`)}
                {user.isAdmin ? ` · ${t('role.admin')}` : ''}
                {user.universityId && (
                  <>
                    {' · '}
                    <Link to={`/universities/${user.universityId}`}>{t('users.view_university')}</Link>
                  </>
                )}
              </span>
              <StatusBadge status={user.status} />
              {user.userId !== me.userId && user.status === 'active' && (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={pending === user.userId}
                  onClick={() => setStatus(user, 'disable')}
                >
                  {t('users.disable')}
                  <span className="visually-hidden"> {user.name}</span>
                </button>
              )}
              {user.status === 'active' && (
                <>
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={pending === user.userId}
                    onClick={() => act(user, 'reset-code')}
                  >
                    {t('users.reset_code')}
                    <span className="visually-hidden"> {user.name}</span>
                  </button>
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={pending === user.userId}
                    onClick={() => act(user, 'unlock')}
                  >
                    {t('users.unlock')}
                    <span className="visually-hidden"> {user.name}</span>
                  </button>
                </>
              )}
              {user.status === 'disabled' && (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={pending === user.userId}
                  onClick={() => setStatus(user, 'enable')}
                >
                  {t('users.enable')}
                  <span className="visually-hidden"> {user.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
        {list.nextCursor && (
          <button type="button" className="button secondary" onClick={list.loadMore} disabled={list.loadingMore}>
            {t('common.load_more')}
          </button>
        )}
      </section>
    </section>
  );
}
