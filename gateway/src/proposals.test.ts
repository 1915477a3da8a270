/**
 * Contributions and moderation through the gateway (issue 6): members propose new records and
 * corrections; the editors of the territory accept them (with edits) through the normal write path,
 * or reject them with a reason; the proposer follows the outcome; verification and staleness.
 */
import { stableId } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let member: string; // morgan, a member
let otherMember: string; // sacha, another member
let editor: string; // camille, edits the Loire (42)
let otherEditor: string; // dominique, edits the Rhône (69) only
let admin: string;

const MINES = stableId('org:mines-saint-etienne');

beforeAll(async () => {
  stack = await startStack();
  member = await stack.token('member', 'morgan');
  otherMember = await stack.token('member', 'sacha');
  editor = await stack.token('editor', 'camille', ['departement:42']);
  otherEditor = await stack.token('editor', 'dominique', ['departement:69']);
  admin = await stack.token('admin', 'alix');
});
afterAll(() => stack.stop());

const PROPOSAL = `id action status proposer { id name role } note proposed baseVersion currentVersion conflicting recordId
  territory { departmentCode regionCode } createdAt decidedAt moderator { id name } reason accepted acceptedVersion changes { field before after }`;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const { data, errors } = await stack.query(query, variables, token);
  expect(errors).toBeUndefined();
  return data;
}

async function refused(query: string, variables: Record<string, unknown>, token: string | undefined, code: string): Promise<any> {
  const { errors } = await stack.query(query, variables, token);
  expect(errors?.map((e) => e.extensions?.code)).toEqual([code]);
  return errors![0];
}

const PROPOSE_ACTOR = `mutation($input: CreateActorInput!, $note: String) { proposeActor(input: $input, note: $note) { ${PROPOSAL} } }`;
const ACCEPT_ACTOR = `mutation($id: ID!, $create: CreateActorInput, $update: UpdateActorInput, $expectedVersion: Int) {
  acceptActorProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { ${PROPOSAL} record { id name acronym version verifiedBy verifiedAt } } }`;
const QUEUE = `query { actorProposals { totalCount nodes { id status } } }`;
const MINE = `query { myActorProposals { totalCount nodes { id status reason moderator { name } record { id name } } } }`;

const lab = (name: string) => ({ kind: 'LAB', name, themes: ['mobilités'], territory: { communeCode: '42218' } });

async function actorCount(name: string): Promise<number> {
  const [row] = await stack.subgraphs.actors.database.dataSource.query('SELECT count(*)::int AS n FROM actors.actor WHERE name = $1', [name]);
  return row.n;
}

describe('proposing', () => {
  it('refuses anonymous viewers and writes nothing', async () => {
    await refused(PROPOSE_ACTOR, { input: lab('Laboratoire anonyme') }, undefined, 'UNAUTHENTICATED');
    await refused(QUEUE, {}, undefined, 'UNAUTHENTICATED');
    await refused(MINE, {}, undefined, 'UNAUTHENTICATED');
    const [row] = await stack.subgraphs.actors.database.dataSource.query(`SELECT count(*)::int AS n FROM actors.proposal WHERE payload->>'name' = 'Laboratoire anonyme'`);
    expect(row.n).toBe(0);
  });

  it('checks a proposal with the same validators as the create mutation, naming every bad field', async () => {
    const error = await refused(
      PROPOSE_ACTOR,
      { input: { kind: 'LAB', name: ' ', website: 'ftp://x', territory: { communeCode: '99999' } } },
      member,
      'BAD_USER_INPUT',
    );
    expect(error.extensions.fields.map((f: any) => f.field).sort()).toEqual(['input.name', 'input.territory.communeCode', 'input.website']);
    expect((await ok(MINE, {}, member)).myActorProposals.totalCount).toBe(0);
  });

  it('lets a member propose, credits the source to them, and shows it in their list only', async () => {
    const data = await ok(PROPOSE_ACTOR, { input: lab('Laboratoire proposé'), note: 'Vu sur leur site.' }, member);
    const proposal = data.proposeActor;
    expect(proposal).toMatchObject({
      action: 'CREATE', status: 'PENDING', proposer: { id: 'morgan', role: 'member' }, note: 'Vu sur leur site.',
      recordId: null, baseVersion: null, conflicting: false, territory: { departmentCode: '42', regionCode: '84' }, moderator: null,
    });
    expect(proposal.proposed).toMatchObject({ name: 'Laboratoire proposé', source: { name: 'Contribution de Test member' } });
    expect(proposal.changes).toContainEqual({ field: 'name', before: null, after: 'Laboratoire proposé' });
    expect(await actorCount('Laboratoire proposé')).toBe(0);
    expect((await ok(MINE, {}, member)).myActorProposals.nodes.map((p: any) => p.id)).toContain(proposal.id);
    expect((await ok(MINE, {}, otherMember)).myActorProposals.nodes.map((p: any) => p.id)).not.toContain(proposal.id);
    await refused(QUEUE, {}, member, 'FORBIDDEN');
  });
});

