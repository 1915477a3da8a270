/**
 * Query parameters → the API's filter inputs (ActorFilter, OpportunityFilter, ContactFilter). Lists
 * are comma-separated or repeated (`kinds=CIFRE,JOB` or `kinds=CIFRE&kinds=JOB`). Only the shape is
 * checked here (known names, one value per scalar, numbers); enum values, codes and dates are judged
 * by the API itself, whose BAD_USER_INPUT comes back as a 400.
 */
import type { Request } from 'express';
import { badInput } from './api.js';

type Kind = 'string' | 'list' | 'bbox';

const ACTOR_FILTER: Record<string, Kind> = {
  kinds: 'list',
  collectivityLevels: 'list',
  search: 'string',
  themes: 'list',
  regionCode: 'string',
  departmentCode: 'string',
  epciCode: 'string',
  communeCode: 'string',
  bbox: 'bbox',
  parentId: 'string',
};

const OPPORTUNITY_FILTER: Record<string, Kind> = {
  kinds: 'list',
  statuses: 'list',
  search: 'string',
  themes: 'list',
  regionCode: 'string',
  departmentCode: 'string',
  communeCode: 'string',
  hostId: 'string',
  toolSlugs: 'list',
  deadlineAfter: 'string',
  deadlineBefore: 'string',
};

const CONTACT_FILTER: Record<string, Kind> = {
  roles: 'list',
  search: 'string',
  themes: 'list',
  regionCode: 'string',
  departmentCode: 'string',
  organizationId: 'string',
  organizationKinds: 'list',
};

export const FILTERS = { actors: ACTOR_FILTER, opportunities: OPPORTUNITY_FILTER, contacts: CONTACT_FILTER } as const;

function values(raw: unknown, name: string): string[] {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) return raw as string[];
  throw badInput(`The query parameter "${name}" is malformed.`);
}

/**
 * Builds the filter from the request's query string. `extra` names the other parameters the
 * endpoint accepts (e.g. `limit`); any other name is refused, so that a typo never silently widens
 * an export.
 */
export function parseFilter(req: Request, spec: Record<string, Kind>, extra: readonly string[] = []): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const query = req.query as Record<string, unknown>;
  for (const [name, raw] of Object.entries(query)) {
    if (extra.includes(name)) continue;
    const kind = spec[name];
    if (!kind) {
      const known = [...Object.keys(spec), ...extra].join(', ');
      throw badInput(`Unknown query parameter "${name}". Known parameters: ${known}.`);
    }
    const given = values(raw, name);
    if (kind === 'list') {
      const list = given.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      if (list.length > 0) filter[name] = list;
      continue;
    }
    if (given.length > 1) throw badInput(`The query parameter "${name}" takes one value.`);
    const value = given[0]!.trim();
    if (!value) continue;
    if (kind === 'string') {
      filter[name] = value;
      continue;
    }
    const numbers = value.split(',').map((v) => (v.trim() === '' ? Number.NaN : Number(v)));
    if (numbers.length !== 4 || !numbers.every(Number.isFinite)) {
      throw badInput(`The query parameter "bbox" must be four numbers: south,west,north,east (WGS 84 degrees).`);
    }
    const [south, west, north, east] = numbers as [number, number, number, number];
    filter.bbox = { south, west, north, east };
  }
  return filter;
}

/** An optional integer parameter between 1 and `max`. */
export function parseLimit(req: Request, fallback: number, max: number): number {
  const raw = (req.query as Record<string, unknown>).limit;
  if (raw === undefined) return fallback;
  const given = values(raw, 'limit');
  const value = given.length === 1 ? given[0]!.trim() : '';
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw badInput(`The query parameter "limit" must be an integer from 1 to ${max}.`);
  }
  return Number(value);
}
