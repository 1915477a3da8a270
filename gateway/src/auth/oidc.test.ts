/**
 * Sign-in through an OpenID Connect provider, end to end over real HTTP: the gateway of a real
 * stack against a stand-in ProConnect on 127.0.0.1 (testing/oidc-provider.ts), the browser played
 * by fetch with `redirect: 'manual'` and a small cookie jar.
 */
import { TEST_INTERNAL_SECRET, TEST_JWT_SECRET } from '@ecosystem/common/testing';
import { decodeJwt } from 'jose';
import type { DataSource } from 'typeorm';
import { runUserCli } from '../cli/user.js';
import { startGateway, type RunningGateway } from '../gateway.js';
import { startStandInProvider, type StandInProvider } from '../testing/oidc-provider.js';
import { startStack, type Stack } from '../testing/stack.js';
import { openAccountsDatabase } from './database.js';
import type { OidcConfig } from './oidc/config.js';
import { OidcProvider } from './oidc/provider.js';

const CLIENT_ID = 'annuaire-ecosysteme';
const CLIENT_SECRET = 'stand-in-client-secret-0123456789';

/** A browser's cookies, as far as these tests need: name → value, honouring Path, Max-Age=0 and Expires. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      const attribute = (key: string) => attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attribute('path') ?? '/';
      const expires = attribute('expires');
      const gone = attribute('max-age') === '0' || (expires !== undefined && new Date(expires).getTime() <= Date.now()) || value === '';
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, { value, path });
    }
  }

  header(url: string): string {
    const path = new URL(url).pathname;
    return [...this.cookies].filter(([, c]) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`)).map(([name, c]) => `${name}=${c.value}`).join('; ');
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  names(): string[] {
    return [...this.cookies.keys()];
  }
}

/** One request as a browser would send it, without following redirects. */
async function browse(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const cookie = jar.header(url);
  const response = await fetch(url, { redirect: 'manual', ...init, headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) } });
  jar.store(response);
  return response;
}

function location(response: Response, base: string): URL {
  expect([302, 303]).toContain(response.status);
  return new URL(response.headers.get('location')!, base);
}