describe('moderating', () => {
  it('shows a proposal to the editors of its territory only; others can neither see nor decide it', async () => {
    const { proposeActor: proposal } = await ok(PROPOSE_ACTOR, { input: lab('Laboratoire de la Loire') }, member);
    expect((await ok(QUEUE, {}, editor)).actorProposals.nodes.map((p: any) => p.id)).toContain(proposal.id);
    expect((await ok(QUEUE, {}, admin)).actorProposals.nodes.map((p: any) => p.id)).toContain(proposal.id);
    expect((await ok(QUEUE, {}, otherEditor)).actorProposals.nodes.map((p: any) => p.id)).not.toContain(proposal.id);
    await refused(ACCEPT_ACTOR, { id: proposal.id }, otherEditor, 'FORBIDDEN');
    await refused(`mutation($id: ID!) { rejectActorProposal(id: $id, reason: "non") { id } }`, { id: proposal.id }, otherEditor, 'FORBIDDEN');
    await refused(ACCEPT_ACTOR, { id: proposal.id }, member, 'FORBIDDEN');
    expect(await actorCount('Laboratoire de la Loire')).toBe(0);
  });

  it('accepts a creation with edits through createActor, crediting both proposer and moderator', async () => {
    const { proposeActor: proposal } = await ok(PROPOSE_ACTOR, { input: lab('Labo des mobilites') }, member);
    const edits = { ...lab('Laboratoire des mobilités'), acronym: 'LDM' };
    const { acceptActorProposal: accepted } = await ok(ACCEPT_ACTOR, { id: proposal.id, create: edits }, editor);
    expect(accepted).toMatchObject({
      status: 'ACCEPTED', moderator: { id: 'camille', name: 'Test editor' }, acceptedVersion: 1,
      accepted: { name: 'Laboratoire des mobilités', acronym: 'LDM' },
      record: { name: 'Laboratoire des mobilités', acronym: 'LDM', version: 1, verifiedBy: 'Test editor' },
    });
    expect(accepted.recordId).toBe(accepted.record.id);
    expect(Date.now() - Date.parse(accepted.record.verifiedAt)).toBeLessThan(60_000);
    expect(await actorCount('Labo des mobilites')).toBe(0);

    const history = await ok(`query($id: ID!) { actor(id: $id) { history { version action author { id role } proposedBy { id name role } proposalId } } }`, { id: accepted.recordId }, editor);
    expect(history.actor.history).toEqual([
      { version: 1, action: 'CREATE', author: { id: 'camille', role: 'editor' }, proposedBy: { id: 'morgan', name: 'Test member', role: 'member' }, proposalId: proposal.id },
    ]);

    const mine = (await ok(MINE, {}, member)).myActorProposals.nodes.find((p: any) => p.id === proposal.id);
    expect(mine).toMatchObject({ status: 'ACCEPTED', moderator: { name: 'Test editor' }, record: { name: 'Laboratoire des mobilités' } });
    // Decided once: a second decision is refused.
    await refused(ACCEPT_ACTOR, { id: proposal.id }, editor, 'CONFLICT');
    await refused(`mutation($id: ID!) { rejectActorProposal(id: $id, reason: "trop tard") { id } }`, { id: proposal.id }, editor, 'CONFLICT');
    expect(await actorCount('Laboratoire des mobilités')).toBe(1);
  });

  it('rejects with a reason the proposer reads, and refuses a rejection without one', async () => {
    const { proposeActor: proposal } = await ok(PROPOSE_ACTOR, { input: lab('Laboratoire douteux') }, member);
    const reject = `mutation($id: ID!, $reason: String!) { rejectActorProposal(id: $id, reason: $reason) { status reason decidedAt moderator { id } } }`;
    await refused(reject, { id: proposal.id, reason: '  ' }, editor, 'BAD_USER_INPUT');
    const { rejectActorProposal } = await ok(reject, { id: proposal.id, reason: 'Ce laboratoire n’existe plus depuis 2019.' }, editor);
    expect(rejectActorProposal).toMatchObject({ status: 'REJECTED', reason: 'Ce laboratoire n’existe plus depuis 2019.', moderator: { id: 'camille' } });
    const mine = (await ok(MINE, {}, member)).myActorProposals.nodes.find((p: any) => p.id === proposal.id);
    expect(mine).toMatchObject({ status: 'REJECTED', reason: 'Ce laboratoire n’existe plus depuis 2019.', record: null });
    expect((await ok(QUEUE, {}, editor)).actorProposals.nodes.map((p: any) => p.id)).not.toContain(proposal.id);
    const decided = await ok(`query { actorProposals(statuses: [REJECTED]) { nodes { id } } }`, {}, editor);
    expect(decided.actorProposals.nodes.map((p: any) => p.id)).toContain(proposal.id);
    await refused(ACCEPT_ACTOR, { id: proposal.id }, editor, 'CONFLICT');
    expect(await actorCount('Laboratoire douteux')).toBe(0);
  });

  it('flags a correction whose record changed meanwhile, and accepts it only against the version the moderator reviewed', async () => {
    const created = await ok(`mutation($input: CreateActorInput!) { createActor(input: $input) { id version } }`, { input: lab('Laboratoire à corriger') }, editor);
    const id = created.createActor.id;
    const propose = `mutation($id: ID!, $input: UpdateActorInput!) { proposeActorCorrection(id: $id, input: $input, note: "Leur sigle") { ${PROPOSAL} } }`;
    await refused(propose, { id, input: {} }, member, 'BAD_USER_INPUT');
    await refused(propose, { id, input: { website: 'pas une url' } }, member, 'BAD_USER_INPUT');
    const { proposeActorCorrection: proposal } = await ok(propose, { id, input: { acronym: 'LAC', expectedVersion: 1 } }, member);
    expect(proposal).toMatchObject({ action: 'UPDATE', baseVersion: 1, currentVersion: 1, conflicting: false, recordId: id, proposed: { acronym: 'LAC' } });
    expect(proposal.changes).toEqual([{ field: 'acronym', before: null, after: 'LAC' }]);

    await ok(`mutation($id: ID!) { updateActor(id: $id, input: { description: "Changé entre-temps." }) { version } }`, { id }, editor);
    const queued = await ok(`query { actorProposals { nodes { id baseVersion currentVersion conflicting } } }`, {}, editor);
    expect(queued.actorProposals.nodes.find((p: any) => p.id === proposal.id)).toEqual({ id: proposal.id, baseVersion: 1, currentVersion: 2, conflicting: true });

    const error = await refused(ACCEPT_ACTOR, { id: proposal.id }, editor, 'CONFLICT');
    expect(error.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2, changedFields: ['description'] });
    const still = await ok(`query($id: ID!) { actor(id: $id) { version acronym } }`, { id }, editor);
    expect(still.actor).toEqual({ version: 2, acronym: null });
    expect((await ok(MINE, {}, member)).myActorProposals.nodes.find((p: any) => p.id === proposal.id).status).toBe('PENDING');

    const { acceptActorProposal: accepted } = await ok(ACCEPT_ACTOR, { id: proposal.id, expectedVersion: 2 }, editor);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', acceptedVersion: 3, accepted: null, conflicting: false, record: { acronym: 'LAC', version: 3, verifiedBy: 'Test editor' } });
    const history = await ok(`query($id: ID!) { actor(id: $id) { history { version action author { id } proposedBy { id } changes { field } } } }`, { id }, editor);
    expect(history.actor.history[0]).toEqual({ version: 3, action: 'UPDATE', author: { id: 'camille' }, proposedBy: { id: 'morgan' }, changes: [{ field: 'acronym' }] });
    expect(history.actor.history[1].proposedBy).toBeNull();
  });
});

