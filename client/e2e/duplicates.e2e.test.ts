/** The actor editor shows likely duplicates before saving, and a DUPLICATE refusal next to its identifier. */
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
  await b.stack.createUser({ email: 'editeur-doublons@example.fr', name: 'Alex Éditeur', role: 'editor', password: 'doublons doublons', territories: ['departement:42'] });
}, 120_000);
afterAll(() => b?.stop());

it('warns about a similar name in the département, then about an identifier that would be refused', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/edition/acteurs/nouveau`);
  await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Adresse e-mail').fill('editeur-doublons@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('doublons doublons');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Nouvel acteur' }).waitFor();

  await page.getByRole('combobox', { name: /^Type d.acteur/ }).selectOption({ label: 'Université ou école' });
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Mines Saint Etiene');
  const commune = page.getByRole('combobox', { name: /^Commune/ });
  await commune.fill('42218');
  await page.getByRole('option', { name: /Saint-Étienne/ }).first().click();

  const panel = page.getByRole('region', { name: 'Fiches existantes qui pourraient être la même' });
  await panel.getByRole('link', { name: 'Mines Saint-Étienne' }).waitFor();
  await panel.getByText(/nom proche \(similarité \d+ %\)/).waitFor();
  await panel.getByText(/modifiez plutôt la fiche existante/).waitFor();
  await b.screenshot(page, 'edit-actor-duplicates-name');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  // The school's UAI: saving would be refused, and the panel says so before the editor tries.
  const uai = page.getByRole('textbox', { name: /^UAI/ });
  await uai.fill('0420094Z');
  await panel.getByText(/même UAI/).waitFor();
  await panel.getByText(/bloque l’enregistrement/).waitFor();
  await panel.getByText(/l’enregistrement sera refusé/).waitFor();

  await page.getByRole('button', { name: 'Créer l’acteur' }).click();
  await page.getByText(/Une fiche a déjà l'UAI 0420094Z .* : modifiez-la plutôt/).first().waitFor();
  expect(await uai.getAttribute('aria-invalid')).toBe('true');
  expect(new URL(page.url()).pathname).toBe('/edition/acteurs/nouveau');
  await b.screenshot(page, 'edit-actor-duplicates-refused');
  expect(await b.accessibilityViolations(page)).toEqual([]);
}, 120_000);
