/** Matchmaking in a real browser: an editor publishes a research need, reads the suggestions and their reasons, and turns the need into an opportunity. */
import { startBrowserStack, testToken, type BrowserStack } from './harness.js';

let b: BrowserStack;
const THEMES = ['friches urbaines', 'sols pollués', 'renaturation'];
let labId: string;
let toolTitle: string;

beforeAll(async () => {
  b = await startBrowserStack();
  await b.stack.createUser({ email: 'besoins@example.fr', name: 'Camille Besoins', role: 'editor', password: 'correct horse battery', territories: ['departement:42'] });
  const api = await testToken('admin');
  const lab = await b.stack.query(
    `mutation($themes: [String!]) { createActor(input: { kind: LAB, name: "Laboratoire des sols urbains", themes: $themes, territory: { communeCode: "42218" } }) { id } }`,
    { themes: THEMES },
    api,
  );
  expect(lab.errors).toBeUndefined();
  labId = lab.data.createActor.id;
  const tool = await b.stack.query(`{ partnershipTool(slug: "cifre-recherche-action") { title } }`);
  toolTitle = tool.data.partnershipTool.title;
}, 120_000);
afterAll(() => b?.stop());

it('publishes a need, shows the suggested lab with its reasons, and turns the need into an opportunity', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/connexion?retour=${encodeURIComponent(`/acteurs/${labId}`)}`);
  await page.getByLabel('Adresse e-mail').fill('besoins@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  // The lab says it is open to partnerships: its editor records it on its page.
  const openness = page.getByRole('region', { name: 'Partenariats avec les collectivités' });
  await openness.getByLabel('Ouverture aux partenariats').selectOption('yes');
  await openness.getByRole('button', { name: 'Enregistrer' }).click();
  await openness.getByText('Enregistré.').waitFor();
  await openness.getByText(/^Ouvert aux partenariats avec les collectivités/).waitFor();

  await page.getByRole('link', { name: 'Besoins de recherche' }).click();
  await page.getByRole('link', { name: 'Publier un besoin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Publier un besoin de recherche' }).waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);

  await page.getByLabel('Le besoin en une ligne').fill('Reconvertir les friches de la vallée du Furan');
  await page.getByLabel('La question et son contexte').fill('Quels usages et quelles techniques pour dépolluer et renaturer les friches industrielles ?');
  await page.getByLabel('Thèmes', { exact: true }).fill(THEMES.join(', '));
  await page.getByRole('searchbox', { name: 'Structure qui porte le besoin' }).fill('Saint-Étienne');
  await page.getByRole('button', { name: /^Choisir Saint-Étienne \(Collectivité, 42\)$/ }).click();
  await page.getByText('Choisie : Saint-Étienne').waitFor();
  await page.getByLabel('Code INSEE de la commune').fill('42218');
  await page.getByLabel(toolTitle).check();
  await page.getByRole('button', { name: 'Publier le besoin' }).click();

  await page.getByRole('heading', { level: 1, name: 'Reconvertir les friches de la vallée du Furan' }).waitFor();
  const labs = page.getByRole('region', { name: 'Laboratoires suggérés' });
  const lab = labs.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Laboratoire des sols urbains' }) });
  await lab.getByText(`3 thèmes en commun : ${THEMES.join(', ')}`).waitFor();
  await lab.getByText(/^à 0,\d km$/).waitFor();
  await lab.getByText('ouvert aux partenariats avec les collectivités').waitFor();
  expect(await labs.getByRole('link', { name: 'Laboratoire des sols urbains' }).getAttribute('href')).toBe(`/acteurs/${labId}`);
  await b.screenshot(page, 'research-need');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  const needId = page.url().split('/besoins/')[1]!;
  await page.getByLabel('Type d’opportunité').selectOption('CIFRE');
  await page.getByRole('button', { name: 'Créer l’opportunité' }).click();
  await page.waitForURL(/\/opportunites\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: 'Reconvertir les friches de la vallée du Furan' }).waitFor();

  const { data } = await b.stack.query(`query($id: ID!) { researchNeed(id: $id) { status opportunity { id kind host { name } } } }`, { id: needId });
  expect(data.researchNeed).toMatchObject({ status: 'TURNED_INTO_OPPORTUNITY', opportunity: { kind: 'CIFRE', host: { name: 'Saint-Étienne' } } });
  expect(page.url()).toBe(`${b.base}/opportunites/${data.researchNeed.opportunity.id}`);

  // The list: no longer among the open needs of the Loire, listed with those that became opportunities.
  await page.goto(`${b.base}/besoins?departement=42&devenus=1`);
  await page.getByRole('link', { name: 'Reconvertir les friches de la vallée du Furan' }).waitFor();
  await page.getByText('Devenu une opportunité').waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await page.goto(`${b.base}/besoins?departement=42`);
  await page.getByText('Aucun besoin ne correspond à ces filtres.').waitFor();

  // English is one click away: the reasons are rebuilt from their data.
  await page.goto(`${b.base}/besoins/${needId}?lang=en`);
  await page.getByRole('region', { name: 'Suggested labs' }).getByText(`3 shared themes: ${THEMES.join(', ')}`).waitFor();
});
