/**
 * Open-data imports against a real PostgreSQL (a clone of the seeded template), on the real RNSR and
 * MESR extracts of ../shared/data (never copied into the repository): counts checked against the
 * files read independently here, links, placement, idempotence, dry run, an import killed midway
 * then resumed, a URL served by a stand-in server, the generic CSV/JSON importer, duplicates.
 */
import { openDatabase, type SubgraphDatabase } from '@ecosystem/common';
import { createTestDatabase, type TestDatabase } from '@ecosystem/common/testing';
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { actorsSubgraph } from '../index.js';
import { runImport, type ImportReport } from './import.runner.js';
import { MESR_SOURCE, RNSR_SOURCE, checkMapping, genericSource } from './import.sources.js';

const REPO_ROOT = resolve(__dirname, '../../../..');

/** The shared extracts: ECOSYSTEM_SHARED_DATA, else a `shared/data` folder beside the repository or above it. */
function sharedDataDir(): string {
  const candidates = process.env.ECOSYSTEM_SHARED_DATA ? [process.env.ECOSYSTEM_SHARED_DATA] : [];
  for (let dir = REPO_ROOT; ; dir = dirname(dir)) {
    candidates.push(join(dir, 'shared', 'data'));
    if (dirname(dir) === dir) break;
  }
  const found = candidates.find((dir) => existsSync(join(dir, RNSR_FILE)) && existsSync(join(dir, MESR_FILE)));
  if (!found) {
    throw new Error(
      `The open-data extracts ${RNSR_FILE} and ${MESR_FILE} were not found (looked in ${candidates.join(', ')}). ` +
        'Set ECOSYSTEM_SHARED_DATA to the folder holding them: these tests need the real files and are never skipped.',
    );
  }
  return found;
}

const RNSR_FILE = 'rnsr-structures-actives-2022.csv';
const MESR_FILE = 'mesr-etablissements-enseignement-superieur.csv';
const DATA = sharedDataDir();
const RNSR = join(DATA, RNSR_FILE);
const MESR = join(DATA, MESR_FILE);

/** The files read here with csv-parse's synchronous API, independently of the importer's streaming reader. */
const rnsrRows: Array<Record<string, string>> = parse(readFileSync(RNSR), { columns: true, bom: true, delimiter: ';' });
const mesrRows: Array<Record<string, string>> = parse(readFileSync(MESR), { columns: true, bom: true, delimiter: ';' });

interface Db { test: TestDatabase; database: SubgraphDatabase; query<T = any>(sql: string, params?: unknown[]): Promise<T[]> }

async function freshDatabase(): Promise<Db> {
  const test = await createTestDatabase();
  const database = await openDatabase(actorsSubgraph, test.url, 4);
  return { test, database, query: (sql, params) => database.dataSource.query(sql, params) };
}

async function close(db: Db): Promise<void> {
  await db.database.dataSource.destroy();
  await db.test.drop();
}

const total = (r: ImportReport) => r.created + r.updated + r.unchanged + r.matched + r.rejected.length;

