/** Settings of the optional OpenID Connect sign-in (ProConnect or any OpenID provider), read from OIDC_* variables. */
import { ConfigError, envOptional } from '@ecosystem/common';

export interface OidcConfig {
  /** The provider's issuer identifier, exactly as its ID tokens carry it in `iss`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's key set; read from the discovery document when unset. */
  jwksUri?: string;
  /** Space-separated scopes; `openid` is always asked. */
  scopes: string[];
  /** Authentication levels asked for (`acr_values`); the ID token's `acr` must then be one of them. */
  acrValues?: string[];
  /** Our callback URL as registered at the provider; derived from the request's host when unset (development). */
  redirectUri?: string;
  /** Where the provider sends the browser back after its logout; the site's root by default. */
  postLogoutRedirectUri?: string;
  /** The provider's name on the sign-in button. */
  label: string;
  /**
   * Whether this provider vouches for the e-mail addresses it returns, so that its first sign-in
   * may join the local account that already has that e-mail. ProConnect does (the federation's
   * identity providers are the agents' employers) but does not send `email_verified`; a generic
   * provider where people type their own address does not, and then only `email_verified: true` links.
   */
  trustEmails: boolean;
  /** Milliseconds allowed to each call to the provider. */
  timeoutMs: number;
}

/** ProConnect's recommended scopes for an agent's identity and organisation. */
export const DEFAULT_OIDC_SCOPES = ['openid', 'email', 'given_name', 'usual_name', 'siret', 'uid'];

function absoluteUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${name} must be an http(s) URL, got "${value}"`);
  return value;
}

/** The OIDC settings, or undefined (the feature off) when OIDC_ISSUER is unset. */
export function readOidcConfig(): OidcConfig | undefined {
  const issuer = absoluteUrl('OIDC_ISSUER', envOptional('OIDC_ISSUER'));
  if (!issuer) return undefined;
  const clientId = envOptional('OIDC_CLIENT_ID');
  const clientSecret = envOptional('OIDC_CLIENT_SECRET');
  if (!clientId || !clientSecret) throw new ConfigError('OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required too.');
  const scopes = (envOptional('OIDC_SCOPES') ?? DEFAULT_OIDC_SCOPES.join(' ')).split(/[\s,]+/).filter(Boolean);
  const acr = envOptional('OIDC_ACR_VALUES')?.split(/[\s,]+/).filter(Boolean);
  const trust = envOptional('OIDC_TRUST_EMAILS') ?? 'false';
  if (trust !== 'true' && trust !== 'false') throw new ConfigError(`OIDC_TRUST_EMAILS must be true or false, got "${trust}"`);
  const timeout = Number(envOptional('OIDC_TIMEOUT_MS') ?? 10_000);
  if (!Number.isInteger(timeout) || timeout <= 0) throw new ConfigError('OIDC_TIMEOUT_MS must be a positive integer.');
  return {
    issuer,
    clientId,
    clientSecret,
    jwksUri: absoluteUrl('OIDC_JWKS_URI', envOptional('OIDC_JWKS_URI')),
    scopes: scopes.includes('openid') ? scopes : ['openid', ...scopes],
    acrValues: acr?.length ? acr : undefined,
    redirectUri: absoluteUrl('OIDC_REDIRECT_URI', envOptional('OIDC_REDIRECT_URI')),
    postLogoutRedirectUri: absoluteUrl('OIDC_POST_LOGOUT_REDIRECT_URI', envOptional('OIDC_POST_LOGOUT_REDIRECT_URI')),
    label: envOptional('OIDC_LABEL') ?? 'ProConnect',
    trustEmails: trust === 'true',
    timeoutMs: timeout,
  };
}
