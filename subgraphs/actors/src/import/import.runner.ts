/**
 * Runs an import: reads the input, maps and validates every record exactly as the API would
 * (checkCreateActor), places it, links it to its parent and supervising bodies, then writes it in
 * batches, one transaction each, journaled in `actors.import_runs`: an interrupted import resumes
 * after its last committed batch, and a rerun of the same content converges (0 created, 0 updated).
 *
 * Ownership: an import owns the records whose `ref` starts with its source's prefix (`rnsr:`,
 * `mesr:`, `import:<dataset>:`) and rewrites them when the file changes. A record of another
 * source (the seed, an editor, another dataset) with the same official identifier is never
 * overwritten: it is reported as `matched` and used for the links.
 */
import { LocationPrecision, RevisionAction, RevisionEntityType, RevisionStore, snapshotOf, stableId, today, type ProvenanceColumns, type Viewer } from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Actor } from '../actor/actor.entity.js';
import { BLOCKING_IDENTIFIERS, findDuplicates, type DuplicateProbe, type IdentifierName } from '../actor/actor.duplicates.js';
import { ActorKind } from '../actor/actor.enums.js';
import { checkCreateActor, type CheckedActor } from '../actor/actor.validation.js';
import { AffiliationRole } from '../affiliation/affiliation.entity.js';
import { placeIndex } from './import.places.js';
import { SILENT_PROGRESS, type Progress } from './import.progress.js';
import { readInput } from './import.reader.js';
import type { ImportRecord, ImportSource } from './import.sources.js';

export interface ImportOptions {
  source: ImportSource;
  /** A file path or an http(s) URL. */
  input: string;
  dryRun?: boolean;
  /** Records per transaction (default 500). */
  batchSize?: number;
  /** Date of the extract (YYYY-MM-DD); default: the dataset's, else the URL's Last-Modified or the file's date. */
  extractDate?: string | null;
  progress?: Progress;
}

export interface Rejection { row: number; name: string | null; reasons: string[] }

export interface DuplicateReport {
  row: number;
  ref: string;
  name: string;
  candidates: Array<{ actorId: string; name: string; reason: 'IDENTIFIER' | 'NAME'; identifier: string | null; score: number }>;
}

export interface ImportReport {
  source: string;
  input: string;
  dryRun: boolean;
  runId: string | null;
  /** The batch the run resumed after, when it continued an interrupted run. */
  resumedAfterBatch: number | null;
  dataset: ProvenanceColumns;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Records already in the directory from another source (same official identifier): left as they are. */
  matched: number;
  rejected: Rejection[];
  possibleDuplicates: DuplicateReport[];
  links: { parents: number; affiliations: number; organisationsNotFound: number };
  placement: { fromFile: number; commune: number; fromParent: number };
  warnings: Array<{ row: number; message: string }>;
  batches: number;
  seconds: number;
}

/** The importer writes as an administrator would, through the API's own validation. */
const IMPORT_VIEWER: Viewer = { id: 'import', role: 'admin', name: 'npm run import', territories: [] };

/** Columns written for each actor, in order; `content` ones decide whether a record changed. */
const COLUMNS: Record<string, string> = {
  id: 'uuid', ref: 'text', kind: 'text', collectivity_level: 'text', name: 'text', acronym: 'text', description: 'text',
  themes: 'text[]', website: 'text', insee: 'text', siren: 'text', rnsr: 'text', uai: 'text', ror: 'text',
  region_code: 'text', department_code: 'text', epci_code: 'text', commune_code: 'text',
  latitude: 'double precision', longitude: 'double precision', location_precision: 'text', parent_id: 'uuid',
  source_name: 'text', source_url: 'text', source_license: 'text', source_retrieved_on: 'date',
};
/** Compared to decide created / updated / unchanged; the extract date alone does not make a change. */
const CONTENT = Object.keys(COLUMNS).filter((c) => c !== 'id' && c !== 'ref' && c !== 'source_retrieved_on');

type Row = Record<string, unknown>;

interface Planned {
  record: ImportRecord;
  id: string;
  row: Row;
  affiliations: Array<{ organisationId: string; role: AffiliationRole }>;
  status: 'created' | 'updated' | 'unchanged' | 'matched';
}