describe('contacts and opportunities', () => {
  const PROPOSE_CONTACT = `mutation($input: CreateContactInput!) { proposeContact(input: $input) { id proposed } }`;

  it('shows a proposed contact\'s e-mail and phone to its proposer and the moderators only', async () => {
    const input = { displayName: 'Alex Proposé', roles: ['FACILITATOR'], territory: { departmentCode: '42' }, email: 'alex.propose@example.fr', phone: '04 77 00 00 00' };
    const { proposeContact } = await ok(PROPOSE_CONTACT, { input }, member);
    const mineQuery = `query { myContactProposals { nodes { id proposed changes { field after } } } }`;
    const queue = `query { contactProposals { nodes { id proposed } } }`;
    const own = (await ok(mineQuery, {}, member)).myContactProposals.nodes.find((p: any) => p.id === proposeContact.id);
    expect(own.proposed).toMatchObject({ email: 'alex.propose@example.fr', phone: '04 77 00 00 00' });
    expect((await ok(queue, {}, editor)).contactProposals.nodes.find((p: any) => p.id === proposeContact.id).proposed.email).toBe('alex.propose@example.fr');
    const leaks = JSON.stringify([
      await stack.query(mineQuery, {}, otherMember),
      await stack.query(queue, {}, otherEditor),
      await stack.query(queue, {}, otherMember),
      await stack.query(queue, {}),
      await stack.query(mineQuery, {}),
    ]);
    expect(leaks).not.toContain('alex.propose');
    expect(leaks).not.toContain('04 77 00 00 00');

    const accepted = await ok(
      `mutation($id: ID!) { acceptContactProposal(id: $id) { status record { displayName email verifiedBy } } }`,
      { id: proposeContact.id },
      admin,
    );
    expect(accepted.acceptContactProposal).toMatchObject({ status: 'ACCEPTED', record: { displayName: 'Alex Proposé', email: 'alex.propose@example.fr', verifiedBy: 'Test admin' } });
  });

  it('accepts an opportunity as proposed', async () => {
    const { proposeOpportunity } = await ok(
      `mutation($input: CreateOpportunityInput!) { proposeOpportunity(input: $input) { id status territory { departmentCode } } }`,
      { input: { kind: 'INTERNSHIP', title: 'Stage proposé', description: 'Six mois.', hostId: MINES, territory: { communeCode: '42218' } } },
      member,
    );
    expect(proposeOpportunity).toMatchObject({ status: 'PENDING', territory: { departmentCode: '42' } });
    expect((await ok(`query { opportunityProposals { nodes { id } } }`, {}, otherEditor)).opportunityProposals.nodes).toEqual([]);
    const accepted = await ok(
      `mutation($id: ID!) { acceptOpportunityProposal(id: $id) { status acceptedVersion record { title version } } }`,
      { id: proposeOpportunity.id },
      editor,
    );
    expect(accepted.acceptOpportunityProposal).toEqual({ status: 'ACCEPTED', acceptedVersion: 1, record: { title: 'Stage proposé', version: 1 } });
  });

  it('does not let a member correct, or read through a proposal, a draft they cannot see', async () => {
    const draft = await ok(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { kind: 'JOB', status: 'DRAFT', title: 'Brouillon confidentiel', description: 'Pas encore publié.', hostId: MINES, territory: { communeCode: '42218' } } },
      editor,
    );
    const propose = `mutation($id: ID!) { proposeOpportunityCorrection(id: $id, input: { title: "Autre titre" }) { id changes { before } } }`;
    await refused(propose, { id: draft.createOpportunity.id }, member, 'NOT_FOUND');
    const { proposeOpportunityCorrection } = await ok(propose, { id: draft.createOpportunity.id }, admin);
    expect(proposeOpportunityCorrection.changes).toEqual([{ before: 'Brouillon confidentiel' }]);
  });
});

