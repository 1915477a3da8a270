/**
 * Territory scoping of editors, through the gateway on the real stack: an editor edits only within
 * their territories (a région covers its départements), an admin everywhere, a member never; and the
 * accounts side (territories stored, carried by sign-in tokens, set from the CLI).
 */
import { stableId } from '@ecosystem/common';
import { Client } from 'pg';
import { runUserCli } from './cli/user.js';
import { startStack, type GraphQLResponse, type Stack } from './testing/stack.js';

let stack: Stack;
let loire: string; // departement:42
let ara: string; // region:84 (Auvergne-Rhône-Alpes, which contains the Loire)
let paris: string; // departement:75
let seineSaintDenis: string; // departement:93
let bouchesDuRhone: string; // departement:13
let nowhere: string; // an editor without territory
let admin: string;
let member: string;

beforeAll(async () => {
  stack = await startStack();
  loire = await stack.token('editor', 'ed-42', ['departement:42']);
  ara = await stack.token('editor', 'ed-84', ['region:84']);
  paris = await stack.token('editor', 'ed-75', ['departement:75']);
  seineSaintDenis = await stack.token('editor', 'ed-93', ['departement:93']);
  bouchesDuRhone = await stack.token('editor', 'ed-13', ['departement:13']);
  nowhere = await stack.token('editor', 'ed-none');
  admin = await stack.token('admin');
  member = await stack.token('member');
});
afterAll(() => stack.stop());

const SAINT_ETIENNE = { communeCode: '42218' };
const PARIS = { communeCode: '75056' };
const HOST_42 = stableId('commune:42218');
const HOST_75 = stableId('commune:75056');

/** Reads this stack's database directly (to prove that a refusal wrote nothing). */
async function count(table: string, column: string, value: string): Promise<number> {
  const client = new Client({ connectionString: stack.database.url });
  await client.connect();
  try {
    return (await client.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [value])).rows[0].n;
  } finally {
    await client.end();
  }
}

function refused(response: GraphQLResponse, code = 'FORBIDDEN'): string {
  expect(response.errors?.[0]?.extensions?.code).toBe(code);
  expect(response.data?.[Object.keys(response.data ?? {})[0] ?? ''] ?? null).toBeNull();
  return response.errors![0]!.message;
}

function ok<T = any>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

// One record type per subgraph, with the same create / update / archive shape.
interface Kind {
  name: string;
  table: string;
  column: string;
  create(label: string, territory: Record<string, string>, token?: string): Promise<GraphQLResponse>;
  update(id: string, label: string, territory: Record<string, string> | undefined, token?: string): Promise<GraphQLResponse>;
  archive(id: string, token?: string): Promise<GraphQLResponse>;
  read(id: string): Promise<{ label: string; departmentCode: string | null; archivedAt: string | null }>;
}

