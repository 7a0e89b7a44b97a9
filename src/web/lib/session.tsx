import i18next from 'i18next';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Session } from '../../server/routes/auth.schemas.js';
import type { Party } from '../../server/routes/parties.schemas.js';
import type { User } from '../../server/routes/users.schemas.js';
import { isLanguage, PSEUDO_LANGUAGE, storeLanguage, type UiLanguage } from '../i18n/languages.js';
import { ApiError, apiRequest, onUnauthorised, setCsrfToken } from './api-client.js';
import { forgetOfflineReads } from './service-worker.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous'; reason?: 'signedOut' | 'sessionEnded' }
  | { status: 'signedIn'; session: Session };

interface SessionApi {
  state: SessionState;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  changeLanguage(language: UiLanguage): Promise<void>;
  changeTimeZone(timeZone: string): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

function applyUserLanguage(user: User): void {
  if (isLanguage(user.locale) && i18next.language !== PSEUDO_LANGUAGE && user.locale !== i18next.language) {
    void i18next.changeLanguage(user.locale);
    storeLanguage(user.locale);
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // A language picked on the login page wins over the one saved for the user, and is then saved for them.
  const chosenBeforeLogin = useRef<UiLanguage | null>(null);

  const signIn = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    applyUserLanguage(session.user);
    setState({ status: 'signedIn', session });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    apiRequest<Session>('GET', '/auth/me', { signal: controller.signal }).then(signIn, (error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState({ status: 'anonymous' });
    });
    return () => controller.abort();
  }, [signIn]);

  useEffect(
    () =>
      onUnauthorised(() => {
        setCsrfToken(null);
        setState({ status: 'anonymous', reason: 'sessionEnded' });
      }),
    [],
  );

  const login = useCallback(
    async (username: string, password: string) => {
      let session = await apiRequest<Session>('POST', '/auth/login', { body: { username, password } });
      const chosen = chosenBeforeLogin.current;
      chosenBeforeLogin.current = null;
      if (isLanguage(chosen) && chosen !== session.user.locale) {
        setCsrfToken(session.csrfToken);
        try {
          const { user } = await apiRequest<{ user: User }>('PATCH', '/auth/me', {
            body: { locale: chosen },
          });
          session = { ...session, user };
        } catch {
          // Not saved: the user sees the language saved before, and can switch again.
        }
      }
      signIn(session);
    },
    [signIn],
  );

  const logout = useCallback(async () => {
    try {
      await apiRequest<void>('POST', '/auth/logout');
    } catch (error) {
      // An already-ended session is a successful logout.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    await forgetOfflineReads();
    setCsrfToken(null);
    setState({ status: 'anonymous', reason: 'signedOut' });
  }, []);

  const changeLanguage = useCallback(
    async (language: UiLanguage) => {
      await i18next.changeLanguage(language);
      storeLanguage(language);
      if (state.status !== 'signedIn') chosenBeforeLogin.current = language;
      if (state.status === 'signedIn' && isLanguage(language)) {
        const { user } = await apiRequest<{ user: User }>('PATCH', '/auth/me', {
          body: { locale: language },
        });
        setState((current) =>
          current.status === 'signedIn'
            ? { status: 'signedIn', session: { ...current.session, user } }
            : current,
        );
      }
    },
    [state.status],
  );

  const changeTimeZone = useCallback(async (timeZone: string) => {
    const { user } = await apiRequest<{ user: User }>('PATCH', '/auth/me', { body: { timeZone } });
    setState((current) =>
      current.status === 'signedIn' ? { status: 'signedIn', session: { ...current.session, user } } : current,
    );
  }, []);

  const api = useMemo(
    () => ({ state, login, logout, changeLanguage, changeTimeZone }),
    [state, login, logout, changeLanguage, changeTimeZone],
  );
  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in user and party; only for pages rendered behind the sign-in guard. */
export function useCurrentUser(): { user: User; party: Party | null } {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useCurrentUser needs a signed-in session');
  return { user: state.session.user, party: state.session.party };
}
