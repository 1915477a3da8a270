/**
 * A stand-in OpenID Connect provider on 127.0.0.1 that behaves like ProConnect for tests: discovery,
 * JWKS, authorize (state and nonce mandatory, PKCE S256), token (client_secret_post), userinfo as a
 * signed JWT (`application/jwt`) or JSON, and end_session. Keys made with jose at start. Each
 * test says who signs in next and how the provider should misbehave, and reads what it received.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWTPayload } from 'jose';

export interface StandInPerson {
  sub: string;
  email?: string;
  given_name?: string;
  usual_name?: string;
  email_verified?: boolean;
  siret?: string;
  uid?: string;
  [claim: string]: unknown;
}

export interface StandInOptions {
  clientId: string;
  clientSecret: string;
  /** Advertised token endpoint authentication methods (ProConnect: client_secret_post). */
  tokenAuthMethods?: string[];
}

interface Grant {
  clientId: string;
  redirectUri: string;
  nonce: string;
  codeChallenge: string;
  person: StandInPerson;
  acr: string;
}

export interface StandInProvider {
  issuer: string;
  clientId: string;
  /** Who signs in at the next authorization. */
  person: StandInPerson;
  /** The `acr` of the next ID tokens. */
  acr: string;
  /** The next authorization answers this error instead of a code (e.g. access_denied). */
  denyWith: string | null;
  /** Userinfo format: ProConnect signs it (application/jwt). */
  userinfoAs: 'jwt' | 'json';
  /** Changes the next ID token's claims, or signs it with a key the provider does not publish. */
  tamper: { claims?: (claims: JWTPayload) => JWTPayload; foreignKey?: boolean; userinfo?: (claims: JWTPayload) => JWTPayload } | null;
  /** What the provider received. */
  authorizations: URLSearchParams[];
  tokenRequests: Array<{ body: URLSearchParams; authorization?: string }>;
  endSessions: URLSearchParams[];
  /** The ID tokens issued, newest last. */
  idTokens: string[];
  stop(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

export async function startStandInProvider(options: StandInOptions): Promise<StandInProvider> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const foreign = await generateKeyPair('ES256');
  const kid = randomBytes(8).toString('hex');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const codes = new Map<string, Grant>();
  const accessTokens = new Map<string, Grant>();
  let server: Server;
  let issuer = '';

  const sign = (claims: JWTPayload, key: CryptoKey = privateKey) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).sign(key);