describe('MESR then RNSR, from the shared extracts', () => {
  let db: Db;
  let mesr: ImportReport;
  let rnsr: ImportReport;
  let seededUais: string[];
  let seededRnsr: string[];

  beforeAll(async () => {
    db = await freshDatabase();
    const uais = mesrRows.map((r) => r['uai - identifiant']).filter(Boolean);
    seededUais = (await db.query<{ uai: string }>(`SELECT uai FROM actors.actor WHERE uai = ANY($1) AND archived_at IS NULL`, [uais])).map((r) => r.uai);
    const numbers = rnsrRows.map((r) => r.numero_national_de_structure);
    seededRnsr = (await db.query<{ rnsr: string }>(`SELECT rnsr FROM actors.actor WHERE rnsr = ANY($1) AND archived_at IS NULL`, [numbers])).map((r) => r.rnsr);
    let started = Date.now();
    mesr = await runImport(db.database.dataSource, { source: MESR_SOURCE, input: MESR });
    const mesrSeconds = (Date.now() - started) / 1000;
    started = Date.now();
    rnsr = await runImport(db.database.dataSource, { source: RNSR_SOURCE, input: RNSR });
    console.log(`MESR import ${mesrSeconds.toFixed(1)} s, RNSR import ${((Date.now() - started) / 1000).toFixed(1)} s (${rnsr.rows} rows, ${rnsr.batches} batches)`);
  }, 180_000);

  afterAll(async () => {
    if (db) await close(db);
  });

  it('accounts for every MESR row: created, matched to the seeded establishments, or rejected with a reason', async () => {
    expect(mesr.rows).toBe(mesrRows.length);
    expect(total(mesr)).toBe(mesrRows.length);
    // Establishments the seed already holds under their UAI are left as they are.
    expect(mesr.matched).toBe(new Set(seededUais).size);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM actors.actor WHERE ref LIKE 'mesr:%'`);
    expect(n).toBe(mesr.created);
    for (const r of mesr.rejected) expect(r.reasons.length).toBeGreaterThan(0);
    // The foreign schools (Athens, Rome, Madrid, Cairo) have no French commune: rejected for their place.
    const abroad = mesrRows.filter((r) => r['Pays'] && r['Pays'] !== 'France').map((r) => r['libellé']);
    expect(abroad.length).toBeGreaterThan(0);
    for (const name of abroad) {
      const rejection = mesr.rejected.find((r) => r.name === name);
      if (!rejection) throw new Error(`${name} (abroad) was not rejected`);
    }
  });

  it('places MESR establishments at the file\'s own coordinates, with their identifiers and source', async () => {
    const row = mesrRows.find((r) => r['uai - identifiant'] === '0755976N')!; // Sorbonne Université (Paris 5e)
    const [lat, lon] = row['géolocalisation'].split(',').map(Number);
    const [actor] = await db.query(`SELECT * FROM actors.actor WHERE ref = 'mesr:0755976N'`);
    expect(actor).toMatchObject({
      kind: 'UNIVERSITY', name: row['libellé'], uai: '0755976N', siren: row.siren, ror: row['Identifiant ROR'],
      commune_code: '75056', department_code: '75', region_code: '11', latitude: lat, longitude: lon, location_precision: 'EXACT',
      source_name: MESR_SOURCE.dataset.name, source_url: MESR_SOURCE.dataset.url, source_license: 'Licence Ouverte / Open Licence 2.0',
    });
    expect(actor.source_retrieved_on).toBeTruthy();
  });

  it('accounts for every RNSR row and rejects only records it cannot place in France', async () => {
    expect(rnsr.rows).toBe(rnsrRows.length);
    expect(total(rnsr)).toBe(rnsrRows.length);
    expect(rnsr.matched).toBe(new Set(seededRnsr).size);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM actors.actor WHERE ref LIKE 'rnsr:%' AND kind = 'LAB'`);
    expect(n).toBe(rnsr.created);
    for (const r of rnsr.rejected) expect(r.reasons.join(' ')).toMatch(/^place: /);
    const rejectedRows = new Set(rnsr.rejected.map((r) => r.row));
    // Independently of the importer: a row with neither postal code nor city, and no host unit, cannot be placed…
    const byNumber = new Map(rnsrRows.map((r) => [r.numero_national_de_structure, r]));
    rnsrRows.forEach((r, i) => {
      const host = r.code_de_niveau_de_structure === '1' ? byNumber.get(r.numero_de_structure_parent.split(';')[0]!) : undefined;
      if (!r.code_postal.trim() && !r.commune.trim() && !host) expect(rejectedRows.has(i + 1)).toBe(true);
    });
    // …and a row whose postal code is that of a current commune (official list) always is.
    const communes: Array<{ type: string; zone: string; codesPostaux?: string[] }> = require('@etalab/decoupage-administratif/data/communes.json');
    // (Metropolitan France and the five DROM: the map of the directory; New Caledonia and Polynesia are outside it.)
    const postalCodes = new Set(communes.filter((c) => c.type === 'commune-actuelle' && ['metro', 'drom'].includes(c.zone)).flatMap((c) => c.codesPostaux ?? []));
    const placeable = rnsrRows.map((r, i) => [r, i + 1] as const).filter(([r]) => postalCodes.has(r.code_postal.trim()));
    expect(placeable.length).toBeGreaterThan(1000);
    for (const [r, row] of placeable) if (rejectedRows.has(row)) throw new Error(`row ${row} (${r.libelle}, ${r.code_postal}) was rejected`);
  });

  it('links labs to their supervising university (parent) and the other tutelles (affiliations), and places them', async () => {
    const [gem] = await db.query(
      `SELECT a.*, p.uai AS parent_uai FROM actors.actor a LEFT JOIN actors.actor p ON p.id = a.parent_id WHERE a.ref = 'rnsr:200412238P'`,
    );
    // GeM: tutelles École Centrale de Nantes, CNRS, Nantes Université — only the last is in the MESR extract: the parent.
    expect(gem).toMatchObject({ name: 'INSTITUT DE RECHERCHE EN GÉNIE CIVIL ET MÉCANIQUE', acronym: 'GeM', parent_uai: '0442953W', commune_code: '44109', rnsr: '200412238P' });
    expect(gem.themes).toContain("sciences pour l'ingénieur");
    const [nantes] = await db.query(`SELECT latitude, longitude, location_precision FROM actors.actor WHERE ref = 'commune:44109'`);
    expect({ latitude: gem.latitude, longitude: gem.longitude, location_precision: gem.location_precision }).toEqual(nantes);
    // Every affiliation is read back in the file: a tutelle with its role, or a parent structure (MEMBER).
    const plain = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
    const affiliations = await db.query<{ rnsr: string; name: string; uai: string | null; siren: string | null; o_rnsr: string | null; role: string; source_name: string }>(
      `SELECT a.rnsr, o.name, o.uai, o.siren, o.rnsr AS o_rnsr, f.role, f.source_name
       FROM actors.affiliation f JOIN actors.actor a ON a.id = f.actor_id JOIN actors.actor o ON o.id = f.organisation_id`,
    );
    expect(affiliations.length).toBeGreaterThan(1000);
    const rows = new Map(rnsrRows.map((r) => [r.numero_national_de_structure, r]));
    for (const f of affiliations) {
      const row = rows.get(f.rnsr)!;
      expect(f.source_name).toBe(RNSR_SOURCE.dataset.name);
      if (f.role === 'MEMBER') {
        expect(row.numero_de_structure_parent.split(';')).toContain(f.o_rnsr);
        continue;
      }
      const types = row.code_de_type_de_tutelle.split(';');
      const sirens = row.siret_des_tutelles.split(';').map((x) => x.slice(0, 9));
      const names = row.tutelles.split(';').map(plain);
      // Found by UAI, by SIREN, or by name (Université de Lille is listed under its former UAI).
      const index = row.uai_des_tutelles.split(';').findIndex((u, i) =>
        (u === f.uai || sirens[i] === f.siren || names[i] === plain(f.name)) && (types[i] === 'PART') === (f.role === 'PARTICIPANT'));
      expect(index).toBeGreaterThanOrEqual(0);
    }

    // Every lab whose tutelles (read from the file) include an establishment of the directory has a parent among them.
    const labs = await db.query<{ rnsr: string; parent_name: string | null; parent_uai: string | null; parent_siren: string | null; parent_rnsr: string | null }>(
      `SELECT a.rnsr, p.name AS parent_name, p.uai AS parent_uai, p.siren AS parent_siren, p.rnsr AS parent_rnsr
       FROM actors.actor a LEFT JOIN actors.actor p ON p.id = a.parent_id WHERE a.ref LIKE 'rnsr:%'`,
    );
    const establishments = new Set((await db.query<{ uai: string }>(`SELECT uai FROM actors.actor WHERE kind = 'UNIVERSITY' AND uai IS NOT NULL AND archived_at IS NULL`)).map((r) => r.uai));
    const byNumber = new Map(rnsrRows.map((r) => [r.numero_national_de_structure, r]));
    let linked = 0;
    for (const lab of labs) {
      const row = byNumber.get(lab.rnsr)!;
      if (row.code_de_niveau_de_structure === '1') {
        // An internal team hangs under its unit when the unit was imported.
        const unit = row.numero_de_structure_parent.split(';')[0];
        if (unit && labs.some((l) => l.rnsr === unit)) expect(lab.parent_rnsr).toBe(unit);
        continue;
      }
      const uais = row.uai_des_tutelles.split(';');
      const sirens = row.siret_des_tutelles.split(';').map((s) => s.slice(0, 9));
      const types = row.code_de_type_de_tutelle.split(';');
      const supervised = uais.some((u, i) => types[i] === 'TUTE' && establishments.has(u));
      if (supervised) {
        expect(lab.parent_uai !== null || lab.parent_siren !== null).toBe(true);
        linked++;
      }
      if (lab.parent_name) {
        const names = row.tutelles.split(';').map(plain);
        expect(uais.includes(lab.parent_uai!) || sirens.includes(lab.parent_siren!) || names.includes(plain(lab.parent_name))).toBe(true);
      }
    }
    expect(linked).toBeGreaterThan(2000);
    expect(rnsr.links.parents).toBeGreaterThanOrEqual(linked);
  });

  it('is idempotent: a second run creates and updates nothing', async () => {
    const before = await db.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest FROM actors.actor t`);
    const again = await runImport(db.database.dataSource, { source: RNSR_SOURCE, input: RNSR });
    expect({ created: again.created, updated: again.updated, unchanged: again.unchanged, matched: again.matched, rejected: again.rejected.length }).toEqual({
      created: 0, updated: 0, unchanged: rnsr.created, matched: rnsr.matched, rejected: rnsr.rejected.length,
    });
    const mesrAgain = await runImport(db.database.dataSource, { source: MESR_SOURCE, input: MESR });
    expect([mesrAgain.created, mesrAgain.updated, mesrAgain.unchanged]).toEqual([0, 0, mesr.created]);
    expect(await db.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest FROM actors.actor t`)).toEqual(before);
    // Each record written is one revision (action IMPORT) in the journal; the reruns wrote none.
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM actors.revision WHERE action = 'IMPORT' AND author_name LIKE 'npm run import%'`);
    expect(n).toBe(mesr.created + rnsr.created);
    const runs = await db.query(`SELECT source, status FROM actors.import_runs ORDER BY started_at`);
    expect(runs.every((r) => r.status === 'completed')).toBe(true);
  }, 120_000);
});

describe('dry run, URL, interruption', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    if (db) await close(db);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const count = async () => (await db.query(`SELECT (SELECT count(*) FROM actors.actor)::int AS actors, (SELECT count(*) FROM actors.import_runs)::int AS runs`))[0];
    const before = await count();
    const report = await runImport(db.database.dataSource, { source: MESR_SOURCE, input: MESR, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.created).toBeGreaterThan(200);
    expect(total(report)).toBe(mesrRows.length);
    expect(await count()).toEqual(before);
  });

  it('refuses to run while another import of the same source runs', async () => {
    const other = db.database.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtext('ecosystem-graph:import:mesr'))`);
      await expect(runImport(db.database.dataSource, { source: MESR_SOURCE, input: MESR })).rejects.toThrow(/Another import of mesr is running/);
      expect((await db.query(`SELECT count(*)::int AS n FROM actors.actor WHERE ref LIKE 'mesr:%'`))[0].n).toBe(0);
    } finally {
      await other.query(`SELECT pg_advisory_unlock(hashtext('ecosystem-graph:import:mesr'))`);
      await other.release();
    }
  });

  it('fetches a URL (stand-in server on 127.0.0.1), streamed, dated by its Last-Modified', async () => {
    let requests = 0;
    const server: Server = createServer((req, res) => {
      requests++;
      if (req.url !== '/explore/mesr.csv') return res.writeHead(404).end();
      // No Content-Length: the body is streamed in chunks, as a large export would be.
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'last-modified': 'Wed, 01 Mar 2023 08:00:00 GMT' });
      createReadStream(MESR, { highWaterMark: 16 * 1024 }).pipe(res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as { port: number };
      const report = await runImport(db.database.dataSource, { source: MESR_SOURCE, input: `http://127.0.0.1:${port}/explore/mesr.csv` });
      expect(requests).toBe(1);
      expect(report.dataset.retrievedOn).toBe('2023-03-01');
      expect(total(report)).toBe(mesrRows.length);
      expect(report.created).toBeGreaterThan(200);
      const [{ n, dates }] = await db.query(`SELECT count(*)::int AS n, array_agg(DISTINCT source_retrieved_on::text) AS dates FROM actors.actor WHERE ref LIKE 'mesr:%'`);
      expect(n).toBe(report.created);
      expect(dates).toEqual(['2023-03-01']);
      await expect(runImport(db.database.dataSource, { source: MESR_SOURCE, input: `http://127.0.0.1:${port}/missing.csv` })).rejects.toThrow(/answered 404/);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('an import killed midway leaves whole batches only, and a rerun resumes to the right counts', async () => {
    const cli = join(REPO_ROOT, 'gateway/dist/cli/import.js');
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (npx turbo run build).`);
    const batchSize = 250;
    const child = spawn(process.execPath, [cli, 'rnsr', RNSR, '--batch-size', String(batchSize)], {
      env: { ...process.env, DATABASE_URL: db.test.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const killed = new Promise<void>((resolvePromise, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // Plain lines, since stderr is not a terminal: kill right after the third batch committed.
        if (/batch 3\/\d+/.test(stderr) && child.exitCode === null && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolvePromise() : reject(new Error(`exited ${code} before being killed:\n${stderr}`))));
    });
    await killed;
    const [run] = await db.query(`SELECT id, status, last_batch, total_batches, counts FROM actors.import_runs WHERE source = 'rnsr'`);
    expect(run.status).toBe('running');
    expect(run.last_batch).toBeGreaterThanOrEqual(2);
    expect(run.last_batch).toBeLessThan(run.total_batches - 1);
    // Only whole batches were written: the counts journaled with the last committed batch are what the table holds.
    const [{ n: written }] = await db.query(`SELECT count(*)::int AS n FROM actors.actor WHERE ref LIKE 'rnsr:%'`);
    expect(written).toBe(run.counts.created);
    expect(written).toBeLessThan(rnsrRows.length);

    const resumed = await runImport(db.database.dataSource, { source: RNSR_SOURCE, input: RNSR, batchSize });
    expect(resumed.runId).toBe(run.id);
    expect(resumed.resumedAfterBatch).toBe(run.last_batch);
    expect(total(resumed)).toBe(rnsrRows.length);
    const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM actors.actor WHERE ref LIKE 'rnsr:%'`);
    expect(after).toBe(resumed.created);
    // The same as one uninterrupted import would give: a dry run now sees only unchanged records.
    const check = await runImport(db.database.dataSource, { source: RNSR_SOURCE, input: RNSR, dryRun: true });
    expect([check.created, check.updated, check.unchanged]).toEqual([0, 0, resumed.created]);
    const [done] = await db.query(`SELECT status FROM actors.import_runs WHERE id = $1`, [run.id]);
    expect(done.status).toBe('completed');
  }, 180_000);
});

