/**
 * Likely duplicates of an actor about to be written: the same official identifier, or a similar name
 * in the same territory. Shared by the API (`possibleDuplicates`, `createActor`) and the importer,
 * one statement for any number of probes.
 */
import type { EntityManager } from 'typeorm';
import type { ActorIdentifiers } from './actor.entity.js';
import type { ActorKind, CollectivityLevel } from './actor.enums.js';

export type IdentifierName = keyof ActorIdentifiers;

/**
 * Identifiers that name one organisation only, so a second live actor with the same one is refused
 * on create. SIREN is left out on purpose: a lab carries the SIREN of its supervising university, and
 * the MESR lists distinct establishments under one SIREN. INSEE is only unique within a kind and
 * level (région "11" and département "11" both exist), which the query checks.
 */
export const BLOCKING_IDENTIFIERS: readonly IdentifierName[] = ['rnsr', 'uai', 'ror', 'insee'];

/** Names at least this similar (pg_trgm, 0–1) in the same territory are reported. */
export const NAME_SIMILARITY_THRESHOLD = 0.55;

export interface DuplicateProbe {
  name: string;
  kind: ActorKind | null;
  collectivityLevel: CollectivityLevel | null;
  identifiers: Partial<ActorIdentifiers>;
  /** Names are compared within this département, else within this région, else not at all. */
  departmentCode: string | null;
  regionCode: string | null;
  /** Never report these actors (the actor being edited, the import's own records). */
  excludeIds?: string[];
  /** Never report by name the actors whose ref starts with this (an import's own source). */
  excludeRefPrefix?: string | null;
}

export interface DuplicateCandidate {
  /** Index of the probe in the list given. */
  probe: number;
  actorId: string;
  reason: 'IDENTIFIER' | 'NAME';
  /** The identifier that matched, for reason IDENTIFIER. */
  identifier: IdentifierName | null;
  /** 1 for an identifier match, else the name similarity. */
  score: number;
  /** Whether this match forbids creating the record (an identifier of BLOCKING_IDENTIFIERS). */
  blocking: boolean;
}

const ALL_IDENTIFIERS: readonly IdentifierName[] = ['siren', 'rnsr', 'uai', 'ror', 'insee'];

/** Up to `perProbe` name candidates and every identifier match of each probe, best first. */
export async function findDuplicates(manager: EntityManager, probes: readonly DuplicateProbe[], perProbe = 5): Promise<DuplicateCandidate[]> {
  if (!probes.length) return [];
  const rows = probes.map((p, i) => ({
    i,
    name: p.name.trim(),
    kind: p.kind,
    level: p.collectivityLevel,
    dept: p.departmentCode,
    region: p.departmentCode ? null : p.regionCode,
    exclude: p.excludeIds ?? [],
    prefix: p.excludeRefPrefix ?? null,
    ...Object.fromEntries(ALL_IDENTIFIERS.map((k) => [k, p.identifiers[k]?.trim() || null])),
  }));
  const identifierMatches = ALL_IDENTIFIERS.map(
    (k) => `SELECT p.i, a.id, '${k}' AS identifier FROM p JOIN actors.actor a ON a.${k} = p.${k}
            WHERE a.archived_at IS NULL AND NOT a.id = ANY(p.exclude)
              ${k === 'insee' ? 'AND a.kind = p.kind AND a.collectivity_level IS NOT DISTINCT FROM p.level' : ''}`,
  ).join(' UNION ALL ');
  const found: Array<{ i: number; id: string; reason: 'IDENTIFIER' | 'NAME'; identifiers: IdentifierName[] | null; score: number }> = await manager.query(
    `WITH p AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(i int, name text, kind text, level text, dept text, region text, exclude uuid[], prefix text,
                                                        siren text, rnsr text, uai text, ror text, insee text)
     ), by_identifier AS (${identifierMatches})
     SELECT i, id, 'IDENTIFIER' AS reason, array_agg(identifier ORDER BY identifier) AS identifiers, 1::float8 AS score FROM by_identifier GROUP BY i, id
     UNION ALL
     SELECT p.i, n.id, 'NAME', NULL, n.score FROM p CROSS JOIN LATERAL (
       SELECT a.id, similarity(a.sort_name, actors.f_unaccent(lower(p.name)))::float8 AS score
       FROM actors.actor a
       -- Indexed equalities only (p.region is null when p.dept is set): each probe reads its territory's rows,
       -- not the table (an "p.dept IS NULL OR …" here made the RNSR import's lookup take 200 s instead of 1).
       WHERE a.archived_at IS NULL AND NOT a.id = ANY(p.exclude)
         AND (a.department_code = p.dept OR a.region_code = p.region)
         -- A lab never duplicates a commune: collectivités are compared with collectivités only.
         AND (p.kind IS NULL OR (a.kind = 'COLLECTIVITY') = (p.kind = 'COLLECTIVITY'))
         AND (p.prefix IS NULL OR NOT starts_with(a.ref, p.prefix))
         AND similarity(a.sort_name, actors.f_unaccent(lower(p.name))) >= $2
         AND NOT EXISTS (SELECT 1 FROM by_identifier b WHERE b.i = p.i AND b.id = a.id)
       ORDER BY score DESC, a.id LIMIT $3) n
     ORDER BY i, score DESC, id`,
    [JSON.stringify(rows), NAME_SIMILARITY_THRESHOLD, perProbe],
  );
  return found.map((row) => {
    // One actor may share several identifiers with the probe: name a blocking one first.
    const identifier = row.identifiers?.find((k) => BLOCKING_IDENTIFIERS.includes(k)) ?? row.identifiers?.[0] ?? null;
    return {
      probe: row.i,
      actorId: row.id,
      reason: row.reason,
      identifier,
      score: Math.round(row.score * 1000) / 1000,
      blocking: identifier !== null && BLOCKING_IDENTIFIERS.includes(identifier),
    };
  });
}
