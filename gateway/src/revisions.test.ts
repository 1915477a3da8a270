/**
 * Revisions through the gateway (issues 5, 6, 7): every write is journaled with its author and its
 * states before and after; editors read a record's history and revert it; a stale `expectedVersion`
 * is refused with CONFLICT and writes nothing; the journal is for admins.
 */
import { stableId } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let editor: string; // edits the Loire (42)
let otherEditor: string; // edits the Rhône (69) only
let admin: string;
let member: string;

const SAINT_ETIENNE = stableId('commune:42218');
const MINES = stableId('org:mines-saint-etienne');

beforeAll(async () => {
  stack = await startStack();
  editor = await stack.token('editor', 'camille', ['departement:42']);
  otherEditor = await stack.token('editor', 'dominique', ['departement:69']);
  admin = await stack.token('admin', 'alix');
  member = await stack.token('member', 'morgan');
});
afterAll(() => stack.stop());

const REVISION = `id entityType entityId version action author { id name role } at before after changes { field before after } revertedTo`;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const { data, errors } = await stack.query(query, variables, token);
  expect(errors).toBeUndefined();
  return data;
}

async function createLab(name: string): Promise<{ id: string; version: number }> {
  const data = await ok(
    `mutation($input: CreateActorInput!) { createActor(input: $input) { id version } }`,
    { input: { kind: 'LAB', name, themes: ['innovation publique'], territory: { communeCode: '42218' } } },
    editor,
  );
  return data.createActor;
}

async function actorHistory(id: string, token = editor): Promise<any[]> {
  return (await ok(`query($id: ID!) { actor(id: $id) { history { ${REVISION} } } }`, { id }, token)).actor.history;
}

