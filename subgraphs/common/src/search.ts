/**
 * How the directory searches records by name and words (actors, contacts): the SQL of the matches,
 * of their ranking, and the migration that indexes them. The statement's parameter is `:search`.
 *
 * A search matches three ways, each an index lookup, joined by UNION rather than OR (with OR the
 * planner scans the table, computing similarity on every row):
 * - names starting with the search (`name_key`: "saint etienne" → "Saint-Étienne…");
 * - French full text (stemmed, unaccented) on the record's `search_vector`;
 * - only when those two find nothing, names within trigram similarity of the search, so that a
 *   typo ("Dunkerke") still finds its name. Run on every search, this branch took most of the
 *   time at 100k records: a common syllable ("saint", "martin") hands the trigram index thousands
 *   of rows to recheck, and it brought near-names into correct searches ("Nancy" → "Nançay"). Only
 *   names whose trigram count can reach the threshold are rechecked (similarity is at most the
 *   ratio of the two counts).
 * A page ranks at most SEARCH_WINDOW candidates from each way, by name similarity then full-text
 * rank: exact whenever fewer match, and names starting with the search are always among them.
 */
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { SIMILARITY_THRESHOLD } from './database.js';
import type { PageRequest } from './pagination.js';

/** A search ranks, and pages through, at most this many results; its count counts them all. */
export const SEARCH_WINDOW = 1000;

export interface SearchableTable {
  /** The subgraph's schema, where f_unaccent, name_key and the french_unaccent configuration live. */
  schema: string;
  table: string;
  /** The table's other conditions on alias `t` (their parameters are the caller's). */
  conditions: (t: string) => string[];
}

/**
 * The ids of the records matching `:search` and `table.conditions`: each way capped at `window`
 * (a page's candidates) or not (a count). `UNION ALL` when the caller removes duplicates itself.
 */
export function searchMatches(table: SearchableTable, window?: number, union: 'UNION' | 'UNION ALL' = 'UNION ALL'): string {
  const { schema } = table;
  const relation = `${schema}.${table.table}`;
  const limit = window === undefined ? '' : ` LIMIT ${window}`;
  const key = `${schema}.name_key(:search)`;
  const name = searchedName(schema);
  const trigrams = `cardinality(public.show_trgm(${name}))`;
  const leading = (t: string) => `${key} <> '' AND ${t}.name_key ~>=~ ${key} AND ${t}.name_key ~<~ (${key} || '{')`;
  const words = (t: string) => wordsMatch(schema, t);
  const similar = (t: string) =>
    `${t}.sort_name % ${name} AND cardinality(public.show_trgm(${t}.sort_name)) ` +
    `BETWEEN ceil(${trigrams} * ${SIMILARITY_THRESHOLD})::int AND floor(${trigrams} / ${SIMILARITY_THRESHOLD})::int`;
  const where = (t: string, match: string) => [...table.conditions(t), match].join(' AND ');
  // The typo branch tests the other two's results, not the table again: an EXISTS over the table
  // lets the planner pick a sequential scan when it expects many matches, and when there are none
  // that scan reads every row (measured: 52 ms at 100k contacts).
  return `WITH by_name AS MATERIALIZED (SELECT p.id FROM ${relation} p WHERE ${where('p', leading('p'))}${limit}),
      by_words AS MATERIALIZED (SELECT w.id FROM ${relation} w WHERE ${where('w', words('w'))}${limit})
    SELECT id FROM by_name
    ${union} SELECT id FROM by_words
    ${union} (SELECT t.id FROM ${relation} t WHERE ${where('t', similar('t'))}
      AND NOT EXISTS (SELECT 1 FROM by_name) AND NOT EXISTS (SELECT 1 FROM by_words)${limit})`;
}

/**
 * A page of a search: `query` holds the records of `alias` restricted to
 * searchMatches(table, SEARCH_WINDOW); best matches first (name similarity, full-text rank, then name
 * and id). Null when the page lies beyond the window. Asks one row more than the page, which tells
 * whether a next page exists; there is none past the window.
 */
export function searchPage<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, schema: string, alias: string, page: PageRequest): SelectQueryBuilder<T> | null {
  if (page.offset >= SEARCH_WINDOW) return null;
  return query
    .orderBy(`similarity(${alias}.sort_name, ${searchedName(schema)})`, 'DESC')
    .addOrderBy(wordsRank(schema, alias), 'DESC')
    .addOrderBy(`${alias}.sort_name`)
    .addOrderBy(`${alias}.id`)
    .offset(page.offset)
    .limit(Math.min(page.limit + 1, SEARCH_WINDOW - page.offset));
}

/** How many records match a search (each once, whatever the window): a statement returning `n`. */
export function searchCount(manager: EntityManager, table: SearchableTable, parameters: Record<string, unknown>): SelectQueryBuilder<ObjectLiteral> {
  return manager.createQueryBuilder().select('count(*)::int', 'n').from(`(${searchMatches(table, undefined, 'UNION')})`, 'matches').setParameters(parameters);
}



/**
 * The full-text rank of `alias.search_vector` for `:search`, for records searched by words only
 * (opportunities, research needs) as well as by searchPage. The tsquery is a sub-select,
 * computed once: websearch_to_tsquery is only STABLE, so in an ORDER BY PostgreSQL parses the search
 * again for every match (« innovation » over 50k opportunities: 169 ms, 6.5 ms with the sub-select).
 */
export function wordsRank(schema: string, alias: string): string {
  return `ts_rank(${alias}.search_vector, (SELECT ${searchedWords(schema)}))`;
}

/** Whether `alias.search_vector` holds the words of `:search`. */
export function wordsMatch(schema: string, alias: string): string {
  return `${alias}.search_vector @@ ${searchedWords(schema)}`;
}

/** The search unaccented and lower-cased like `sort_name`; immutable, so folded into a constant when planned. */
function searchedName(schema: string): string {
  return `${schema}.f_unaccent(lower(:search))`;
}

function searchedWords(schema: string): string {
  return `websearch_to_tsquery('${schema}.french_unaccent', :search)`;
}

/**
 * The migration behind searchMatches for `schema.table`, whose name is in `nameColumn` and whose
 * `sort_name` is `f_unaccent(lower(nameColumn))`:
 * - `name_key`: the name unaccented, lower-cased, every run of other characters one space
 *   ("Saint-Étienne" → "saint etienne"), with a pattern index for "names starting with";
 * - an index on the trigram count of `sort_name`, which bounds the typo branch.
 */
export function searchIndexesSql(schema: string, table: string, nameColumn: string): string[] {
  return [
    `CREATE FUNCTION ${schema}.name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT btrim(regexp_replace(${schema}.f_unaccent(lower($1)), '[^a-z0-9]+', ' ', 'g')) $$`,
    `ALTER TABLE ${schema}.${table} ADD COLUMN name_key text GENERATED ALWAYS AS (${schema}.name_key(${nameColumn})) STORED`,
    `CREATE INDEX ${table}_name_key_idx ON ${schema}.${table} (name_key text_pattern_ops) WHERE archived_at IS NULL`,
    `CREATE INDEX ${table}_name_trigrams_idx ON ${schema}.${table} ((cardinality(public.show_trgm(sort_name)))) WHERE archived_at IS NULL`,
  ];
}