describe('sign-in with OpenID Connect (ProConnect)', () => {
  let provider: StandInProvider;
  let stack: Stack;
  let accountsDb: DataSource;
  let config: OidcConfig;

  beforeAll(async () => {
    // Each refusal is logged once on the server (the person sees only its code); keep the test output readable.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    provider = await startStandInProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    config = {
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret', 'uid'],
      acrValues: ['eidas1'],
      label: 'ProConnect',
      trustEmails: false,
      timeoutMs: 5000,
    };
    stack = await startStack({ gateway: { oidc: config } });
    accountsDb = (await openAccountsDatabase(stack.database.url, 2)).dataSource;
  });

  afterAll(async () => {
    await accountsDb?.destroy();
    await stack?.stop();
    await provider?.stop();
  });

  beforeEach(() => {
    provider.person = { sub: 'agent-1', email: 'camille.martin@example.gouv.fr', given_name: 'Camille', usual_name: 'Martin', siret: '21420218600013', uid: '1' };
    provider.tamper = null;
    provider.denyWith = null;
    provider.userinfoAs = 'jwt';
    provider.acr = 'eidas1';
  });

  /** Login → provider → callback; the last answer (the callback's) and the jar. */
  async function signIn(jar = new CookieJar(), retour = '/edition') {
    const login = await browse(jar, `${stack.origin}/auth/oidc/login?retour=${encodeURIComponent(retour)}`);
    const authorize = location(login, stack.origin);
    expect(authorize.origin + authorize.pathname).toBe(`${provider.issuer}/authorize`);
    const atProvider = await browse(jar, authorize.toString());
    const callback = location(atProvider, provider.issuer);
    const back = await browse(jar, callback.toString());
    return { jar, authorize, callback, back, to: location(back, stack.origin) };
  }

  async function refresh(jar: CookieJar) {
    const response = await browse(jar, `${stack.origin}/auth/refresh`, { method: 'POST' });
    return { status: response.status, body: (await response.json()) as { accessToken: string; user: { id: string; email: string; name: string; role: string } } };
  }

  async function countRows(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await accountsDb.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row.n;
  }

  it('tells the client that ProConnect sign-in is offered', async () => {
    const response = await fetch(`${stack.origin}/auth/config`);
    expect(await response.json()).toEqual({ oidc: { label: 'ProConnect', loginPath: '/auth/oidc/login' } });
  });

  it('signs a new agent in as a member, with the same session as a password sign-in, and reuses the account next time', async () => {
    const users = await countRows('accounts."user"');
    const first = await signIn();

    // What the provider was asked: code flow, state, nonce, PKCE S256, scopes and acr_values.
    const asked = first.authorize.searchParams;
    expect(asked.get('response_type')).toBe('code');
    expect(asked.get('client_id')).toBe(CLIENT_ID);
    expect(asked.get('redirect_uri')).toBe(`${stack.origin}/auth/oidc/callback`);
    expect(asked.get('scope')).toBe('openid email given_name usual_name siret uid');
    expect(asked.get('acr_values')).toBe('eidas1');
    expect(asked.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(asked.get('nonce')!.length).toBeGreaterThanOrEqual(32);
    expect(asked.get('code_challenge_method')).toBe('S256');
    // The code exchange: client_secret_post (the only method the provider advertises) and the PKCE verifier.
    const exchange = provider.tokenRequests.at(-1)!;
    expect(exchange.body.get('client_secret')).toBe(CLIENT_SECRET);
    expect(exchange.body.get('code_verifier')).toBeTruthy();
    expect(exchange.authorization).toBeUndefined();

    // Back to the page the person came from, with the refresh cookie of a normal session.
    expect(first.to.pathname).toBe('/edition');
    expect(first.jar.has('ecosystem_refresh')).toBe(true);
    expect(first.jar.names().filter((n) => n.startsWith('ecosystem_oidc_tx_'))).toEqual([]);
    const session = await refresh(first.jar);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email: 'camille.martin@example.gouv.fr', name: 'Camille Martin', role: 'member' });
    expect(decodeJwt(session.body.accessToken)).toMatchObject({ sub: session.body.user.id, role: 'member' });
    expect(await countRows('accounts."user"')).toBe(users + 1);
    const [identity] = await accountsDb.query(`SELECT issuer, subject, user_id FROM accounts.oidc_identity WHERE subject = 'agent-1'`);
    expect(identity).toEqual({ issuer: provider.issuer, subject: 'agent-1', user_id: session.body.user.id });

    // The access token works on the API like any other: a member is known (not UNAUTHENTICATED) but may not edit.
    const archive = 'mutation { archiveActor(id: "00000000-0000-0000-0000-000000000000") { id } }';
    expect((await stack.query(archive)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stack.query(archive, undefined, session.body.accessToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Second sign-in, another browser, new e-mail at the provider: the same account, nothing created.
    provider.person = { ...provider.person, email: 'c.martin@example.gouv.fr' };
    const second = await signIn();
    const again = await refresh(second.jar);
    expect(again.body.user.id).toBe(session.body.user.id);
    expect(again.body.user.email).toBe('camille.martin@example.gouv.fr');
    expect(await countRows('accounts."user"')).toBe(users + 1);
    expect(await countRows('accounts.oidc_identity WHERE user_id = $1', [session.body.user.id])).toBe(1);

    // No password was ever set: the password sign-in refuses the account like an unknown one.
    const password = await fetch(`${stack.origin}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'camille.martin@example.gouv.fr', password: 'any password at all' }),
    });
    expect(password.status).toBe(401);
  });

  it('lets an admin make a ProConnect member an editor from the command line (npm run user -- role)', async () => {
    provider.person = { sub: 'agent-promoted', email: 'promue@example.gouv.fr', given_name: 'Ada', usual_name: 'Promue' };
    const { jar } = await signIn();
    expect((await refresh(jar)).body.user.role).toBe('member');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runUserCli(['role', '--email', 'promue@example.gouv.fr', '--set', 'editor'], { databaseUrl: stack.database.url, io })).toBe(0);
    expect(await runUserCli(['territories', '--email', 'promue@example.gouv.fr', '--set', 'departement:42'], { databaseUrl: stack.database.url, io })).toBe(0);
    expect(await runUserCli(['role', '--email', 'promue@example.gouv.fr', '--set', 'superuser'], { databaseUrl: stack.database.url, io })).toBe(2);
    expect(await runUserCli(['role', '--email', 'nobody@example.gouv.fr', '--set', 'editor'], { databaseUrl: stack.database.url, io })).toBe(1);
    // The next refresh (what the client does every 15 minutes at most) carries the new role and territory.
    const promoted = await refresh(jar);
    expect(promoted.body.user).toMatchObject({ role: 'editor', territories: ['departement:42'] });
    expect(decodeJwt(promoted.body.accessToken)).toMatchObject({ role: 'editor', territories: ['departement:42'] });
  });

  it('reads userinfo as a signed JWT (ProConnect) or as JSON', async () => {
    provider.person = { sub: 'agent-jwt', email: 'jwt@example.gouv.fr', given_name: 'Jeanne', usual_name: 'Signée' };
    provider.userinfoAs = 'jwt';
    const jwt = await refresh((await signIn()).jar);
    expect(jwt.body.user).toMatchObject({ email: 'jwt@example.gouv.fr', name: 'Jeanne Signée', role: 'member' });

    provider.person = { sub: 'agent-json', email: 'json@example.gouv.fr', given_name: 'Jules', usual_name: 'Clair' };
    provider.userinfoAs = 'json';
    const json = await refresh((await signIn()).jar);
    expect(json.body.user).toMatchObject({ email: 'json@example.gouv.fr', name: 'Jules Clair', role: 'member' });
  });

  it('refuses signed userinfo about someone else or for another client', async () => {
    provider.person = { sub: 'agent-ui', email: 'ui@example.gouv.fr', given_name: 'U', usual_name: 'I' };
    provider.tamper = { userinfo: (claims) => ({ ...claims, sub: 'someone-else' }) };
    expect((await signIn()).to.searchParams.get('erreur')).toBe('OIDC_INVALID_TOKEN');
    provider.tamper = { userinfo: (claims) => ({ ...claims, aud: 'another-client' }) };
    const refused = await signIn();
    expect(refused.to.searchParams.get('erreur')).toBe('OIDC_INVALID_TOKEN');
    expect(refused.jar.has('ecosystem_refresh')).toBe(false);
    expect(await countRows(`accounts."user" WHERE email = 'ui@example.gouv.fr'`)).toBe(0);
  });

  it('refuses a callback whose state is wrong, missing, replayed or from another browser', async () => {
    const jar = new CookieJar();
    const login = await browse(jar, `${stack.origin}/auth/oidc/login?retour=/edition`);
    const callback = location(await browse(jar, location(login, stack.origin).toString()), provider.issuer);

    const forged = new URL(callback);
    forged.searchParams.set('state', 'A'.repeat(43));
    const wrong = await browse(jar, forged.toString());
    expect(location(wrong, stack.origin).pathname).toBe('/connexion');
    expect(location(wrong, stack.origin).searchParams.get('erreur')).toBe('OIDC_STATE');

    const stateless = new URL(callback);
    stateless.searchParams.delete('state');
    expect(location(await browse(jar, stateless.toString()), stack.origin).searchParams.get('erreur')).toBe('OIDC_STATE');

    // Another browser (no transaction cookie) with the genuine URL: refused, code unused.
    const elsewhere = await browse(new CookieJar(), callback.toString());
    expect(location(elsewhere, stack.origin).searchParams.get('erreur')).toBe('OIDC_STATE');

    // The genuine one goes through once, then the same URL is refused (its cookie is spent).
    const ok = await browse(jar, callback.toString());
    expect(location(ok, stack.origin).pathname).toBe('/edition');
    const replay = await browse(jar, callback.toString());
    expect(location(replay, stack.origin).searchParams.get('erreur')).toBe('OIDC_STATE');
  });

  it.each([
    ['another nonce', { claims: (c: Record<string, unknown>) => ({ ...c, nonce: 'not-the-nonce-of-this-sign-in' }) }],
    ['another audience', { claims: (c: Record<string, unknown>) => ({ ...c, aud: 'another-client' }) }],
    ['another issuer', { claims: (c: Record<string, unknown>) => ({ ...c, iss: 'https://evil.example/api/v2' }) }],
    ['an expiry in the past', { claims: (c: Record<string, unknown>) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 }) }],
    ['a signature by a key the provider does not publish', { foreignKey: true }],
    ['several audiences and another authorized party', { claims: (c: Record<string, unknown>) => ({ ...c, aud: [CLIENT_ID, 'other'], azp: 'other' }) }],
  ])('refuses an ID token with %s, creating nothing', async (_what, tamper) => {
    provider.person = { sub: 'agent-forged', email: 'forged@example.gouv.fr', given_name: 'F', usual_name: 'Orged' };
    provider.tamper = tamper;
    const { to, jar, back } = await signIn();
    expect(to.pathname).toBe('/connexion');
    expect(to.searchParams.get('erreur')).toBe('OIDC_INVALID_TOKEN');
    expect(to.searchParams.get('retour')).toBe('/edition');
    expect(await back.text()).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(jar.has('ecosystem_refresh')).toBe(false);
    expect(await countRows(`accounts."user" WHERE email = 'forged@example.gouv.fr'`)).toBe(0);
  });

  it('refuses a lower authentication level than asked (acr_values)', async () => {
    provider.person = { sub: 'agent-acr', email: 'acr@example.gouv.fr', given_name: 'A', usual_name: 'Cr' };
    provider.acr = 'eidas0';
    expect((await signIn()).to.searchParams.get('erreur')).toBe('OIDC_ACR');
  });

  it('explains a refusal at the provider (access_denied)', async () => {
    provider.denyWith = 'access_denied';
    const { to } = await signIn();
    expect(to.pathname).toBe('/connexion');
    expect(to.searchParams.get('erreur')).toBe('OIDC_ACCESS_DENIED');
  });

  it('joins an existing local account only when the e-mail is verified, and refuses a disabled one', async () => {
    const local = await stack.createUser({ email: 'dominique@example.gouv.fr', name: 'Dominique Local', role: 'editor', password: 'a long local password', territories: ['departement:42'] });

    // The provider does not vouch for the address (no email_verified, OIDC_TRUST_EMAILS off): refused, nothing linked.
    provider.person = { sub: 'agent-dominique', email: 'Dominique@example.gouv.fr', given_name: 'Dominique', usual_name: 'Agent' };
    expect((await signIn()).to.searchParams.get('erreur')).toBe('OIDC_EMAIL_TAKEN');
    expect(await countRows('accounts.oidc_identity WHERE user_id = $1', [local.id])).toBe(0);

    // Verified: joined, the account keeps its role and territories (and its password).
    provider.person = { ...provider.person, email_verified: true };
    const joined = await refresh((await signIn()).jar);
    expect(joined.body.user).toMatchObject({ id: local.id, role: 'editor', territories: ['departement:42'], name: 'Dominique Local' });
    expect(await countRows('accounts.oidc_identity WHERE user_id = $1', [local.id])).toBe(1);

    // A second subject at the same provider with the same verified e-mail is someone else: refused.
    provider.person = { ...provider.person, sub: 'agent-dominique-2' };
    expect((await signIn()).to.searchParams.get('erreur')).toBe('OIDC_EMAIL_TAKEN');

    await stack.gateway.accounts.disableUser('dominique@example.gouv.fr');
    provider.person = { ...provider.person, sub: 'agent-dominique' };
    const disabled = await signIn();
    expect(disabled.to.searchParams.get('erreur')).toBe('OIDC_ACCOUNT_DISABLED');
    expect(disabled.jar.has('ecosystem_refresh')).toBe(false);
  });

  it('signs out here and at the provider (end_session_endpoint with id_token_hint)', async () => {
    provider.person = { sub: 'agent-logout', email: 'logout@example.gouv.fr', given_name: 'Lou', usual_name: 'Gout' };
    const { jar } = await signIn();
    const idToken = provider.idTokens.at(-1)!;
    expect((await refresh(jar)).status).toBe(200);
    const refreshCookie = jar.header(`${stack.origin}/auth/refresh`);

    const out = await browse(jar, `${stack.origin}/auth/oidc/logout`, { method: 'POST' });
    const target = location(out, stack.origin);
    expect(target.origin + target.pathname).toBe(`${provider.issuer}/session/end`);
    expect(target.searchParams.get('id_token_hint')).toBe(idToken);
    expect(target.searchParams.get('post_logout_redirect_uri')).toBe(`${stack.origin}/`);
    expect(target.searchParams.get('state')).toBeTruthy();
    const atProvider = await browse(jar, target.toString());
    expect(location(atProvider, provider.issuer).origin).toBe(stack.origin);
    expect(provider.endSessions.at(-1)!.get('id_token_hint')).toBe(idToken);

    // Our session is over: cookies cleared, and the old refresh token no longer works anywhere.
    expect(jar.has('ecosystem_refresh')).toBe(false);
    expect(jar.has('ecosystem_oidc_session')).toBe(false);
    const stale = await fetch(`${stack.origin}/auth/refresh`, { method: 'POST', headers: { cookie: refreshCookie } });
    expect(stale.status).toBe(401);
  });

  it('answers the logout target as JSON for the client, and null without a provider session', async () => {
    provider.person = { sub: 'agent-logout-json', email: 'logout-json@example.gouv.fr', given_name: 'Jo', usual_name: 'Son' };
    const { jar } = await signIn();
    const out = await browse(jar, `${stack.origin}/auth/oidc/logout`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(out.status).toBe(200);
    const { redirect } = (await out.json()) as { redirect: string };
    expect(new URL(redirect).searchParams.get('id_token_hint')).toBe(provider.idTokens.at(-1));

    const none = await browse(new CookieJar(), `${stack.origin}/auth/oidc/logout`, { method: 'POST', headers: { accept: 'application/json' } });
    expect(await none.json()).toEqual({ redirect: null });
  });

  it('never sends the person off-site after sign-in', async () => {
    provider.person = { sub: 'agent-redirect', email: 'redirect@example.gouv.fr', given_name: 'Re', usual_name: 'Direct' };
    for (const retour of ['https://evil.example/', '//evil.example', '/\\evil.example', '/auth/oidc/logout']) {
      const { to } = await signIn(new CookieJar(), retour);
      expect(to.toString()).toBe(`${stack.origin}/`);
    }
  });

  it('reports a provider that cannot be reached, or whose discovery names another issuer, as unavailable', async () => {
    const closed = new OidcProvider({ ...config, issuer: 'http://127.0.0.1:9/api/v2', timeoutMs: 2000 });
    await expect(closed.authorization('http://localhost/auth/oidc/callback', '/')).rejects.toMatchObject({ code: 'OIDC_UNAVAILABLE' });
    // Discovery fetched at ".../api/v2/" answers issuer ".../api/v2": not the configured one (OIDC Discovery §4.3).
    const mismatched = new OidcProvider({ ...config, issuer: `${provider.issuer}/` });
    await expect(mismatched.discover()).rejects.toMatchObject({ code: 'OIDC_UNAVAILABLE', message: expect.stringContaining('names the issuer') });
    // A key set out of reach while verifying an ID token.
    const keyless = new OidcProvider({ ...config, jwksUri: 'http://127.0.0.1:9/jwks', timeoutMs: 2000 });
    await expect(keyless.verifyIdToken(provider.idTokens.at(-1)!, 'n')).rejects.toMatchObject({ code: 'OIDC_UNAVAILABLE' });
  });

  describe('when OIDC_ISSUER is unset', () => {
    let plain: RunningGateway;

    beforeAll(async () => {
      plain = await startGateway({
        port: 0,
        host: '127.0.0.1',
        jwtSecret: TEST_JWT_SECRET,
        internalSecret: TEST_INTERNAL_SECRET,
        databaseUrl: stack.database.url,
        supergraphPath: require.resolve('../../../schema/supergraph.graphql'),
        clientDir: '/nonexistent',
        subgraphUrls: Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.service.url])),
      });
    });

    afterAll(async () => {
      await plain?.stop();
    });

    it('answers 404 on every /auth/oidc route and says so in /auth/config', async () => {
      const origin = `http://127.0.0.1:${plain.port}`;
      expect(await (await fetch(`${origin}/auth/config`)).json()).toEqual({ oidc: null });
      for (const [method, path] of [['GET', '/auth/oidc/login'], ['GET', '/auth/oidc/callback?code=x&state=y'], ['POST', '/auth/oidc/logout']] as const) {
        const response = await fetch(`${origin}${path}`, { method, redirect: 'manual' });
        expect(response.status).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      }
    });
  });
});
