/** The partnership toolbox in a real browser: families, scale, the 27 tools, a fiche, and "Et ensuite ?". */
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

it('opens the toolbox and a fiche', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/boite-a-outils`);
  await page.getByRole('heading', { level: 1, name: 'Boîte à outils des partenariats recherche–territoires' }).waitFor();

  // The four families, explained, and the five-level scale.
  const families = page.getByRole('region', { name: 'Les quatre familles' });
  expect(await families.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
    "L'université vers les territoires", "Les territoires vers l'université", 'Transferts de compétences', 'Outils passerelles',
  ]);
  const scale = page.getByRole('region', { name: "L'échelle d'intensité" });
  expect(await scale.getByRole('heading', { level: 3 }).count()).toBe(5);
  await scale.getByRole('heading', { name: 'Niveau 1 — Interconnaissance et vulgarisation' }).waitFor();

  // The 27 tools, grouped by family, each with its levels in words.
  const tools = page.getByRole('region', { name: 'Les outils' });
  await tools.getByRole('status').filter({ hasText: '27 outils.' }).waitFor();
  expect(await tools.getByRole('heading', { level: 4 }).count()).toBe(27);
  expect(await tools.getByRole('heading', { level: 3 }).count()).toBe(4);
  const cifreCard = tools.getByRole('article', { name: /^Thèse CIFRE/ });
  await cifreCard.getByText("Niveaux d'intensité 3 et 4").waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'toolbox-fr');

  // Filters live in the URL.
  await page.getByLabel('Famille', { exact: true }).selectOption('BRIDGE');
  await page.getByLabel("Niveau d'intensité", { exact: true }).selectOption('4');
  await tools.getByRole('status').filter({ hasText: '6 outils.' }).waitFor();
  expect(new URL(page.url()).searchParams.get('family')).toBe('BRIDGE');
  expect(new URL(page.url()).searchParams.get('intensity')).toBe('4');
  expect(await tools.getByRole('heading', { level: 3 }).allTextContents()).toEqual([expect.stringContaining('Outils passerelles')]);
  await page.getByRole('link', { name: 'Tout afficher' }).click();
  await tools.getByRole('status').filter({ hasText: '27 outils.' }).waitFor();

  // The fiche of the CIFRE tool: objective, intensities, and the CIFRE opportunities that use it.
  await tools.getByRole('link', { name: /^Thèse CIFRE/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Thèse CIFRE/ }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/boite-a-outils/cifre-recherche-action');
  await page.getByRole('heading', { level: 2, name: 'Objectif' }).waitFor();
  await page.getByRole('region', { name: 'Objectif' }).getByRole('paragraph').waitFor();
  await page.getByText("Niveaux d'intensité 3 et 4").waitFor();
  await page.getByText('3 — Apport de questions, de théories et de nouveaux regards').waitFor();
  await page.getByRole('link', { name: "L'université vers les territoires" }).waitFor();
  const used = page.getByRole('region', { name: 'Opportunités qui utilisent cet outil' });
  const cards = used.getByRole('article');
  expect(await cards.count()).toBe(3);
  for (const card of await cards.all()) await card.getByText('Thèse CIFRE', { exact: true }).waitFor();
  await used.getByRole('link', { name: /Appel à candidatures annuel pour les doctorant·es Cifre de la Ville de Paris/ }).waitFor();
  await used.getByRole('link', { name: /^Dispositif Cifre/ }).waitFor();
  await page.getByText(/^Boîte à outils pour bâtir les partenariats entre recherche et territoires/).waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'toolbox-fiche-cifre');

  // An unknown fiche says so.
  await page.goto(`${b.base}/boite-a-outils/nulle-part`);
  await page.getByRole('heading', { level: 1, name: 'Outil introuvable' }).waitFor();
});

it('advises what next: from level 0, the level-1 tools, never straight to experimentation', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/boite-a-outils`);
  const helper = page.getByRole('region', { name: 'Et ensuite ?' });
  await helper.getByLabel('Intensité actuelle entre les deux acteurs').selectOption('0');
  await helper.getByRole('heading', { level: 3, name: 'Prochaine étape : niveau 1' }).waitFor();
  await helper.getByText(/^Ces deux acteurs ne se connaissent pas encore/).waitFor();
  await helper.getByText(/Depuis le niveau 0 ou 1, ne sautez jamais directement au niveau 4/).waitFor();
  await helper.getByRole('status').filter({ hasText: 'outils pour le niveau 1.' }).waitFor();
  expect(new URL(page.url()).searchParams.get('level')).toBe('0');
  const suggested = helper.getByRole('list', { name: 'Outils du niveau 1' }).getByRole('article');
  const count = await suggested.count();
  expect(count).toBeGreaterThan(5);
  // Every suggested tool serves level 1 (its marks say so in words), and "Connaissance mutuelle" is one of them.
  for (const text of await suggested.locator('.intensity-text').allTextContents()) expect(text).toMatch(/intensité 1\b|intensité 1,/);
  await helper.getByRole('link', { name: 'Connaissance mutuelle' }).waitFor();
  expect(await helper.getByRole('link', { name: 'Les chaires' }).count()).toBe(0);
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'toolbox-next-level-0');

  // From two actors of Seine-Saint-Denis: their recorded partnership fills the current level.
  await helper.getByText('Partir de deux acteurs (facultatif)').click();
  await helper.getByLabel('Premier acteur').fill('MSH Paris Nord');
  await helper.getByRole('button', { name: /Maison des sciences de l'Homme Paris Nord/ }).click();
  await helper.getByLabel('Second acteur').fill('Campus Condorcet');
  await helper.getByRole('button', { name: /Campus Condorcet/ }).first().click();
  await helper.getByText(/Maison des sciences de l'Homme Paris Nord et Campus Condorcet ont un partenariat d'intensité 2/).waitFor();
  await helper.getByRole('heading', { level: 3, name: 'Prochaine étape : niveau 3' }).waitFor();
  expect(await helper.getByLabel('Intensité actuelle entre les deux acteurs').inputValue()).toBe('2');
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'toolbox-next-two-actors');
});

it('reads in English', async () => {
  const page = await b.newPage({ language: 'en' });
  await page.goto(`${b.base}/boite-a-outils?level=3`);
  await page.getByRole('heading', { level: 1, name: 'Research–territory partnership toolbox' }).waitFor();
  await page.getByRole('region', { name: 'The four families' }).getByRole('heading', { level: 3, name: 'From universities to territories' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Next step: level 4' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'Level 4 — Exploration and experimentation' }).waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'toolbox-en');
});
