/** Search and actor pages in a real browser, on the seeded stack: French first, English on request. */
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

it('searches "saint etienne" from the home page and opens the commune', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/`);
  await page.getByLabel('Rechercher un acteur, un lieu ou un thème').fill('saint etienne');
  await page.getByRole('button', { name: 'Rechercher' }).click();

  await page.getByRole('heading', { level: 1, name: 'Rechercher dans l’écosystème' }).waitFor();
  expect(new URL(page.url()).searchParams.get('q')).toBe('saint etienne');
  await page.getByRole('status').filter({ hasText: /acteurs? trouvés?/ }).waitFor();
  const results = page.getByRole('list').filter({ has: page.locator('.search-result') });
  const first = results.getByRole('listitem').first();
  await expect(first.getByRole('link').textContent()).resolves.toBe('Saint-Étienne');
  await expect(first.textContent()).resolves.toMatch(/Commune.*Loire \(42\)/);
  // The same selection on the map.
  expect(await page.getByRole('link', { name: 'Voir sur la carte' }).getAttribute('href')).toBe('/territoire?q=saint+etienne');
  await b.screenshot(page, 'search-saint-etienne');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  await first.getByRole('link', { name: 'Saint-Étienne' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saint-Étienne' }).waitFor();
  expect(page.url()).toMatch(/\/acteurs\/[^/]+$/);
  const breadcrumb = page.getByRole('navigation', { name: 'Rattachement' });
  await expect(breadcrumb.getByRole('link').allTextContents()).resolves.toEqual(['Région Auvergne-Rhône-Alpes', 'Département de la Loire', 'Saint-Étienne Métropole']);
  const identifiers = page.getByRole('region', { name: 'Identifiants officiels' });
  await expect(identifiers.textContent()).resolves.toContain('Code INSEE42218');
  const source = page.getByRole('region', { name: 'Source des données' });
  await expect(source.textContent()).resolves.toMatch(/Licence Ouverte/);
  await expect(page.getByRole('region', { name: 'Présentation' }).textContent()).resolves.toMatch(/centre de la commune/);
  await b.screenshot(page, 'actor-saint-etienne');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  // Up the hierarchy: the EPCI lists its first 20 communes, and all of them through the search.
  await breadcrumb.getByRole('link', { name: 'Saint-Étienne Métropole' }).click();
  await page.getByRole('heading', { level: 1, name: /Saint-Étienne Métropole/ }).waitFor();
  const children = page.getByRole('region', { name: /Acteurs rattachés/ });
  const more = children.getByRole('link', { name: /Voir les \d+ acteurs rattachés/ });
  await more.waitFor();
  await expect(children.getByRole('listitem').count()).resolves.toBe(20);
  const total = (await more.textContent())!.match(/\d+/)![0];
  await more.click();
  await page.getByText('Acteurs rattachés à Saint-Étienne Métropole').waitFor();
  await page.getByRole('status').filter({ hasText: `${total} acteurs trouvés` }).waitFor();
});

it('filters by kind and département, all in the URL, and loads more', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/recherche`);
  await page.getByText('Saisissez un nom, un lieu ou un thème, ou choisissez un filtre.').waitFor();
  await page.getByRole('checkbox', { name: 'Laboratoire' }).check();
  await page.getByLabel('Département').selectOption('93');
  await page.waitForURL(/kinds=LAB/);
  await page.waitForURL(/departement=93/);
  await page.getByRole('link', { name: "Maison des sciences de l'Homme Paris Nord" }).waitFor();
  expect(await page.getByRole('link', { name: 'Voir sur la carte' }).getAttribute('href')).toBe('/territoire?kinds=LAB&departement=93');
  // Every result is a lab of Seine-Saint-Denis.
  for (const text of await page.locator('.search-result .meta').allTextContents()) expect(text).toMatch(/Laboratoire.*Seine-Saint-Denis \(93\)/);

  // A shared link restores the facets; "load more" appends the next page.
  await page.goto(`${b.base}/recherche?niveau=COMMUNE&departement=42`);
  expect(await page.getByLabel('Niveau de collectivité').inputValue()).toBe('COMMUNE');
  await page.getByRole('status').filter({ hasText: /acteurs trouvés/ }).waitFor();
  await expect(page.locator('.search-result').count()).resolves.toBe(20);
  await page.getByRole('button', { name: 'Afficher plus de résultats' }).click();
  await page.getByText(/^40 affichés sur/).waitFor();
  await expect(page.locator('.search-result').count()).resolves.toBe(40);
  await b.screenshot(page, 'search-facets');
  expect(await b.accessibilityViolations(page)).toEqual([]);
});

