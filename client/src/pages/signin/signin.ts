import { SignInError } from '../../auth/session';

export type SignInProblem = 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'BAD_USER_INPUT' | 'MISSING' | 'UNAVAILABLE';

/** What the sign-in error means for the person: wrong credentials, too many attempts, bad input, or the service. */
export function signInProblem(error: unknown): SignInProblem {
  if (error instanceof SignInError && (error.code === 'UNAUTHENTICATED' || error.code === 'RATE_LIMITED' || error.code === 'BAD_USER_INPUT')) return error.code;
  return 'UNAVAILABLE';
}

/** Where to go after signing in: the `?retour=` path when it stays on this site, else the editing area. */
export const DEFAULT_RETURN = '/edition';

export function safeReturnPath(value: string | null | undefined): string {
  if (!value) return DEFAULT_RETURN;
  // Only same-site paths: "/x", never "//host", "/\host", "https://…" or "javascript:…".
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return DEFAULT_RETURN;
  if (/[\u0000-\u001f]/.test(value)) return DEFAULT_RETURN;
  // Coming back to the sign-in page itself would be a loop.
  if (value === '/connexion' || value.startsWith('/connexion?') || value.startsWith('/connexion/')) return DEFAULT_RETURN;
  return value;
}

/** Why a sign-in through the OpenID Connect provider came back refused (`?erreur=` from /auth/oidc/callback). */
export const OIDC_PROBLEMS = [
  'OIDC_STATE', 'OIDC_ACCESS_DENIED', 'OIDC_PROVIDER_ERROR', 'OIDC_UNAVAILABLE', 'OIDC_INVALID_TOKEN', 'OIDC_ACR',
  'OIDC_EMAIL_MISSING', 'OIDC_EMAIL_TAKEN', 'OIDC_ACCOUNT_DISABLED',
] as const;
export type OidcProblem = (typeof OIDC_PROBLEMS)[number];

/** The known problem named by `?erreur=`, null without one; an unknown code reads as a provider failure. */
export function oidcProblem(value: string | null | undefined): OidcProblem | null {
  if (!value) return null;
  return (OIDC_PROBLEMS as readonly string[]).includes(value) ? (value as OidcProblem) : 'OIDC_PROVIDER_ERROR';
}