export async function runImport(dataSource: DataSource, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const { source } = options;
  const progress = options.progress ?? SILENT_PROGRESS;
  const batchSize = options.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('The batch size must be a positive integer.');
  if (options.extractDate && !/^\d{4}-\d{2}-\d{2}$/.test(options.extractDate)) throw new Error('The extract date must be YYYY-MM-DD.');

  progress.line(`[import ${source.id}] reading ${options.input}…`);
  const input = await readInput(options.input, source.format, { delimiter: source.delimiter });
  const dataset: ProvenanceColumns = {
    name: source.dataset.name,
    url: source.dataset.url,
    license: source.dataset.license,
    retrievedOn: options.extractDate ?? source.dataset.retrievedOn ?? input.modifiedOn ?? today(),
  };
  progress.line(`[import ${source.id}] ${input.rows.length} rows, ${(input.bytes / 1e6).toFixed(1)} MB; source "${dataset.name}", extract of ${dataset.retrievedOn}`);

  const report: ImportReport = {
    source: source.id, input: options.input, dryRun: !!options.dryRun, runId: null, resumedAfterBatch: null, dataset, rows: input.rows.length,
    created: 0, updated: 0, unchanged: 0, matched: 0, rejected: [], possibleDuplicates: [],
    links: { parents: 0, affiliations: 0, organisationsNotFound: 0 }, placement: { fromFile: 0, commune: 0, fromParent: 0 },
    warnings: [], batches: 0, seconds: 0,
  };

  // 1. Rows → records; one record per official identifier.
  const records: ImportRecord[] = [];
  const rowOfRef = new Map<string, number>();
  input.rows.forEach((raw, index) => {
    const mapped = source.map(raw, index + 1);
    if ('rejected' in mapped) return report.rejected.push(mapped.rejected);
    const { record } = mapped;
    const first = rowOfRef.get(record.ref);
    if (first !== undefined) {
      return report.rejected.push({ row: record.row, name: record.name, reasons: [`Same ${record.key.identifier.toUpperCase()} ${record.key.value} as row ${first}: imported once.`] });
    }
    rowOfRef.set(record.ref, record.row);
    records.push(record);
    for (const message of record.warnings) report.warnings.push({ row: record.row, message });
  });

  const manager = dataSource.manager;
  const ordered = parentsFirst(records, report);
  let lap = Date.now();
  const plan = await planRecords(manager, source, ordered, dataset, report);
  progress.line(`[import ${source.id}] ${plan.length} records checked, placed and linked in ${((Date.now() - lap) / 1000).toFixed(1)} s`);
  lap = Date.now();
  await findPossibleDuplicates(manager, source, plan, report);
  progress.line(`[import ${source.id}] duplicates looked up in ${((Date.now() - lap) / 1000).toFixed(1)} s`);

  if (options.dryRun) {
    for (const p of plan) report[p.status]++;
    report.batches = Math.ceil(plan.length / batchSize);
    report.rejected.sort((a, b) => a.row - b.row);
    report.seconds = (Date.now() - started) / 1000;
    return report;
  }

  // One import of a source at a time: a second one would resume the same run alongside. The lock is
  // the session's, so a killed import releases it with its connection.
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    const [{ locked }] = await lock.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [`ecosystem-graph:import:${source.id}`]);
    if (!locked) throw new Error(`Another import of ${source.id} is running: wait for it to finish.`);
    try {
      await writeRun(dataSource, options.input, source, input.fingerprint, plan, batchSize, dataset, report, progress);
    } finally {
      await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`ecosystem-graph:import:${source.id}`]);
    }
  } finally {
    await lock.release();
  }
  report.rejected.sort((a, b) => a.row - b.row);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/** Batches, journaled: a rerun of the same content resumes the unfinished run. */
