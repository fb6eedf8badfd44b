import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { homePath, useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { useTitle } from '../lib/use-title';
import { Alert, Loading } from './feedback';

/** Screens behind sign-in; anyone else goes to the sign-in page and comes back afterwards. */
export function RequireUser() {
  const { t } = useI18n();
  const { user, status, retry } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'offline') {
    return (
      <Alert tone="error" title={t('error.network_error')}>
        <button type="button" className="button secondary" onClick={retry}>
          {t('common.retry')}
        </button>
      </Alert>
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet />;
}

/**
 * Hides screens a role has no use for. The API enforces the same rules; this only spares people a
 * screen full of "forbidden" errors.
 */
export function RequireRole({ roles, admin, children }: { roles: Role[]; admin?: boolean; children: ReactNode }) {
  const { user } = useSession();
  if (user && roles.includes(user.role) && (!admin || user.isAdmin)) return <>{children}</>;
  return <Forbidden />;
}

function Forbidden() {
  const { t } = useI18n();
  const { user } = useSession();
  useTitle(t('forbidden.title'));
  return (
    <section className="page narrow">
      <h1>{t('forbidden.title')}</h1>
      <p>{t('forbidden.body')}</p>
      {user && (
        <p>
          <Link to={homePath(user)}>{t('common.back_home')}</Link>
        </p>
      )}
    </section>
  );
}
