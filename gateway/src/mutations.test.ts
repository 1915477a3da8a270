/** Mutations through the gateway: authentication, roles, validation, and that a refused write writes nothing. */
import { stableId } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let editor: string;
beforeAll(async () => {
  stack = await startStack();
  // The records below are in the Loire (42) and in Île-de-France (région 11).
  editor = await stack.token('editor', undefined, ['departement:42', 'region:11']);
});
afterAll(() => stack.stop());

const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) {
  id name kind themes territory { communeName departmentCode regionCode } location { latitude precision } source { name license } parent { name }
} }`;

const lab = (extra: Record<string, unknown> = {}) => ({
  kind: 'LAB',
  name: 'Laboratoire des politiques locales',
  description: 'Recherche partenariale avec les collectivités territoriales.',
  themes: [' Innovation Publique ', 'innovation publique', 'Participation citoyenne'],
  territory: { communeCode: '42218' },
  ...extra,
});

async function countLabs(): Promise<number> {
  return (await stack.query(`{ actors(filter: { kinds: [LAB] }) { totalCount } }`)).data.actors.totalCount;
}

describe('authentication and roles', () => {
  it('refuses anonymous writes with UNAUTHENTICATED', async () => {
    const { errors } = await stack.query(CREATE_ACTOR, { input: lab() });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses members with FORBIDDEN', async () => {
    const { errors } = await stack.query(CREATE_ACTOR, { input: lab() }, await stack.token('member'));
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a forged or malformed token with UNAUTHENTICATED', async () => {
    const forged = `${editor.slice(0, -4)}AAAA`;
    for (const token of [forged, 'garbage']) {
      const response = await stack.query(`{ actors(first: 1) { totalCount } }`, undefined, token);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('actors', () => {
  it('creates an actor, normalises themes, completes the territory and places it', async () => {
    const { data, errors } = await stack.query(CREATE_ACTOR, { input: lab({ parentId: stableId('org:mines-saint-etienne') }) }, editor);
    expect(errors).toBeUndefined();
    expect(data.createActor).toMatchObject({
      kind: 'LAB',
      themes: ['innovation publique', 'participation citoyenne'],
      territory: { communeName: 'Saint-Étienne', departmentCode: '42', regionCode: '84' },
      location: { precision: 'COMMUNE' },
      source: { name: 'Contribution de Test editor', license: 'Licence Ouverte / Open Licence 2.0' },
      parent: { name: 'Mines Saint-Étienne' },
    });
    // Searchable at once, accents or not.
    const found = await stack.query(`{ actors(filter: { search: "collectivites territoriales", kinds: [LAB] }) { nodes { id } } }`);
    expect(found.data.actors.nodes.map((n: { id: string }) => n.id)).toContain(data.createActor.id);
  });

  it('names every bad field in one BAD_USER_INPUT error and writes nothing', async () => {
    const before = await countLabs();
    const { errors } = await stack.query(
      CREATE_ACTOR,
      { input: lab({ name: '  ', collectivityLevel: 'COMMUNE', website: 'ftp://x', identifiers: { siren: '12' }, territory: { communeCode: '99999' } }) },
      editor,
    );
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const fields = errors![0]!.extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['input.name', 'input.collectivityLevel', 'input.website', 'input.identifiers.siren', 'input.territory.communeCode']));
    expect(await countLabs()).toBe(before);
  });

  it('refuses a territory whose levels disagree', async () => {
    const { errors } = await stack.query(CREATE_ACTOR, { input: lab({ territory: { communeCode: '42218', departmentCode: '75' } }) }, editor);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.territory.departmentCode' });
  });

  it('updates only the given fields, refuses cycles, and archives', async () => {
    const created = (await stack.query(CREATE_ACTOR, { input: lab({ name: 'Unité à modifier' }) }, editor)).data.createActor;
    const update = `mutation($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { name acronym themes description } }`;
    const { data, errors } = await stack.query(update, { id: created.id, input: { acronym: 'UAM', description: null } }, editor);
    expect(errors).toBeUndefined();
    expect(data.updateActor).toEqual({ name: 'Unité à modifier', acronym: 'UAM', themes: ['innovation publique', 'participation citoyenne'], description: null });

    const child = (await stack.query(CREATE_ACTOR, { input: lab({ name: 'Équipe fille', parentId: created.id }) }, editor)).data.createActor;
    const cycle = await stack.query(update, { id: created.id, input: { parentId: child.id } }, editor);
    expect(cycle.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parentId' });

    const missing = await stack.query(update, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'x' } }, editor);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const archived = await stack.query(`mutation($id: ID!) { archiveActor(id: $id) { archivedAt } }`, { id: child.id }, editor);
    expect(archived.data.archiveActor.archivedAt).toEqual(expect.any(String));
    const list = await stack.query(`query($id: ID!) { actors(filter: { parentId: $id }) { totalCount } actor(id: $id) { children { id } } }`, { id: created.id });
    expect(list.data.actors.totalCount).toBe(0);
    expect(list.data.actor.children).toEqual([]);
  });
});

describe('partnerships', () => {
  it('adds a partnership seen from both sides, refuses a duplicate, and removes it', async () => {
    const a = stableId('org:ulco');
    const b = stableId('commune:42218');
    const add = `mutation($input: AddPartnershipInput!) { addPartnership(input: $input) { id intensity partner { id } tool { slug title } } }`;
    const input = { actorId: a, partnerId: b, toolSlug: 'connaissance-mutuelle', intensity: 1, note: 'Première rencontre' };
    const { data, errors } = await stack.query(add, { input }, editor);
    expect(errors).toBeUndefined();
    expect(data.addPartnership).toMatchObject({ intensity: 1, partner: { id: b }, tool: { slug: 'connaissance-mutuelle' } });

    const seen = await stack.query(`query($id: ID!) { actor(id: $id) { partnerships { id partner { id } } } }`, { id: b });
    expect(seen.data.actor.partnerships).toContainEqual({ id: data.addPartnership.id, partner: { id: a } });

    const duplicate = await stack.query(add, { input: { ...input, actorId: b, partnerId: a } }, editor);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const bad = await stack.query(add, { input: { ...input, toolSlug: 'nope', intensity: 9 } }, editor);
    expect(bad.errors?.[0]?.extensions?.fields.map((f: any) => f.field)).toEqual(expect.arrayContaining(['input.toolSlug', 'input.intensity']));

    const removed = await stack.query(`mutation($id: ID!) { removePartnership(id: $id) }`, { id: data.addPartnership.id }, editor);
    expect(removed.data.removePartnership).toBe(data.addPartnership.id);
    const again = await stack.query(`mutation($id: ID!) { removePartnership(id: $id) }`, { id: data.addPartnership.id }, editor);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('opportunities', () => {
  it('creates an opportunity that appears on the board and on its host', async () => {
    const host = stableId('commune:42218');
    const { data, errors } = await stack.query(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id status host { name } tool { slug } territory { departmentName } deadline } }`,
      {
        input: {
          kind: 'CIFRE', title: 'Thèse CIFRE sur la participation citoyenne', description: 'Une thèse en sciences politiques au service de la ville.',
          hostId: host, toolSlug: 'cifre-recherche-action', territory: { communeCode: '42218' }, deadline: '2027-03-31',
          durationMonths: 36, missions: ['Enquête de terrain', 'Ateliers'], applyUrl: 'https://example.org/candidater',
        },
      },
      editor,
    );
    expect(errors).toBeUndefined();
    expect(data.createOpportunity).toMatchObject({ status: 'OPEN', host: { name: 'Saint-Étienne' }, tool: { slug: 'cifre-recherche-action' }, territory: { departmentName: 'Loire' }, deadline: '2027-03-31' });
    const board = await stack.query(`{ opportunities(filter: { departmentCode: "42", kinds: [CIFRE] }) { nodes { id } } }`);
    expect(board.data.opportunities.nodes.map((n: any) => n.id)).toContain(data.createOpportunity.id);
    const window = (after: string, before: string) =>
      stack.query(`{ opportunities(filter: { deadlineAfter: "${after}", deadlineBefore: "${before}" }) { nodes { id deadline } } }`);
    expect((await window('2027-03-01', '2027-03-31')).data.opportunities.nodes).toEqual([{ id: data.createOpportunity.id, deadline: '2027-03-31' }]);
    expect((await window('2027-04-01', '2027-12-31')).data.opportunities.nodes).toEqual([]);
    expect((await window('2027-04-01', '2027-03-01')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.deadlineBefore' });
    const onHost = await stack.query(`query($id: ID!) { actor(id: $id) { opportunities { id } } }`, { id: host });
    expect(onHost.data.actor.opportunities.map((n: any) => n.id)).toContain(data.createOpportunity.id);
  });

  it('refuses bad dates, durations and URLs with the fields named', async () => {
    const { errors } = await stack.query(
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      { input: { kind: 'JOB', title: 'x', description: 'y', hostId: 'not-an-id', territory: {}, durationMonths: 0, applyUrl: 'javascript:alert(1)' } },
      editor,
    );
    const fields = errors?.[0]?.extensions?.fields.map((f: any) => f.field);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields).toEqual(expect.arrayContaining(['input.hostId', 'input.territory', 'input.durationMonths', 'input.applyUrl']));

    const badDate = await stack.query(`mutation { createOpportunity(input: { kind: JOB, title: "x", description: "y", hostId: "${stableId('org:abg')}", territory: { regionCode: "11" }, deadline: "2026-02-30" }) { id } }`, undefined, editor);
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps drafts away from the public', async () => {
    const created = await stack.query(
      `mutation { createOpportunity(input: { kind: EVENT, status: DRAFT, title: "Brouillon", description: "Pas encore publié", hostId: "${stableId('org:abg')}", territory: { regionCode: "11" } }) { id } }`,
      undefined,
      editor,
    );
    const id = created.data.createOpportunity.id;
    expect((await stack.query(`query($id: ID!) { opportunity(id: $id) { id } }`, { id })).data.opportunity).toBeNull();
    expect((await stack.query(`query($id: ID!) { opportunity(id: $id) { id } }`, { id }, editor)).data.opportunity).toEqual({ id });
    const asked = await stack.query(`{ opportunities(filter: { statuses: [DRAFT] }) { totalCount } }`);
    expect(asked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
