/**
 * The benchmark's synthetic datasets: N actors (10k, 100k) spread over the real communes of France,
 * with N/2 opportunities (two in three OPEN), N contacts and N/2 partnerships. Deterministic (ids
 * are md5 of a counter, every choice is arithmetic on that counter), clearly synthetic (every row's
 * `source_name` says so, e-mails end in `.invalid`), and only ever written to the benchmark's own
 * databases on its own embedded PostgreSQL.
 *
 * Fast: the rows are generated inside PostgreSQL (INSERT … SELECT over generate_series: nothing
 * crosses the wire but the commune list), with the secondary indexes dropped during the load and
 * rebuilt once afterwards, then ANALYZE.
 */
import { ensureDatabase } from '@ecosystem/common';
import { Client } from 'pg';
import { migrateProductSchemas } from '../product-database.js';

export const SYNTHETIC_SOURCE = 'SYNTHETIC benchmark data (npm run bench), not real organisations';
export const SYNTHETIC_LICENSE = 'CC0-1.0';
/** Fixed, so two runs build byte-identical data. */
const RETRIEVED_ON = '2026-11-24';

export interface Commune {
  code: string;
  name: string;
  departmentCode: string;
  regionCode: string;
  epciCode: string | null;
  latitude: number;
  longitude: number;
}

