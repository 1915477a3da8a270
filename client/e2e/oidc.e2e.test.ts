/**
 * Signing in with ProConnect in a real browser: the button on the sign-in page, the round trip
 * through a stand-in provider on another site (127.0.0.1 vs localhost: the cookies' SameSite rules
 * apply for real), the session restored by the client, then the sign-out at the provider.
 */
import { startStandInProvider, type StandInProvider } from '../../gateway/src/testing/oidc-provider.js';
import { startBrowserStack, type BrowserStack } from './harness.js';

const CLIENT_ID = 'annuaire-ecosysteme';
const CLIENT_SECRET = 'stand-in-client-secret-0123456789';

let provider: StandInProvider;
let b: BrowserStack;
beforeAll(async () => {
  provider = await startStandInProvider({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  b = await startBrowserStack({
    gateway: {
      oidc: { issuer: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret', 'uid'], label: 'ProConnect', trustEmails: false, timeoutMs: 5000 },
    },
  });
}, 120_000);
afterAll(async () => {
  await b?.stop();
  await provider?.stop();
});

it('signs an agent in with ProConnect, keeps the session across a reload, and signs out at the provider too', async () => {
  provider.person = { sub: 'agent-e2e', email: 'claude.agent@example.gouv.fr', given_name: 'Claude', usual_name: 'Agent', siret: '21420218600013' };
  const page = await b.newPage();
  await page.goto(`${b.base}/connexion?retour=${encodeURIComponent('/opportunites')}`);
  const button = page.getByRole('link', { name: 'Se connecter avec ProConnect' });
  await button.waitFor();
  await b.screenshot(page, 'signin-proconnect');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  await button.click();
  // Through the provider (which signs the person in at once) and back to the page asked for.
  await page.waitForURL(`${b.base}/opportunites`);
  await page.getByText('Connecté·e : Claude Agent').waitFor();
  expect(provider.authorizations.at(-1)?.get('redirect_uri')).toBe(`${b.base}/auth/oidc/callback`);

  await page.reload();
  await page.getByText('Connecté·e : Claude Agent').waitFor();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // The provider's logout page gets our ID token as a hint, then sends the person back home, signed out.
  await page.waitForURL((url) => url.origin === b.base && url.pathname === '/');
  expect(provider.endSessions.at(-1)?.get('id_token_hint')).toBe(provider.idTokens.at(-1));
  await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).waitFor();
  await page.reload();
  await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).waitFor();
  expect(await page.getByText('Connecté·e : Claude Agent').count()).toBe(0);
});

it('explains a sign-in refused at the provider, in English too', async () => {
  provider.denyWith = 'access_denied';
  try {
    const page = await b.newPage({ language: 'en' });
    await page.goto(`${b.base}/connexion`);
    await page.getByRole('link', { name: 'Sign in with ProConnect' }).click();
    await page.getByRole('alert').getByText('Signing in with ProConnect was cancelled.').waitFor();
    expect(new URL(page.url()).searchParams.get('erreur')).toBe('OIDC_ACCESS_DENIED');
    expect(await b.accessibilityViolations(page)).toEqual([]);
  } finally {
    provider.denyWith = null;
  }
});
