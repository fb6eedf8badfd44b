import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, matchPath, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { homePath, useSession } from '../auth/session';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { ErrorBoundary, ScreenFailed } from './error-boundary';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  to: string;
  label: MessageKey;
}

function navItems(role: string, isAdmin: boolean): NavItem[] {
  if (role === 'organiser') {
    const items: NavItem[] = [
      { to: '/universities', label: 'nav.universities' },
      { to: '/partnerships', label: 'nav.partnerships' },
      { to: '/trips', label: 'nav.trips' },
      { to: '/leads', label: 'nav.leads' },
      { to: '/cohorts', label: 'nav.cohorts' },
      { to: '/host-units', label: 'nav.host_units' },
      { to: '/mentors', label: 'nav.mentors' },
      { to: '/placements', label: 'nav.placements' },
      { to: '/attendance', label: 'nav.attendance' },
      { to: '/dashboard', label: 'nav.dashboard' },
      { to: '/outcomes', label: 'nav.outcomes' },
      { to: '/recruitment', label: 'nav.recruitment' },
      { to: '/talent-service', label: 'nav.talent_service' },
    ];
    items.push({ to: '/admin/deliveries', label: 'nav.deliveries' });
    if (isAdmin) items.push({ to: '/admin/users', label: 'nav.users' });
    return items;
  }
  if (role === 'coordinator') {
    return [
      { to: '/my-university', label: 'nav.my_university' },
      { to: '/cohorts', label: 'nav.cohorts' },
      { to: '/placements', label: 'nav.placements' },
      { to: '/attendance', label: 'nav.attendance' },
      { to: '/leads', label: 'nav.leads' },
      { to: '/outcomes', label: 'nav.outcomes' },
    ];
  }
  if (role === 'mentor')
    return [
      { to: '/my-mentees', label: 'nav.my_mentees' },
      { to: '/mentee-attendance', label: 'nav.mentee_attendance' },
    ];
  if (role === 'intern')
    return [
      { to: '/my-day', label: 'nav.my_day' },
      { to: '/my-outcome', label: 'nav.my_outcome' },
      { to: '/my-requests', label: 'nav.my_requests' },
      { to: '/my-card', label: 'nav.my_card' },
    ];
  // A unit's reviewer: its positions, whose applications open from there.
  if (role === 'reviewer') return [{ to: '/unit', label: 'nav.unit_positions' }];
  // A leader or unit keeping in touch: their people, nothing else.
  if (role === 'contact') return [{ to: '/talent-service', label: 'nav.my_people' }];
  // A person who came from a lead: their card and their requests, nothing of the summer programme.
  if (role === 'talent')
    return [
      { to: '/my-card', label: 'nav.my_card' },
      { to: '/my-requests', label: 'nav.my_requests' },
    ];
  return [];
}

/** Activity logs, reviews, evaluations and stipends, after each role's other entries. */
const LOGS_NAV: Record<string, NavItem[]> = {
  organiser: [{ to: '/stipends', label: 'nav.stipends' }],
  mentor: [
    { to: '/log-reviews', label: 'nav.log_reviews' },
    { to: '/evaluations', label: 'nav.evaluations' },
  ],
  intern: [
    { to: '/my-logs', label: 'nav.my_logs' },
    { to: '/my-stipend', label: 'nav.my_stipend' },
  ],
};

/**
 * Above this many items the list takes more than one row on a phone (an organiser's wrapped into
 * three), so narrow screens show a menu button that opens the full list instead.
 */
const INLINE_ITEMS = 4;

/** The entry the current page belongs to: the one whose path is the longest start of the location. */
function currentItem(items: NavItem[], pathname: string): NavItem | undefined {
  return items
    .filter((item) => matchPath({ path: item.to, end: false }, pathname))
    .sort((a, b) => b.to.length - a.to.length)[0];
}

/** The shell of every screen; `bell` is the notifications feature's bell, handed in so ui/ knows no feature. */
export function Layout({ bell }: { bell?: ReactNode }) {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const menuButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);

  // After client-side navigation, start screen readers and keyboard users at the new content, as a
  // full page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Following a link from the menu closes it, so the new page is not hidden under the list.
    setMenuOpen(false);
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const onNavKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  const onSignOut = () => {
    signOut();
    navigate('/login', { replace: true });
  };

  const items = user ? [...navItems(user.role, user.isAdmin), ...(LOGS_NAV[user.role] ?? [])] : [];
  const compact = items.length > INLINE_ITEMS;
  const current = currentItem(items, location.pathname);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to={user ? homePath(user) : '/login'} className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-text">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-sep" aria-hidden="true">
                ·
              </span>
              <span className="brand-sub">{t('app.subtitle')}</span>
            </span>
          </Link>
          {user && (
            <p className="user-chip">
              {/* The name leads to the person's own account (password, sessions) without taking header room on a phone. */}
              <Link to="/account" className="user-name">
                {user.name}
                <span className="visually-hidden"> · {t('layout.account')}</span>
              </Link>
              <span className="user-role">
                {t(`role.${user.role}`)}
                {user.isAdmin ? ` · ${t('role.admin')}` : ''}
              </span>
            </p>
          )}
          <div className="header-actions">
            <LanguageSwitch />
            {user && bell}
            {user && (
              <button type="button" className="button ghost" onClick={onSignOut}>
                {t('layout.sign_out')}
              </button>
            )}
          </div>
        </div>
        {items.length > 0 && (
          <nav
            className={`main-nav${compact ? ' compact' : ''}${menuOpen ? ' open' : ''}`}
            aria-label={t('layout.nav_label')}
            onKeyDown={onNavKey}
          >
            {compact && (
              // Only shown on narrow screens (see nav.css); it names the current page so the closed menu still says where one is.
              <button
                ref={menuButton}
                type="button"
                className="nav-toggle"
                aria-expanded={menuOpen}
                aria-controls="main-nav-list"
                onClick={() => setMenuOpen((open) => !open)}
              >
                <span className="nav-toggle-icon" aria-hidden="true" />
                <span>{t('layout.menu')}</span>
                {current && (
                  <span className="nav-toggle-current">
                    <span className="visually-hidden">{t('layout.menu_current')}</span>
                    {t(current.label)}
                  </span>
                )}
              </button>
            )}
            <ul id="main-nav-list">
              {items.map((item) => (
                <li key={item.to}>
                  {/* Closes the menu even for the page already shown, where no navigation follows to close it. */}
                  <NavLink to={item.to} onClick={() => setMenuOpen(false)}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {/*
          Keyed by path so leaving a broken screen gives the next one a fresh start. No Suspense boundary:
          screens load their code without suspending (see lazyScreen).
        */}
        <ErrorBoundary key={location.pathname} fallback={<ScreenFailed />}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.slogan')}</p>
        <p>{t('app.owner')}</p>
      </footer>
    </>
  );
}
