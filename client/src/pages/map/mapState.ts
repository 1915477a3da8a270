/**
 * The Territoire page's state, all of it in the URL so that a link reproduces the view:
 * `/territoire?departement=42&kinds=LAB,UNIVERSITY&themes=…&oppKinds=CIFRE&choropleth=actors&view=9/45.43/4.39`.
 * Absent parameters mean the defaults, and only what differs from them is written back.
 */
import type { ActorFilter, ActorKind, CollectivityLevel, ContactFilter, OpportunityFilter, OpportunityKind } from '../../gql/graphql';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS, OPPORTUNITY_KINDS } from '../../ui/labels';

export const ALL_ACTOR_KINDS = Object.keys(ACTOR_KINDS) as ActorKind[];
export const ALL_LEVELS = Object.keys(COLLECTIVITY_LEVELS) as CollectivityLevel[];
export const ALL_OPPORTUNITY_KINDS = Object.keys(OPPORTUNITY_KINDS) as OpportunityKind[];
/** The 35,000 communes are left out by default: they are offered as a filter. */
export const DEFAULT_LEVELS: CollectivityLevel[] = ['REGION', 'DEPARTMENT', 'EPCI'];

export type Choropleth = 'actors' | 'opportunities';
export type TerritoryLevel = 'region' | 'departement' | 'epci' | 'commune';
export interface MapView { zoom: number; lat: number; lng: number }

export interface MapState {
  /** The selected territory, the finest level only (INSEE code, SIREN for an EPCI). */
  territory: { level: TerritoryLevel; code: string } | null;
  kinds: ActorKind[];
  /** Levels of the collectivités shown, when COLLECTIVITY is among the kinds. */
  levels: CollectivityLevel[];
  themes: string[];
  oppKinds: OpportunityKind[];
  /** Search text passed to the actors' filter (links from the search page). */
  q: string;
  choropleth: Choropleth | null;
  /** Where the map was panned or zoomed to, when it differs from the territory's extent. */
  view: MapView | null;
  /** Optional online background (only offered when the deployment configures one). */
  tiles: boolean;
}

const CODE_PATTERNS: Record<TerritoryLevel, RegExp> = {
  region: /^\d{2}$/,
  departement: /^(\d{2}|2[AB]|97\d)$/,
  epci: /^\d{9}$/,
  commune: /^(\d{5}|2[AB]\d{3})$/,
};
/** Finest first: when a link carries several, the finest wins. */
const TERRITORY_LEVELS: TerritoryLevel[] = ['commune', 'epci', 'departement', 'region'];

function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T[]): T[] {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const wanted = new Set(raw.split(',').map((value) => value.trim().toUpperCase()));
  return allowed.filter((value) => wanted.has(value));
}

export function parseView(raw: string | null): MapView | null {
  if (!raw) return null;
  const [zoom, lat, lng] = raw.split('/').map(Number);
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 18 || Math.abs(lat) > 85 || Math.abs(lng) > 180) return null;
  return { zoom: Math.round(zoom), lat, lng };
}

export function formatView(view: MapView): string {
  return `${view.zoom}/${view.lat.toFixed(4)}/${view.lng.toFixed(4)}`;
}

