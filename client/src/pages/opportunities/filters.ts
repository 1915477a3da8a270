/**
 * The opportunities board's filters, kept in the URL so that every view can be shared:
 * `?kinds=CIFRE,INTERNSHIP&statuses=OPEN,CLOSED&region=84&departement=42&theme=recherche&after=2026-01-01&before=2026-06-30&q=…`.
 * Absent `statuses` means the default (open ones only); `statuses=` (empty) means every published status.
 */
import type { OpportunityFilter, OpportunityKind, OpportunityStatus } from '../../gql/graphql';

export const KIND_VALUES: readonly OpportunityKind[] = [
  'CIFRE', 'INTERNSHIP', 'APPRENTICESHIP', 'CHAIR', 'DETACHMENT', 'SECONDMENT', 'JOB', 'CALL_FOR_PROJECTS', 'EVENT',
];
/** The statuses a visitor can ask for (drafts are for the editing screens). */
export const STATUS_VALUES: readonly OpportunityStatus[] = ['OPEN', 'CLOSED', 'FILLED'];
export const DEFAULT_STATUSES: readonly OpportunityStatus[] = ['OPEN'];

export interface BoardFilters {
  kinds: OpportunityKind[];
  /** Empty: every published status. */
  statuses: OpportunityStatus[];
  /** INSEE code of a région, or ''. */
  region: string;
  /** INSEE code of a département, or ''. */
  department: string;
  theme: string;
  /** Closing on or after this day (YYYY-MM-DD), or ''. */
  after: string;
  /** Closing on or before this day (YYYY-MM-DD), or ''. */
  before: string;
  q: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[0-9AB]{1,3}$/i;

function list<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(',').map((value) => value.trim().toUpperCase()));
  return allowed.filter((value) => wanted.has(value));
}

function day(raw: string | null): string {
  return raw && DAY.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : '';
}

export function parseBoardFilters(params: URLSearchParams): BoardFilters {
  const statusesRaw = params.get('statuses');
  return {
    kinds: list(params.get('kinds'), KIND_VALUES),
    statuses: statusesRaw === null ? [...DEFAULT_STATUSES] : list(statusesRaw, STATUS_VALUES),
    region: CODE.test(params.get('region') ?? '') ? params.get('region')!.toUpperCase() : '',
    department: CODE.test(params.get('departement') ?? '') ? params.get('departement')!.toUpperCase() : '',
    theme: (params.get('theme') ?? '').trim(),
    after: day(params.get('after')),
    before: day(params.get('before')),
    q: (params.get('q') ?? '').trim(),
  };
}

function sameStatuses(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** The URL of a set of filters: defaults and empty values are left out, so that URLs stay short. */
export function boardFiltersToParams(filters: BoardFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.kinds.length) params.set('kinds', KIND_VALUES.filter((k) => filters.kinds.includes(k)).join(','));
  if (!sameStatuses(filters.statuses, DEFAULT_STATUSES)) {
    params.set('statuses', STATUS_VALUES.filter((s) => filters.statuses.includes(s)).join(','));
  }
  if (filters.region) params.set('region', filters.region);
  if (filters.department) params.set('departement', filters.department);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.after) params.set('after', filters.after);
  if (filters.before) params.set('before', filters.before);
  return params;
}

/** What the API is asked. */
export function toOpportunityFilter(filters: BoardFilters): OpportunityFilter {
  const filter: OpportunityFilter = {};
  if (filters.kinds.length) filter.kinds = filters.kinds;
  if (filters.statuses.length) filter.statuses = filters.statuses;
  if (filters.region) filter.regionCode = filters.region;
  if (filters.department) filter.departmentCode = filters.department;
  if (filters.theme) filter.themes = [filters.theme.toLocaleLowerCase('fr')];
  if (filters.after) filter.deadlineAfter = filters.after;
  if (filters.before) filter.deadlineBefore = filters.before;
  if (filters.q) filter.search = filters.q;
  return filter;
}

export function hasActiveFilters(filters: BoardFilters): boolean {
  return boardFiltersToParams(filters).toString() !== '';
}
