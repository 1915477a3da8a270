/**
 * URL ⇄ facets of the search page (and the helpers the contacts page shares): everything a person
 * chose lives in the query string, so a view can be shared and the back button works.
 */
import type { ActorFilter, ActorKind, CollectivityLevel } from '../../gql/graphql';

export const ACTOR_KIND_VALUES: readonly ActorKind[] = ['LAB', 'UNIVERSITY', 'COLLECTIVITY', 'ASSOCIATION', 'SATT', 'POLE', 'PUBLIC_BODY', 'COMPANY'];
export const COLLECTIVITY_LEVEL_VALUES: readonly CollectivityLevel[] = ['REGION', 'DEPARTMENT', 'EPCI', 'COMMUNE'];

/** A comma-separated list of a URL parameter, trimmed, without empty or repeated items. */
export function parseList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
}

/** Only the values of an enum, in the enum's order: unknown words in a URL are ignored. */
export function pickValues<T extends string>(values: readonly T[], wanted: readonly string[]): T[] {
  return values.filter((value) => wanted.includes(value));
}

/** Themes typed as text, comma-separated; the API stores them as lower-case French keywords. */
export function parseThemes(text: string | null | undefined): string[] {
  return parseList(text?.toLocaleLowerCase('fr-FR'));
}

const REGION_CODE = /^\d{2}$/;
const DEPARTMENT_CODE = /^(\d{2,3}|2[AB])$/;

/** An INSEE région code ("84"), or '' when the value is not one. */
export function regionCode(value: string | null | undefined): string {
  const code = value?.trim() ?? '';
  return REGION_CODE.test(code) ? code : '';
}

/** An INSEE département code ("42", "2A", "974"), or '' when the value is not one. */
export function departmentCode(value: string | null | undefined): string {
  const code = value?.trim().toUpperCase() ?? '';
  return DEPARTMENT_CODE.test(code) ? code : '';
}

export interface SearchFacets {
  q: string;
  kinds: ActorKind[];
  level: CollectivityLevel | '';
  region: string;
  departement: string;
  themes: string[];
  /** Id of an actor whose direct children are listed. */
  parent: string;
}

export const EMPTY_FACETS: SearchFacets = { q: '', kinds: [], level: '', region: '', departement: '', themes: [], parent: '' };

export function facetsFromParams(params: URLSearchParams): SearchFacets {
  const level = params.get('niveau') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    kinds: pickValues(ACTOR_KIND_VALUES, parseList(params.get('kinds'))),
    level: (COLLECTIVITY_LEVEL_VALUES as readonly string[]).includes(level) ? (level as CollectivityLevel) : '',
    region: regionCode(params.get('region')),
    departement: departmentCode(params.get('departement')),
    themes: parseThemes(params.get('themes')),
    parent: (params.get('parent') ?? '').trim(),
  };
}

/** The query string of a set of facets: empty facets are left out, in a stable order. */
export function paramsFromFacets(facets: SearchFacets): URLSearchParams {
  const params = new URLSearchParams();
  const q = facets.q.trim();
  if (q) params.set('q', q);
  if (facets.kinds.length) params.set('kinds', facets.kinds.join(','));
  if (facets.level) params.set('niveau', facets.level);
  if (facets.region) params.set('region', facets.region);
  if (facets.departement) params.set('departement', facets.departement);
  if (facets.themes.length) params.set('themes', facets.themes.join(','));
  if (facets.parent) params.set('parent', facets.parent);
  return params;
}

/** Whether the person chose anything at all (otherwise the page invites them to). */
export function hasCriteria(facets: SearchFacets): boolean {
  return paramsFromFacets(facets).toString() !== '';
}

/** The API filter of a set of facets. */
export function actorFilter(facets: SearchFacets): ActorFilter {
  const filter: ActorFilter = {};
  if (facets.q) filter.search = facets.q;
  if (facets.kinds.length) filter.kinds = facets.kinds;
  if (facets.level) filter.collectivityLevels = [facets.level];
  if (facets.region) filter.regionCode = facets.region;
  if (facets.departement) filter.departmentCode = facets.departement;
  if (facets.themes.length) filter.themes = facets.themes;
  if (facets.parent) filter.parentId = facets.parent;
  return filter;
}

/** The same selection on the map page, which reads q, kinds, departement and region. */
export function mapLink(facets: SearchFacets): string {
  const params = new URLSearchParams();
  if (facets.q) params.set('q', facets.q);
  if (facets.kinds.length) params.set('kinds', facets.kinds.join(','));
  if (facets.departement) params.set('departement', facets.departement);
  else if (facets.region) params.set('region', facets.region);
  const query = params.toString();
  return query ? `/territoire?${query}` : '/territoire';
}
