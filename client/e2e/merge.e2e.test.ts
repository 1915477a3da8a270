/**
 * Merging a duplicate in chromium: from the actor editor's possible duplicates, "Fusionner" opens the
 * two records side by side; the editor takes one field from the duplicate, confirms, and every
 * reference follows (the duplicate's opportunity is now on the survivor's page); the duplicate's page
 * points to the survivor.
 */
import { stableId } from '@ecosystem/common';
import { startBrowserStack, testToken, type BrowserStack } from './harness.js';

let b: BrowserStack;
let survivorId: string;
let duplicateId: string;

beforeAll(async () => {
  b = await startBrowserStack();
  await b.stack.createUser({ email: 'fusion@example.fr', name: 'Noé Fusion', role: 'editor', password: 'fusion fusion', territories: ['departement:42'] });
  const admin = await testToken('admin');
  const create = async (input: Record<string, unknown>) =>
    (await b.stack.query(`mutation($input: CreateActorInput!) { createActor(input: $input) { id } }`, { input }, admin)).data.createActor.id as string;
  survivorId = await create({ kind: 'ASSOCIATION', name: 'Maison des sciences participatives de la Loire', territory: { communeCode: '42218' } });
  duplicateId = await create({
    kind: 'ASSOCIATION', name: 'Maison des sciences participatives (Loire)', description: 'Ateliers de sciences participatives pour les habitants.',
    website: 'https://msp-loire.example.fr', territory: { communeCode: '42218' },
  });
  const opportunity = await b.stack.query(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    { input: { kind: 'EVENT', title: 'Atelier de sciences participatives', description: 'Un samedi par mois.', hostId: duplicateId, partnerIds: [stableId('org:mines-saint-etienne')], territory: { communeCode: '42218' }, deadline: '2099-01-01' } },
    admin,
  );
  expect(opportunity.errors).toBeUndefined();
}, 120_000);
afterAll(() => b?.stop());

it('merges a duplicate from the editor, field by field, and the references follow', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/edition/acteurs/${survivorId}`);
  await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Adresse e-mail').fill('fusion@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('fusion fusion');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();

  const panel = page.getByRole('region', { name: 'Fiches existantes qui pourraient être la même' });
  await panel.getByRole('link', { name: 'Fusionner cette fiche avec « Maison des sciences participatives (Loire) »' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fusionner deux fiches' }).waitFor();
  expect(new URL(page.url()).searchParams.get('b')).toBe(duplicateId);
  // The survivor has no description nor website: by default the duplicate fills them; the name stays.
  await page.getByRole('radio', { name: 'Garder « Maison des sciences participatives de la Loire »' }).waitFor();
  expect(await page.getByRole('radio', { name: 'Site web : Prendre la valeur de « Maison des sciences participatives (Loire) »' }).isChecked()).toBe(true);
  const takeName = page.getByRole('radio', { name: 'Nom : Prendre la valeur de « Maison des sciences participatives (Loire) »' });
  expect(await takeName.isChecked()).toBe(false);
  // A gap cannot be kept empty (the duplicate's value is all there is)…
  expect(await page.getByRole('row', { name: /Site web/ }).getByRole('radio').first().isDisabled()).toBe(true);
  // …and the editor prefers the duplicate's name.
  await takeName.check();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'merge-side-by-side');

  await page.getByRole('button', { name: 'Fusionner' }).click();
  await page.getByRole('group', { name: /Fusionner « Maison des sciences participatives \(Loire\) » dans/ }).getByRole('button', { name: 'Fusionner' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Fusion faite' });
  await done.waitFor();
  await done.getByText(/1 opportunité\(s\)/).waitFor();
  await b.screenshot(page, 'merge-done');

  await page.getByRole('link', { name: 'Ouvrir la fiche qui reste' }).click();
  // The survivor keeps its id, takes the chosen name, and the duplicate's description and website filled its gaps.
  expect(new URL(page.url()).pathname).toBe(`/acteurs/${survivorId}`);
  await page.getByRole('heading', { level: 1, name: 'Maison des sciences participatives (Loire)' }).waitFor();
  await page.getByText('Ateliers de sciences participatives pour les habitants.').waitFor();
  // In the Opportunités section: the network's text alternative lists it too, once it has loaded.
  await page.getByRole('region', { name: 'Opportunités' }).getByRole('link', { name: /Atelier de sciences participatives/ }).waitFor();

  // The duplicate still answers, archived, and points to the survivor.
  await page.goto(`${b.base}/acteurs/${duplicateId}`);
  await page.getByRole('link', { name: 'Cette fiche a été fusionnée dans « Maison des sciences participatives (Loire) ».' }).click();
  await page.getByRole('heading', { level: 1, name: 'Maison des sciences participatives (Loire)' }).waitFor();
  expect(new URL(page.url()).pathname).toBe(`/acteurs/${survivorId}`);
}, 180_000);

it('merges two records of one contact, picked from a search', async () => {
  const admin = await testToken('admin');
  const create = async (input: Record<string, unknown>) =>
    (await b.stack.query(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input }, admin)).data.createContact.id as string;
  const keep = await create({ displayName: 'Héloïse Quartier', roles: ['FACILITATOR'], territory: { communeCode: '42218' } });
  const duplicate = await create({ displayName: 'Héloïse Quartier-Blanc', jobTitle: 'Chargée de mission recherche', roles: ['AGENT'], territory: { communeCode: '42218' } });
  const page = await b.newPage();
  await page.goto(`${b.base}/edition/interlocuteurs/${keep}`);
  await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).click();
  await page.getByLabel('Adresse e-mail').fill('fusion@example.fr');
  await page.getByLabel('Mot de passe', { exact: true }).fill('fusion fusion');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.getByRole('link', { name: 'Fusionner avec une autre fiche…' }).click();
  await page.getByLabel('Chercher l’autre fiche (nom)').fill('Héloïse Quartier');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.getByRole('button', { name: 'Comparer avec Héloïse Quartier-Blanc' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fusionner deux fiches d’interlocuteur' }).waitFor();
  // The job title fills the survivor's gap by default.
  expect(await page.getByRole('radio', { name: 'Fonction : Prendre la valeur de « Héloïse Quartier-Blanc »' }).isChecked()).toBe(true);
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Fusionner' }).click();
  await page.getByRole('group').getByRole('button', { name: 'Fusionner' }).click();
  await page.getByRole('status').filter({ hasText: 'Fusion faite : « Héloïse Quartier » reste.' }).waitFor();
  const after = await b.stack.query(`query($a: ID!, $b: ID!) { a: contact(id: $a) { jobTitle roles } b: contact(id: $b) { archivedAt mergedInto { id } } }`, { a: keep, b: duplicate }, admin);
  expect(after.data.a.jobTitle).toBe('Chargée de mission recherche');
  expect([...after.data.a.roles].sort()).toEqual(['AGENT', 'FACILITATOR']);
  expect(after.data.b.mergedInto).toEqual({ id: keep });
}, 120_000);