describe('journal of every mutation (before and after)', () => {
  it('journals actor creation, update, archive and partnership changes', async () => {
    const { id, version } = await createLab('Laboratoire du journal');
    expect(version).toBe(1);
    const updated = await ok(`mutation($id: ID!) { updateActor(id: $id, input: { name: "Laboratoire du journal (LJ)", acronym: "LJ" }) { version } }`, { id }, editor);
    expect(updated.updateActor.version).toBe(2);
    const added = await ok(
      `mutation($a: ID!, $b: ID!) { addPartnership(input: { actorId: $a, partnerId: $b, toolSlug: "connaissance-mutuelle", intensity: 2 }) { id } }`,
      { a: id, b: SAINT_ETIENNE },
      editor,
    );
    const partnershipId = added.addPartnership.id;
    await ok(`mutation($id: ID!) { removePartnership(id: $id) }`, { id: partnershipId }, editor);
    const archived = await ok(`mutation($id: ID!) { archiveActor(id: $id) { version archivedAt } }`, { id }, editor);
    expect(archived.archiveActor.version).toBe(3);
    // Archiving again changes nothing, so it writes no revision.
    await ok(`mutation($id: ID!) { archiveActor(id: $id) { version } }`, { id }, editor);

    const journal = await ok(
      `query($filter: RevisionFilter) { actorsJournal(filter: $filter, first: 20) { totalCount nodes { ${REVISION} } } }`,
      { filter: { authorId: 'camille' } },
      admin,
    );
    const mine = journal.actorsJournal.nodes.filter((r: any) => r.entityId === id || r.entityId === partnershipId);
    expect(mine.map((r: any) => `${r.entityType} ${r.action} v${r.version}`)).toEqual([
      'ACTOR ARCHIVE v3', 'PARTNERSHIP PARTNERSHIP_REMOVE v2', 'PARTNERSHIP PARTNERSHIP_ADD v1', 'ACTOR UPDATE v2', 'ACTOR CREATE v1',
    ]);
    const [archive, remove, add, update, create] = mine;
    expect(create).toMatchObject({ before: null, author: { id: 'camille', name: 'Test editor', role: 'editor' } });
    expect(create.after).toMatchObject({ name: 'Laboratoire du journal', kind: 'LAB', territory: { communeCode: '42218', departmentCode: '42' } });
    expect(update.before).toMatchObject({ name: 'Laboratoire du journal', acronym: null });
    expect(update.after).toMatchObject({ name: 'Laboratoire du journal (LJ)', acronym: 'LJ' });
    expect(update.changes).toEqual([
      { field: 'acronym', before: null, after: 'LJ' },
      { field: 'name', before: 'Laboratoire du journal', after: 'Laboratoire du journal (LJ)' },
    ]);
    expect(add).toMatchObject({ before: null, after: { toolSlug: 'connaissance-mutuelle', intensity: 2 } });
    expect(remove).toMatchObject({ before: { toolSlug: 'connaissance-mutuelle', intensity: 2 }, after: null });
    expect(archive.before.archivedAt).toBeNull();
    expect(archive.after.archivedAt).toBe(archived.archiveActor.archivedAt);
    expect(archive.changes.map((c: any) => c.field)).toEqual(['archivedAt']);
  });

  it('journals opportunities and contacts in their own subgraphs', async () => {
    const opportunity = await ok(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`,
      { input: { kind: 'INTERNSHIP', title: 'Stage au journal', description: 'Six mois.', hostId: MINES, territory: { communeCode: '42218' } } },
      editor,
    );
    const oid = opportunity.createOpportunity.id;
    await ok(`mutation($id: ID!) { updateOpportunity(id: $id, input: { title: "Stage au journal (6 mois)", expectedVersion: 1 }) { version } }`, { id: oid }, editor);
    await ok(`mutation($id: ID!) { archiveOpportunity(id: $id) { id } }`, { id: oid }, editor);

    const contact = await ok(
      `mutation { createContact(input: { displayName: "Lou Journal", roles: [AGENT], territory: { communeCode: "42218" }, email: "lou.journal@example.fr" }) { id version } }`,
      {},
      editor,
    );
    const cid = contact.createContact.id;
    await ok(`mutation($id: ID!) { updateContact(id: $id, input: { email: "lou@example.fr", expectedVersion: 1 }) { version } }`, { id: cid }, editor);
    await ok(`mutation($id: ID!) { archiveContact(id: $id) { id } }`, { id: cid }, editor);

    const data = await ok(
      `query($o: ID!, $c: ID!) {
        opportunitiesJournal(filter: { entityId: $o }) { totalCount nodes { action version changes { field before after } before after } }
        contactsJournal(filter: { entityId: $c }) { totalCount nodes { action version changes { field before after } before after } }
      }`,
      { o: oid, c: cid },
      admin,
    );
    expect(data.opportunitiesJournal.nodes.map((r: any) => r.action)).toEqual(['ARCHIVE', 'UPDATE', 'CREATE']);
    expect(data.opportunitiesJournal.totalCount).toBe(3);
    expect(data.opportunitiesJournal.nodes[1].changes).toEqual([{ field: 'title', before: 'Stage au journal', after: 'Stage au journal (6 mois)' }]);
    expect(data.contactsJournal.nodes.map((r: any) => r.action)).toEqual(['ARCHIVE', 'UPDATE', 'CREATE']);
    expect(data.contactsJournal.nodes[1].changes).toEqual([{ field: 'email', before: 'lou.journal@example.fr', after: 'lou@example.fr' }]);
    expect(data.contactsJournal.nodes[2].after).toMatchObject({ displayName: 'Lou Journal', email: 'lou.journal@example.fr' });
  });

  it('filters the journal by author, kind of record and date, and pages it', async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const { id } = await createLab('Laboratoire du filtre');
    await ok(`mutation($id: ID!) { updateActor(id: $id, input: { name: "Laboratoire du filtre (admin)" }) { id } }`, { id }, admin);
    const query = `query($filter: RevisionFilter, $after: String) { actorsJournal(filter: $filter, first: 1, after: $after) {
      totalCount nodes { entityId action author { id } } pageInfo { hasNextPage endCursor } } }`;
    const byAdmin = await ok(query, { filter: { authorId: 'alix', entityTypes: ['ACTOR'], since: before } }, admin);
    expect(byAdmin.actorsJournal.totalCount).toBe(1);
    expect(byAdmin.actorsJournal.nodes).toEqual([{ entityId: id, action: 'UPDATE', author: { id: 'alix' } }]);

    const recent = await ok(query, { filter: { since: before, entityId: id } }, admin);
    expect(recent.actorsJournal).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const next = await ok(query, { filter: { since: before, entityId: id }, after: recent.actorsJournal.pageInfo.endCursor }, admin);
    expect(next.actorsJournal.nodes).toEqual([{ entityId: id, action: 'CREATE', author: { id: 'camille' } }]);

    const none = await ok(query, { filter: { until: before, entityId: id } }, admin);
    expect(none.actorsJournal.totalCount).toBe(0);
    const partnershipsOnly = await ok(query, { filter: { entityTypes: ['PARTNERSHIP'], entityId: id } }, admin);
    expect(partnershipsOnly.actorsJournal.totalCount).toBe(0);

    const bad = await stack.query(`{ actorsJournal(filter: { entityId: "nope", since: "2026-02-01T00:00:00Z", until: "2026-01-01T00:00:00Z" }) { totalCount } }`, {}, admin);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.fields.map((f: any) => f.field)).toEqual(['filter.entityId', 'filter.until']);
  });

  it('keeps the journal for admins', async () => {
    const query = `{ actorsJournal { totalCount } opportunitiesJournal { totalCount } contactsJournal { totalCount } }`;
    const asEditor = await stack.query(query, {}, editor);
    expect(asEditor.data).toBeNull();
    expect(asEditor.errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [member, 'FORBIDDEN']] as const) {
      for (const field of ['actorsJournal', 'opportunitiesJournal', 'contactsJournal']) {
        const { errors } = await stack.query(`{ ${field} { totalCount } }`, {}, token);
        expect(errors?.[0]?.extensions?.code).toBe(code);
      }
    }
  });
});

describe('history and revert', () => {
  it('shows the history with its diff and reverts to an earlier version, as a new revision', async () => {
    const { id } = await createLab('Laboratoire avant');
    await ok(`mutation($id: ID!) { updateActor(id: $id, input: { name: "Laboratoire après", themes: ["transition"], expectedVersion: 1 }) { id } }`, { id }, editor);
    let history = await actorHistory(id);
    expect(history.map((r) => r.version)).toEqual([2, 1]);
    expect(history[0].changes).toEqual([
      { field: 'name', before: 'Laboratoire avant', after: 'Laboratoire après' },
      { field: 'themes', before: ['innovation publique'], after: ['transition'] },
    ]);

    const reverted = await ok(`mutation($id: ID!) { revertActor(id: $id, version: 1, expectedVersion: 2) { name themes version } }`, { id }, editor);
    expect(reverted.revertActor).toEqual({ name: 'Laboratoire avant', themes: ['innovation publique'], version: 3 });
    history = await actorHistory(id);
    expect(history[0]).toMatchObject({ version: 3, action: 'REVERT', revertedTo: 1, author: { id: 'camille' } });
    expect(history[0].changes.map((c: any) => c.field)).toEqual(['name', 'themes']);

    const refused = await stack.query(`mutation($id: ID!) { revertActor(id: $id, version: 3) { id } }`, { id }, editor);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
  });

  it('reverts a seeded record whose first version predates the journal', async () => {
    const data = await ok(`query($id: ID!) { actor(id: $id) { name version history { version } } }`, { id: MINES }, editor);
    expect(data.actor.history).toEqual([]);
    const original = data.actor.name;
    await ok(`mutation($id: ID!) { updateActor(id: $id, input: { name: "Mines renommées", expectedVersion: ${data.actor.version} }) { id } }`, { id: MINES }, editor);
    const reverted = await ok(`mutation($id: ID!) { revertActor(id: $id, version: 1) { name version } }`, { id: MINES }, editor);
    expect(reverted.revertActor).toEqual({ name: original, version: 3 });
  });

  it('reverts opportunities and contacts, archive included, re-validating the state', async () => {
    const created = await ok(
      `mutation { createContact(input: { displayName: "Sam Retour", roles: [AGENT], territory: { communeCode: "42218" }, phone: "04 77 00 00 00" }) { id } }`,
      {},
      editor,
    );
    const id = created.createContact.id;
    await ok(`mutation($id: ID!) { updateContact(id: $id, input: { phone: null, jobTitle: "Chargé de mission" }) { id } }`, { id }, editor);
    await ok(`mutation($id: ID!) { archiveContact(id: $id) { id } }`, { id }, editor);
    const back = await ok(`mutation($id: ID!) { revertContact(id: $id, version: 1) { phone jobTitle archivedAt version history { action revertedTo } } }`, { id }, editor);
    expect(back.revertContact).toMatchObject({ phone: '04 77 00 00 00', jobTitle: null, archivedAt: null, version: 4 });
    expect(back.revertContact.history[0]).toEqual({ action: 'REVERT', revertedTo: 1 });

    const opportunity = await ok(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { kind: 'JOB', title: 'Poste à revoir', description: 'Un poste.', hostId: MINES, territory: { communeCode: '42218' }, durationMonths: 12 } },
      editor,
    );
    const oid = opportunity.createOpportunity.id;
    await ok(`mutation($id: ID!) { updateOpportunity(id: $id, input: { durationMonths: 24, status: CLOSED }) { id } }`, { id: oid }, editor);
    const restored = await ok(`mutation($id: ID!) { revertOpportunity(id: $id, version: 1) { durationMonths status version } }`, { id: oid }, editor);
    expect(restored.revertOpportunity).toEqual({ durationMonths: 12, status: 'OPEN', version: 3 });
  });

  it('refuses history and reverts to non-editors, and reverts to editors of another territory', async () => {
    const { id } = await createLab('Laboratoire gardé');
    await ok(`mutation($id: ID!) { updateActor(id: $id, input: { name: "Laboratoire gardé (2)" }) { id } }`, { id }, editor);

    const anonymous = await stack.query(`query($id: ID!) { actor(id: $id) { name history { version } } }`, { id });
    expect(anonymous.data.actor).toEqual({ name: 'Laboratoire gardé (2)', history: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const asMember = await stack.query(`query($id: ID!) { actor(id: $id) { history { version } } }`, { id }, member);
    expect(asMember.data.actor.history).toBeNull();
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Any editor may read a history (records are public); only the territory's editors revert.
    expect((await actorHistory(id, otherEditor)).map((r) => r.version)).toEqual([2, 1]);

    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [member, 'FORBIDDEN'], [otherEditor, 'FORBIDDEN']] as const) {
      const { errors } = await stack.query(`mutation($id: ID!) { revertActor(id: $id, version: 1) { id } }`, { id }, token);
      expect(errors?.[0]?.extensions?.code).toBe(code);
    }
    const after = await ok(`query($id: ID!) { actor(id: $id) { name version history { version } } }`, { id }, editor);
    expect(after.actor).toEqual({ name: 'Laboratoire gardé (2)', version: 2, history: [{ version: 2 }, { version: 1 }] });
  });
});

describe('concurrent edits', () => {
  it('refuses a stale expectedVersion with CONFLICT, the changed fields, and writes nothing', async () => {
    const { id } = await createLab('Laboratoire disputé');
    // Two editors load version 1; the first saves.
    await ok(`mutation($id: ID!) { updateActor(id: $id, input: { description: "Première version", expectedVersion: 1 }) { id } }`, { id }, editor);
    await ok(`mutation($id: ID!) { updateActor(id: $id, input: { website: "https://lab.example.fr", expectedVersion: 2 }) { id } }`, { id }, admin);
    const stale = await stack.query(`mutation($id: ID!) { updateActor(id: $id, input: { name: "Écrasé ?", expectedVersion: 1 }) { id } }`, { id }, editor);
    expect(stale.data).toBeNull();
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT', expectedVersion: 1, currentVersion: 3, changedFields: ['description', 'website'], lastChangedBy: { name: 'Test admin' },
    });
    expect(stale.errors?.[0]?.message).toMatch(/modifiée/);
    const now = await ok(`query($id: ID!) { actor(id: $id) { name description website version history { version } } }`, { id }, editor);
    expect(now.actor).toEqual({
      name: 'Laboratoire disputé', description: 'Première version', website: 'https://lab.example.fr', version: 3, history: [{ version: 3 }, { version: 2 }, { version: 1 }],
    });
  });

  it('never lets two simultaneous saves of the same version both succeed', async () => {
    const { id } = await createLab('Laboratoire simultané');
    const saves = await Promise.all(
      ['A', 'B', 'C'].map((suffix) =>
        stack.query(`mutation($id: ID!, $name: String!) { updateActor(id: $id, input: { name: $name, expectedVersion: 1 }) { name } }`, { id, name: `Version ${suffix}` }, editor),
      ),
    );
    const succeeded = saves.filter((s) => !s.errors);
    expect(succeeded).toHaveLength(1);
    expect(saves.filter((s) => s.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    const now = await ok(`query($id: ID!) { actor(id: $id) { name version } }`, { id }, editor);
    expect(now.actor).toEqual({ name: succeeded[0]!.data.updateActor.name, version: 2 });
  });

  it('applies CONFLICT to opportunities and contacts too', async () => {
    const contact = await ok(`mutation { createContact(input: { displayName: "Ali Conflit", roles: [AGENT], territory: { communeCode: "42218" } }) { id } }`, {}, editor);
    const cid = contact.createContact.id;
    await ok(`mutation($id: ID!) { updateContact(id: $id, input: { jobTitle: "Un", expectedVersion: 1 }) { id } }`, { id: cid }, editor);
    const stale = await stack.query(`mutation($id: ID!) { updateContact(id: $id, input: { jobTitle: "Deux", expectedVersion: 1 }) { id } }`, { id: cid }, editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, changedFields: ['jobTitle'] });

    const opportunity = await ok(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { kind: 'EVENT', title: 'Rencontre disputée', description: 'Une rencontre.', hostId: MINES, territory: { communeCode: '42218' } } },
      editor,
    );
    const oid = opportunity.createOpportunity.id;
    await ok(`mutation($id: ID!) { updateOpportunity(id: $id, input: { deadline: "2027-01-31" }) { id } }`, { id: oid }, editor);
    const staleOpportunity = await stack.query(`mutation($id: ID!) { revertOpportunity(id: $id, version: 1, expectedVersion: 1) { id } }`, { id: oid }, editor);
    expect(staleOpportunity.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, changedFields: ['deadline'] });
  });
});

it('reads histories with one SQL statement per level, whatever the number of records', async () => {
  const query = `query($first: Int!) { actors(filter: { departmentCode: "42" }, first: $first) { nodes { id history { version author { name } } } } }`;
  const count = async (first: number) => {
    stack.resetStatements();
    const { data, errors } = await stack.query(query, { first }, editor);
    expect(errors).toBeUndefined();
    expect(data.actors.nodes).toHaveLength(first);
    return stack.statements();
  };
  await count(5);
  expect(await count(100)).toEqual(await count(5));
});
