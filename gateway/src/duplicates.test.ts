/**
 * Duplicates through the public API: `possibleDuplicates` (identifier matches and similar names in a
 * territory), the refusal of identifier duplicates by createActor (DUPLICATE), and the imported
 * labs' `affiliations`, all over real HTTP against a clone of the seeded database.
 */
import { MESR_SOURCE, RNSR_SOURCE, actorsSubgraph, runImport } from '@ecosystem/actors';
import { openDatabase } from '@ecosystem/common';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let editor: string;

beforeAll(async () => {
  stack = await startStack();
  editor = await stack.token('admin');
});

afterAll(async () => {
  await stack?.stop();
});

const PROBE = `query Probe($input: ActorDuplicateProbe!) {
  possibleDuplicates(input: $input) { reason identifier score blocking actor { id name } }
}`;

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

it('finds an existing actor by an official identifier, and says it would block a create', async () => {
  const [lab] = await sql(`SELECT id, name FROM actors.actor WHERE rnsr = '200919797J'`);
  const { data, errors } = await stack.query(PROBE, { input: { name: 'Un tout autre nom', identifiers: { rnsr: '200919797J' } } }, editor);
  expect(errors).toBeUndefined();
  expect(data.possibleDuplicates).toEqual([{ reason: 'IDENTIFIER', identifier: 'rnsr', score: 1, blocking: true, actor: { id: lab.id, name: lab.name } }]);
});

it('finds similar names within the département only, with their score; a half-typed identifier matches nothing', async () => {
  const input = { name: 'Mines Saint Etiene', kind: 'UNIVERSITY', identifiers: { uai: '04200' }, territory: { communeCode: '42218' } };
  const { data, errors } = await stack.query(PROBE, { input }, editor);
  expect(errors).toBeUndefined();
  const mines = data.possibleDuplicates.find((d: any) => d.actor.name === 'Mines Saint-Étienne');
  expect(mines).toMatchObject({ reason: 'NAME', identifier: null, blocking: false });
  expect(mines.score).toBeGreaterThan(0.55);
  expect(mines.score).toBeLessThan(1);
  expect(data.possibleDuplicates.filter((d: any) => d.reason === 'IDENTIFIER')).toEqual([]);
  // The same name in Paris is no duplicate of the school of Saint-Étienne.
  const elsewhere = await stack.query(PROBE, { input: { ...input, territory: { departmentCode: '75' } } }, editor);
  expect(elsewhere.data.possibleDuplicates.find((d: any) => d.actor.name === 'Mines Saint-Étienne')).toBeUndefined();
  // A lab is never reported as the duplicate of a commune.
  const commune = await stack.query(PROBE, { input: { name: 'Saint-Étienne', kind: 'LAB', territory: { departmentCode: '42' } } }, editor);
  expect(commune.data.possibleDuplicates.map((d: any) => d.actor.name)).not.toContain('Saint-Étienne');
});

it('is for signed-in people: editors, and members before they propose a record', async () => {
  const { data, errors } = await stack.query(PROBE, { input: { name: 'Mines' } });
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const member = await stack.query(PROBE, { input: { name: 'Un tout autre nom', identifiers: { rnsr: '200919797J' } } }, await stack.token('member'));
  expect(member.errors).toBeUndefined();
  expect(member.data.possibleDuplicates.length).toBeGreaterThan(0);
});

const CREATE = `mutation Create($input: CreateActorInput!) { createActor(input: $input) { id identifiers { uai siren } } }`;

it('refuses to create a second actor with the same UAI (DUPLICATE, naming the existing one) and writes nothing', async () => {
  const [mines] = await sql(`SELECT id FROM actors.actor WHERE uai = '0420094Z'`);
  const input = { kind: 'UNIVERSITY', name: 'École des mines (doublon)', identifiers: { uai: '0420094Z' }, territory: { communeCode: '42218' } };
  const { data, errors } = await stack.query(CREATE, { input }, editor);
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', identifier: 'uai', existingId: mines.id, field: 'input.identifiers.uai' });
  expect(errors?.[0]?.message).toMatch(/UAI 0420094Z already exists/);
  expect(await sql(`SELECT id FROM actors.actor WHERE uai = '0420094Z'`)).toHaveLength(1);
  expect(await sql(`SELECT id FROM actors.actor WHERE name = 'École des mines (doublon)'`)).toHaveLength(0);
});

