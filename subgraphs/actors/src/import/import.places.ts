/**
 * Where an imported record is: an INSEE commune code, or a postal code and a city name (CEDEX,
 * arrondissements, "ST" for "SAINT" and delegated communes handled), turned into a current commune
 * of the official map (@etalab/decoupage-administratif).
 */
import { territories } from '@ecosystem/common';
import { createRequire } from 'node:module';
import { normalizeName } from '../seed/gazetteer.js';

const requireData = createRequire(__filename);

interface AnyCommune { code: string; nom: string; type: string; commune?: string; chefLieu?: string; departement?: string; codesPostaux?: string[]; population?: number }

export interface PlaceQuery {
  communeCode?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

/**
 * Places of research addresses that are not communes, each at the commune of its main site:
 * the Sophia Antipolis technopole (Valbonne, seat of its largest research centres) and the new town
 * of Marne-la-Vallée (Champs-sur-Marne, its Cité Descartes campus).
 */
const PLACE_ALIASES: Record<string, string> = {
  'sophia antipolis': '06152',
  'marne la vallee': '77083',
};

export type PlaceAnswer = { communeCode: string } | { problem: string };

/** "PARIS CEDEX 05" → "paris", "ST ETIENNE" → "saint etienne", "Lyon 7e" → "lyon". */
export function cityKey(city: string): string {
  return normalizeName(city.replace(/\bcedex.*$/i, ''))
    .replace(/\b(\d+)\s*(e|er|eme)?(\s+arrondissement)?$/, '')
    .replace(/^ste\b/, 'sainte')
    .replace(/^st\b/, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/\bst\b/g, 'saint')
    .trim();
}

/** The département a postal code belongs to (Corsica split at 20200, overseas on three digits). */
export function departmentOfPostalCode(postalCode: string): string {
  if (postalCode.startsWith('20')) return Number(postalCode) < 20200 ? '2A' : '2B';
  if (postalCode.startsWith('97')) return postalCode.slice(0, 3);
  return postalCode.slice(0, 2);
}

export class PlaceIndex {
  /** Any commune code (current, delegated, associated, arrondissement) → its current commune. */
  private readonly current = new Map<string, string>();
  private readonly byPostalCode = new Map<string, Set<string>>();
  private readonly byDepartmentAndName = new Map<string, string>();
  private readonly population = new Map<string, number>();
  /** Current communes of each département, by name key, for the looser matches. */
  private readonly namesByDepartment = new Map<string, Array<[string, string]>>();

  constructor() {
    const map = territories();
    const all = requireData('@etalab/decoupage-administratif/data/communes.json') as AnyCommune[];
    for (const c of all) {
      // An arrondissement names its commune; a delegated or associated commune its chef-lieu.
      const target = c.type === 'commune-actuelle' ? c.code : c.commune ?? c.chefLieu;
      if (!target || !map.commune(target)) continue;
      if (!this.current.has(c.code)) this.current.set(c.code, target);
      for (const postal of c.codesPostaux ?? []) {
        const set = this.byPostalCode.get(postal) ?? new Set<string>();
        set.add(target);
        this.byPostalCode.set(postal, set);
      }
      const key = `${c.departement}|${cityKey(c.nom)}`;
      // A current commune wins over a delegated one of the same name.
      if (c.type === 'commune-actuelle' || !this.byDepartmentAndName.has(key)) this.byDepartmentAndName.set(key, target);
      if (c.type === 'commune-actuelle') {
        this.population.set(c.code, c.population ?? 0);
        const names = this.namesByDepartment.get(c.departement!) ?? [];
        names.push([cityKey(c.nom), c.code]);
        this.namesByDepartment.set(c.departement!, names);
      }
    }
  }

  /**
   * A commune of the département by name: exactly; else the only commune whose name starts with it
   * ("Auzeville" → Auzeville-Tolosane, "Evry" → Évry-Courcouronnes); else the same with the last
   * word dropped ("Cergy-Pontoise" → Cergy). Postal codes of CEDEX addresses name no commune, hence these.
   */
  private byName(department: string, city: string): string | undefined {
    const exact = this.byDepartmentAndName.get(`${department}|${city}`);
    if (exact) return exact;
    const names = this.namesByDepartment.get(department) ?? [];
    const words = city.split(' ');
    for (let n = words.length; n >= 1; n--) {
      const key = words.slice(0, n).join(' ');
      const same = names.filter(([name]) => name === key);
      if (same.length === 1) return same[0]![1];
      const starting = names.filter(([name]) => name.startsWith(`${key} `));
      if (starting.length === 1) return starting[0]![1];
      if (same.length || starting.length) return undefined;
    }
    return undefined;
  }

  resolve(query: PlaceQuery): PlaceAnswer {
    const code = query.communeCode?.trim().toUpperCase();
    if (code) {
      const found = this.current.get(code.padStart(5, '0'));
      if (found) return { communeCode: found };
    }
    const postal = query.postalCode?.trim().replace(/\s+/g, '');
    const city = query.city?.trim() ? cityKey(query.city) : '';
    if (postal && /^\d{4,5}$/.test(postal)) {
      const padded = postal.padStart(5, '0');
      const candidates = [...(this.byPostalCode.get(padded) ?? [])];
      if (candidates.length === 1) return { communeCode: candidates[0]! };
      const department = departmentOfPostalCode(padded);
      if (city) {
        // "SOPHIA ANTIPOLIS CEDEX - VALBONNE": the commune may be any of the dash-separated parts.
        const parts = [city, ...query.city!.split(/\s+-\s+/).map(cityKey).filter((part) => part && part !== city)];
        // CEDEX codes of the overseas départements do not always start with the département's code.
        const departments = territories().department(department) ? [department] : padded.startsWith('97') ? ['971', '972', '973', '974', '976'] : [];
        for (const part of parts) {
          const alias = PLACE_ALIASES[part];
          if (alias && alias.startsWith(department.slice(0, 2))) return { communeCode: alias };
          const named = departments.map((d) => this.byName(d, part)).filter(Boolean);
          if (named.length === 1) return { communeCode: named[0]! };
        }
      }
      // Several communes share the postal code and the city names none of them: the largest one.
      if (candidates.length > 1) {
        return { communeCode: candidates.sort((a, b) => (this.population.get(b) ?? 0) - (this.population.get(a) ?? 0))[0]! };
      }
      return { problem: `No current commune has the postal code ${postal}${query.city ? ` or is named "${query.city.trim()}" in département ${department}` : ''}.` };
    }
    if (code) return { problem: `"${code}" is not the INSEE code of a commune.` };
    if (city) return { problem: `No French postal code is given, and "${query.city!.trim()}" alone does not place it (the address may be abroad).` };
    return { problem: 'The file gives no address (commune code, postal code or city).' };
  }
}

let shared: PlaceIndex | undefined;

export function placeIndex(): PlaceIndex {
  shared ??= new PlaceIndex();
  return shared;
}
