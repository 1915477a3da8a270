/**
 * A signed-in person saves the opportunities board's filters as an alert with a webhook, copies its
 * feed address and secret (shown once), test-sends it, sees a real delivery after a new matching
 * opportunity, and deletes the alert after a confirmation.
 */
import { stableId } from '@ecosystem/common';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
const hits: Array<{ key: string; event: string; body: string }> = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    hits.push({ key: String(req.headers['idempotency-key']), event: String(req.headers['x-ecosystem-event']), body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(204).end();
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  b = await startBrowserStack({ gateway: { alerts: { allowPrivateWebhooks: true } } });
  await b.stack.createUser({ email: 'camille.veille@example.fr', name: 'Camille Veille', role: 'member', password: 'veille veille veille veille' });
}, 120_000);
afterAll(async () => {
  await b?.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

async function check(page: Page, name: string) {
  await b.screenshot(page, name);
  expect(await b.accessibilityViolations(page)).toEqual([]);
}

it('saves the board’s filters as an alert, delivers to its webhook and feed, and deletes it', async () => {
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const page = await b.newPage();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.base });

  // From the board, filtered; signed out, the sign-in brings the person back to the new alert.
  await page.goto(`${b.base}/opportunites?kinds=CIFRE&region=84`);
  await page.getByRole('link', { name: 'Créer une alerte' }).click();
  await page.getByRole('heading', { level: 1, name: 'Connectez-vous pour gérer vos alertes' }).waitFor();
  await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Adresse e-mail').fill('camille.veille@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('veille veille veille veille');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Nouvelle alerte' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/alertes/nouvelle');
  const summary = page.getByRole('region', { name: 'Recherche suivie' });
  await summary.getByText('Thèse CIFRE').waitFor();
  await summary.getByText('84').waitFor();
  expect(await page.getByLabel('Recevoir un e-mail').isDisabled()).toBe(true);
  await page.getByText('L’envoi par e-mail n’est pas configuré sur ce serveur.').waitFor();

  // A bad webhook: the API's message next to the field.
  await page.getByLabel('Nom de l’alerte').fill('CIFRE en Auvergne-Rhône-Alpes');
  await page.getByLabel('Webhook (facultatif)').fill('ftp://example.fr/hook');
  await page.getByRole('button', { name: 'Créer l’alerte' }).click();
  await page.getByText(/Le webhook doit être en http/).waitFor();
  expect(await page.getByLabel('Webhook (facultatif)').getAttribute('aria-invalid')).toBe('true');
  await page.getByLabel('Webhook (facultatif)').fill(hook);
  await page.getByRole('button', { name: 'Créer l’alerte' }).click();

  // Created: the feed address and the secret (once), focused heading, copy buttons.
  const heading = page.getByRole('heading', { level: 1, name: 'Alerte « CIFRE en Auvergne-Rhône-Alpes » créée' });
  await heading.waitFor();
  expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
  const feedUrl = await page.getByLabel('Adresse du flux Atom').inputValue();
  expect(feedUrl).toMatch(new RegExp(`^${b.base}/alerts/feeds/[A-Za-z0-9_-]{32,}\\.atom$`));
  const secret = await page.getByLabel('Secret du webhook').inputValue();
  expect(secret).toMatch(/^whsec_/);
  await page.getByRole('button', { name: 'Copier le secret' }).click();
  await page.getByText('Copié dans le presse-papiers.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await check(page, 'alerts-created');

  // "Mes alertes": the alert, its feed, a test send that reaches the webhook; never the secret.
  await page.getByRole('link', { name: 'Voir mes alertes' }).click();
  const card = page.getByRole('article', { name: 'CIFRE en Auvergne-Rhône-Alpes' });
  await card.waitFor();
  expect(await card.getByLabel('Adresse du flux Atom').inputValue()).toBe(feedUrl);
  await card.getByText(`Webhook : ${hook}`).waitFor();
  expect(await page.content()).not.toContain(secret);
  await card.getByRole('button', { name: 'Envoyer un essai' }).click();
  await card.getByText('Essai envoyé : voir ci-dessous.').waitFor();
  await card.getByRole('row', { name: /Webhook Remis 1 essai/ }).waitFor();
  expect(hits.map((h) => h.event)).toEqual(['alert.test']);
  await check(page, 'alerts-list');

  // A new CIFRE in the région: found by the worker, delivered, listed, and in the feed.
  const editor = await b.stack.token('editor', undefined, ['departement:42']);
  const created = await b.stack.query(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    { input: { kind: 'CIFRE', title: 'Thèse CIFRE : mobilités du Pilat', description: 'Une thèse avec la ville.', hostId: stableId('commune:42218'), territory: { communeCode: '42218' }, deadline: '2031-01-31' } },
    editor,
  );
  expect(created.errors).toBeUndefined();
  expect((await b.stack.gateway.alerts.tick()).found).toBe(1);
  expect(hits.map((h) => h.event)).toEqual(['alert.test', 'alert.matches']);
  expect(JSON.parse(hits[1]!.body).items[0].title).toBe('Thèse CIFRE : mobilités du Pilat');
  expect(await (await fetch(feedUrl)).text()).toContain('Thèse CIFRE : mobilités du Pilat');
  await page.reload();
  await card.getByRole('row', { name: /^.*Webhook Remis 1\s*$/ }).waitFor();

  // English, then deletion after a confirmation.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: 'My alerts' }).waitFor();
  await page.getByRole('button', { name: 'Français' }).click();
  await card.getByRole('button', { name: 'Supprimer CIFRE en Auvergne-Rhône-Alpes' }).click();
  await card.getByRole('group', { name: /Supprimer l’alerte « CIFRE en Auvergne-Rhône-Alpes »/ }).waitFor();
  await card.getByRole('button', { name: 'Confirmer la suppression' }).click();
  await page.getByText('L’alerte « CIFRE en Auvergne-Rhône-Alpes » est supprimée.').waitFor();
  await page.getByText('Aucune alerte pour l’instant.').waitFor();
  expect((await fetch(feedUrl)).status).toBe(404);
  await check(page, 'alerts-empty');
});