async function writeRun(
  dataSource: DataSource, location: string, source: ImportSource, fingerprint: string, plan: Planned[], batchSize: number,
  dataset: ProvenanceColumns, report: ImportReport, progress: Progress,
): Promise<void> {
  const manager = dataSource.manager;
  const batches: Planned[][] = [];
  for (let i = 0; i < plan.length; i += batchSize) batches.push(plan.slice(i, i + batchSize));
  report.batches = batches.length;
  const run = await openRun(manager, source.id, location, fingerprint, batchSize, batches.length);
  report.runId = run.id;
  const counts = { created: 0, updated: 0, unchanged: 0, matched: 0, ...run.counts };
  if (run.lastBatch >= 0) {
    report.resumedAfterBatch = run.lastBatch;
    progress.line(`[import ${source.id}] resuming run ${run.id} after batch ${run.lastBatch + 1}/${batches.length}`);
  }
  for (let index = run.lastBatch + 1; index < batches.length; index++) {
    const batch = batches[index]!;
    await dataSource.transaction(async (tx) => {
      await writeBatch(tx, batch, dataset, { ...IMPORT_VIEWER, name: `npm run import -- ${source.id}` });
      for (const p of batch) counts[p.status]++;
      await tx.query(`UPDATE actors.import_runs SET last_batch = $2, counts = $3, updated_at = now() WHERE id = $1`, [run.id, index, JSON.stringify(counts)]);
    });
    progress.tick(index + 1, batches.length, `[import ${source.id}] batch`);
  }
  progress.end();
  await manager.query(`UPDATE actors.import_runs SET status = 'completed', finished_at = now(), updated_at = now() WHERE id = $1`, [run.id]);
  Object.assign(report, { created: counts.created, updated: counts.updated, unchanged: counts.unchanged, matched: counts.matched });
}

/** Records ordered so that a parent structure is written before the structures below it (its batch commits first). */
function parentsFirst(records: ImportRecord[], report: ImportReport): ImportRecord[] {
  const byRef = new Map(records.map((r) => [r.ref, r]));
  const state = new Map<string, 'visiting' | 'done'>();
  const ordered: ImportRecord[] = [];
  const visit = (record: ImportRecord) => {
    state.set(record.ref, 'visiting');
    record.parentRefs = record.parentRefs.filter((ref) => {
      const parent = byRef.get(ref);
      if (!parent) return true; // outside the file: looked up in the directory
      if (state.get(ref) === 'visiting') {
        report.warnings.push({ row: record.row, message: `parent ${ref} is also below it (a cycle in the file): that link is left out` });
        return false;
      }
      if (!state.has(ref)) visit(parent);
      return true;
    });
    state.set(record.ref, 'done');
    ordered.push(record);
  };
  for (const record of records) if (!state.has(record.ref)) visit(record);
  return ordered;
}

interface DirectoryActor {
  id: string; ref: string; kind: ActorKind; name: string; sort_name: string;
  siren: string | null; rnsr: string | null; uai: string | null; ror: string | null; insee: string | null;
}