  const provider: StandInProvider = {
    issuer: '',
    clientId: options.clientId,
    person: { sub: 'agent-1', email: 'camille.martin@example.gouv.fr', given_name: 'Camille', usual_name: 'Martin', siret: '21420218600013', uid: '1' },
    acr: 'eidas1',
    denyWith: null,
    userinfoAs: 'jwt',
    tamper: null,
    authorizations: [],
    tokenRequests: [],
    endSessions: [],
    idTokens: [],
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    const path = url.pathname.slice(new URL(issuer).pathname.length);
    if (path === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        userinfo_endpoint: `${issuer}/userinfo`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/session/end`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code'],
        scopes_supported: ['openid', 'email', 'given_name', 'usual_name', 'siret', 'uid'],
        acr_values_supported: ['eidas1', 'eidas2', 'eidas3'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['ES256', 'RS256'],
        userinfo_signing_alg_values_supported: ['ES256', 'RS256'],
        token_endpoint_auth_methods_supported: options.tokenAuthMethods ?? ['client_secret_post'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (path === '/jwks') return json(res, 200, { keys: [jwk] });
    if (path === '/authorize') {
      const q = url.searchParams;
      provider.authorizations.push(q);
      const redirectUri = q.get('redirect_uri');
      if (q.get('client_id') !== options.clientId || !redirectUri) return json(res, 400, { error: 'invalid_request', error_description: 'unknown client or no redirect_uri' });
      const back = new URL(redirectUri);
      const state = q.get('state') ?? '';
      const nonce = q.get('nonce') ?? '';
      back.searchParams.set('state', state);
      // ProConnect refuses an authorization without state or nonce (at least 22 characters each).
      const problem =
        q.get('response_type') !== 'code' ? 'unsupported_response_type'
        : !q.get('scope')?.split(' ').includes('openid') ? 'invalid_scope'
        : state.length < 22 || nonce.length < 22 ? 'invalid_request'
        : q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge') ? 'invalid_request'
        : provider.denyWith;
      if (problem) {
        back.searchParams.set('error', problem);
        back.searchParams.set('error_description', 'refused by the stand-in provider');
      } else {
        const code = randomBytes(16).toString('base64url');
        codes.set(code, { clientId: options.clientId, redirectUri, nonce, codeChallenge: q.get('code_challenge')!, person: { ...provider.person }, acr: provider.acr });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }
    if (path === '/token' && req.method === 'POST') {
      const body = new URLSearchParams(await readBody(req));
      provider.tokenRequests.push({ body, authorization: req.headers.authorization });
      let clientId = body.get('client_id');
      let secret = body.get('client_secret');
      if (req.headers.authorization?.startsWith('Basic ')) {
        const [id, pass] = Buffer.from(req.headers.authorization.slice(6), 'base64').toString().split(':').map((p) => decodeURIComponent(p.replace(/\+/g, ' ')));
        clientId = id ?? null;
        secret = pass ?? null;
      }
      if (clientId !== options.clientId || secret !== options.clientSecret) return json(res, 401, { error: 'invalid_client' });
      const grant = codes.get(body.get('code') ?? '');
      codes.delete(body.get('code') ?? '');
      if (!grant || body.get('grant_type') !== 'authorization_code' || body.get('redirect_uri') !== grant.redirectUri) return json(res, 400, { error: 'invalid_grant' });
      const verifier = body.get('code_verifier') ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== grant.codeChallenge) return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE' });
      const now = Math.floor(Date.now() / 1000);
      let claims: JWTPayload = { iss: issuer, sub: grant.person.sub, aud: options.clientId, exp: now + 60, iat: now, nonce: grant.nonce, acr: grant.acr, amr: ['pwd'], auth_time: now, idp_id: 'stand-in' };
      if (provider.tamper?.claims) claims = provider.tamper.claims(claims);
      const idToken = await sign(claims, provider.tamper?.foreignKey ? foreign.privateKey : privateKey);
      provider.idTokens.push(idToken);
      const accessToken = randomBytes(24).toString('base64url');
      accessTokens.set(accessToken, grant);
      return json(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 60, id_token: idToken, scope: 'openid email given_name usual_name siret uid' });
    }
    if (path === '/userinfo') {
      const grant = accessTokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
      if (!grant) return json(res, 401, { error: 'invalid_token' });
      const now = Math.floor(Date.now() / 1000);
      let claims: JWTPayload = { ...grant.person, iss: issuer, aud: options.clientId, iat: now, exp: now + 60 };
      if (provider.tamper?.userinfo) claims = provider.tamper.userinfo(claims);
      if (provider.userinfoAs === 'json') {
        const { iss: _iss, aud: _aud, iat: _iat, exp: _exp, ...plain } = claims;
        return json(res, 200, plain);
      }
      res.writeHead(200, { 'content-type': 'application/jwt; charset=utf-8' }).end(await sign(claims));
      return;
    }
    if (path === '/session/end') {
      provider.endSessions.push(url.searchParams);
      const back = url.searchParams.get('post_logout_redirect_uri');
      if (!back) return json(res, 200, { loggedOut: true });
      const target = new URL(back);
      if (url.searchParams.get('state')) target.searchParams.set('state', url.searchParams.get('state')!);
      res.writeHead(302, { location: target.toString() }).end();
      return;
    }
    json(res, 404, { error: 'not_found' });
  };

  server = createServer((req, res) => {
    handle(req, res).catch((error) => json(res, 500, { error: 'server_error', error_description: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  // A path in the issuer, as ProConnect has (https://auth.agentconnect.gouv.fr/api/v2).
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  provider.issuer = issuer;
  return provider;
}
