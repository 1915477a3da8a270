/**
 * The relying-party side of OpenID Connect's authorization code flow, as ProConnect runs it:
 * discovery, the authorization URL (state, nonce, PKCE S256, acr_values), the code exchange, the
 * ID token checked against the provider's keys, userinfo as JSON or as a signed JWT, and the
 * RP-initiated logout URL. No state of its own besides the discovery document and the key set.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { OidcConfig } from './config.js';

/** A refused or failed sign-in, with the code the sign-in page explains. */
export type OidcErrorCode =
  | 'OIDC_STATE'
  | 'OIDC_ACCESS_DENIED'
  | 'OIDC_PROVIDER_ERROR'
  | 'OIDC_UNAVAILABLE'
  | 'OIDC_INVALID_TOKEN'
  | 'OIDC_ACR'
  | 'OIDC_EMAIL_MISSING'
  | 'OIDC_EMAIL_TAKEN'
  | 'OIDC_ACCOUNT_DISABLED';

export class OidcError extends Error {
  constructor(
    readonly code: OidcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The part of the discovery document we use. */
export interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint?: string;
  jwks_uri: string;
  end_session_endpoint?: string;
  token_endpoint_auth_methods_supported?: string[];
  id_token_signing_alg_values_supported?: string[];
}

/** What the browser carries between /login and /callback (in an encrypted cookie). */
export interface Transaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  returnTo: string;
}

/** The person as the provider describes them: ID token claims, completed by userinfo. */
export interface ProviderIdentity {
  issuer: string;
  subject: string;
  email?: string;
  emailVerified: boolean;
  name?: string;
  idToken: string;
  claims: Record<string, unknown>;
}

/** Only asymmetric signatures: the client secret must never be enough to forge an ID token. */
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];
const DISCOVERY_TTL_MS = 3600_000;
/** Tolerated clock difference with the provider. */
const CLOCK_TOLERANCE_S = 30;

function random(): string {
  return randomBytes(32).toString('base64url');
}

export class OidcProvider {
  private metadata: { value: ProviderMetadata; at: number } | null = null;
  private jwks: { uri: string; set: ReturnType<typeof createRemoteJWKSet> } | null = null;

  constructor(readonly config: OidcConfig) {}