async function planRecords(manager: EntityManager, source: ImportSource, records: ImportRecord[], dataset: ProvenanceColumns, report: ImportReport): Promise<Planned[]> {
  const refs = records.map((r) => r.ref);
  // What this source already wrote, with its links: one statement each.
  const owned: Row[] = await manager.query(
    `SELECT ${Object.keys(COLUMNS).map((c) => (c === 'source_retrieved_on' ? `${c}::text` : c)).join(', ')} FROM actors.actor WHERE ref = ANY($1)`,
    [refs],
  );
  const ownedByRef = new Map(owned.map((row) => [row.ref as string, row]));
  const ownedAffiliations = new Map<string, string[]>();
  if (owned.length) {
    const rows: Array<{ actor_id: string; link: string }> = await manager.query(
      `SELECT actor_id, organisation_id || ':' || role AS link FROM actors.affiliation WHERE actor_id = ANY($1)`,
      [owned.map((r) => r.id)],
    );
    for (const r of rows) ownedAffiliations.set(r.actor_id, [...(ownedAffiliations.get(r.actor_id) ?? []), r.link]);
  }
  // Records of other sources with the same official key (RNSR, UAI, ROR, INSEE: the unique ones).
  const keys = (k: IdentifierName) => records.filter((r) => r.key.identifier === k && !ownedByRef.has(r.ref)).map((r) => r.key.value);
  const others: DirectoryActor[] = await manager.query(
    `SELECT id, ref, kind, name, sort_name, siren, rnsr, uai, ror, insee FROM actors.actor
     WHERE archived_at IS NULL AND NOT starts_with(ref, $1) AND (rnsr = ANY($2) OR uai = ANY($3) OR ror = ANY($4) OR insee = ANY($5))
     ORDER BY created_at, id`,
    [source.refPrefix, keys('rnsr'), keys('uai'), keys('ror'), keys('insee')],
  );
  const otherByKey = new Map<string, DirectoryActor>();
  for (const actor of others) {
    for (const k of BLOCKING_IDENTIFIERS) if (actor[k] && !otherByKey.has(`${k}:${actor[k]}`)) otherByKey.set(`${k}:${actor[k]}`, actor);
  }
  // Supervising bodies and other organisations named by the rows, by UAI, SIREN or exact name.
  const mentions = records.flatMap((r) => r.organisations);
  const organisations: DirectoryActor[] = mentions.length
    ? await manager.query(
        `SELECT id, ref, kind, name, sort_name, siren, rnsr, uai, ror, insee FROM actors.actor
         WHERE archived_at IS NULL AND kind NOT IN ('COLLECTIVITY', 'LAB')
           AND (uai = ANY($1) OR siren = ANY($2) OR sort_name = ANY(SELECT actors.f_unaccent(lower(n)) FROM unnest($3::text[]) n))
         ORDER BY ref LIKE 'mesr:%' DESC, created_at, id`,
        [[...new Set(mentions.flatMap((m) => m.uai ?? []))], [...new Set(mentions.flatMap((m) => m.siren ?? []))], [...new Set(mentions.flatMap((m) => m.name ?? []))]],
      )
    : [];
  const organisationOf = organisationFinder(organisations);

  const places = placeIndex();
  const communeCodes = new Set<string>();
  const resolvedPlace = new Map<string, { communeCode: string } | { problem: string }>();
  for (const r of records) {
    const answer = places.resolve(r.place);
    resolvedPlace.set(r.ref, answer);
    if ('communeCode' in answer) communeCodes.add(answer.communeCode);
  }
  const communeRows: Array<{ commune_code: string; latitude: number | null; longitude: number | null; location_precision: string | null }> = await manager.query(
    `SELECT commune_code, latitude, longitude, location_precision FROM actors.actor
     WHERE ref = ANY(SELECT 'commune:' || c FROM unnest($1::text[]) c)`,
    [[...communeCodes]],
  );
  const communeLocation = new Map(communeRows.map((c) => [c.commune_code, c]));

  const planned: Planned[] = [];
  const plannedByRef = new Map<string, Planned>();
  const blockingSeen = new Map<string, number>();
  for (const record of records) {
    const existing = ownedByRef.get(record.ref);
    const other = existing ? undefined : otherByKey.get(`${record.key.identifier}:${record.key.value}`);
    const parentRef = record.hostedByParent ? record.parentRefs[0] : undefined;
    const host = parentRef ? plannedByRef.get(parentRef) : undefined;

    // Where: the row's own place; an internal team without an address sits in its unit.
    let place = resolvedPlace.get(record.ref)!;
    let placedByHost = false;
    if ('problem' in place && host && host.row.commune_code) {
      place = { communeCode: host.row.commune_code as string };
      placedByHost = true;
    }
    const reasons: string[] = [];
    let checked: CheckedActor | null = null;
    try {
      checked = checkCreateActor(
        {
          kind: record.kind, name: record.name, acronym: record.acronym, description: record.description, themes: record.themes,
          website: record.website, identifiers: record.identifiers,
          territory: 'communeCode' in place ? { communeCode: place.communeCode } : { regionCode: '00' },
          location: record.point, source: { name: dataset.name, url: dataset.url, license: dataset.license, retrievedOn: dataset.retrievedOn },
        },
        IMPORT_VIEWER,
      );
    } catch (error) {
      const fields = (error as GraphQLError).extensions?.fields as Array<{ field: string; message: string }> | undefined;
      if (!fields) throw error;
      for (const f of fields) {
        if ('problem' in place && f.field.startsWith('input.territory')) continue;
        reasons.push(`${f.field.replace(/^input\./, '')}: ${f.message}`);
      }
    }
    if ('problem' in place) reasons.unshift(`place: ${place.problem}`);
    // The API refuses a second record with one RNSR, UAI or ROR: so does the import, within the file too.
    for (const k of BLOCKING_IDENTIFIERS) {
      const value = record.identifiers[k];
      if (!value || k === 'insee') continue;
      const first = blockingSeen.get(`${k}:${value}`);
      if (first !== undefined) reasons.push(`identifiers.${k}: ${value} is also the ${k.toUpperCase()} of row ${first}.`);
    }
    if (reasons.length || !checked) {
      report.rejected.push({ row: record.row, name: record.name || null, reasons });
      continue;
    }
    for (const k of BLOCKING_IDENTIFIERS) if (record.identifiers[k]) blockingSeen.set(`${k}:${record.identifiers[k]}`, record.row);

    if (other) {
      const p: Planned = { record, id: other.id, row: { commune_code: null }, affiliations: [], status: 'matched' };
      planned.push(p);
      plannedByRef.set(record.ref, p);
      continue;
    }

    // Location: the file's coordinates, else the commune's centre, else the host unit's.
    const commune = communeLocation.get(checked.place.communeCode ?? '');
    let location: { latitude: number | null; longitude: number | null; precision: string | null };
    if (record.point) {
      location = { ...record.point, precision: LocationPrecision.EXACT };
      report.placement.fromFile++;
    } else if (placedByHost) {
      location = { latitude: host!.row.latitude as number | null, longitude: host!.row.longitude as number | null, precision: host!.row.location_precision as string | null };
      report.placement.fromParent++;
    } else {
      location = { latitude: commune?.latitude ?? null, longitude: commune?.longitude ?? null, precision: commune?.location_precision ?? null };
      report.placement.commune++;
    }

    // Links: a team's parent is its unit; a unit's parent is its main supervising establishment
    // (the first tutelle found, a university or school first); every other tutelle, participant
    // and parent structure becomes an affiliation.
    const affiliations = new Map<string, AffiliationRole>();
    const found = record.organisations.map((m) => ({ mention: m, actor: organisationOf(m) }));
    report.links.organisationsNotFound += found.filter((f) => !f.actor).length;
    const parentStructures = record.parentRefs
      .map((ref) => plannedByRef.get(ref)?.id ?? null)
      .filter((id): id is string => !!id);
    const supervisors = found.filter((f) => f.actor && f.mention.role === AffiliationRole.SUPERVISOR);
    const main = record.hostedByParent && parentStructures.length
      ? parentStructures[0]!
      : (supervisors.find((f) => f.actor!.kind === ActorKind.UNIVERSITY) ?? supervisors[0])?.actor!.id ?? null;
    const id = (existing?.id as string | undefined) ?? stableId(record.ref);
    for (const f of found) {
      if (!f.actor || f.actor.id === main || f.actor.id === id) continue;
      if (affiliations.get(f.actor.id) !== AffiliationRole.SUPERVISOR) affiliations.set(f.actor.id, f.mention.role);
    }
    for (const structure of parentStructures) {
      if (structure !== main && structure !== id && !affiliations.has(structure)) affiliations.set(structure, AffiliationRole.MEMBER);
    }

    const row: Row = {
      id, ref: record.ref, kind: checked.kind, collectivity_level: checked.collectivityLevel, name: checked.name, acronym: checked.acronym,
      description: checked.description, themes: checked.themes, website: checked.website, ...checked.identifiers,
      region_code: checked.place.regionCode, department_code: checked.place.departmentCode, epci_code: checked.place.epciCode, commune_code: checked.place.communeCode,
      latitude: location.latitude, longitude: location.longitude, location_precision: location.latitude === null ? null : location.precision,
      parent_id: main === id ? null : main,
      source_name: checked.source.name, source_url: checked.source.url, source_license: checked.source.license, source_retrieved_on: checked.source.retrievedOn,
    };
    if (row.parent_id) report.links.parents++;
    report.links.affiliations += affiliations.size;
    const links = [...affiliations].map(([organisationId, role]) => ({ organisationId, role })).sort((a, b) => a.organisationId.localeCompare(b.organisationId));
    let status: Planned['status'] = 'created';
    if (existing) {
      const before = (ownedAffiliations.get(id) ?? []).sort().join(',');
      const after = links.map((a) => `${a.organisationId}:${a.role}`).join(',');
      const same = CONTENT.every((c) => JSON.stringify(existing[c] ?? null) === JSON.stringify(row[c] ?? null)) && before === after;
      status = same ? 'unchanged' : 'updated';
      // An unchanged record keeps the date of the extract it was last changed by.
      if (same) row.source_retrieved_on = existing.source_retrieved_on;
    }
    const p: Planned = { record, id, row, affiliations: links, status };
    planned.push(p);
    plannedByRef.set(record.ref, p);
  }
  return planned;
}

