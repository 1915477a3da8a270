/** URL ⇄ filters of the contacts page: role, organisation kind, région/département, themes, text. */
import type { ActorKind, ContactFilter, ContactRole } from '../../gql/graphql';
import { ACTOR_KIND_VALUES, departmentCode, parseThemes, regionCode } from '../search/params';

export const CONTACT_ROLE_VALUES: readonly ContactRole[] = ['FACILITATOR', 'RESEARCHER', 'DOCTORAL_CANDIDATE', 'AGENT', 'ELECTED_OFFICIAL', 'OTHER'];

export interface ContactFacets {
  q: string;
  role: ContactRole | '';
  /** Kind of the contact's organisation. */
  organisation: ActorKind | '';
  region: string;
  departement: string;
  themes: string[];
}

export const EMPTY_CONTACT_FACETS: ContactFacets = { q: '', role: '', organisation: '', region: '', departement: '', themes: [] };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value && (values as readonly string[]).includes(value) ? (value as T) : '';
}

export function contactFacetsFromParams(params: URLSearchParams): ContactFacets {
  return {
    q: (params.get('q') ?? '').trim(),
    role: oneOf(CONTACT_ROLE_VALUES, params.get('role')),
    organisation: oneOf(ACTOR_KIND_VALUES, params.get('organisation')),
    region: regionCode(params.get('region')),
    departement: departmentCode(params.get('departement')),
    themes: parseThemes(params.get('themes')),
  };
}

export function paramsFromContactFacets(facets: ContactFacets): URLSearchParams {
  const params = new URLSearchParams();
  const q = facets.q.trim();
  if (q) params.set('q', q);
  if (facets.role) params.set('role', facets.role);
  if (facets.organisation) params.set('organisation', facets.organisation);
  if (facets.region) params.set('region', facets.region);
  if (facets.departement) params.set('departement', facets.departement);
  if (facets.themes.length) params.set('themes', facets.themes.join(','));
  return params;
}

export function contactFilter(facets: ContactFacets): ContactFilter {
  const filter: ContactFilter = {};
  if (facets.q) filter.search = facets.q;
  if (facets.role) filter.roles = [facets.role];
  if (facets.organisation) filter.organizationKinds = [facets.organisation];
  if (facets.region) filter.regionCode = facets.region;
  if (facets.departement) filter.departmentCode = facets.departement;
  if (facets.themes.length) filter.themes = facets.themes;
  return filter;
}
