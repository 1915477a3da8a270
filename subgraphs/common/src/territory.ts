/**
 * The French administrative map (régions, départements, EPCI/EPT, communes) read from the official
 * `@etalab/decoupage-administratif` package, and the `Territory` every record is placed in.
 * Records store codes only; names are resolved here, so a renamed commune is renamed everywhere.
 */
import { createRequire } from 'node:module';
import { InputProblems } from './errors.js';

const requireData = createRequire(__filename);

export const TERRITORY_SOURCE = {
  name: 'Découpage administratif (COG INSEE, EPCI DGCL) — @etalab/decoupage-administratif',
  url: 'https://github.com/datagouv/decoupage-administratif',
  license: 'Licence Ouverte / Open Licence 2.0',
} as const;

export interface RegionRow { code: string; nom: string; chefLieu: string; zone: string }
export interface DepartmentRow { code: string; nom: string; region: string; chefLieu: string; zone: string; typeLiaison?: number }
export interface CommuneRow {
  code: string; nom: string; departement: string; region: string; type: string; zone: string;
  siren?: string; population?: number; codesPostaux?: string[];
}
export interface EpciRow {
  code: string; nom: string; type: string;
  membres: Array<{ code: string; siren: string; nom: string; populationTotale?: number }>;
}

/** A place, from the commune up to the région. Each level is null when the record is not that precise. */
export interface TerritoryCodes {
  regionCode: string | null;
  departmentCode: string | null;
  epciCode: string | null;
  communeCode: string | null;
}

export interface ResolvedTerritory extends TerritoryCodes {
  regionName: string | null;
  departmentName: string | null;
  epciName: string | null;
  communeName: string | null;
}

/** Only mainland France and the five overseas départements-régions: the 18 régions of the COG. */
const IN_SCOPE = new Set(['metro', 'drom']);

export class TerritoryIndex {
  readonly regions: RegionRow[];
  readonly departments: DepartmentRow[];
  readonly communes: CommuneRow[];
  /** EPCI à fiscalité propre plus the 11 EPT of the Métropole du Grand Paris. */
  readonly epcis: EpciRow[];
  readonly dataVersion: string;

  private readonly regionByCode: Map<string, RegionRow>;
  private readonly departmentByCode: Map<string, DepartmentRow>;
  private readonly communeByCode: Map<string, CommuneRow>;
  private readonly epciByCode: Map<string, EpciRow>;
  /** The nearest intercommunality of each commune: its EPT where it has one, else its EPCI. */
  private readonly epciOfCommune = new Map<string, string>();

  constructor() {
    const load = <T>(file: string): T[] => requireData(`@etalab/decoupage-administratif/data/${file}`) as T[];
    this.dataVersion = (requireData('@etalab/decoupage-administratif/package.json') as { version: string }).version;
    this.regions = load<RegionRow>('regions.json').filter((r) => IN_SCOPE.has(r.zone));
    this.departments = load<DepartmentRow>('departements.json').filter((d) => IN_SCOPE.has(d.zone));
    this.communes = load<CommuneRow>('communes.json').filter((c) => c.type === 'commune-actuelle' && IN_SCOPE.has(c.zone));
    const epci = load<EpciRow>('epci.json');
    const ept = load<EpciRow>('ept.json');
    this.epcis = [...epci, ...ept];
    for (const group of [epci, ept]) {
      for (const e of group) for (const m of e.membres) this.epciOfCommune.set(m.code, e.code);
    }
    this.regionByCode = new Map(this.regions.map((r) => [r.code, r]));
    this.departmentByCode = new Map(this.departments.map((d) => [d.code, d]));
    this.communeByCode = new Map(this.communes.map((c) => [c.code, c]));
    this.epciByCode = new Map(this.epcis.map((e) => [e.code, e]));
  }

  region(code: string): RegionRow | undefined { return this.regionByCode.get(code); }
  department(code: string): DepartmentRow | undefined { return this.departmentByCode.get(code); }
  commune(code: string): CommuneRow | undefined { return this.communeByCode.get(code); }
  epci(code: string): EpciRow | undefined { return this.epciByCode.get(code); }
  epciCodeOfCommune(code: string): string | undefined { return this.epciOfCommune.get(code); }