export function parseMapState(params: URLSearchParams): MapState {
  let territory: MapState['territory'] = null;
  for (const level of TERRITORY_LEVELS) {
    const code = params.get(level)?.trim().toUpperCase();
    if (code && CODE_PATTERNS[level].test(code)) {
      territory = { level, code };
      break;
    }
  }
  const themes = (params.get('themes') ?? '').split(',').map((theme) => theme.trim().toLowerCase()).filter(Boolean);
  const choropleth = params.get('choropleth');
  return {
    territory,
    kinds: list(params, 'kinds', ALL_ACTOR_KINDS, ALL_ACTOR_KINDS),
    levels: list(params, 'levels', ALL_LEVELS, DEFAULT_LEVELS),
    themes: [...new Set(themes)],
    oppKinds: list(params, 'oppKinds', ALL_OPPORTUNITY_KINDS, []),
    q: (params.get('q') ?? '').trim(),
    choropleth: choropleth === 'actors' || choropleth === 'opportunities' ? choropleth : null,
    view: parseView(params.get('view')),
    tiles: params.get('tiles') === '1',
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

export function writeMapState(state: MapState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.territory) params.set(state.territory.level, state.territory.code);
  if (state.q) params.set('q', state.q);
  if (!sameSet(state.kinds, ALL_ACTOR_KINDS)) params.set('kinds', state.kinds.join(','));
  if (!sameSet(state.levels, DEFAULT_LEVELS)) params.set('levels', state.levels.join(','));
  if (state.themes.length) params.set('themes', state.themes.join(','));
  if (state.oppKinds.length) params.set('oppKinds', state.oppKinds.join(','));
  if (state.choropleth) params.set('choropleth', state.choropleth);
  if (state.view) params.set('view', formatView(state.view));
  if (state.tiles) params.set('tiles', '1');
  return params;
}

/** The territory part of the actors' filter. */
export function actorScope(territory: MapState['territory']): Pick<ActorFilter, 'regionCode' | 'departmentCode' | 'epciCode' | 'communeCode'> {
  if (!territory) return {};
  switch (territory.level) {
    case 'region': return { regionCode: territory.code };
    case 'departement': return { departmentCode: territory.code };
    case 'epci': return { epciCode: territory.code };
    case 'commune': return { communeCode: territory.code };
  }
}

/**
 * The API's filter ANDs kinds and collectivity levels, so "every organisation plus the collectivités
 * of some levels" takes two filters: one for the other kinds, one for the collectivités.
 * A null filter means that half is not asked for.
 */
export function actorFilters(state: Pick<MapState, 'territory' | 'kinds' | 'levels' | 'themes' | 'q'>, withTerritory = true): { others: ActorFilter | null; collectivities: ActorFilter | null } {
  const common: ActorFilter = {
    ...(withTerritory ? actorScope(state.territory) : {}),
    ...(state.themes.length ? { themes: state.themes } : {}),
    ...(state.q ? { search: state.q } : {}),
  };
  const otherKinds = state.kinds.filter((kind) => kind !== 'COLLECTIVITY');
  const withCollectivities = state.kinds.includes('COLLECTIVITY') && state.levels.length > 0;
  return {
    others: otherKinds.length ? { ...common, kinds: otherKinds } : null,
    collectivities: withCollectivities ? { ...common, kinds: ['COLLECTIVITY'], collectivityLevels: state.levels } : null,
  };
}

/**
 * Opportunities and contacts know régions, départements (and, for opportunities, communes) but not
 * EPCI: an EPCI or a commune is looked up in its département, given here as `departmentCode`.
 */
export function opportunityFilter(state: Pick<MapState, 'territory' | 'themes' | 'oppKinds'>, departmentCode: string | null): OpportunityFilter {
  const filter: OpportunityFilter = { statuses: ['OPEN'] };
  if (state.oppKinds.length) filter.kinds = state.oppKinds;
  if (state.themes.length) filter.themes = state.themes;
  const territory = state.territory;
  if (territory?.level === 'region') filter.regionCode = territory.code;
  else if (territory?.level === 'departement') filter.departmentCode = territory.code;
  else if (territory?.level === 'commune') filter.communeCode = territory.code;
  else if (territory?.level === 'epci' && departmentCode) filter.departmentCode = departmentCode;
  return filter;
}

export function contactFilter(state: Pick<MapState, 'territory' | 'themes'>, departmentCode: string | null): ContactFilter {
  const filter: ContactFilter = {};
  if (state.themes.length) filter.themes = state.themes;
  const territory = state.territory;
  if (territory?.level === 'region') filter.regionCode = territory.code;
  else if (territory?.level === 'departement') filter.departmentCode = territory.code;
  else if (territory && departmentCode) filter.departmentCode = departmentCode;
  return filter;
}