it('refuses an update that gives an actor another live actor\'s UAI, and lets the rest of its edits through', async () => {
  const [mines] = await sql(`SELECT id FROM actors.actor WHERE uai = '0420094Z'`);
  const input = { kind: 'UNIVERSITY', name: 'École à renommer', identifiers: { uai: '0421234A' }, territory: { communeCode: '42218' } };
  const created = await stack.query(CREATE, { input }, editor);
  expect(created.errors).toBeUndefined();
  const id = created.data.createActor.id as string;
  const UPDATE = `mutation($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { name identifiers { uai } version } }`;

  const taken = await stack.query(UPDATE, { id, input: { name: 'École renommée', identifiers: { uai: '0420094Z' } } }, editor);
  expect(taken.data).toBeNull();
  expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'DUPLICATE', identifier: 'uai', existingId: mines.id, field: 'input.identifiers.uai' });
  expect(await sql(`SELECT name, uai, version FROM actors.actor WHERE id = $1`, [id])).toEqual([{ name: 'École à renommer', uai: '0421234A', version: 1 }]);

  // Its own identifiers, unchanged, are not duplicates of itself.
  const renamed = await stack.query(UPDATE, { id, input: { name: 'École renommée', identifiers: { uai: '0421234A' } } }, editor);
  expect(renamed.errors).toBeUndefined();
  expect(renamed.data.updateActor).toEqual({ name: 'École renommée', identifiers: { uai: '0421234A' }, version: 2 });
});

it('lets a SIREN be shared (a lab carries its university\'s SIREN)', async () => {
  const [holder] = await sql(`SELECT siren FROM actors.actor WHERE siren IS NOT NULL AND kind = 'UNIVERSITY' ORDER BY ref LIMIT 1`);
  const input = { kind: 'LAB', name: 'Laboratoire de test au SIREN partagé', identifiers: { siren: holder.siren }, territory: { communeCode: '42218' } };
  const { data, errors } = await stack.query(CREATE, { input }, editor);
  expect(errors).toBeUndefined();
  expect(data.createActor.identifiers.siren).toBe(holder.siren);
});

it('shows an imported lab\'s parent university and its other tutelles as affiliations', async () => {
  let dir = resolve(__dirname, '../..');
  const candidates = process.env.ECOSYSTEM_SHARED_DATA ? [process.env.ECOSYSTEM_SHARED_DATA] : [];
  for (; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(join(dir, 'shared', 'data'));
  const data = candidates.find((d) => existsSync(join(d, 'rnsr-structures-actives-2022.csv')));
  if (!data) throw new Error(`The RNSR and MESR extracts were not found in ${candidates.join(', ')}: set ECOSYSTEM_SHARED_DATA.`);
  const database = await openDatabase(actorsSubgraph, stack.database.url, 2);
  try {
    await runImport(database.dataSource, { source: MESR_SOURCE, input: join(data, 'mesr-etablissements-enseignement-superieur.csv') });
    await runImport(database.dataSource, { source: RNSR_SOURCE, input: join(data, 'rnsr-structures-actives-2022.csv') });
  } finally {
    await database.dataSource.destroy();
  }
  // LIRIS (Lyon): tutelles INSA Lyon, Lyon 1, Lyon 2, École centrale de Lyon, CNRS.
  const [lab] = await sql(`SELECT a.id FROM actors.actor a WHERE a.rnsr = '200511875R'`);
  const { data: result, errors } = await stack.query(
    `query Lab($id: ID!) { actor(id: $id) { name parent { name kind } affiliations { role organisation { name kind } source { name license } } source { name url license retrievedOn } } }`,
    { id: lab.id },
  );
  expect(errors).toBeUndefined();
  const actor = result.actor;
  expect(actor.parent.kind).toBe('UNIVERSITY');
  expect(actor.affiliations.length).toBeGreaterThan(0);
  for (const a of actor.affiliations) {
    expect(['SUPERVISOR', 'PARTICIPANT', 'MEMBER']).toContain(a.role);
    expect(a.organisation.name).not.toBe(actor.parent.name);
    expect(a.source).toEqual({ name: RNSR_SOURCE.dataset.name, license: 'Licence Ouverte / Open Licence 2.0' });
  }
  expect(actor.source).toMatchObject({ name: RNSR_SOURCE.dataset.name, url: RNSR_SOURCE.dataset.url, license: 'Licence Ouverte / Open Licence 2.0' });
}, 180_000);
