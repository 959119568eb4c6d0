// Who is signed in, for the whole app; an ended session anywhere sends the user back to the login page.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { request } from './api/client';
import { setUnauthenticatedListener } from './api/errors';
import { MeQuery, LogoutMutation } from './api/session-queries';
import {
  clearSession,
  loadSession,
  markSessionEnded,
  saveSession,
  sessionEnded,
  type Session,
} from './api/session-store';

interface SessionContextValue {
  session: Session | null;
  /** The signed-in user's record changed (a new password): the session keeps the same cookie. */
  update: (user: Session['user']) => void;
  /** True once a request was refused because the session had ended (the login page says so). */
  expired: boolean;
  signIn: (session: Session) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [expired, setExpiredState] = useState(() => sessionEnded());
  const setExpired = useCallback((ended: boolean) => {
    markSessionEnded(ended);
    setExpiredState(ended);
  }, []);

  useEffect(() => {
    setUnauthenticatedListener(() => {
      clearSession();
      setSession(null);
      setExpired(true);
    });
  }, [setExpired]);

  // The cookie's session may have ended meanwhile (logout elsewhere, expiry): ask once.
  useEffect(() => {
    if (!session) return;
    request(MeQuery, {}).then(
      (result) => {
        if (!result.me) {
          clearSession();
          setSession(null);
          setExpired(true);
        }
      },
      () => undefined,
    );
    // Only on start: later refusals arrive through the unauthenticated listener.
  }, []);

  const signIn = useCallback(
    (next: Session) => {
      saveSession(next);
      setExpired(false);
      setSession(next);
    },
    [setExpired],
  );

  const signOut = useCallback(async () => {
    await request(LogoutMutation, {}).catch(() => undefined);
    clearSession();
    setExpired(false);
    setSession(null);
  }, [setExpired]);

  const update = useCallback((user: Session['user']) => {
    setSession((current) => {
      if (!current) return current;
      const next = { ...current, user };
      saveSession(next);
      return next;
    });
  }, []);

  const value = useMemo(
    () => ({ session, expired, signIn, signOut, update }),
    [session, expired, signIn, signOut, update],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for pages behind the auth guard. */
export function useUser(): Session['user'] {
  const { session } = useSession();
  if (!session) throw new Error('useUser without a session (the auth guard should have redirected)');
  return session.user;
}
