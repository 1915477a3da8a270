/** History and concurrent edits in a real browser: edit, see the diff, go back to a version; a change made meanwhile is not overwritten. */
import type { Page } from 'playwright-core';
import { startBrowserStack, testToken, type BrowserStack } from './harness.js';

let b: BrowserStack;
let api: string;
let actorId: string;

beforeAll(async () => {
  b = await startBrowserStack();
  await b.stack.createUser({ email: 'historienne@example.fr', name: 'Claude Historienne', role: 'editor', password: 'correct horse battery', territories: ['departement:42'] });
  api = await testToken('editor', ['departement:42']);
  const { data, errors } = await b.stack.query(
    `mutation { createActor(input: { kind: LAB, name: "Laboratoire des archives vivantes", themes: ["mémoire"], territory: { communeCode: "42218" } }) { id } }`,
    {},
    api,
  );
  expect(errors).toBeUndefined();
  actorId = data.createActor.id;
}, 120_000);
afterAll(() => b?.stop());

async function openEditor(page: Page) {
  await page.goto(`${b.base}/connexion?retour=${encodeURIComponent(`/edition/acteurs/${actorId}`)}`);
  await page.getByLabel('Adresse e-mail').fill('historienne@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Modifier l.acteur/ }).waitFor();
}

it('edits, shows the diff in the history, and goes back to the first version', async () => {
  const page = await b.newPage();
  await openEditor(page);
  const name = page.getByRole('textbox', { name: /^Nom/ });
  await name.fill('Laboratoire des archives mortes');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await page.getByText('Modifications enregistrées.').waitFor();

  const history = page.getByRole('region', { name: 'Historique des modifications' });
  await history.getByRole('heading', { name: /Version 2 · Modification/ }).waitFor();
  const row = history.locator('tr', { has: page.getByRole('rowheader', { name: 'name', exact: true }) }).first();
  await row.getByRole('cell', { name: 'Laboratoire des archives vivantes' }).waitFor();
  await row.getByRole('cell', { name: 'Laboratoire des archives mortes' }).waitFor();
  await b.screenshot(page, 'edit-history');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  await history.getByRole('button', { name: 'Revenir à la version 1' }).click();
  await history.getByRole('button', { name: 'Confirmer le retour à la version 1' }).click();
  await history.getByText('La fiche a été remise dans l’état de la version 1.').waitFor();
  await history.getByRole('heading', { name: /Version 3 · Retour arrière/ }).waitFor();
  await page.waitForFunction(() => (document.querySelector('input[id$="-name"]') as HTMLInputElement | null)?.value === 'Laboratoire des archives vivantes');
  expect(await page.getByRole('textbox', { name: /^Nom/ }).inputValue()).toBe('Laboratoire des archives vivantes');
  const { data } = await b.stack.query(`query($id: ID!) { actor(id: $id) { name version } }`, { id: actorId });
  expect(data.actor).toEqual({ name: 'Laboratoire des archives vivantes', version: 3 });
});

it('refuses to overwrite a change made meanwhile, says what changed, and reloads', async () => {
  const page = await b.newPage();
  await openEditor(page);
  // Someone else saves while the form is open.
  const other = await b.stack.query(
    `mutation($id: ID!) { updateActor(id: $id, input: { description: "Écrit par quelqu’un d’autre." }) { version } }`,
    { id: actorId },
    api,
  );
  expect(other.errors).toBeUndefined();

  await page.getByRole('textbox', { name: /^Nom/ }).fill('Nom qui écraserait tout');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Cette fiche a été modifiée entre-temps' });
  await alert.waitFor();
  await alert.getByText('description').waitFor();
  await b.screenshot(page, 'edit-conflict');
  expect(await b.accessibilityViolations(page)).toEqual([]);
  const unchanged = await b.stack.query(`query($id: ID!) { actor(id: $id) { name description } }`, { id: actorId });
  expect(unchanged.data.actor).toEqual({ name: 'Laboratoire des archives vivantes', description: 'Écrit par quelqu’un d’autre.' });

  await alert.getByRole('button', { name: 'Recharger la fiche' }).click();
  await page.getByRole('heading', { level: 1, name: /Modifier l.acteur/ }).waitFor();
  await page.waitForFunction(() => (document.querySelector('textarea[id$="-description"]') as HTMLTextAreaElement | null)?.value === 'Écrit par quelqu’un d’autre.');
  expect(await page.getByRole('textbox', { name: /^Nom/ }).inputValue()).toBe('Laboratoire des archives vivantes');
});
