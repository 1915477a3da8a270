/** An admin creates a partner API key in the browser, copies it once, sees its usage, and revokes it. */
import type { Page } from 'playwright-core';
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
  await b.stack.createUser({ email: 'admin@example.fr', name: 'Alex Admin', role: 'admin', password: 'admin admin admin admin' });
}, 120_000);
afterAll(() => b?.stop());

const PARTNER = 'https://www.saint-etienne.fr';

async function check(page: Page, name: string) {
  await b.screenshot(page, name);
  expect(await b.accessibilityViolations(page)).toEqual([]);
}

const useKey = (secret: string, origin = PARTNER) =>
  fetch(b.stack.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': secret, origin }, body: JSON.stringify({ query: '{ toolFamilies { family } }' }) });

it('creates a key shown once, lists its usage, and revokes it after a confirmation', async () => {
  const page = await b.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.base });

  // Signed out: told to sign in as an admin, then brought back.
  await page.goto(`${b.base}/admin/cles`);
  await page.getByRole('heading', { level: 1, name: /Connectez-vous en administrateur/ }).waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Adresse e-mail').fill('admin@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('admin admin admin admin');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Clés d’API des partenaires' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/admin/cles');
  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).waitFor();
  await page.getByText('Aucune clé pour l’instant.').waitFor();
  await check(page, 'admin-keys-empty');

  // A bad origin: the API's message next to the field, nothing created.
  await page.getByLabel('Nom du partenaire').fill('Ville de Saint-Étienne');
  await page.getByLabel('Origines autorisées').fill('saint-etienne.fr/widget');
  await page.getByRole('button', { name: 'Créer la clé' }).click();
  await page.getByText(/n'est pas une origine/).waitFor();
  expect(await page.getByLabel('Origines autorisées').getAttribute('aria-invalid')).toBe('true');

  await page.getByLabel('Origines autorisées').fill(`${PARTNER}\nhttps://carto.saint-etienne.fr`);
  await page.getByLabel('Limite (requêtes par minute)').fill('120');
  await page.getByRole('button', { name: 'Créer la clé' }).click();

  // The key, once, focused, with a copy button.
  const heading = page.getByRole('heading', { level: 2, name: 'Clé créée pour Ville de Saint-Étienne' });
  await heading.waitFor();
  expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
  const secret = await page.getByLabel('Clé d’API', { exact: true }).inputValue();
  expect(secret).toMatch(/^eco_[A-Za-z0-9_-]{32}$/);
  await page.getByRole('button', { name: 'Copier la clé' }).click();
  await page.getByText('Clé copiée dans le presse-papiers.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await check(page, 'admin-keys-created');

  // The list shows the key by its prefix, never the secret.
  const row = page.getByRole('row', { name: /Ville de Saint-Étienne/ });
  await row.getByText('120 / min').waitFor();
  await row.getByText(`${secret.slice(0, 12)}…`).waitFor();
  await page.getByRole('button', { name: 'J’ai copié la clé' }).click();
  expect(await page.content()).not.toContain(secret);

  // The partner uses it: the counters show it (the list writes pending counts first).
  expect((await useKey(secret)).status).toBe(200);
  expect((await useKey(secret, 'https://evil.example')).status).toBe(403);
  await page.reload();
  const used = page.getByRole('row', { name: /Ville de Saint-Étienne/ });
  await used.waitFor();
  const cells = await used.getByRole('cell').allInnerTexts();
  // Prefix, origins, rate, mode, requests, refused, last used, created, status, actions.
  expect(cells[4]).toBe('2');
  expect(cells[5]).toBe('1');
  expect(cells[6]).not.toBe('Jamais');
  expect(cells[8]).toBe('Active');

  // Revoking asks first; cancelling keeps the key.
  await used.getByRole('button', { name: 'Révoquer Ville de Saint-Étienne' }).click();
  const confirm = page.getByRole('group', { name: /Révoquer la clé « Ville de Saint-Étienne »/ });
  await confirm.waitFor();
  await check(page, 'admin-keys-revoke-confirm');
  await confirm.getByRole('button', { name: 'Annuler' }).click();
  expect((await useKey(secret)).status).toBe(200);
  await used.getByRole('button', { name: 'Révoquer Ville de Saint-Étienne' }).click();
  await page.getByRole('button', { name: 'Confirmer la révocation' }).click();
  await page.getByText('La clé « Ville de Saint-Étienne » est révoquée.').waitFor();
  await page.getByRole('row', { name: /Ville de Saint-Étienne/ }).getByText(/Révoquée le/).waitFor();
  const refused = await useKey(secret);
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as any).errors[0].extensions.code).toBe('INVALID_API_KEY');

  // English too.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Partner API keys' }).waitFor();
  await page.getByRole('row', { name: /Ville de Saint-Étienne/ }).getByText(/Revoked on/).waitFor();
});
