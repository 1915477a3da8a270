/**
 * Every collectivité of the official administrative map as an actor row: 18 régions, 101
 * départements, the EPCI à fiscalité propre and the 11 EPT, and every current commune.
 *
 * Locations: a commune found in the gazetteer is at its centre (precision COMMUNE); one that is
 * not is at the mean of its EPCI's located communes (EPCI), else at its département's chef-lieu
 * (DEPARTMENT). Régions and départements sit at their chef-lieu, an EPCI at its most populous located
 * commune, else at its département's chef-lieu.
 */
import { LocationPrecision, TERRITORY_SOURCE, stableId, type TerritoryIndex } from '@ecosystem/common';
import { gazetteerKey, type Gazetteer } from './gazetteer.js';

export interface ActorSeedRow {
  id: string;
  ref: string;
  kind: string;
  collectivity_level: string | null;
  name: string;
  acronym: string | null;
  description: string | null;
  themes: string[];
  website: string | null;
  insee: string | null;
  siren: string | null;
  rnsr: string | null;
  uai: string | null;
  ror: string | null;
  region_code: string | null;
  department_code: string | null;
  epci_code: string | null;
  commune_code: string | null;
  latitude: number | null;
  longitude: number | null;
  location_precision: string | null;
  parent_id: string | null;
  source_name: string;
  source_url: string | null;
  source_license: string;
  source_retrieved_on: string;
}

/** The day the bundled version of the package was read into this seed. */
export const TERRITORY_RETRIEVED_ON = '2026-11-24';

interface Point { latitude: number; longitude: number; precision: LocationPrecision }

// COG "type de liaison": how the name takes its article ("de la Loire", "du Rhône", "de l'Ain").
const LIAISON = ['de ', "d'", 'du ', 'de la ', 'des ', "de l'", 'des ', 'de las ', 'de los '];

export function departmentTitle(name: string, typeLiaison: number | undefined): string {
  return `Département ${LIAISON[typeLiaison ?? 0] ?? 'de '}${name}`;
}

export function regionTitle(code: string, name: string): string {
  // Corsica, Guyane and Martinique are single collectivités with their own names.
  if (code === '94') return 'Collectivité de Corse';
  if (code === '03') return 'Collectivité territoriale de Guyane';
  if (code === '02') return 'Collectivité territoriale de Martinique';
  return `Région ${name}`;
}

export function buildCollectivities(index: TerritoryIndex, gazetteer: Gazetteer): ActorSeedRow[] {
  const source = { source_name: `${TERRITORY_SOURCE.name} v${index.dataVersion}`, source_url: TERRITORY_SOURCE.url, source_license: TERRITORY_SOURCE.license, source_retrieved_on: TERRITORY_RETRIEVED_ON };
  const base = { kind: 'COLLECTIVITY', acronym: null, description: null, themes: [] as string[], website: null, rnsr: null, uai: null, ror: null, ...source };

  // 1. Communes found in the gazetteer.
  const located = new Map<string, Point>();
  for (const commune of index.communes) {
    const hit = gazetteer.get(gazetteerKey(commune.departement, commune.nom));
    if (hit) located.set(commune.code, { ...hit, precision: LocationPrecision.COMMUNE });
  }
  const chefLieu = (code: string): Point | null => located.get(code) ?? null;

  // 2. EPCI at their most populous located member; the mean of members for unlocated communes.
  const epciPoint = new Map<string, Point>();
  const epciMean = new Map<string, Point>();
  for (const epci of index.epcis) {
    const members = epci.membres.filter((m) => located.has(m.code));
    if (!members.length) continue;
    const main = [...members].sort((a, b) => (b.populationTotale ?? 0) - (a.populationTotale ?? 0))[0]!;
    epciPoint.set(epci.code, located.get(main.code)!);
    const points = members.map((m) => located.get(m.code)!);
    epciMean.set(epci.code, {
      latitude: points.reduce((s, p) => s + p.latitude, 0) / points.length,
      longitude: points.reduce((s, p) => s + p.longitude, 0) / points.length,
      precision: LocationPrecision.EPCI,
    });
  }
  const departmentPoint = (code: string): Point | null => {
    const department = index.department(code);
    const point = department ? chefLieu(department.chefLieu) : null;
    return point ? { ...point, precision: LocationPrecision.DEPARTMENT } : null;
  };

  const at = (point: Point | null) => ({
    latitude: point?.latitude ?? null,
    longitude: point?.longitude ?? null,
    location_precision: point?.precision ?? null,
  });
  const rows: ActorSeedRow[] = [];

  for (const region of index.regions) {
    rows.push({
      ...base, ...at(chefLieu(region.chefLieu)),
      id: stableId(`region:${region.code}`), ref: `region:${region.code}`, collectivity_level: 'REGION',
      name: regionTitle(region.code, region.nom), insee: region.code, siren: null,
      region_code: region.code, department_code: null, epci_code: null, commune_code: null, parent_id: null,
    });
  }
  for (const department of index.departments) {
    rows.push({
      ...base, ...at(chefLieu(department.chefLieu)),
      id: stableId(`departement:${department.code}`), ref: `departement:${department.code}`, collectivity_level: 'DEPARTMENT',
      name: departmentTitle(department.nom, department.typeLiaison), insee: department.code, siren: null,
      region_code: department.region, department_code: department.code, epci_code: null, commune_code: null,
      parent_id: stableId(`region:${department.region}`),
    });
  }
  for (const epci of index.epcis) {
    const departmentCode = index.departmentOfEpci(epci.code) ?? null;
    if (!departmentCode) continue; // an intercommunality with no commune in scope (none today)
    rows.push({
      ...base, ...at(epciPoint.get(epci.code) ?? departmentPoint(departmentCode)),
      id: stableId(`epci:${epci.code}`), ref: `epci:${epci.code}`, collectivity_level: 'EPCI',
      name: epci.nom, insee: null, siren: epci.code,
      region_code: index.department(departmentCode)?.region ?? null, department_code: departmentCode, epci_code: epci.code, commune_code: null,
      parent_id: stableId(`departement:${departmentCode}`),
    });
  }
  for (const commune of index.communes) {
    const epciCode = index.epciCodeOfCommune(commune.code) ?? null;
    const point = located.get(commune.code) ?? (epciCode ? epciMean.get(epciCode) : undefined) ?? departmentPoint(commune.departement);
    rows.push({
      ...base, ...at(point ?? null),
      id: stableId(`commune:${commune.code}`), ref: `commune:${commune.code}`, collectivity_level: 'COMMUNE',
      name: commune.nom, insee: commune.code, siren: commune.siren ?? null,
      region_code: commune.region, department_code: commune.departement, epci_code: epciCode, commune_code: commune.code,
      parent_id: stableId(epciCode ? `epci:${epciCode}` : `departement:${commune.departement}`),
    });
  }
  return rows;
}