/** An organisation mention → a directory actor: by UAI, else by SIREN when it names one actor only, else by exact name. */
function organisationFinder(actors: DirectoryActor[]): (m: ImportRecord['organisations'][number]) => DirectoryActor | null {
  const byUai = new Map<string, DirectoryActor>();
  const bySiren = new Map<string, DirectoryActor[]>();
  const byName = new Map<string, DirectoryActor[]>();
  for (const a of actors) {
    if (a.uai && !byUai.has(a.uai)) byUai.set(a.uai, a);
    if (a.siren) bySiren.set(a.siren, [...(bySiren.get(a.siren) ?? []), a]);
    byName.set(a.sort_name, [...(byName.get(a.sort_name) ?? []), a]);
  }
  const key = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return (m) => {
    if (m.uai && byUai.has(m.uai)) return byUai.get(m.uai)!;
    const sirens = m.siren ? bySiren.get(m.siren) ?? [] : [];
    if (sirens.length === 1) return sirens[0]!;
    const named = m.name ? byName.get(key(m.name)) ?? [] : [];
    const both = sirens.length ? named.filter((n) => sirens.includes(n)) : named;
    return both.length === 1 ? both[0]! : null;
  };
}

/** Possible duplicates of the records to create: a shared SIREN, or a similar name in the same département. */
async function findPossibleDuplicates(manager: EntityManager, source: ImportSource, plan: Planned[], report: ImportReport): Promise<void> {
  const creating = plan.filter((p) => p.status === 'created');
  const names = new Map<string, string>();
  for (let i = 0; i < creating.length; i += 1000) {
    const chunk = creating.slice(i, i + 1000);
    const probes: DuplicateProbe[] = chunk.map((p) => ({
      name: p.row.name as string,
      kind: p.row.kind as ActorKind,
      collectivityLevel: null,
      identifiers: { siren: p.row.siren as string | null, ror: p.row.ror as string | null, uai: p.row.uai as string | null, rnsr: p.row.rnsr as string | null },
      departmentCode: p.row.department_code as string | null,
      regionCode: p.row.region_code as string | null,
      excludeIds: [p.id],
      excludeRefPrefix: source.refPrefix,
    }));
    const candidates = await findDuplicates(manager, probes, 3);
    if (!candidates.length) continue;
    const ids = [...new Set(candidates.map((c) => c.actorId))].filter((id) => !names.has(id));
    if (ids.length) {
      const rows: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM actors.actor WHERE id = ANY($1)`, [ids]);
      for (const r of rows) names.set(r.id, r.name);
    }
    const rejectedRows = new Set<number>();
    chunk.forEach((p, index) => {
      const mine = candidates.filter((c) => c.probe === index);
      if (!mine.length) return;
      const blocking = mine.find((c) => c.blocking);
      if (blocking) {
        // Same rule as createActor: a second live record with one RNSR, UAI or ROR is refused.
        report.rejected.push({
          row: p.record.row, name: p.record.name,
          reasons: [`identifiers.${blocking.identifier}: ${String(p.row[blocking.identifier!])} is already the ${blocking.identifier!.toUpperCase()} of actor ${blocking.actorId} (${names.get(blocking.actorId) ?? '?'}): DUPLICATE.`],
        });
        rejectedRows.add(p.record.row);
        return;
      }
      report.possibleDuplicates.push({
        row: p.record.row, ref: p.record.ref, name: p.record.name,
        candidates: mine.map((c) => ({ actorId: c.actorId, name: names.get(c.actorId) ?? '?', reason: c.reason, identifier: c.identifier, score: c.score })),
      });
    });
    if (rejectedRows.size) {
      const removed = new Set<string>();
      for (let j = plan.length - 1; j >= 0; j--) {
        if (rejectedRows.has(plan[j]!.record.row)) removed.add(plan.splice(j, 1)[0]!.id);
      }
      // Nothing may point at a record that will not be written.
      for (const p of plan) {
        if (removed.has(p.row.parent_id as string)) p.row.parent_id = null;
        p.affiliations = p.affiliations.filter((a) => !removed.has(a.organisationId));
      }
    }
  }
}

interface RunRow { id: string; lastBatch: number; counts: Record<string, number> }

/** The unfinished run of this content, to resume; else a new run. */
async function openRun(manager: EntityManager, source: string, input: string, fingerprint: string, batchSize: number, totalBatches: number): Promise<RunRow> {
  const [running]: Array<{ id: string; last_batch: number; counts: Record<string, number>; batch_size: number }> = await manager.query(
    `SELECT id, last_batch, counts, batch_size FROM actors.import_runs WHERE source = $1 AND fingerprint = $2 AND status = 'running'`,
    [source, fingerprint],
  );
  if (running && running.batch_size === batchSize) {
    await manager.query(`UPDATE actors.import_runs SET input = $2, updated_at = now() WHERE id = $1`, [running.id, input]);
    return { id: running.id, lastBatch: running.last_batch, counts: running.counts };
  }
  // Batches of another size do not line up with the old run's: start over (the upserts converge anyway).
  if (running) await manager.query(`DELETE FROM actors.import_runs WHERE id = $1`, [running.id]);
  const id = randomUUID();
  await manager.query(
    `INSERT INTO actors.import_runs (id, source, input, fingerprint, status, batch_size, total_batches) VALUES ($1, $2, $3, $4, 'running', $5, $6)`,
    [id, source, input, fingerprint, batchSize, totalBatches],
  );
  return { id, lastBatch: -1, counts: {} };
}

/**
 * Writes one batch: the changed actors (one multi-row upsert, each update bumping the record's
 * version as any API write does), their affiliations, and one revision (action IMPORT) per record
 * written, so the journal and each record's history show the import.
 */
async function writeBatch(tx: EntityManager, batch: Planned[], dataset: ProvenanceColumns, viewer: Viewer): Promise<void> {
  const changed = batch.filter((p) => p.status === 'created' || p.status === 'updated');
  if (!changed.length) return;
  const ids = changed.map((p) => p.id);
  const repository = tx.getRepository(Actor);
  const updatedIds = changed.filter((p) => p.status === 'updated').map((p) => p.id);
  const before = new Map((updatedIds.length ? await repository.findBy({ id: In(updatedIds) }) : []).map((a) => [a.id, a]));
  const names = Object.keys(COLUMNS);
  const mutable = names.filter((c) => c !== 'id' && c !== 'ref');
  await tx.query(
    `INSERT INTO actors.actor (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${names.map((c) => `${c} ${COLUMNS[c]}`).join(', ')})
     ON CONFLICT (ref) DO UPDATE SET ${mutable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now(), version = actors.actor.version + 1`,
    [JSON.stringify(changed.map((p) => p.row))],
  );
  const after = await repository.findBy({ id: In(ids) });
  await new RevisionStore(tx.connection, 'actors').record(
    tx,
    viewer,
    after.map((actor) => {
      const previous = before.get(actor.id);
      return {
        entityType: RevisionEntityType.ACTOR, entityId: actor.id, version: actor.version, action: RevisionAction.IMPORT,
        before: previous ? snapshotOf(previous) : null, after: snapshotOf(actor),
      };
    }),
  );
  await tx.query(`DELETE FROM actors.affiliation WHERE actor_id = ANY($1)`, [ids]);
  const links = changed.flatMap((p) => p.affiliations.map((a) => ({ actor_id: p.id, organisation_id: a.organisationId, role: a.role })));
  if (links.length) {
    await tx.query(
      `INSERT INTO actors.affiliation (actor_id, organisation_id, role, source_name, source_url, source_license, source_retrieved_on)
       SELECT actor_id, organisation_id, role, $2, $3, $4, $5 FROM jsonb_to_recordset($1::jsonb) AS x(actor_id uuid, organisation_id uuid, role text)`,
      [JSON.stringify(links), dataset.name, dataset.url, dataset.license, dataset.retrievedOn],
    );
  }
}
