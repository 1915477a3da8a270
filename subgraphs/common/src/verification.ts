/**
 * Verification and staleness of published records (issue 6): who last stood behind a record and
 * when, and which records nobody has checked for too long. Each verifiable record table carries
 * `verified_at`, `verified_by_id`, `verified_by_name` (VERIFICATION_COLUMNS_SQL).
 */
import { envInt } from './env.js';
import type { Viewer } from './auth.js';
import { TERRITORY_GRANT } from './auth.js';

/** The columns each verifiable record table gets (actors.actor, opportunities.opportunity, contacts.contact). */
export function verificationColumnsSql(table: string): string[] {
  return [
    `ALTER TABLE ${table} ADD COLUMN verified_at timestamptz, ADD COLUMN verified_by_id text, ADD COLUMN verified_by_name text`,
  ];
}

let staleDays: number | undefined;

/**
 * `STALE_AFTER_DAYS` (default 365): a record whose last verification is older is stale. Read once;
 * 0 is refused (every record would be stale at once, which flags nothing).
 */
export function staleAfterDays(): number {
  if (staleDays === undefined) {
    const days = envInt('STALE_AFTER_DAYS', 365);
    if (days < 1) throw new Error('STALE_AFTER_DAYS must be at least 1.');
    staleDays = days;
  }
  return staleDays;
}

export interface VerifiableRow {
  verifiedAt?: Date | null;
  source: { retrievedOn: string };
}

/**
 * The day a record was last vouched for: its last verification by an editor or, when no editor
 * ever verified it, the day its source was read (an official register read on that day vouches
 * for it as of then). Without that fallback every seeded or imported record would be stale on
 * day one, and a list of 36,000 "stale" communes helps no editor.
 */
export function lastVouchedFor(row: VerifiableRow): Date {
  const read = new Date(`${row.source.retrievedOn}T00:00:00Z`);
  return row.verifiedAt && row.verifiedAt > read ? row.verifiedAt : read;
}

export function isStale(row: VerifiableRow, now = new Date()): boolean {
  return now.getTime() - lastVouchedFor(row).getTime() > staleAfterDays() * 86_400_000;
}

/** The SQL of `isStale` on a record table aliased `alias`; `$days` is the parameter holding staleAfterDays(). */
export function staleSql(alias: string, daysParam: string): string {
  return `greatest(${alias}.verified_at, ${alias}.source_retrieved_on::timestamptz) < now() - make_interval(days => ${daysParam})`;
}

/**
 * Where an editor's territories are, as SQL over `region_code` / `department_code` (the rules of
 * auth.ts coversPlace: a région grant covers its whole région, a département grant its
 * département). Null for an admin (everything). Stored places are completed (territory.ts), so a
 * record placed in a département also has its région's code.
 */
export function territoryScopeSql(viewer: Viewer, alias: string, firstParam: number): { sql: string; params: unknown[] } | null {
  if (viewer.role === 'admin') return null;
  const regions: string[] = [];
  const departments: string[] = [];
  for (const grant of viewer.territories) {
    const match = TERRITORY_GRANT.exec(grant);
    if (match?.[1] === 'region') regions.push(match[2]!);
    else if (match?.[1] === 'departement') departments.push(match[2]!);
  }
  return {
    sql: `(${alias}.region_code = ANY($${firstParam}::text[]) OR ${alias}.department_code = ANY($${firstParam + 1}::text[]))`,
    params: [regions, departments],
  };
}
