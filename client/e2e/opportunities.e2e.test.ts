/** The opportunities board and an opportunity's page in a real browser. */
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

it('opens an opportunity: the Mines Saint-Étienne internship, with what is needed to apply', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/opportunites?kinds=INTERNSHIP`);
  await page.getByRole('heading', { level: 1, name: 'Opportunités' }).waitFor();
  await page.getByRole('status').filter({ hasText: '1 opportunité.' }).waitFor();
  expect(await page.title()).toBe('Opportunités — Écosystème recherche–territoires');
  expect(await page.getByLabel('Stage', { exact: true }).isChecked()).toBe(true);
  const card = page.getByRole('article', { name: /^Stage de master/ });
  await card.getByRole('link', { name: 'Mines Saint-Étienne' }).waitFor();
  await card.getByText('Saint-Étienne, Loire').waitFor();
  await card.getByText('Pas de date limite indiquée').waitFor();
  await card.getByRole('link', { name: 'Apprentissage et accueil de stagiaires' }).waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'opportunities-internships');

  await card.getByRole('link', { name: /^Stage de master/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Stage de master : co-création de politiques publiques locales/ }).waitFor();
  const missions = page.getByRole('region', { name: 'Missions' }).getByRole('listitem');
  expect(await missions.count()).toBe(6);
  await missions.filter({ hasText: 'Réaliser une revue bibliographique sur la non-participation' }).waitFor();
  const facts = page.getByRole('complementary', { name: "L'essentiel" });
  await facts.getByText('6 mois').waitFor();
  await facts.getByText('Stage de master', { exact: true }).waitFor();
  await facts.getByRole('link', { name: 'Mines Saint-Étienne' }).waitFor();
  await facts.getByRole('link', { name: /Réseau de recherche sur l'innovation/ }).waitFor();
  await page.getByRole('region', { name: 'Candidater' }).getByText(/Postuler en ligne depuis l'offre publiée sur le site d'emploi AI Jobs/).waitFor();
  await page.getByRole('link', { name: 'Apprentissage et accueil de stagiaires' }).waitFor();
  await page.getByText(/^Institut Mines-Télécom — offre « Stage de Master/).waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'opportunity-internship');
});

it('filters the board by kind and status, every card of that kind, the filters in the URL', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/opportunites`);
  const status = page.getByRole('status').filter({ hasText: /opportunités?\./ });
  await status.waitFor();
  // Open ones by default.
  const defaultCount = await page.getByRole('article').count();
  expect(defaultCount).toBeGreaterThan(3);
  expect(await page.getByRole('article').filter({ hasText: /Close|Pourvue/ }).count()).toBe(0);

  await page.getByLabel('Thèse CIFRE', { exact: true }).check();
  await page.getByRole('status').filter({ hasText: '1 opportunité.' }).waitFor();
  await page.getByLabel('Close', { exact: true }).check();
  await page.getByRole('status').filter({ hasText: '3 opportunités.' }).waitFor();
  const url = new URL(page.url());
  expect(url.searchParams.get('kinds')).toBe('CIFRE');
  expect(url.searchParams.get('statuses')).toBe('OPEN,CLOSED');
  const cards = page.getByRole('article');
  expect(await cards.count()).toBe(3);
  for (const card of await cards.all()) await card.getByText('Thèse CIFRE', { exact: true }).waitFor();
  // The Paris CIFRE call, closed, with its host linked.
  const paris = page.getByRole('article', { name: /Ville de Paris/ });
  await paris.getByText('Close', { exact: true }).waitFor();
  await paris.getByRole('link', { name: 'Paris', exact: true }).waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'opportunities-cifre');

  // The shared URL gives the same view.
  const other = await b.newPage();
  await other.goto(page.url());
  await other.getByRole('status').filter({ hasText: '3 opportunités.' }).waitFor();

  // Territory: région then département, from the directory's collectivités.
  await page.goto(`${b.base}/opportunites`);
  await page.getByLabel('Région', { exact: true }).selectOption({ label: 'Auvergne-Rhône-Alpes' }).catch(async () => {
    const option = page.getByLabel('Région', { exact: true }).locator('option', { hasText: 'Auvergne-Rhône-Alpes' });
    await page.getByLabel('Région', { exact: true }).selectOption((await option.getAttribute('value'))!);
  });
  await page.getByRole('status').filter({ hasText: '1 opportunité.' }).waitFor();
  await page.getByLabel('Département', { exact: true }).selectOption('42');
  await page.getByRole('article', { name: /^Stage de master/ }).waitFor();
  expect(new URL(page.url()).searchParams.get('region')).toBe('84');
  expect(new URL(page.url()).searchParams.get('departement')).toBe('42');

  // Free-text search.
  await page.goto(`${b.base}/opportunites`);
  await page.getByLabel('Recherche libre').fill('chaire');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await page.getByRole('article', { name: /Chaire IDIS/ }).waitFor();
  expect(new URL(page.url()).searchParams.get('q')).toBe('chaire');
});

it('reads in English and says when an opportunity does not exist', async () => {
  const page = await b.newPage({ language: 'en' });
  await page.goto(`${b.base}/opportunites?kinds=JOB`);
  await page.getByRole('heading', { level: 1, name: 'Opportunities' }).waitFor();
  await page.getByRole('status').filter({ hasText: '1 opportunity.' }).waitFor();
  await page.getByRole('article').getByText('Job', { exact: true }).waitFor();
  await page.getByRole('link', { name: /Chargé·e de préfiguration/ }).click();
  await page.getByRole('heading', { level: 2, name: 'How to apply' }).waitFor();
  await page.getByRole('link', { name: 'Apply by e-mail' }).waitFor();
  expect(await page.getByRole('link', { name: 'Apply by e-mail' }).getAttribute('href')).toBe('mailto:collectif@nosservicespublics.fr');
  await page.getByText('6 months').waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'opportunity-job-en');

  await page.goto(`${b.base}/opportunites/00000000-0000-4000-8000-000000000000`);
  await page.getByRole('heading', { level: 1, name: 'Opportunity not found' }).waitFor();
  await page.goto(`${b.base}/opportunites/not-an-id`);
  await page.getByRole('heading', { level: 1, name: 'Opportunity not found' }).waitFor();
});
