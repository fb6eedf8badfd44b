import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, getToken, handleSessionExpired, setToken, unwrap } from '../api/client';
import { ApiError } from '../api/errors';
import type { User } from '../api/types';
import { registerServiceWorker } from '../lib/service-worker';

type Status = 'loading' | 'ready' | 'offline';

interface SessionValue {
  user: User | null;
  status: Status;
  /** True after the API refused the token, so the sign-in page can say why the user is there. */
  expired: boolean;
  signIn(session: { token: string; user: User }): void;
  signOut(): void;
  retry(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [status, setStatus] = useState<Status>(() => (getToken() ? 'loading' : 'ready'));
  const [expired, setExpired] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    handleSessionExpired(() => {
      setUser(null);
      setExpired(true);
      setStatus('ready');
    });
    return () => handleSessionExpired(undefined);
  }, []);

  // A stored token is only a hint: /v1/me says whether it is still good and who it belongs to.
  useEffect(() => {
    if (!getToken()) return;
    const controller = new AbortController();
    unwrap(api.GET('/v1/me', { signal: controller.signal }))
      .then((me) => {
        setUser(me);
        setStatus('ready');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.code === 'network_error') setStatus('offline');
        else {
          setToken(null);
          setStatus('ready');
        }
      });
    return () => controller.abort();
  }, [attempt]);

  // Once the user is known (signed in, or a stored session confirmed): their offline pages' worker.
  // Keyed on the role alone, so a refreshed user record does not register (and re-check) it again.
  const role = user?.role;
  useEffect(() => {
    if (role) registerServiceWorker(role);
  }, [role]);

  const signIn = useCallback((session: { token: string; user: User }) => {
    setToken(session.token);
    setUser(session.user);
    setExpired(false);
    setStatus('ready');
  }, []);

  const signOut = useCallback(() => {
    setToken(null);
    setUser(null);
    setExpired(false);
  }, []);

  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ user, status, expired, signIn, signOut, retry }),
    [user, status, expired, signIn, signOut, retry],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** A signed-in user's own session; only for screens behind <RequireUser>. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}

/** Where each role starts after signing in. */
export function homePath(user: User): string {
  if (user.role === 'organiser' || user.role === 'coordinator') return '/home';
  if (user.role === 'mentor' && user.mentorId) return '/my-mentees';
  if (user.role === 'intern' && user.internId) return '/my-day';
  if (user.role === 'reviewer' && user.unitId) return '/unit';
  if (user.role === 'contact') return '/talent-service';
  // A person who came from a lead: their card first, the reason they have the app.
  if (user.role === 'talent') return '/my-card';
  return '/welcome';
}
