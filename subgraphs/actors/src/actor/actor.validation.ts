/** An update, checked as a creation: the given fields over the stored ones (updateActor, proposals). */
export function checkUpdateActor(input: UpdateActorInput, existing: Actor, viewer: Viewer): CheckedActor {
  const keep = <K extends keyof UpdateActorInput>(key: K) => input[key] !== undefined;
  return checkCreateActor(
      {
        kind: input.kind ?? existing.kind,
        name: keep('name') ? (input.name as string) : existing.name,
        acronym: keep('acronym') ? input.acronym : existing.acronym,
        description: keep('description') ? input.description : existing.description,
        collectivityLevel: keep('collectivityLevel') ? input.collectivityLevel : existing.collectivityLevel,
        themes: keep('themes') ? input.themes : existing.themes,
        website: keep('website') ? input.website : existing.website,
        identifiers: keep('identifiers') ? input.identifiers : existing.identifiers,
        territory: input.territory ?? existing.place,
        location: input.location,
        source: input.source,
      },
    viewer,
  );
}

/** Turns mutation inputs into checked column values, naming every bad field at once. */
import {
  InputProblems, isHttpUrl, normalizeThemes, optionalText, provenanceFromInput, requiredText, territories,
  type ProvenanceColumns, type TerritoryCodes, type Viewer,
} from '@ecosystem/common';
import type { Actor, ActorIdentifiers } from './actor.entity.js';
import { ActorKind, CollectivityLevel } from './actor.enums.js';
import type { ActorIdentifiersInput, BoundingBox, CreateActorInput, GeoPointInput, UpdateActorInput } from './actor.inputs.js';

const IDENTIFIER_FORMATS: Record<keyof ActorIdentifiers, [RegExp, string]> = {
  insee: [/^(\d{2}|2[AB]|\d{3}|\d{5}|2[AB]\d{3})$/, 'an INSEE code of 2, 3 or 5 characters, e.g. "42218"'],
  siren: [/^\d{9}$/, '9 digits'],
  rnsr: [/^\d{9}[A-Z]$/, '9 digits and a capital letter, e.g. "200212720X"'],
  uai: [/^\d{7}[A-Z]$/, '7 digits and a capital letter, e.g. "0751717J"'],
  ror: [/^0[a-z0-9]{6}\d{2}$/, 'a 9-character ROR id, e.g. "02feahw73"'],
};

export function checkIdentifiers(input: ActorIdentifiersInput | null | undefined, problems: InputProblems): ActorIdentifiers {
  const result: ActorIdentifiers = { insee: null, siren: null, rnsr: null, uai: null, ror: null };
  for (const key of Object.keys(IDENTIFIER_FORMATS) as Array<keyof ActorIdentifiers>) {
    const value = input?.[key]?.trim();
    if (!value) continue;
    const [format, expected] = IDENTIFIER_FORMATS[key];
    problems.check(format.test(value), `input.identifiers.${key}`, `Must be ${expected}.`);
    result[key] = value;
  }
  return result;
}

export function checkKindAndLevel(kind: ActorKind, level: CollectivityLevel | null | undefined, problems: InputProblems): CollectivityLevel | null {
  if (kind === ActorKind.COLLECTIVITY) {
    problems.check(!!level, 'input.collectivityLevel', 'A collectivité needs its level (REGION, DEPARTMENT, EPCI or COMMUNE).');
    return level ?? null;
  }
  problems.check(!level, 'input.collectivityLevel', 'Only a collectivité (kind COLLECTIVITY) has a level.');
  return null;
}

export function checkPoint(point: GeoPointInput, problems: InputProblems): void {
  problems.check(point.latitude >= -90 && point.latitude <= 90, 'input.location.latitude', 'Between -90 and 90.');
  problems.check(point.longitude >= -180 && point.longitude <= 180, 'input.location.longitude', 'Between -180 and 180.');
}

export function checkBoundingBox(bbox: BoundingBox, problems: InputProblems): void {
  const inRange = (v: number, limit: number) => Number.isFinite(v) && Math.abs(v) <= limit;
  problems.check(inRange(bbox.south, 90) && inRange(bbox.north, 90), 'filter.bbox', 'Latitudes are between -90 and 90.');
  problems.check(inRange(bbox.west, 180) && inRange(bbox.east, 180), 'filter.bbox', 'Longitudes are between -180 and 180.');
  problems.check(bbox.south <= bbox.north, 'filter.bbox.south', 'south must not be above north.');
  problems.check(bbox.west <= bbox.east, 'filter.bbox.west', 'west must not be east of east.');
}

export interface CheckedActor {
  kind: ActorKind;
  name: string;
  acronym: string | null;
  description: string | null;
  collectivityLevel: CollectivityLevel | null;
  themes: string[];
  website: string | null;
  identifiers: ActorIdentifiers;
  place: TerritoryCodes;
  source: ProvenanceColumns;
}

export function checkCreateActor(input: CreateActorInput, viewer: Viewer): CheckedActor {
  const problems = new InputProblems();
  const checked: CheckedActor = {
    kind: input.kind,
    name: requiredText(input.name, 'input.name', 300, problems),
    acronym: optionalText(input.acronym, 'input.acronym', 40, problems),
    description: optionalText(input.description, 'input.description', 5000, problems),
    collectivityLevel: checkKindAndLevel(input.kind, input.collectivityLevel, problems),
    themes: normalizeThemes(input.themes, 'input.themes', problems),
    website: optionalText(input.website, 'input.website', 500, problems),
    identifiers: checkIdentifiers(input.identifiers, problems),
    place: territories().validate(input.territory, 'input.territory', problems) ?? { regionCode: null, departmentCode: null, epciCode: null, communeCode: null },
    source: provenanceFromInput(input.source, viewer, 'input.source', problems),
  };
  if (checked.website) problems.check(isHttpUrl(checked.website), 'input.website', 'Must be an http(s) URL.');
  if (input.location) checkPoint(input.location, problems);
  problems.throwIfAny();
  return checked;
}
