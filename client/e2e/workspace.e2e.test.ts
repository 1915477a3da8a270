/**
 * The facilitator's workspace in chromium: add a target from an actor's page and one from the
 * search, see the toolbox's next step (mutual knowledge first), raise a level and see the step
 * follow, export the action plan as CSV (parsed back) and open the printable page.
 */
import { stableId } from '@ecosystem/common';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
  await b.stack.createUser({ email: 'facilitatrice@example.fr', name: 'Inès Facilitatrice', role: 'editor', password: 'cibles cibles', territories: ['departement:42'] });
}, 120_000);
afterAll(() => b?.stop());

const MINES = stableId('org:mines-saint-etienne');

it('keeps priority targets with the next step of the toolbox, exports and prints the action plan', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/edition/cibles`);
  await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Adresse e-mail').fill('facilitatrice@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('cibles cibles');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Mes cibles prioritaires' }).waitFor();
  await page.getByText(/Aucune cible pour l’instant/).waitFor();

  // From an actor's page.
  await page.goto(`${b.base}/acteurs/${MINES}`);
  await page.getByRole('link', { name: 'Ajouter à mes cibles' }).click();
  await page.getByText('Acteur choisi').waitFor();
  await page.getByRole('strong').filter({ hasText: 'Mines Saint-Étienne' }).waitFor();
  const add = page.getByRole('region', { name: 'Ajouter une cible' });
  await add.getByLabel('Intensité visée').selectOption('4');
  await add.getByLabel('Échéance').fill('2027-03-01');
  await add.getByLabel('Notes').fill('Rencontrer la direction de la recherche, "vite"');
  await add.getByRole('button', { name: 'Ajouter' }).click();
  const mines = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Mines Saint-Étienne/ }) });
  await mines.getByText('Prochaine étape : niveau 1 (Interconnaissance et vulgarisation)').waitFor();
  await mines.getByRole('link', { name: 'Connaissance mutuelle' }).waitFor();

  // From the search.
  await add.getByLabel('Acteur').fill('saint etienne');
  await add.getByRole('button', { name: 'Chercher' }).click();
  await add.getByRole('button', { name: 'Choisir Saint-Étienne', exact: true }).click();
  await add.getByLabel('Intensité actuelle').selectOption('2');
  await add.getByLabel('Intensité visée').selectOption('3');
  await add.getByLabel('Échéance').fill('2027-01-15');
  await add.getByRole('button', { name: 'Ajouter' }).click();
  const city = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Saint-Étienne/ }) });
  await city.getByText(/Prochaine étape : niveau 3/).waitFor();
  // Sorted by due date: Saint-Étienne (January) before the school (March).
  const headings = page.getByRole('list').filter({ has: mines }).getByRole('heading', { level: 3 });
  expect((await headings.allTextContents()).map((h) => h.split(' —')[0])).toEqual(['Saint-Étienne', 'Mines Saint-Étienne']);
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'workspace-targets');

  // One level up at a time: from 0, once mutual knowledge is there, the next step is level 2.
  await mines.getByLabel('Intensité actuelle').selectOption('1');
  await mines.getByRole('button', { name: 'Enregistrer — Mines Saint-Étienne' }).click();
  await mines.getByText(/Prochaine étape : niveau 2 \(Réflexivité/).waitFor();

  // The action plan as CSV, parsed back.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter le plan d’action (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('plan-d-action.csv');
  const text = (await readFile(await download.path())).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = parse(text.slice(1));
  expect(rows[0]).toEqual(['Acteur', 'Intensité actuelle', 'Intensité visée', 'Prochain niveau', 'Outil recommandé', 'Échéance', 'Notes', 'Identifiant']);
  expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[5], r[6]])).toEqual([
    ['Saint-Étienne', '2', '3', '3', '2027-01-15', ''],
    ['Mines Saint-Étienne', '1', '4', '2', '2027-03-01', 'Rencontrer la direction de la recherche, "vite"'],
  ]);
  expect(rows[2]![7]).toBe(MINES);

  // The printable page: a table, and nothing but the plan on paper.
  await page.getByRole('link', { name: 'Version imprimable' }).click();
  await page.getByRole('heading', { level: 1, name: 'Plan d’action' }).waitFor();
  const table = page.getByRole('table');
  expect(await table.getByRole('row').count()).toBe(3);
  await table.getByRole('rowheader', { name: 'Mines Saint-Étienne' }).waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
  expect(await page.locator('header').first().isVisible()).toBe(false);
  expect(await table.isVisible()).toBe(true);
  await b.screenshot(page, 'workspace-print');

  // In English too.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${b.base}/edition/cibles?lang=en`);
  await page.getByRole('heading', { level: 1, name: 'My priority targets' }).waitFor();
  await page.getByText(/Next step: level 2/).waitFor();
}, 180_000);