describe('verification and staleness', () => {
  it('counts an editor\'s own edit as a verification', async () => {
    const created = await ok(`mutation($input: CreateActorInput!) { createActor(input: $input) { id verifiedBy verifiedAt stale } }`, { input: lab('Laboratoire vérifié') }, editor);
    expect(created.createActor).toMatchObject({ verifiedBy: 'Test editor', stale: false });
  });

  it('lists stale records to the editors of their territory, and clears them with verifyActor', async () => {
    const { createActor } = await ok(`mutation($input: CreateActorInput!) { createActor(input: $input) { id version } }`, { input: lab('Laboratoire oublié') }, editor);
    const id = createActor.id;
    // Last vouched for two years ago, by an editor and by its source.
    await stack.subgraphs.actors.database.dataSource.query(
      `UPDATE actors.actor SET verified_at = now() - interval '730 days', source_retrieved_on = current_date - 730 WHERE id = $1`,
      [id],
    );
    const stale = `query { staleActors(first: 1000) { totalCount nodes { id stale verifiedBy } } }`;
    const listed = await ok(stale, {}, editor);
    expect(listed.staleActors.nodes).toContainEqual({ id, stale: true, verifiedBy: 'Test editor' });
    expect(listed.staleActors.nodes.every((n: any) => n.stale)).toBe(true);
    expect((await ok(stale, {}, otherEditor)).staleActors.nodes.map((n: any) => n.id)).not.toContain(id);
    await refused(stale, {}, member, 'FORBIDDEN');

    await refused(`mutation($id: ID!) { verifyActor(id: $id) { id } }`, { id }, otherEditor, 'FORBIDDEN');
    await refused(`mutation($id: ID!) { verifyActor(id: $id) { id } }`, { id }, member, 'FORBIDDEN');
    const verified = await ok(`mutation($id: ID!) { verifyActor(id: $id) { stale verifiedBy verifiedAt version } }`, { id }, admin);
    expect(verified.verifyActor).toMatchObject({ stale: false, verifiedBy: 'Test admin', version: createActor.version });
    expect((await ok(stale, {}, editor)).staleActors.nodes.map((n: any) => n.id)).not.toContain(id);
  });
});
