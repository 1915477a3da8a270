/** Signing in and editing in a real browser: inline API errors, nothing typed lost, the new record everywhere. */
import type { Page } from 'playwright-core';
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
  // She creates an opportunity in Saint-Étienne (Loire, 42) and a partnership of Campus Condorcet (Seine-Saint-Denis, 93).
  await b.stack.createUser({
    email: 'editrice@example.fr', name: 'Camille Éditrice', role: 'editor', password: 'correct horse battery', territories: ['departement:42', 'departement:93'],
  });
  await b.stack.createUser({ email: 'membre@example.fr', name: 'Dominique Membre', role: 'member', password: 'membre membre membre' });
}, 120_000);
afterAll(() => b?.stop());

const TITLE = 'Stage : cartographier les tiers-lieux de recherche stéphanois';

async function check(page: Page, name: string) {
  await b.screenshot(page, name);
  expect(await b.accessibilityViolations(page)).toEqual([]);
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

it('sign in as an editor, create an opportunity, and see it on the board and the map', async () => {
  const page = await b.newPage();

  // Signed out, the editing area says why and offers to sign in, then comes back.
  await page.goto(`${b.base}/edition/opportunites/nouvelle`);
  await page.getByRole('heading', { level: 1, name: /Connectez-vous pour modifier/ }).waitFor();
  await check(page, 'edit-signed-out');
  await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();

  // A wrong password: a message a person understands, focused, and the e-mail kept.
  await signIn(page, 'editrice@example.fr', 'wrong password');
  const alert = page.getByRole('alert');
  await alert.getByText(/L.adresse e-mail ou le mot de passe est incorrect/).waitFor();
  expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe('editrice@example.fr');
  await check(page, 'signin-error');

  await page.getByLabel('Mot de passe', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();

  // Back where the editor came from: the new opportunity form.
  await page.getByRole('heading', { level: 1, name: 'Nouvelle opportunité' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/edition/opportunites/nouvelle');
  await page.getByText('Connecté·e : Camille Éditrice').waitFor();
  await check(page, 'edit-opportunity-empty');

  await page.getByRole('combobox', { name: 'Type (obligatoire)', exact: true }).selectOption({ label: 'Stage' });
  await page.getByRole('textbox', { name: /^Titre/ }).fill(TITLE);
  await page.getByRole('textbox', { name: /^Description/ }).fill('Six mois pour recenser les tiers-lieux où chercheurs et agents de la ville travaillent ensemble.');
  await page.getByRole('textbox', { name: /^Thèmes/ }).fill('tiers-lieux, innovation publique');

  const host = page.getByRole('combobox', { name: /Structure d.accueil/ });
  await host.fill('Mines Saint');
  await page.getByRole('option', { name: /^Mines Saint-Étienne/ }).first().click();
  expect(await host.inputValue()).toBe('Mines Saint-Étienne');

  const commune = page.getByRole('combobox', { name: /^Commune/ });
  await commune.fill('42218');
  await page.getByRole('option', { name: /Saint-Étienne/ }).first().click();
  expect(await commune.inputValue()).toBe('Saint-Étienne (42218)');
  // The commune fills in its département.
  expect(await page.getByRole('combobox', { name: 'Département' }).inputValue()).toBe('42');

  const applyUrl = page.getByRole('textbox', { name: /Lien pour candidater/ });
  await applyUrl.fill('javascript:x');
  await page.getByRole('button', { name: 'Publier l’opportunité' }).click();

  // The API's message sits next to the input, which takes the focus; everything typed is still there.
  await page.getByText(/Saisissez une adresse web \(http:\/\/ ou https:\/\/\)/).first().waitFor();
  expect(await applyUrl.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await applyUrl.getAttribute('aria-describedby')) ?? '';
  const described = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
  expect(described).toMatch(/Saisissez une adresse web/);
  expect(await applyUrl.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await page.getByRole('textbox', { name: /^Titre/ }).inputValue()).toBe(TITLE);
  expect(await host.inputValue()).toBe('Mines Saint-Étienne');
  expect(await commune.inputValue()).toBe('Saint-Étienne (42218)');
  await page.getByRole('heading', { name: 'Une information est à corriger' }).waitFor();
  await check(page, 'edit-opportunity-api-error');

  // A reload keeps the draft too.
  await page.reload();
  await page.getByText(/Votre saisie précédente, non enregistrée, a été restaurée/).waitFor();
  expect(await page.getByRole('textbox', { name: /^Titre/ }).inputValue()).toBe(TITLE);
  expect(await page.getByRole('combobox', { name: /Structure d.accueil/ }).inputValue()).toBe('Mines Saint-Étienne');
  expect(await page.getByRole('textbox', { name: /Lien pour candidater/ }).inputValue()).toBe('javascript:x');

  await page.getByRole('textbox', { name: /Lien pour candidater/ }).fill('https://www.mines-stetienne.fr/recrutement');
  await page.getByRole('button', { name: 'Publier l’opportunité' }).click();

  // Confirmation with the link to the new record.
  await page.getByText('Fiche créée.').waitFor();
  const recordLink = page.getByRole('link', { name: 'Voir la fiche' });
  const href = await recordLink.getAttribute('href');
  expect(href).toMatch(/^\/opportunites\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: /Modifier l.opportunité/ }).waitFor();
  await check(page, 'edit-opportunity-created');

  // The opportunity page.
  await recordLink.click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await check(page, 'edit-opportunity-page');

  // The board lists it (the client-side cache was emptied of stale lists).
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Opportunités' }).click();
  await page.getByText(TITLE).first().waitFor();
  await check(page, 'edit-opportunity-board');

  // The map's side panel for the Loire lists it.
  await page.goto(`${b.base}/territoire?departement=42`);
  await page.getByText(TITLE).first().waitFor();
  await check(page, 'edit-opportunity-map');
}, 240_000);

it('tells a member that editing is not allowed', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/connexion?retour=${encodeURIComponent('/edition')}`);
  await signIn(page, 'membre@example.fr', 'membre membre membre');
  await page.getByRole('heading', { level: 1, name: 'Vous n’avez pas les droits d’édition' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/edition');
  await check(page, 'edit-member-not-allowed');
  await page.getByRole('button', { name: 'Se déconnecter pour changer de compte' }).click();
  await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
}, 120_000);

it('finds an actor from the editing home, then adds and removes a partnership', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/connexion`);
  await signIn(page, 'editrice@example.fr', 'correct horse battery');
  await page.getByRole('heading', { level: 1, name: 'Édition' }).waitFor();

  await page.getByRole('searchbox', { name: /Rechercher un acteur, une opportunité ou un interlocuteur/ }).fill('Campus Condorcet');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  expect(new URL(page.url()).searchParams.get('q')).toBe('Campus Condorcet');
  const result = page.getByRole('link', { name: /^Modifier Campus Condorcet/ }).first();
  await result.waitFor();
  await check(page, 'edit-home-search');

  await result.click();
  await page.getByRole('heading', { level: 1, name: /Modifier l.acteur « Campus Condorcet/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Partenariats' }).waitFor();

  const partner = page.getByRole('combobox', { name: /^Partenaire/ });
  await partner.fill('Mines Saint');
  await page.getByRole('option', { name: /^Mines Saint-Étienne/ }).first().click();
  await page.getByRole('combobox', { name: /^Outil de la boîte à outils/ }).last().selectOption({ label: 'Les chaires' });
  const intensity = page.getByRole('combobox', { name: /^Intensité/ });
  expect(await intensity.locator('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^1 – /), expect.stringMatching(/^5 – /)]));
  await intensity.selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Ajouter le partenariat' }).click();

  const remove = page.getByRole('button', { name: 'Retirer le partenariat avec Mines Saint-Étienne' });
  await remove.waitFor();
  await page.getByText('Partenariat ajouté.').waitFor();
  await check(page, 'edit-actor-partnerships');

  await remove.click();
  await page.getByText('Partenariat avec Mines Saint-Étienne retiré.').waitFor();
  expect(await remove.count()).toBe(0);
}, 180_000);