const KINDS: Kind[] = [
  {
    name: 'actor',
    table: 'actors.actor',
    column: 'name',
    create: (label, territory, token) =>
      stack.query(`mutation($input: CreateActorInput!) { createActor(input: $input) { id } }`, { input: { kind: 'LAB', name: label, territory } }, token),
    update: (id, label, territory, token) =>
      stack.query(`mutation($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id } }`, { id, input: { name: label, ...(territory ? { territory } : {}) } }, token),
    archive: (id, token) => stack.query(`mutation($id: ID!) { archiveActor(id: $id) { id } }`, { id }, token),
    read: async (id) => {
      const { actor } = ok(await stack.query(`query($id: ID!) { actor(id: $id) { name archivedAt territory { departmentCode } } }`, { id }));
      return { label: actor.name, departmentCode: actor.territory.departmentCode, archivedAt: actor.archivedAt };
    },
  },
  {
    name: 'opportunity',
    table: 'opportunities.opportunity',
    column: 'title',
    create: (label, territory, token) =>
      stack.query(
        `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
        { input: { kind: 'EVENT', title: label, description: 'Rencontre de test', hostId: territory === PARIS ? HOST_75 : HOST_42, territory } },
        token,
      ),
    update: (id, label, territory, token) =>
      stack.query(`mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id } }`, { id, input: { title: label, ...(territory ? { territory } : {}) } }, token),
    archive: (id, token) => stack.query(`mutation($id: ID!) { archiveOpportunity(id: $id) { id } }`, { id }, token),
    read: async (id) => {
      // Archived opportunities leave the lists, not the database.
      const client = new Client({ connectionString: stack.database.url });
      await client.connect();
      try {
        const row = (await client.query(`SELECT title, department_code, archived_at FROM opportunities.opportunity WHERE id = $1`, [id])).rows[0];
        return { label: row.title, departmentCode: row.department_code, archivedAt: row.archived_at?.toISOString() ?? null };
      } finally {
        await client.end();
      }
    },
  },
  {
    name: 'contact',
    table: 'contacts.contact',
    column: 'display_name',
    create: (label, territory, token) =>
      stack.query(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { displayName: label, roles: ['AGENT'], territory } }, token),
    update: (id, label, territory, token) =>
      stack.query(`mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }`, { id, input: { displayName: label, ...(territory ? { territory } : {}) } }, token),
    archive: (id, token) => stack.query(`mutation($id: ID!) { archiveContact(id: $id) { id } }`, { id }, token),
    read: async (id) => {
      const { contact } = ok(await stack.query(`query($id: ID!) { contact(id: $id) { displayName archivedAt territory { departmentCode } } }`, { id }));
      return { label: contact.displayName, departmentCode: contact.territory.departmentCode, archivedAt: contact.archivedAt };
    },
  },
];

describe.each(KINDS)('$name', (kind) => {
  const idOf = (data: any): string => (Object.values(data)[0] as { id: string }).id;

  it('a département editor creates, updates and archives in their département', async () => {
    const id = idOf(ok(await kind.create(`${kind.name} ligérien`, SAINT_ETIENNE, loire)));
    ok(await kind.update(id, `${kind.name} ligérien modifié`, undefined, loire));
    ok(await kind.update(id, `${kind.name} ligérien déplacé`, { communeCode: '42095' }, loire)); // Firminy, still the Loire
    ok(await kind.archive(id, loire));
    expect(await kind.read(id)).toEqual({ label: `${kind.name} ligérien déplacé`, departmentCode: '42', archivedAt: expect.any(String) });
  });

  it('is refused elsewhere with a clear message, and nothing is written', async () => {
    const message = refused(await kind.create(`${kind.name} parisien refusé`, PARIS, loire));
    expect(message).toBe('Vous éditez les territoires departement:42 ; cette fiche est dans departement:75.');
    expect(await count(kind.table, kind.column, `${kind.name} parisien refusé`)).toBe(0);

    const id = idOf(ok(await kind.create(`${kind.name} parisien`, PARIS, admin)));
    refused(await kind.update(id, `${kind.name} parisien piraté`, undefined, loire));
    refused(await kind.update(id, `${kind.name} parisien rapatrié`, SAINT_ETIENNE, loire)); // bringing it in is not allowed either
    refused(await kind.archive(id, loire));
    expect(await kind.read(id)).toEqual({ label: `${kind.name} parisien`, departmentCode: '75', archivedAt: null });
    // Its own département's editor may.
    ok(await kind.update(id, `${kind.name} parisien modifié`, undefined, paris));
  });

  it('cannot move a record of their département out of it', async () => {
    const id = idOf(ok(await kind.create(`${kind.name} à garder`, SAINT_ETIENNE, loire)));
    const message = refused(await kind.update(id, `${kind.name} parti`, PARIS, loire));
    expect(message).toBe('Vous éditez les territoires departement:42 ; cette fiche est dans departement:75.');
    expect(await kind.read(id)).toEqual({ label: `${kind.name} à garder`, departmentCode: '42', archivedAt: null });
  });

  it('a région editor edits in its départements; a région-level record needs the région', async () => {
    const id = idOf(ok(await kind.create(`${kind.name} de la région`, SAINT_ETIENNE, ara)));
    ok(await kind.update(id, `${kind.name} de la région modifié`, undefined, ara));
    refused(await kind.create(`${kind.name} francilien`, PARIS, ara));

    const regional = idOf(ok(await kind.create(`${kind.name} régional`, { regionCode: '84' }, ara)));
    const message = refused(await kind.update(regional, `${kind.name} régional piraté`, undefined, loire));
    expect(message).toBe('Vous éditez les territoires departement:42 ; cette fiche est dans region:84.');
    ok(await kind.archive(regional, ara));
  });

  it('an editor without territory edits nothing; admin everywhere; member FORBIDDEN; anonymous UNAUTHENTICATED', async () => {
    const message = refused(await kind.create(`${kind.name} sans territoire`, SAINT_ETIENNE, nowhere));
    expect(message).toMatch(/Aucun territoire ne vous est attribué/);
    expect(await count(kind.table, kind.column, `${kind.name} sans territoire`)).toBe(0);

    for (const territory of [PARIS, SAINT_ETIENNE, { regionCode: '94' }]) {
      const id = idOf(ok(await kind.create(`${kind.name} de l’admin`, territory, admin)));
      ok(await kind.archive(id, admin));
    }
    refused(await kind.create(`${kind.name} du membre`, SAINT_ETIENNE, member), 'FORBIDDEN');
    refused(await kind.create(`${kind.name} anonyme`, SAINT_ETIENNE), 'UNAUTHENTICATED');
    expect(await count(kind.table, kind.column, `${kind.name} du membre`)).toBe(0);
    expect(await count(kind.table, kind.column, `${kind.name} anonyme`)).toBe(0);
  });
});

describe('partnerships: the editor must cover at least one of the two actors', () => {
  const ADD = `mutation($input: AddPartnershipInput!) { addPartnership(input: $input) { id } }`;
  const REMOVE = `mutation($id: ID!) { removePartnership(id: $id) }`;
  const input = (actorId: string, partnerId: string) => ({ actorId, partnerId, toolSlug: 'connaissance-mutuelle', intensity: 2 });
  const between = async (a: string, b: string): Promise<number> => {
    const { actor } = ok(await stack.query(`query($id: ID!) { actor(id: $id) { partnerships { partner { id } } } }`, { id: a }));
    return actor.partnerships.filter((p: { partner: { id: string } }) => p.partner.id === b).length;
  };

  it('adds and removes with one side covered, refuses with neither, writes nothing on refusal', async () => {
    // Saint-Étienne (42) and Paris (75); Campus Condorcet (93).
    const message = refused(await stack.query(ADD, { input: input(HOST_42, HOST_75) }, bouchesDuRhone));
    expect(message).toMatch(/^Vous éditez les territoires departement:13 ; ces fiches sont dans departement:(42|75) et departement:(42|75)/);
    expect(await between(HOST_42, HOST_75)).toBe(0);

    const added = ok(await stack.query(ADD, { input: input(HOST_42, HOST_75) }, loire)).addPartnership.id;
    expect(await between(HOST_75, HOST_42)).toBe(1);
    refused(await stack.query(REMOVE, { id: added }, bouchesDuRhone));
    refused(await stack.query(REMOVE, { id: added }, nowhere));
    refused(await stack.query(REMOVE, { id: added }, member));
    refused(await stack.query(REMOVE, { id: added }), 'UNAUTHENTICATED');
    expect(await between(HOST_42, HOST_75)).toBe(1);
    // The other side's editor may remove it.
    expect(ok(await stack.query(REMOVE, { id: added }, paris)).removePartnership).toBe(added);

    const condorcet = stableId('org:campus-condorcet');
    ok(await stack.query(ADD, { input: input(condorcet, HOST_42) }, seineSaintDenis));
    refused(await stack.query(ADD, { input: input(condorcet, HOST_75) }, loire));
    ok(await stack.query(ADD, { input: input(condorcet, HOST_75) }, admin));
    refused(await stack.query(ADD, { input: input(condorcet, HOST_75) }, member), 'FORBIDDEN');
  });
});

describe('accounts carry their territories', () => {
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), readPassword: async () => 'never asked here' } };
  }
  const login = async (email: string, password: string) => {
    const response = await fetch(`${stack.origin}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    return { status: response.status, body: (await response.json()) as any, cookie: response.headers.getSetCookie().find((c) => c.startsWith('ecosystem_refresh='))?.split(';')[0] };
  };
  const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));

  it('the CLI sets territories (repeatable --territory, then territories --set), validates them, and lists them', async () => {
    const databaseUrl = stack.database.url;
    const create = io();
    expect(
      await runUserCli(
        ['create', '--email', 'loire@example.fr', '--name', 'Lou Loire', '--role', 'editor', '--territory', 'departement:42', '--territory', 'region:11', '--password', 'twelve chars ok'],
        { databaseUrl, io: create.io },
      ),
    ).toBe(0);
    expect(create.out.join('\n')).toMatch(/Created editor Lou Loire/);
    expect((await stack.gateway.accounts.findByEmail('loire@example.fr'))?.territories).toEqual(['departement:42', 'region:11']);

    // Bad entries are refused before anything is written, naming them.
    const bad = io();
    expect(
      await runUserCli(['create', '--email', 'bad@example.fr', '--name', 'Bad', '--role', 'editor', '--territory', 'departement:00', '--territory', 'paris', '--password', 'twelve chars ok'], { databaseUrl, io: bad.io }),
    ).toBe(1);
    expect(bad.err.join('\n')).toMatch(/"departement:00" is not a territory.*"paris" is not a territory/s);
    expect(await stack.gateway.accounts.findByEmail('bad@example.fr')).toBeNull();

    // An editor created without territory is told it cannot edit.
    const bare = io();
    expect(await runUserCli(['create', '--email', 'bare@example.fr', '--name', 'Bare', '--role', 'editor', '--password', 'twelve chars ok'], { databaseUrl, io: bare.io })).toBe(0);
    expect(bare.out.join('\n')).toMatch(/without territory cannot edit anything/);

    const set = io();
    expect(await runUserCli(['territories', '--email', 'LOIRE@example.fr', '--set', 'departement:43, departement:42'], { databaseUrl, io: set.io })).toBe(0);
    expect(set.out.join('\n')).toMatch(/now edits: departement:42, departement:43/);
    const refusedSet = io();
    expect(await runUserCli(['territories', '--email', 'loire@example.fr', '--set', 'region:99'], { databaseUrl, io: refusedSet.io })).toBe(1);
    expect(await runUserCli(['territories', '--email', 'nobody@example.fr', '--set', 'region:84'], { databaseUrl, io: io().io })).toBe(1);
    expect(await runUserCli(['territories', '--email', 'loire@example.fr'], { databaseUrl, io: io().io })).toBe(2);
    expect((await stack.gateway.accounts.findByEmail('loire@example.fr'))?.territories).toEqual(['departement:42', 'departement:43']);

    const list = io();
    expect(await runUserCli(['list'], { databaseUrl, io: list.io })).toBe(0);
    const lines = list.out.join('\n');
    expect(lines).toMatch(/TERRITORIES/);
    expect(lines).toMatch(/loire@example\.fr\s+Lou Loire\s+editor\s+\d{4}-\d\d-\d\d\s+active\s+departement:42,departement:43/);
    expect(lines).toMatch(/bare@example\.fr\s+Bare\s+editor\s+\S+\s+active\s+-/);

    const clear = io();
    expect(await runUserCli(['territories', '--email', 'bare@example.fr', '--set', ''], { databaseUrl, io: clear.io })).toBe(0);
    expect(clear.out.join('\n')).toMatch(/now edits: no territory/);
  });

  it('sign-in and refresh put the account’s territories in the token, which the subgraphs enforce', async () => {
    await stack.createUser({ email: 'ara@example.fr', name: 'Ada Auvergne', role: 'editor', password: 'correct horse battery', territories: ['region:84'] });
    const signedIn = await login('ara@example.fr', 'correct horse battery');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.territories).toEqual(['region:84']);
    expect(claims(signedIn.body.accessToken).territories).toEqual(['region:84']);
    ok(await KINDS[0]!.create('Laboratoire d’Ada', SAINT_ETIENNE, signedIn.body.accessToken));
    refused(await KINDS[0]!.create('Laboratoire d’Ada à Paris', PARIS, signedIn.body.accessToken));

    // Changed territories reach the next refreshed token.
    await stack.gateway.accounts.setTerritories('ara@example.fr', ['departement:75']);
    const refreshed = await fetch(`${stack.origin}/auth/refresh`, { method: 'POST', headers: { cookie: signedIn.cookie! } });
    const body = (await refreshed.json()) as any;
    expect(claims(body.accessToken).territories).toEqual(['departement:75']);
    ok(await KINDS[0]!.create('Laboratoire d’Ada à Paris', PARIS, body.accessToken));

    // A member or admin account without territories gets no claim at all.
    await stack.createUser({ email: 'root@example.fr', name: 'Root', role: 'admin', password: 'correct horse battery' });
    const root = await login('root@example.fr', 'correct horse battery');
    expect(claims(root.body.accessToken).territories).toBeUndefined();
    expect(root.body.user.territories).toEqual([]);
  });

  it('refuses a token whose territories claim is malformed', async () => {
    const { mintToken } = await import('@ecosystem/common');
    const { TEST_JWT_SECRET } = await import('@ecosystem/common/testing');
    const forged = await mintToken({ sub: 'x', role: 'editor', territories: ['everywhere'] }, TEST_JWT_SECRET);
    refused(await KINDS[0]!.create('Laboratoire forgé', SAINT_ETIENNE, forged), 'UNAUTHENTICATED');
  });
});
