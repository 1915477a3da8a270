/**
 * Contributions and moderation in a real browser (issue 6): a member suggests a correction from an
 * actor's page; the editor of the territory retouches and accepts it in /edition/moderation, and
 * rejects another with a reason; the member reads both outcomes in "Mes contributions".
 */
import type { Page } from 'playwright-core';
import { startBrowserStack, testToken, type BrowserStack } from './harness.js';

let b: BrowserStack;
let actorId: string;
let memberId: string;

beforeAll(async () => {
  b = await startBrowserStack();
  ({ id: memberId } = await b.stack.createUser({ email: 'contributrice@example.fr', name: 'Sam Contributrice', role: 'member', password: 'correct horse battery' }));
  await b.stack.createUser({ email: 'moderatrice@example.fr', name: 'Lou Modératrice', role: 'editor', password: 'correct horse battery', territories: ['departement:42'] });
  const editor = await testToken('editor', ['departement:42']);
  const { data, errors } = await b.stack.query(
    `mutation { createActor(input: { kind: LAB, name: "Laboratoire des contributions", themes: ["participation"], territory: { communeCode: "42218" } }) { id } }`,
    {},
    editor,
  );
  expect(errors).toBeUndefined();
  actorId = data.createActor.id;
}, 120_000);
afterAll(() => b?.stop());

async function signIn(page: Page, email: string, back: string) {
  await page.goto(`${b.base}/connexion?retour=${encodeURIComponent(back)}`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
}

it('a member proposes, the editor of the territory accepts with edits or rejects, the member sees the outcome', async () => {
  // The member suggests a correction from the actor's page.
  const member = await b.newPage();
  await signIn(member, 'contributrice@example.fr', `/acteurs/${actorId}`);
  await member.getByRole('heading', { level: 1, name: 'Laboratoire des contributions' }).waitFor();
  await member.getByText('Vérifiée par E2E editor').waitFor();
  await member.getByRole('link', { name: /Suggérer une correction/ }).click();
  await member.getByRole('heading', { level: 1, name: 'Suggérer une correction : « Laboratoire des contributions »' }).waitFor();
  await member.getByRole('textbox', { name: /^Sigle/ }).fill('LDC');
  await member.getByRole('textbox', { name: /^Message aux éditeurs/ }).fill('Sigle lu sur leur site.');
  expect(await b.accessibilityViolations(member)).toEqual([]);
  await member.getByRole('button', { name: 'Envoyer la correction' }).click();
  await member.getByText('Proposition envoyée : les éditeurs du territoire vont la relire.').waitFor();
  await member.getByRole('heading', { level: 1, name: 'Mes contributions' }).waitFor();
  await member.locator('.contribution').filter({ hasText: 'Laboratoire des contributions' }).getByText('En attente').waitFor();
  // Nothing is written before moderation.
  const before = await b.stack.query(`query($id: ID!) { actor(id: $id) { acronym version } }`, { id: actorId });
  expect(before.data.actor).toEqual({ acronym: null, version: 1 });

  // A second proposal, sent through the API with the member's own account.
  const memberToken = await b.stack.token('member', memberId);
  const second = await b.stack.query(
    `mutation($id: ID!) { proposeActorCorrection(id: $id, input: { website: "https://example.org/labo" }) { id } }`,
    { id: actorId },
    memberToken,
  );
  expect(second.errors).toBeUndefined();

  // The editor of the Loire moderates.
  const editor = await b.newPage();
  await signIn(editor, 'moderatrice@example.fr', '/edition');
  await editor.getByRole('heading', { level: 1, name: 'Édition' }).waitFor();
  await editor.getByRole('link', { name: '2 propositions à modérer' }).click();
  await editor.getByRole('heading', { level: 1, name: 'Propositions à modérer' }).waitFor();
  const cards = editor.locator('article.proposal');
  await cards.nth(1).waitFor();
  const acronymCard = cards.filter({ hasText: 'Sigle lu sur leur site.' });
  const websiteCard = cards.filter({ has: editor.getByRole('rowheader', { name: 'website' }) });
  await acronymCard.getByRole('heading', { name: 'Correction (acteur) : « Laboratoire des contributions »' }).waitFor();
  await b.screenshot(editor, 'moderation-queue');
  expect(await b.accessibilityViolations(editor)).toEqual([]);

  await acronymCard.getByRole('textbox', { name: 'acronym' }).fill('LabContrib');
  await acronymCard.getByRole('button', { name: 'Accepter' }).click();
  await editor.getByText('Proposition acceptée : la fiche est enregistrée.').waitFor();
  // The other proposal was based on version 1; the record is now at version 2.
  await websiteCard.getByText(/proposée sur la version 1, elle est en version 2/).waitFor();
  await websiteCard.getByRole('textbox', { name: 'Motif du refus' }).fill('Ce site n’est pas celui du laboratoire.');
  await websiteCard.getByRole('button', { name: 'Refuser' }).click();
  await editor.getByText('Proposition refusée : le motif a été transmis.').waitFor();
  await editor.getByText('Aucune proposition en attente sur vos territoires.').waitFor();

  const after = await b.stack.query(
    `query($id: ID!) { actor(id: $id) { acronym website version verifiedBy history { version author { name } proposedBy { id } } } }`,
    { id: actorId },
    await testToken('editor', ['departement:42']),
  );
  expect(after.errors).toBeUndefined();
  expect(after.data.actor).toMatchObject({ acronym: 'LabContrib', website: null, version: 2, verifiedBy: 'Lou Modératrice' });
  expect(after.data.actor.history[0]).toEqual({ version: 2, author: { name: 'Lou Modératrice' }, proposedBy: { id: memberId } });

  // The member reads both outcomes.
  await member.goto(`${b.base}/contribuer/mes-contributions`);
  await member.getByRole('heading', { level: 1, name: 'Mes contributions' }).waitFor();
  const items = member.locator('.contribution');
  await items.filter({ hasText: 'Acceptée' }).getByText('par Lou Modératrice', { exact: false }).waitFor();
  await items.filter({ hasText: 'Refusée' }).getByText('Ce site n’est pas celui du laboratoire.').waitFor();
  await b.screenshot(member, 'my-contributions');
  expect(await b.accessibilityViolations(member)).toEqual([]);
});