describe('generic CSV and JSON with a column mapping; duplicates', () => {
  let db: Db;
  let dir: string;
  beforeAll(async () => {
    db = await freshDatabase();
    dir = mkdtempSync(join(tmpdir(), 'import-generic-'));
  });
  afterAll(async () => {
    if (db) await close(db);
  });

  // Synthetic test data (not real organisations), written here for these tests only.
  const mapping = {
    source: { name: 'Annuaire de test des associations', url: 'https://example.org/annuaire', license: 'Licence Ouverte / Open Licence 2.0', retrievedOn: '2025-06-30' },
    key: 'siren',
    kind: 'ASSOCIATION',
    fields: { name: 'Nom', acronym: 'Sigle', 'identifiers.siren': 'SIREN', postalCode: 'CP', city: 'Ville', themes: 'Thèmes', website: 'Site' },
    themesSeparator: '|',
  };

  it('imports a CSV through the mapping, with the API\'s validation and duplicate detection', async () => {
    const [mines] = await db.query(`SELECT id, siren FROM actors.actor WHERE ref = 'org:mines-saint-etienne'`);
    const csv = [
      'Nom;Sigle;SIREN;CP;Ville;Thèmes;Site',
      'Association test des sciences en Loire;ATSL;900000001;42000;SAINT-ETIENNE;culture scientifique|médiation;www.example.org',
      'Collectif test du numérique;;900000002;69001;Lyon 1er;numérique;https://example.org/c',
      'Association au SIREN faux;;12345;75005;Paris;;',
      'Association sans SIREN;;;75005;Paris;;',
      'Mines Saint-Etiene;;900000003;42000;Saint-Étienne;;',
    ].join('\n');
    const file = join(dir, 'associations.csv');
    writeFileSync(file, csv);
    const source = genericSource(checkMapping(mapping), 'csv');
    const dry = await runImport(db.database.dataSource, { source, input: file, dryRun: true });
    expect([dry.created, dry.rejected.length]).toEqual([3, 2]);
    const report = await runImport(db.database.dataSource, { source, input: file });
    expect([report.created, report.updated, report.unchanged, report.matched]).toEqual([3, 0, 0, 0]);
    expect(report.rejected).toEqual([
      { row: 3, name: 'Association au SIREN faux', reasons: ['identifiers.siren: Must be 9 digits.'] },
      { row: 4, name: 'Association sans SIREN', reasons: ['No siren (column "SIREN"): it is the key.'] },
    ]);
    // A name close to a seeded school in the same département is reported, with its score.
    const duplicate = report.possibleDuplicates.find((d) => d.row === 5)!;
    expect(duplicate.candidates[0]).toMatchObject({ actorId: mines.id, reason: 'NAME' });
    expect(duplicate.candidates[0]!.score).toBeGreaterThan(0.55);
    const [atsl] = await db.query(`SELECT * FROM actors.actor WHERE siren = '900000001'`);
    expect(atsl).toMatchObject({
      kind: 'ASSOCIATION', acronym: 'ATSL', commune_code: '42218', website: 'http://www.example.org', themes: ['culture scientifique', 'médiation'],
      source_name: 'Annuaire de test des associations', source_url: 'https://example.org/annuaire', source_retrieved_on: expect.anything(),
    });
    const [lyon] = await db.query(`SELECT commune_code FROM actors.actor WHERE siren = '900000002'`);
    expect(lyon.commune_code).toBe('69123');

    // The same records as JSON, one changed: upserted on the SIREN.
    const json = join(dir, 'associations.json');
    writeFileSync(json, JSON.stringify({ records: [
      { Nom: 'Association test des sciences en Loire', Sigle: 'ATSL', SIREN: '900000001', CP: '42000', Ville: 'SAINT-ETIENNE', Thèmes: ['culture scientifique', 'médiation'], Site: 'www.example.org' },
      { Nom: 'Collectif test du numérique (renommé)', SIREN: '900000002', CP: '69001', Ville: 'Lyon 1er', Thèmes: 'numérique', Site: 'https://example.org/c' },
    ] }));
    const fromJson = await runImport(db.database.dataSource, { source: genericSource(checkMapping(mapping), 'json'), input: json });
    expect([fromJson.created, fromJson.updated, fromJson.unchanged]).toEqual([0, 1, 1]);
    const [renamed] = await db.query(`SELECT name FROM actors.actor WHERE siren = '900000002'`);
    expect(renamed.name).toBe('Collectif test du numérique (renommé)');
    const history = await db.query(
      `SELECT r.version, r.action, r.changes FROM actors.revision r JOIN actors.actor a ON a.id = r.entity_id WHERE a.siren = '900000002' ORDER BY r.version`,
    );
    expect(history.map((h) => [h.version, h.action])).toEqual([[1, 'IMPORT'], [2, 'IMPORT']]);
    expect(history[1].changes).toContainEqual({ field: 'name', before: 'Collectif test du numérique', after: 'Collectif test du numérique (renommé)' });
  });

  it('refuses a mapping that does not say what to upsert on', () => {
    expect(() => checkMapping({ ...mapping, key: undefined })).toThrow(/key must be one of/);
    expect(() => checkMapping({ ...mapping, fields: { ...mapping.fields, colour: 'Couleur' } })).toThrow(/fields.colour is not one of our fields/);
  });

  it('rejects a record whose RNSR, UAI or ROR is already another actor\'s (DUPLICATE), and reports a shared SIREN', async () => {
    const [seeded] = await db.query(`SELECT id, uai, siren FROM actors.actor WHERE uai IS NOT NULL AND siren IS NOT NULL AND ref LIKE 'org:%' ORDER BY ref LIMIT 1`);
    const file = join(dir, 'schools.csv');
    writeFileSync(file, ['Nom,SIREN,UAI,CP,Ville', `École test au même UAI,900000010,${seeded.uai},75005,Paris`, `École test au même SIREN,${seeded.siren},,75005,Paris`].join('\n'));
    const source = genericSource(checkMapping({
      ...mapping, source: { ...mapping.source, name: 'Écoles de test' }, kind: 'UNIVERSITY',
      fields: { name: 'Nom', 'identifiers.siren': 'SIREN', 'identifiers.uai': 'UAI', postalCode: 'CP', city: 'Ville' },
    }), 'csv');
    const report = await runImport(db.database.dataSource, { source, input: file });
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.reasons[0]).toMatch(new RegExp(`identifiers.uai: ${seeded.uai} is already the UAI of actor ${seeded.id}.*DUPLICATE`));
    // The second school shares the seeded one's SIREN (not unique: a lab carries its university's): reported, not refused.
    expect([report.created, report.matched]).toEqual([1, 0]);
    expect(report.possibleDuplicates).toEqual([
      expect.objectContaining({ row: 2, candidates: [expect.objectContaining({ actorId: seeded.id, reason: 'IDENTIFIER', identifier: 'siren', score: 1 })] }),
    ]);
  });
});
