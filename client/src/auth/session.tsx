/**
 * The signed-in person. The gateway's /auth endpoints issue a short-lived access token (kept in
 * memory only) and a refresh cookie (httpOnly); a reload restores the session through /auth/refresh,
 * tried only when the refresh cookie's script-readable companion says there may be one.
 */
import { SESSION_HINT_COOKIE } from '@ecosystem/common/session-cookie';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: 'member' | 'editor' | 'admin';
}

interface AuthResponse {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

export class SignInError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** Sign-in through an OpenID Connect provider (ProConnect), when the server offers it (GET /auth/config). */
export interface OidcSignIn {
  /** The provider's name for the button, e.g. "ProConnect". */
  label: string;
  /** Where the browser goes to start (a full navigation; `?retour=` says where to come back). */
  loginPath: string;
}

interface SessionState {
  user: SessionUser | null;
  /** Whether the initial refresh has answered. */
  ready: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

let current: AuthResponse | null = null;

async function post(path: string, body?: unknown): Promise<AuthResponse | null> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (response.status === 204) return null;
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new SignInError(payload?.error?.code ?? 'UNAVAILABLE', payload?.error?.message ?? response.statusText);
  }
  return payload as AuthResponse;
}

let authConfig: Promise<OidcSignIn | null> | null = null;

/**
 * The OpenID Connect sign-in the server offers (GET /auth/config), asked once per page load and only
 * when something needs it (the sign-in page, signing out), not on every visitor's first page.
 */
function oidcSignIn(): Promise<OidcSignIn | null> {
  authConfig ??= fetch('/auth/config', { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .then((config: { oidc?: OidcSignIn | null } | null) => config?.oidc ?? null)
    .catch(() => null);
  return authConfig;
}

/** Null when the server offers only e-mail and password (or has not answered yet). */
export function useOidcSignIn(): OidcSignIn | null {
  const [oidc, setOidc] = useState<OidcSignIn | null>(null);
  useEffect(() => {
    void oidcSignIn().then(setOidc);
  }, []);
  return oidc;
}

/** Revokes our session; the provider's logout URL when the session came from OpenID Connect. */
async function signOutEverywhere(): Promise<string | null> {
  try {
    const response = await fetch('/auth/oidc/logout', { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => null)) as { redirect?: string | null } | null;
    return response.ok ? body?.redirect ?? null : null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [ready, setReady] = useState(false);

  const adopt = useCallback((auth: AuthResponse | null) => {
    current = auth;
    setUser(auth?.user ?? null);
  }, []);

  useEffect(() => {
    // An anonymous visitor has no session to restore: no request, and no 401 in the console.
    if (!document.cookie.split(';').some((part) => part.trim() === `${SESSION_HINT_COOKIE}=1`)) {
      setReady(true);
      return;
    }
    post('/auth/refresh')
      .then(adopt, () => adopt(null))
      .finally(() => setReady(true));
  }, [adopt]);

  const value = useMemo<SessionState>(
    () => ({
      user,
      ready,
      signIn: async (email, password) => adopt(await post('/auth/login', { email, password })),
      signOut: async () => {
        if (await oidcSignIn()) {
          // Also ends the session at the provider when it was opened there (its logout page then comes back here).
          const redirect = await signOutEverywhere();
          adopt(null);
          if (redirect) window.location.assign(redirect);
          return;
        }
        await post('/auth/logout').catch(() => null);
        adopt(null);
      },
    }),
    [user, ready, adopt],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The current access token for the Apollo link, refreshed when it is about to expire. */
export async function currentAccessToken(): Promise<string | null> {
  if (!current) return null;
  if (new Date(current.expiresAt).getTime() - Date.now() < 30_000) {
    current = await post('/auth/refresh').catch(() => null);
  }
  return current?.accessToken ?? null;
}
