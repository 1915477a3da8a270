/**
 * The Écosystème page's state, all of it in the URL:
 * `/ecosysteme?departement=93&types=LAB,UNIVERSITY&communes=oui&interlocuteurs=non&mesure=intermediarite&noeud=actor:…`.
 * Defaults are left out of the URL.
 */
import { MEASURES, type Measure } from '../../components/network/centrality';
import type { TerritoryLevel } from '../../components/network/graph';

/** Kinds of actors other than collectivités, which have their own switches. */
export const ORGANISATION_KINDS = ['LAB', 'UNIVERSITY', 'ASSOCIATION', 'SATT', 'POLE', 'PUBLIC_BODY', 'COMPANY'] as const;

export interface NetworkParams {
  territory: { level: TerritoryLevel; code: string } | null;
  kinds: string[];
  /** Régions, départements and EPCI of the territory. */
  collectivities: boolean;
  communes: boolean;
  contacts: boolean;
  opportunities: boolean;
  measure: Measure;
  /** The graph node shown in detail. */
  selected: string | null;
}

const MEASURE_WORDS: Record<Measure, string> = { degree: 'degre', strength: 'intensite', betweenness: 'intermediarite' };
const REGION_CODE = /^\d{2}$/;
const DEPARTMENT_CODE = /^(\d{2}|2[AB]|97\d)$/;

function flag(search: URLSearchParams, key: string, fallback: boolean): boolean {
  const value = search.get(key);
  if (value === 'oui') return true;
  if (value === 'non') return false;
  return fallback;
}

export function readParams(search: URLSearchParams): NetworkParams {
  const department = search.get('departement')?.toUpperCase() ?? '';
  const region = search.get('region') ?? '';
  const territory = DEPARTMENT_CODE.test(department) ? { level: 'departement' as const, code: department }
    : REGION_CODE.test(region) ? { level: 'region' as const, code: region } : null;
  const types = search.get('types');
  const kinds = types === null ? [...ORGANISATION_KINDS]
    : types.split(',').filter((kind) => (ORGANISATION_KINDS as readonly string[]).includes(kind));
  const word = search.get('mesure');
  const measure = MEASURES.find((m) => MEASURE_WORDS[m] === word) ?? 'degree';
  return {
    territory,
    kinds,
    collectivities: flag(search, 'collectivites', true),
    communes: flag(search, 'communes', false),
    contacts: flag(search, 'interlocuteurs', true),
    opportunities: flag(search, 'opportunites', true),
    measure,
    selected: search.get('noeud') || null,
  };
}

export function writeParams(params: NetworkParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.territory) search.set(params.territory.level, params.territory.code);
  const kinds = ORGANISATION_KINDS.filter((kind) => params.kinds.includes(kind));
  if (kinds.length !== ORGANISATION_KINDS.length) search.set('types', kinds.join(','));
  if (!params.collectivities) search.set('collectivites', 'non');
  if (params.communes) search.set('communes', 'oui');
  if (!params.contacts) search.set('interlocuteurs', 'non');
  if (!params.opportunities) search.set('opportunites', 'non');
  if (params.measure !== 'degree') search.set('mesure', MEASURE_WORDS[params.measure]);
  if (params.selected) search.set('noeud', params.selected);
  return search;
}