  private async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(this.config.timeoutMs) });
    } catch (error) {
      throw new OidcError('OIDC_UNAVAILABLE', `${new URL(url).host} did not answer: ${error instanceof Error ? error.message : error}`);
    }
  }

  /** The discovery document, fetched on first use and kept an hour (a failure is not kept). */
  async discover(): Promise<ProviderMetadata> {
    if (this.metadata && Date.now() - this.metadata.at < DISCOVERY_TTL_MS) return this.metadata.value;
    const url = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await this.fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new OidcError('OIDC_UNAVAILABLE', `Discovery answered ${response.status} at ${url}.`);
    const value = (await response.json().catch(() => null)) as ProviderMetadata | null;
    if (!value || typeof value.authorization_endpoint !== 'string' || typeof value.token_endpoint !== 'string') {
      throw new OidcError('OIDC_UNAVAILABLE', `Discovery at ${url} lacks the authorization or token endpoint.`);
    }
    // OpenID Connect Discovery §4.3: the document must name the very issuer we asked for.
    if (value.issuer !== this.config.issuer) {
      throw new OidcError('OIDC_UNAVAILABLE', `Discovery at ${url} names the issuer "${value.issuer}", not "${this.config.issuer}".`);
    }
    if (!this.config.jwksUri && typeof value.jwks_uri !== 'string') throw new OidcError('OIDC_UNAVAILABLE', `Discovery at ${url} has no jwks_uri.`);
    this.metadata = { value, at: Date.now() };
    return value;
  }

  private async keys() {
    const uri = this.config.jwksUri ?? (await this.discover()).jwks_uri;
    // jose caches the keys and fetches them again when a token names an unknown key (rotation).
    if (this.jwks?.uri !== uri) this.jwks = { uri, set: createRemoteJWKSet(new URL(uri), { timeoutDuration: this.config.timeoutMs }) };
    return this.jwks.set;
  }

  private async algorithms(): Promise<string[]> {
    const advertised = (await this.discover()).id_token_signing_alg_values_supported;
    const allowed = advertised?.filter((alg) => ASYMMETRIC.includes(alg));
    return allowed?.length ? allowed : ['RS256'];
  }

  /** A new transaction and the provider URL to send the browser to. */
  async authorization(redirectUri: string, returnTo: string): Promise<{ url: string; transaction: Transaction }> {
    const metadata = await this.discover();
    const transaction: Transaction = { state: random(), nonce: random(), codeVerifier: random(), redirectUri, returnTo };
    const url = new URL(metadata.authorization_endpoint);
    const params: Record<string, string> = {
      response_type: 'code',
      client_id: this.config.clientId,
      redirect_uri: redirectUri,
      scope: this.config.scopes.join(' '),
      state: transaction.state,
      nonce: transaction.nonce,
      code_challenge: createHash('sha256').update(transaction.codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    };
    if (this.config.acrValues) params.acr_values = this.config.acrValues.join(' ');
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return { url: url.toString(), transaction };
  }

  /** Exchanges the code, checks the ID token, reads userinfo: the person, or an OidcError. */
  async complete(code: string, transaction: Transaction): Promise<ProviderIdentity> {
    const metadata = await this.discover();
    const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: transaction.redirectUri, code_verifier: transaction.codeVerifier });
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    // client_secret_basic is the default (OIDC Core §9); ProConnect advertises client_secret_post only.
    const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    if (!methods.includes('client_secret_basic') && methods.includes('client_secret_post')) {
      body.set('client_id', this.config.clientId);
      body.set('client_secret', this.config.clientSecret);
    } else {
      // RFC 6749 §2.3.1: each part form-encoded before the base64.
      const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
      headers.authorization = `Basic ${Buffer.from(`${encode(this.config.clientId)}:${encode(this.config.clientSecret)}`).toString('base64')}`;
    }
    const response = await this.fetch(metadata.token_endpoint, { method: 'POST', headers, body });
    const tokens = (await response.json().catch(() => null)) as { id_token?: unknown; access_token?: unknown; token_type?: unknown; error?: unknown } | null;
    if (!response.ok || !tokens) {
      throw new OidcError('OIDC_PROVIDER_ERROR', `The token endpoint answered ${response.status}${tokens?.error ? ` (${String(tokens.error)})` : ''}.`);
    }
    if (typeof tokens.id_token !== 'string') throw new OidcError('OIDC_INVALID_TOKEN', 'The token endpoint returned no ID token.');
    const claims = await this.verifyIdToken(tokens.id_token, transaction.nonce);
    let userinfo: JWTPayload = {};
    if (metadata.userinfo_endpoint && typeof tokens.access_token === 'string') {
      userinfo = await this.userinfo(metadata.userinfo_endpoint, tokens.access_token);
      // OIDC Core §5.3.2: a userinfo answer about someone else must not be used.
      if (userinfo.sub !== claims.sub) throw new OidcError('OIDC_INVALID_TOKEN', 'The userinfo answer is about another subject than the ID token.');
    }
    const all: Record<string, unknown> = { ...claims, ...userinfo };
    const text = (key: string) => (typeof all[key] === 'string' && (all[key] as string).trim() ? (all[key] as string).trim() : undefined);
    // ProConnect: given_name + usual_name; elsewhere given_name + family_name, or name.
    const name = [text('given_name'), text('usual_name') ?? text('family_name')].filter(Boolean).join(' ') || text('name');
    return {
      issuer: this.config.issuer,
      subject: claims.sub!,
      email: text('email'),
      emailVerified: all.email_verified === true || all.email_verified === 'true',
      name,
      idToken: tokens.id_token,
      claims: all,
    };
  }

  /** The ID token's claims once its signature, issuer, audience, expiry, nonce (and acr) hold. */
  async verifyIdToken(idToken: string, nonce: string): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, await this.keys(), {
        issuer: this.config.issuer,
        audience: this.config.clientId,
        algorithms: await this.algorithms(),
        clockTolerance: CLOCK_TOLERANCE_S,
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (error) {
      if (error instanceof OidcError) throw error;
      // The provider's keys out of reach is an outage, not a bad token.
      if (!(error instanceof joseErrors.JOSEError) || error instanceof joseErrors.JWKSTimeout || error.code === 'ERR_JWKS_INVALID') {
        throw new OidcError('OIDC_UNAVAILABLE', `The provider's keys could not be read: ${describeJoseError(error)}`);
      }
      throw new OidcError('OIDC_INVALID_TOKEN', `The ID token was refused: ${describeJoseError(error)}`);
    }
    if (payload.nonce !== nonce) throw new OidcError('OIDC_INVALID_TOKEN', 'The ID token was refused: its nonce is not the one of this sign-in.');
    // OIDC Core §3.1.3.7: with several audiences, azp must name us.
    if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== this.config.clientId) {
      throw new OidcError('OIDC_INVALID_TOKEN', 'The ID token was refused: it has several audiences and another authorized party.');
    }
    if (this.config.acrValues && !this.config.acrValues.includes(String(payload.acr))) {
      throw new OidcError('OIDC_ACR', `The provider authenticated at level "${payload.acr ?? 'none'}", not ${this.config.acrValues.join(' or ')}.`);
    }
    return payload;
  }

  private async userinfo(endpoint: string, accessToken: string): Promise<JWTPayload> {
    const response = await this.fetch(endpoint, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/jwt, application/json' } });
    if (!response.ok) throw new OidcError('OIDC_PROVIDER_ERROR', `The userinfo endpoint answered ${response.status}.`);
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const text = await response.text();
    if (type === 'application/jwt') {
      // ProConnect signs userinfo with the same keys as the ID token. Encrypted userinfo (JWE) is not supported.
      try {
        const { payload } = await jwtVerify(text.trim(), await this.keys(), { algorithms: await this.algorithms(), clockTolerance: CLOCK_TOLERANCE_S });
        // OIDC Core §5.3.2: when a signed answer names an issuer or audience, they must be ours.
        if (payload.iss !== undefined && payload.iss !== this.config.issuer) throw new Error(`its issuer is "${payload.iss}"`);
        const audiences = payload.aud === undefined ? undefined : Array.isArray(payload.aud) ? payload.aud : [payload.aud];
        if (audiences && !audiences.includes(this.config.clientId)) throw new Error('it is meant for another client');
        return payload;
      } catch (error) {
        throw new OidcError('OIDC_INVALID_TOKEN', `The signed userinfo was refused: ${describeJoseError(error)}`);
      }
    }
    try {
      const payload = JSON.parse(text) as unknown;
      if (payload && typeof payload === 'object' && !Array.isArray(payload)) return payload as JWTPayload;
    } catch {
      // Reported below.
    }
    throw new OidcError('OIDC_PROVIDER_ERROR', `The userinfo endpoint answered neither a JSON object nor a JWT (${type || 'no content type'}).`);
  }

  /** The provider's logout URL for this ID token, or null when it has none (or cannot be reached). */
  async endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<string | null> {
    const endpoint = await this.discover().then((m) => m.end_session_endpoint, () => undefined);
    if (!endpoint) return null;
    const url = new URL(endpoint);
    url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('state', random());
    url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    url.searchParams.set('client_id', this.config.clientId);
    return url.toString();
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'it has expired.';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `claim "${error.claim}" is wrong (${error.reason}).`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'its signature does not match the provider’s keys.';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no key of the provider matches its signature.';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'its algorithm is not allowed.';
  if (error instanceof joseErrors.JWKSTimeout || (error instanceof joseErrors.JOSEError && error.code === 'ERR_JWKS_INVALID')) return 'the provider’s key set could not be read.';
  return error instanceof Error ? error.message : String(error);
}
