/**
 * `kill -9` of a subgraph while it seeds an empty database (what the first `npm start` does): the
 * seed runs in one transaction, so nothing of it remains, and the next start seeds everything.
 * The actors subgraph is the one killed: its seed (36,000 actors, several seconds) is the only one
 * long enough to be caught midway; the others write a few hundred rows in the same single-transaction
 * code path (seedDatabase in subgraphs/common/src/subgraph.ts).
 */
import { templateUrl } from '@ecosystem/common/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ForkedSubgraph, freePort } from './harness.js';

const name = `eco_seedkill_${randomBytes(4).toString('hex')}`;
const admin = () => {
  const url = new URL(templateUrl());
  url.pathname = '/postgres';
  return new Client({ connectionString: url.toString() });
};
const databaseUrl = () => {
  const url = new URL(templateUrl());
  url.pathname = `/${name}`;
  return url.toString();
};

async function counts(url: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = ['actor', 'affiliation', 'partnership', 'seed_runs'];
    const result: Record<string, number> = {};
    for (const table of tables) {
      const exists = await client.query(`SELECT to_regclass($1) AS t`, [`actors.${table}`]);
      result[table] = exists.rows[0].t ? Number((await client.query(`SELECT count(*) AS n FROM actors.${table}`)).rows[0].n) : -1;
    }
    return result;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const client = admin();
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
});

afterAll(async () => {
  const client = admin();
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
});

it('leaves nothing of a seed killed midway, and the next start seeds the full counts', async () => {
  const expected = await counts(templateUrl());
  expect(expected.actor).toBeGreaterThan(30_000);

  const first = new ForkedSubgraph('actors', await freePort(), databaseUrl(), { SEED: 'auto' });
  // Killed as soon as it reports a first batch written, well before the last.
  let progress = '';
  const killed = new Promise<void>((done) => {
    first.onOutput((line) => {
      const match = /\[actors\] (\d+)\/(\d+) actors written/.exec(line);
      if (match && Number(match[1]) > 0 && Number(match[1]) < Number(match[2]) && !progress) {
        progress = match[0];
        void first.kill().then(done);
      }
    });
  });
  const started = first.start().catch((error: Error) => error);
  await killed;
  expect(await started).toBeInstanceOf(Error); // it never became ready
  expect(progress).toMatch(/actors written/);

  // Nothing half-written: the tables exist (migrations commit on their own) and are empty, and no seed run is recorded.
  await expect(counts(databaseUrl())).resolves.toEqual({ actor: 0, affiliation: 0, partnership: 0, seed_runs: 0 });

  const second = new ForkedSubgraph('actors', await freePort(), databaseUrl(), { SEED: 'auto' });
  try {
    await second.start(120_000);
    expect(second.output).toMatch(/\[actors\] seeded in \d+ ms/);
  } finally {
    await second.kill();
  }
  await expect(counts(databaseUrl())).resolves.toEqual(expected);
}, 170_000);
