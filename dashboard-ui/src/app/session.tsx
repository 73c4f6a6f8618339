/**
 * Who is signed in. The token lives in the token store (localStorage); this provider checks it
 * once with `GET /api/v1/auth/me` and follows the store, so when any request gets a 401 and the
 * API client drops the token, every screen falls back to sign-in at once.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { AuthResult, User } from './api';
import { tokenStore } from './token-store';
import { fetchCurrentUser } from '../features/auth/auth-api';

export type SessionState =
  /** `expired` is true when the hub rejected the token, false after "Sign out" or on first visit. */
  | { status: 'signed-out'; expired: boolean }
  | { status: 'checking' }
  | { status: 'unreachable'; error: unknown }
  | { status: 'signed-in'; user: User };

interface SessionContextValue {
  session: SessionState;
  signIn(result: AuthResult): void;
  signOut(): void;
  retry(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const token = useSyncExternalStore(tokenStore.subscribe, tokenStore.get);
  const [user, setUser] = useState<{ token: string; user: User } | null>(null);
  const [failure, setFailure] = useState<{ token: string; error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [expired, setExpired] = useState(false);
  const signingOut = useRef(false);
  const previousToken = useRef(token);

  useEffect(() => {
    if (previousToken.current && !token) setExpired(!signingOut.current);
    if (token) setExpired(false);
    signingOut.current = false;
    previousToken.current = token;
  }, [token]);

  const knownUser = user && user.token === token ? user.user : null;

  useEffect(() => {
    if (!token || knownUser) return;
    const controller = new AbortController();
    setFailure(null);
    fetchCurrentUser(controller.signal).then(
      (me) => {
        if (!controller.signal.aborted) setUser({ token, user: me });
      },
      (error: unknown) => {
        // A 401 already cleared the token (and so re-rendered us as signed out).
        if (!controller.signal.aborted && tokenStore.get() === token) setFailure({ token, error });
      },
    );
    return () => controller.abort();
  }, [token, knownUser, attempt]);

  const signIn = useCallback((result: AuthResult) => {
    setUser({ token: result.token, user: result.user });
    tokenStore.set(result.token);
  }, []);

  const signOut = useCallback(() => {
    signingOut.current = true;
    setUser(null);
    tokenStore.clear();
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const session: SessionState = useMemo(() => {
    if (!token) return { status: 'signed-out', expired };
    if (knownUser) return { status: 'signed-in', user: knownUser };
    if (failure && failure.token === token) return { status: 'unreachable', error: failure.error };
    return { status: 'checking' };
  }, [token, knownUser, failure, expired]);

  const value = useMemo(() => ({ session, signIn, signOut, retry }), [session, signIn, signOut, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>.');
  return value;
}