export interface SyntheticCounts {
  actors: number;
  opportunities: number;
  contacts: number;
  partnerships: number;
  ms: number;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(serverUrl: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** An empty database with every schema migrated (the three subgraphs' and the gateway's accounts). */
export async function buildEmptyDatabase(serverUrl: string, name: string): Promise<string> {
  await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await ensureDatabase(withDatabase(serverUrl, 'postgres'), name);
  const url = withDatabase(serverUrl, name);
  await migrateProductSchemas(url);
  return url;
}

/** The located communes of a seeded database (the real seed), in code order: the synthetic data's geography. */
export async function readCommunes(seededUrl: string): Promise<Commune[]> {
  const client = new Client({ connectionString: seededUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT commune_code AS code, name, department_code AS "departmentCode", region_code AS "regionCode", epci_code AS "epciCode", latitude, longitude
         FROM actors.actor WHERE collectivity_level = 'COMMUNE' AND latitude IS NOT NULL AND commune_code IS NOT NULL ORDER BY commune_code`,
    );
    return rows as Commune[];
  } finally {
    await client.end();
  }
}

/** Drops the non-constraint indexes of `tables`, runs `load`, and builds them again. */
async function withoutIndexes(client: Client, tables: string[], load: () => Promise<void>): Promise<void> {
  const { rows } = await client.query(
    `SELECT i.schemaname, i.indexname, i.indexdef FROM pg_indexes i
      WHERE (i.schemaname || '.' || i.tablename) = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [tables],
  );
  for (const r of rows) await client.query(`DROP INDEX ${r.schemaname}.${r.indexname}`);
  await load();
  for (const r of rows) await client.query(r.indexdef);
}

const KINDS = ['LAB', 'UNIVERSITY', 'ASSOCIATION', 'COMPANY', 'PUBLIC_BODY', 'POLE', 'SATT', 'COLLECTIVITY', 'LAB', 'COMPANY'];
const PREFIXES = ['Laboratoire', 'Institut', 'Association', 'Centre', 'Pôle', 'Agence', 'Société', 'Université', 'Fondation', 'Observatoire', 'Maison', 'Atelier'];
const TOPICS = ['innovation publique', 'recherche appliquée', 'énergie', 'santé', 'numérique', 'eau', 'mobilité', 'agriculture', 'climat', 'patrimoine', 'matériaux', 'alimentation', 'culture', 'biodiversité', 'industrie'];
const THEMES = ['energie', 'sante', 'numerique', 'eau', 'mobilite', 'agriculture', 'climat', 'patrimoine', 'materiaux', 'alimentation', 'culture', 'biodiversite', 'industrie'];
const OPPORTUNITY_KINDS = ['CIFRE', 'INTERNSHIP', 'APPRENTICESHIP', 'CHAIR', 'JOB', 'CALL_FOR_PROJECTS', 'EVENT'];
const FIRST_NAMES = ['Camille', 'Dominique', 'Claude', 'Alix', 'Sacha', 'Morgan', 'Louise', 'Jules', 'Inès', 'Hugo', 'Léa', 'Nina', 'Malo', 'Zoé'];
const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia'];
const ROLES = ['FACILITATOR', 'RESEARCHER', 'DOCTORAL_CANDIDATE', 'AGENT', 'ELECTED_OFFICIAL', 'OTHER'];

/** `arr[(expr) % len + 1]` in SQL, for a constant text array literal. */
const pick = (values: string[], expr: string) => `(ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}])[((${expr}) % ${values.length}) + 1]`;
const actorId = (expr: string) => `md5('bench-actor-' || (${expr}))::uuid`;

/**
 * Fills an empty migrated database with `n` synthetic actors and their proportional records.
 * Actor g (1…n) sits in commune ((g × 7919) mod communes) of the list, jittered by under 1 km.
 */
export async function fillSynthetic(url: string, n: number, communes: Commune[]): Promise<SyntheticCounts> {
  const started = Date.now();
  const client = new Client({ connectionString: url });
  await client.connect();
  const provenance = `'${SYNTHETIC_SOURCE}', NULL, '${SYNTHETIC_LICENSE}', DATE '${RETRIEVED_ON}'`;
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query('SET search_path = actors, public');
    await withoutIndexes(client, ['actors.actor', 'actors.partnership', 'opportunities.opportunity', 'contacts.contact'], async () => {
      await client.query('BEGIN');
      await client.query(
        `CREATE TEMP TABLE bench_commune ON COMMIT DROP AS
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[])
             WITH ORDINALITY AS c(code, name, department_code, region_code, epci_code, latitude, longitude, i)`,
        [
          communes.map((c) => c.code),
          communes.map((c) => c.name),
          communes.map((c) => c.departmentCode),
          communes.map((c) => c.regionCode),
          communes.map((c) => c.epciCode),
          communes.map((c) => c.latitude),
          communes.map((c) => c.longitude),
        ],
      );
      await client.query(`ALTER TABLE bench_commune ADD PRIMARY KEY (i)`);
      const kind = pick(KINDS, 'g');
      await client.query(
        `INSERT INTO actors.actor (id, ref, kind, name, description, collectivity_level, themes, region_code, department_code, epci_code, commune_code,
                                   latitude, longitude, location_precision, source_name, source_url, source_license, source_retrieved_on)
         SELECT ${actorId('g')}, 'bench:actor:' || g, k.kind,
                ${pick(PREFIXES, 'g / 7')} || ' ' || ${pick(TOPICS, 'g / 3')} || ' de ' || c.name || ' ' || g,
                'Synthetic record generated by npm run bench; not a real organisation.',
                CASE WHEN k.kind = 'COLLECTIVITY' THEN 'COMMUNE' END,
                ARRAY[${pick(THEMES, 'g')}, ${pick(THEMES, 'g / 5 + 3')}],
                c.region_code, c.department_code, c.epci_code, c.code,
                c.latitude + ((g * 37) % 100 - 50) / 10000.0, c.longitude + ((g * 53) % 100 - 50) / 10000.0, 'COMMUNE', ${provenance}
           FROM generate_series(1, $1::int) g
           CROSS JOIN LATERAL (SELECT ${kind} AS kind) k
           JOIN bench_commune c ON c.i = (g::bigint * 7919) % $2 + 1`,
        [n, communes.length],
      );
      // Partnerships: an undirected edge stored once, ends in canonical order (actor_id < partner_id).
      await client.query(
        `INSERT INTO actors.partnership (id, actor_id, partner_id, tool_slug, intensity, started_on, ${'source_name, source_url, source_license, source_retrieved_on'})
         SELECT md5('bench-partnership-' || m)::uuid, least(x, y), greatest(x, y), 'bench-tool-' || (m % 7), 1 + m % 5, DATE '2024-01-01' + (m % 700), ${provenance}
           FROM generate_series(1, $1::int) m
           CROSS JOIN LATERAL (SELECT ${actorId('(m::bigint * 31) % $2 + 1')} AS x, ${actorId('(m::bigint * 31 + 1 + m % 97) % $2 + 1')} AS y) p
          WHERE x <> y
         ON CONFLICT DO NOTHING`,
        [Math.floor(n / 2), n],
      );
      await client.query(
        `INSERT INTO opportunities.opportunity (id, ref, kind, status, title, description, host_id, themes, region_code, department_code, epci_code, commune_code,
                                                deadline, published_at, source_name, source_url, source_license, source_retrieved_on)
         SELECT md5('bench-opportunity-' || j)::uuid, 'bench:opportunity:' || j, ${pick(OPPORTUNITY_KINDS, 'j')},
                CASE WHEN j % 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END,
                ${pick(OPPORTUNITY_KINDS, 'j')} || ' — ' || ${pick(TOPICS, 'j / 2')} || ' ' || j,
                'Synthetic opportunity generated by npm run bench.',
                a.id, a.themes, a.region_code, a.department_code, a.epci_code, a.commune_code,
                DATE '2027-01-01' + (j % 365), TIMESTAMPTZ '2026-11-01' + (j % 30) * interval '1 day', ${provenance}
           FROM generate_series(1, $1::int) j
           JOIN actors.actor a ON a.id = ${actorId('(j::bigint * 13) % $2 + 1')}`,
        [Math.floor(n / 2), n],
      );
      await client.query(
        `INSERT INTO contacts.contact (id, ref, display_name, job_title, roles, organization_id, organization_kind, themes, region_code, department_code, epci_code, commune_code,
                                       email, last_verified_on, source_name, source_url, source_license, source_retrieved_on)
         SELECT md5('bench-contact-' || k)::uuid, 'bench:contact:' || k,
                ${pick(FIRST_NAMES, 'k')} || ' ' || ${pick(LAST_NAMES, 'k / 3')} || ' ' || k, 'Chargé·e de mission ' || ${pick(TOPICS, 'k')},
                ARRAY[${pick(ROLES, 'k')}], a.id, a.kind, a.themes, a.region_code, a.department_code, a.epci_code, a.commune_code,
                'contact' || k || '@bench.example.invalid', DATE '2026-10-01', ${provenance}
           FROM generate_series(1, $1::int) k
           JOIN actors.actor a ON a.id = ${actorId('(k::bigint * 17) % $2 + 1')}`,
        [n, n],
      );
      await client.query('COMMIT');
    });
    for (const table of ['actors.actor', 'actors.partnership', 'opportunities.opportunity', 'contacts.contact']) await client.query(`VACUUM ANALYZE ${table}`);
    const count = async (table: string) => Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
    return {
      actors: await count('actors.actor'),
      opportunities: await count('opportunities.opportunity'),
      contacts: await count('contacts.contact'),
      partnerships: await count('actors.partnership'),
      ms: Date.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** A copy of `templateName` (an empty migrated database) named `name`. */
export async function cloneDatabase(serverUrl: string, templateName: string, name: string): Promise<string> {
  await admin(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} TEMPLATE ${templateName}`);
  });
  return withDatabase(serverUrl, name);
}
