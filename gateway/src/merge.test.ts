/**
 * Merging duplicate actors through the gateway: `mergeActors` in the actors subgraph, with the
 * opportunities and contacts subgraphs following through `ActorMerge.opportunities` / `.contacts`
 * in the same operation. Nothing is lost: every reference is counted before and after, both
 * records' histories stay readable, the duplicate leaves search and resolves with `mergedInto`,
 * and a retry (or a second call) converges without writing twice.
 */
import { stableId } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let editor: string; // edits the Loire (42)
let otherEditor: string; // edits the Rhône (69) only

const SAINT_ETIENNE = stableId('commune:42218');
const MINES = stableId('org:mines-saint-etienne');

beforeAll(async () => {
  stack = await startStack();
  editor = await stack.token('editor', 'camille', ['departement:42']);
  otherEditor = await stack.token('editor', 'dominique', ['departement:69']);
});
afterAll(() => stack.stop());

async function ok<T = any>(query: string, variables: Record<string, unknown>, token = editor): Promise<T> {
  const { data, errors } = await stack.query(query, variables, token);
  expect(errors).toBeUndefined();
  return data;
}

async function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: stack.database.url });
  await client.connect();
  try {
    return (await client.query(query, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function createActor(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  return (await ok(`mutation($input: CreateActorInput!) { createActor(input: $input) { id version } }`, { input })).createActor;
}

const MERGE = `mutation($input: MergeActorsInput!) {
  mergeActors(input: $input) {
    survivor { id name acronym description website themes identifiers { siren rnsr } version mergedInto { id } archivedAt }
    merged { id archivedAt mergedInto { id name } version }
    merge {
      mergedId survivorId alreadyMerged changedFields childrenMoved partnershipsMoved affiliationsMoved targetsMoved
      opportunities { opportunitiesMoved researchNeedsMoved remaining }
      contacts { contactsMoved remaining }
    }
  }
}`;

/** Every reference to each of the ids, in every subgraph's tables. */
async function references(ids: string[]): Promise<Record<string, number>> {
  const [row] = await sql(
    `SELECT
       (SELECT count(*) FROM opportunities.opportunity WHERE host_id = ANY($1))::int AS hosted,
       (SELECT count(*) FROM opportunities.opportunity o, unnest(o.partner_ids) p WHERE p = ANY($1))::int AS partnered,
       (SELECT count(*) FROM contacts.contact WHERE organization_id = ANY($1))::int AS contacts,
       (SELECT count(*) FROM actors.actor WHERE parent_id = ANY($1))::int AS children,
       (SELECT count(*) FROM actors.partnership WHERE actor_id = ANY($1) OR partner_id = ANY($1))::int AS partnerships,
       (SELECT count(*) FROM actors.workspace_target WHERE actor_id = ANY($1))::int AS targets`,
    [ids],
  );
  return row;
}

describe('mergeActors', () => {
  it('moves every reference of the three subgraphs to the survivor, keeps both histories, and leaves search', async () => {
    const survivor = await createActor({
      kind: 'ASSOCIATION', name: 'Fabrique des transitions ligériennes', themes: ['transition'], territory: { communeCode: '42218' },
      identifiers: { siren: '123456789' },
    });
    const merged = await createActor({
      kind: 'ASSOCIATION', name: 'La Fabrique des transitions (Loire)', acronym: 'FTL', description: 'Association de médiation scientifique.',
      website: 'https://fabrique.example.fr', themes: ['médiation', 'transition'], territory: { communeCode: '42218' }, identifiers: { rnsr: '202012345A' },
    });
    // References in the actors subgraph: a child, partnerships (one with a third actor, one between the two, one the survivor already has), targets.
    const child = await createActor({ kind: 'ASSOCIATION', name: 'Antenne de Firminy', territory: { communeCode: '42095' }, parentId: merged.id });
    const addPartnership = `mutation($input: AddPartnershipInput!) { addPartnership(input: $input) { id } }`;
    await ok(addPartnership, { input: { actorId: merged.id, partnerId: MINES, toolSlug: 'connaissance-mutuelle', intensity: 1, note: 'Cafés sciences' } });
    await ok(addPartnership, { input: { actorId: survivor.id, partnerId: MINES, toolSlug: 'connaissance-mutuelle', intensity: 2 } });
    await ok(addPartnership, { input: { actorId: merged.id, partnerId: SAINT_ETIENNE, toolSlug: 'structures-mixtes', intensity: 3 } });
    await ok(addPartnership, { input: { actorId: merged.id, partnerId: survivor.id, toolSlug: 'structures-mixtes', intensity: 1 } });
    const addTarget = `mutation($input: AddWorkspaceTargetInput!) { addWorkspaceTarget(input: $input) { id } }`;
    await ok(addTarget, { input: { actorId: merged.id, aimedIntensity: 3, notes: 'Relancer', dueOn: '2027-04-01' } });
    await ok(addTarget, { input: { actorId: survivor.id, currentIntensity: 1, aimedIntensity: 2, dueOn: '2027-05-01' } });
    await ok(addTarget, { input: { actorId: merged.id, aimedIntensity: 2 } }, await stack.token('editor', 'eden', ['departement:42']));
    // References in the other subgraphs: hosted and partnered opportunities, contacts.
    const createOpportunity = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`;
    const hosted = (await ok(createOpportunity, { input: { kind: 'EVENT', title: 'Nuit des chercheurs', description: 'Une soirée.', hostId: merged.id, territory: { communeCode: '42218' } } })).createOpportunity;
    const both = (await ok(createOpportunity, {
      input: { kind: 'EVENT', title: 'Forum', description: 'Un forum.', hostId: MINES, partnerIds: [merged.id, survivor.id], territory: { communeCode: '42218' } },
    })).createOpportunity;
    const ownHosted = (await ok(createOpportunity, { input: { kind: 'EVENT', title: 'Atelier', description: 'Un atelier.', hostId: survivor.id, partnerIds: [merged.id], territory: { communeCode: '42218' } } })).createOpportunity;
    const createContact = `mutation($input: CreateContactInput!) { createContact(input: $input) { id version } }`;
    const contact = (await ok(createContact, { input: { displayName: 'Noa Fabrique', roles: ['FACILITATOR'], territory: { communeCode: '42218' }, organizationId: merged.id } })).createContact;

    const ids = [survivor.id, merged.id];
    const before = await references(ids);
    expect(before).toEqual({ hosted: 2, partnered: 3, contacts: 1, children: 1, partnerships: 4, targets: 3 });

    const { data, errors } = await stack.query(MERGE, { input: { survivorId: survivor.id, mergedId: merged.id, takeFromMerged: ['RNSR'], survivorVersion: survivor.version, mergedVersion: merged.version } }, editor);
    expect(errors).toBeUndefined();
    const result = data.mergeActors;
    // Survivor wins, the merged record fills its gaps; themes are united; picked identifiers are taken.
    expect(result.survivor).toMatchObject({
      id: survivor.id, name: 'Fabrique des transitions ligériennes', acronym: 'FTL', description: 'Association de médiation scientifique.',
      website: 'https://fabrique.example.fr', identifiers: { siren: '123456789', rnsr: '202012345A' }, mergedInto: null, archivedAt: null, version: 2,
    });
    expect([...result.survivor.themes].sort()).toEqual(['médiation', 'transition']);
    expect(result.merged).toMatchObject({ id: merged.id, mergedInto: { id: survivor.id, name: 'Fabrique des transitions ligériennes' }, version: 2 });
    expect(result.merged.archivedAt).not.toBeNull();
    expect(result.merge).toMatchObject({
      mergedId: merged.id, survivorId: survivor.id, alreadyMerged: false, childrenMoved: 1, partnershipsMoved: 2, targetsMoved: 2,
      opportunities: { opportunitiesMoved: 3, researchNeedsMoved: 0, remaining: 0 },
      contacts: { contactsMoved: 1, remaining: 0 },
    });

    // Nothing points at the duplicate any more, anywhere; every reference is on the survivor.
    expect(await references([merged.id])).toEqual({ hosted: 0, partnered: 0, contacts: 0, children: 0, partnerships: 0, targets: 0 });
    const after = await references([survivor.id]);
    // Hosted: the two. Partnered: "Forum" listed both (now one), "Atelier" listed the merged one but is hosted by the survivor (dropped).
    // Partnerships: the one between the two is dropped, the two with MINES and the same tool became one.
    // Targets: camille's two became one, eden's moved.
    expect(after).toEqual({ hosted: 2, partnered: 1, contacts: 1, children: 1, partnerships: 2, targets: 2 });
    const [mines] = await sql(`SELECT intensity, note FROM actors.partnership WHERE tool_slug = 'connaissance-mutuelle' AND $1 IN (actor_id, partner_id)`, [survivor.id]);
    expect(mines).toEqual({ intensity: 2, note: 'Cafés sciences' });
    const [camilleTarget] = await sql(`SELECT current_intensity, aimed_intensity, notes, to_char(due_on, 'YYYY-MM-DD') AS due FROM actors.workspace_target WHERE owner_id = 'camille' AND actor_id = $1`, [survivor.id]);
    expect(camilleTarget).toEqual({ current_intensity: 1, aimed_intensity: 3, notes: 'Relancer', due: '2027-04-01' });

    // Through the API: the survivor has the opportunities, contacts and children; the duplicate resolves, archived, with mergedInto.
    const view = await ok(
      `query($s: ID!, $m: ID!, $child: ID!) {
        survivor: actor(id: $s) { opportunities { id } contacts { id } children { id } partnerships { partner { id } intensity } }
        merged: actor(id: $m) { id archivedAt mergedInto { id } history { action version } }
        child: actor(id: $child) { parent { id } history { action } }
      }`,
      { s: survivor.id, m: merged.id, child: child.id },
    );
    expect(view.survivor.opportunities.map((o: any) => o.id).sort()).toEqual([hosted.id, both.id, ownHosted.id].sort());
    expect(view.survivor.contacts).toEqual([{ id: contact.id }]);
    expect(view.survivor.children).toEqual([{ id: child.id }]);
    expect(view.survivor.partnerships.map((p: any) => p.partner.id).sort()).toEqual([MINES, SAINT_ETIENNE].sort());
    expect(view.merged.mergedInto).toEqual({ id: survivor.id });
    // Both histories stay readable: the duplicate's creation and its merge.
    expect(view.merged.history).toEqual([{ action: 'MERGE', version: 2 }, { action: 'CREATE', version: 1 }]);
    expect(view.child.parent).toEqual({ id: survivor.id });
    expect(view.child.history[0]).toEqual({ action: 'MERGE' });
    const history = await ok(`query($s: ID!) { actor(id: $s) { history { action version changes { field } } } }`, { s: survivor.id });
    expect(history.actor.history[0]).toMatchObject({ action: 'MERGE', version: 2 });
    expect(history.actor.history[0].changes.map((c: any) => c.field)).toEqual(expect.arrayContaining(['acronym', 'description', 'identifiers.rnsr', 'themes', 'website']));
    const followed = await ok(`query($o: ID!, $c: ID!) { opportunity(id: $o) { host { id } history { action } } contact(id: $c) { organization { id } history { action } } }`, { o: hosted.id, c: contact.id });
    expect(followed.opportunity).toEqual({ host: { id: survivor.id }, history: [{ action: 'MERGE' }, { action: 'CREATE' }] });
    expect(followed.contact).toEqual({ organization: { id: survivor.id }, history: [{ action: 'MERGE' }, { action: 'CREATE' }] });

    // Search shows the survivor only.
    const search = await ok(`{ actors(filter: { search: "fabrique des transitions" }) { nodes { id } } }`, {});
    expect(search.actors.nodes.map((n: any) => n.id)).toContain(survivor.id);
    expect(search.actors.nodes.map((n: any) => n.id)).not.toContain(merged.id);

    // A retry converges: nothing more written, follow-ups report nothing left.
    const revisionsBefore = await sql(`SELECT (SELECT count(*) FROM actors.revision)::int + (SELECT count(*) FROM opportunities.revision)::int + (SELECT count(*) FROM contacts.revision)::int AS n`);
    const retry = await ok(MERGE, { input: { survivorId: survivor.id, mergedId: merged.id, survivorVersion: 1, mergedVersion: 1 } });
    expect(retry.mergeActors.merge).toMatchObject({
      alreadyMerged: true, childrenMoved: 0, partnershipsMoved: 0, targetsMoved: 0,
      opportunities: { opportunitiesMoved: 0, remaining: 0 }, contacts: { contactsMoved: 0, remaining: 0 },
    });
    const revisionsAfter = await sql(`SELECT (SELECT count(*) FROM actors.revision)::int + (SELECT count(*) FROM opportunities.revision)::int + (SELECT count(*) FROM contacts.revision)::int AS n`);
    expect(revisionsAfter).toEqual(revisionsBefore);
    expect(await references([survivor.id])).toEqual(after);
  });

  it('lets a retry finish what a partial failure left: a reference still on the duplicate follows on the next call', async () => {
    const survivor = await createActor({ kind: 'ASSOCIATION', name: 'Collectif science ouverte Loire', territory: { communeCode: '42218' } });
    const merged = await createActor({ kind: 'ASSOCIATION', name: 'Collectif Science ouverte (42)', territory: { communeCode: '42218' } });
    await ok(MERGE, { input: { survivorId: survivor.id, mergedId: merged.id } });
    // As if the contacts subgraph had been down during the merge: a contact still at the duplicate.
    const [{ id }] = await sql(`SELECT id FROM contacts.contact ORDER BY id LIMIT 1`);
    await sql(`UPDATE contacts.contact SET organization_id = $1 WHERE id = $2`, [merged.id, id]);
    const retry = await ok(MERGE, { input: { survivorId: survivor.id, mergedId: merged.id } });
    expect(retry.mergeActors.merge).toMatchObject({ alreadyMerged: true, contacts: { contactsMoved: 1, remaining: 0 } });
    expect(await references([merged.id])).toMatchObject({ contacts: 0 });
  });

  it('refuses what would lose or corrupt data, and writes nothing', async () => {
    const a = await createActor({ kind: 'LAB', name: 'Laboratoire des usages', territory: { communeCode: '42218' } });
    const b = await createActor({ kind: 'LAB', name: 'Labo des usages', territory: { communeCode: '42218' }, parentId: a.id });
    const c = await createActor({ kind: 'LAB', name: 'Laboratoire des usages (bis)', territory: { communeCode: '42218' } });
    const code = async (input: Record<string, unknown>, token = editor) => (await stack.query(MERGE, { input }, token)).errors?.[0]?.extensions?.code;
    expect(await code({ survivorId: a.id, mergedId: a.id })).toBe('BAD_USER_INPUT');
    // The survivor below the duplicate would make a cycle: keep the other one.
    expect(await code({ survivorId: b.id, mergedId: a.id })).toBe('BAD_USER_INPUT');
    // Stale versions: CONFLICT.
    expect(await code({ survivorId: a.id, mergedId: c.id, mergedVersion: 7 })).toBe('CONFLICT');
    // An editor must cover both records.
    expect(await code({ survivorId: a.id, mergedId: c.id }, otherEditor)).toBe('FORBIDDEN');
    expect(await code({ survivorId: a.id, mergedId: c.id }, await stack.token('member', 'morgan'))).toBe('FORBIDDEN');
    expect(await code({ survivorId: a.id, mergedId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    // Taking the duplicate's parent when it sits below the survivor would make a cycle.
    const d = await createActor({ kind: 'LAB', name: 'Laboratoire des usages (ter)', territory: { communeCode: '42218' }, parentId: b.id });
    expect(await code({ survivorId: a.id, mergedId: d.id, takeFromMerged: ['PARENT'] })).toBe('BAD_USER_INPUT');
    const rows = await sql(`SELECT id, version, archived_at, merged_into FROM actors.actor WHERE id = ANY($1) ORDER BY id`, [[a.id, b.id, c.id, d.id]]);
    expect(rows.every((r) => r.version === 1 && r.archived_at === null && r.merged_into === null)).toBe(true);
    // A merged record cannot be merged again elsewhere, nor reverted back to life.
    await ok(MERGE, { input: { survivorId: a.id, mergedId: c.id } });
    expect(await code({ survivorId: b.id, mergedId: c.id })).toBe('BAD_USER_INPUT');
    expect(await code({ survivorId: c.id, mergedId: b.id })).toBe('BAD_USER_INPUT');
    const revert = await stack.query(`mutation($id: ID!) { revertActor(id: $id, version: 1) { id } }`, { id: c.id }, editor);
    expect(revert.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('mergeContacts', () => {
  const MERGE_CONTACTS = `mutation($input: MergeContactsInput!) {
    mergeContacts(input: $input) {
      alreadyMerged
      survivor { id displayName jobTitle roles email phone organization { id } version mergedInto { id } }
      merged { id archivedAt version mergedInto { id displayName } }
    }
  }`;

  it('merges two records of one person: picked fields, gaps filled, roles united, duplicate archived with mergedInto', async () => {
    const create = async (input: Record<string, unknown>) =>
      (await ok(`mutation($input: CreateContactInput!) { createContact(input: $input) { id version } }`, { input })).createContact;
    const survivor = await create({ displayName: 'Camille Dupont', roles: ['FACILITATOR'], territory: { communeCode: '42218' }, email: 'camille.dupont@example.fr' });
    const merged = await create({
      displayName: 'Camille Dupont-Martin', jobTitle: 'Chargée de mission recherche', roles: ['AGENT'], territory: { communeCode: '42218' },
      email: 'c.dupont@example.fr', phone: '04 77 00 00 01', organizationId: MINES,
    });
    const data = (await ok(MERGE_CONTACTS, { input: { survivorId: survivor.id, mergedId: merged.id, takeFromMerged: ['DISPLAY_NAME'], survivorVersion: 1, mergedVersion: 1 } })).mergeContacts;
    expect(data.alreadyMerged).toBe(false);
    expect(data.survivor).toMatchObject({
      id: survivor.id, displayName: 'Camille Dupont-Martin', jobTitle: 'Chargée de mission recherche', email: 'camille.dupont@example.fr', phone: '04 77 00 00 01',
      organization: { id: MINES }, version: 2, mergedInto: null,
    });
    expect([...data.survivor.roles].sort()).toEqual(['AGENT', 'FACILITATOR']);
    expect(data.merged).toMatchObject({ id: merged.id, version: 2, mergedInto: { id: survivor.id, displayName: 'Camille Dupont-Martin' } });
    expect(data.merged.archivedAt).not.toBeNull();
    // Both histories readable; the duplicate leaves the lists; a retry writes nothing; no revert back to life.
    const history = await ok(`query($a: ID!, $b: ID!) { a: contact(id: $a) { history { action } } b: contact(id: $b) { history { action } } }`, { a: survivor.id, b: merged.id });
    expect(history.a.history).toEqual([{ action: 'MERGE' }, { action: 'CREATE' }]);
    expect(history.b.history).toEqual([{ action: 'MERGE' }, { action: 'CREATE' }]);
    const list = await ok(`{ contacts(filter: { search: "Camille Dupont" }) { nodes { id } } }`, {});
    expect(list.contacts.nodes.map((n: any) => n.id)).toContain(survivor.id);
    expect(list.contacts.nodes.map((n: any) => n.id)).not.toContain(merged.id);
    const retry = (await ok(MERGE_CONTACTS, { input: { survivorId: survivor.id, mergedId: merged.id, survivorVersion: 1 } })).mergeContacts;
    expect(retry).toMatchObject({ alreadyMerged: true, survivor: { version: 2 }, merged: { version: 2 } });
    const revert = await stack.query(`mutation($id: ID!) { revertContact(id: $id, version: 1) { id } }`, { id: merged.id }, editor);
    expect(revert.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Anonymous viewers never see the e-mail, on the merged record either.
    const anonymous = await stack.query(`query($id: ID!) { contact(id: $id) { email mergedInto { email phone } } }`, { id: merged.id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.contact).toEqual({ email: null, mergedInto: { email: null, phone: null } });
    expect((await stack.query(MERGE_CONTACTS, { input: { survivorId: survivor.id, mergedId: merged.id } }, otherEditor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