it('shows an organisation with its contacts, opportunities and partnerships', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/recherche?q=${encodeURIComponent('MSH Paris Nord')}`);
  await page.getByRole('link', { name: "Maison des sciences de l'Homme Paris Nord" }).first().click();
  await page.getByRole('heading', { level: 1, name: "Maison des sciences de l'Homme Paris Nord (MSH Paris Nord)" }).waitFor();
  const contacts = page.getByRole('region', { name: 'Interlocuteurs' });
  await contacts.getByRole('heading', { name: 'Marie Jaisson' }).waitFor();
  // An anonymous visitor sees no e-mail or phone, and where to sign in.
  expect(await contacts.getByRole('link', { name: 'Connectez-vous pour voir les coordonnées' }).getAttribute('href')).toBe('/connexion');
  expect(await contacts.locator('a[href^="mailto:"], a[href^="tel:"]').count()).toBe(0);
  const partnerships = page.getByRole('region', { name: 'Partenariats' });
  await partnerships.getByText(/\d sur 5/).first().waitFor();
  expect(await partnerships.locator('a[href^="/boite-a-outils/"]').count()).toBeGreaterThan(0);
  await page.getByRole('region', { name: 'Réseau' }).waitFor();
  await b.screenshot(page, 'actor-msh-paris-nord');
  expect(await b.accessibilityViolations(page)).toEqual([]);
});

it('lists an open internship on Mines Saint-Étienne, and closed ones on request', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/recherche?q=${encodeURIComponent('Mines Saint-Étienne')}`);
  await page.getByRole('link', { name: /Mines Saint-Étienne/ }).first().click();
  const opportunities = page.getByRole('region', { name: 'Opportunités' });
  await opportunities.getByText('Stage').first().waitFor();
  expect(await opportunities.locator('a[href^="/opportunites/"]').count()).toBeGreaterThan(0);
  await opportunities.getByRole('checkbox', { name: /Afficher aussi les opportunités closes/ }).check();
  await page.waitForURL(/opportunites=toutes/);
  await opportunities.locator('a[href^="/opportunites/"]').first().waitFor();
});

it('answers an unknown actor with a clear message', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/acteurs/inconnu-404`);
  await page.getByRole('heading', { level: 1, name: 'Acteur introuvable' }).waitFor();
  await page.getByRole('link', { name: 'Rechercher un acteur' }).waitFor();
});

it('shows the actor page in English', async () => {
  const page = await b.newPage({ language: 'en' });
  await page.goto(`${b.base}/recherche?q=saint%20etienne`);
  await page.getByRole('status').filter({ hasText: /actors? found/ }).waitFor();
  await page.locator('.search-result').first().getByRole('link', { name: 'Saint-Étienne' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saint-Étienne' }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await page.getByRole('navigation', { name: 'Hierarchy' }).getByRole('link', { name: 'Département de la Loire' }).waitFor();
  await expect(page.locator('.actor-head').textContent()).resolves.toContain('Local authority — Municipality');
  const identifiers = page.getByRole('region', { name: 'Official identifiers' });
  await expect(identifiers.textContent()).resolves.toContain('INSEE code42218');
  await page.getByRole('region', { name: 'Data source' }).getByText('Licence').first().waitFor();
  for (const name of ['About', 'Contacts', 'Opportunities', 'Partnerships', 'Network', 'Official identifiers', 'Data source', 'Attached actors']) {
    await page.getByRole('heading', { level: 2, name }).waitFor();
  }
  await b.screenshot(page, 'actor-saint-etienne-en');
  expect(await b.accessibilityViolations(page)).toEqual([]);
});