  /** The département an EPCI belongs to: the one most of its member communes are in. */
  departmentOfEpci(code: string): string | undefined {
    const epci = this.epciByCode.get(code);
    if (!epci) return undefined;
    const counts = new Map<string, number>();
    for (const m of epci.membres) {
      const dep = this.communeByCode.get(m.code)?.departement;
      if (dep) counts.set(dep, (counts.get(dep) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  }

  /** Codes completed upwards from the most precise one given (a commune implies its EPCI, département and région). */
  complete(codes: Partial<TerritoryCodes>): TerritoryCodes {
    const communeCode = codes.communeCode ?? null;
    const commune = communeCode ? this.communeByCode.get(communeCode) : undefined;
    const epciCode = codes.epciCode ?? (communeCode ? this.epciOfCommune.get(communeCode) ?? null : null);
    const departmentCode = codes.departmentCode ?? commune?.departement ?? (epciCode ? this.departmentOfEpci(epciCode) ?? null : null);
    const regionCode = codes.regionCode ?? commune?.region ?? (departmentCode ? this.departmentByCode.get(departmentCode)?.region ?? null : null);
    return { regionCode, departmentCode, epciCode, communeCode };
  }

  /**
   * Checks user-supplied codes and completes them. Problems are reported under `field`
   * (e.g. `input.territory.communeCode`), and inconsistent levels (a commune outside the given
   * département) are refused rather than silently fixed.
   */
  validate(codes: Partial<TerritoryCodes>, field: string, problems: InputProblems): TerritoryCodes | null {
    const before = problems.empty;
    if (codes.communeCode && !this.communeByCode.has(codes.communeCode)) {
      problems.add(`${field}.communeCode`, `"${codes.communeCode}" is not the INSEE code of a current commune.`);
    }
    if (codes.epciCode && !this.epciByCode.has(codes.epciCode)) {
      problems.add(`${field}.epciCode`, `"${codes.epciCode}" is not the SIREN of an EPCI or EPT.`);
    }
    if (codes.departmentCode && !this.departmentByCode.has(codes.departmentCode)) {
      problems.add(`${field}.departmentCode`, `"${codes.departmentCode}" is not a département code.`);
    }
    if (codes.regionCode && !this.regionByCode.has(codes.regionCode)) {
      problems.add(`${field}.regionCode`, `"${codes.regionCode}" is not a région code.`);
    }
    if (!codes.communeCode && !codes.epciCode && !codes.departmentCode && !codes.regionCode) {
      problems.add(field, 'Give at least a région, a département, an EPCI or a commune.');
    }
    if (!problems.empty && before) return null;
    const derived = this.complete({ communeCode: codes.communeCode, epciCode: codes.epciCode });
    const levels: Array<keyof TerritoryCodes> = ['departmentCode', 'regionCode'];
    for (const level of levels) {
      if (codes[level] && derived[level] && codes[level] !== derived[level]) {
        problems.add(`${field}.${level}`, `"${codes[level]}" does not contain the given ${codes.communeCode ? 'commune' : 'EPCI'} (which is in ${derived[level]}).`);
      }
    }
    return problems.empty ? this.complete(codes) : null;
  }

  resolve(codes: TerritoryCodes): ResolvedTerritory {
    return {
      ...codes,
      regionName: codes.regionCode ? this.regionByCode.get(codes.regionCode)?.nom ?? null : null,
      departmentName: codes.departmentCode ? this.departmentByCode.get(codes.departmentCode)?.nom ?? null : null,
      epciName: codes.epciCode ? this.epciByCode.get(codes.epciCode)?.nom ?? null : null,
      communeName: codes.communeCode ? this.communeByCode.get(codes.communeCode)?.nom ?? null : null,
    };
  }
}

let shared: TerritoryIndex | undefined;

/** The process-wide index: the data is immutable, so one copy serves every request. */
export function territories(): TerritoryIndex {
  shared ??= new TerritoryIndex();
  return shared;
}
