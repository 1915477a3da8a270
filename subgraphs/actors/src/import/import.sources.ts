/**
 * The import sources: how a row of the RNSR export, of the MESR export, or of any CSV/JSON file
 * described by a column mapping becomes an actor to write. Each source names its dataset (cited as
 * the record's source) and the official identifier records are upserted on.
 */
import { readFileSync } from 'node:fs';
import type { ActorIdentifiers } from '../actor/actor.entity.js';
import { ActorKind } from '../actor/actor.enums.js';
import type { AffiliationRole } from '../affiliation/affiliation.entity.js';
import type { IdentifierName } from '../actor/actor.duplicates.js';
import type { RawRecord } from './import.reader.js';

export const OPEN_LICENCE = 'Licence Ouverte / Open Licence 2.0';

export interface Dataset {
  name: string;
  url: string | null;
  license: string;
  /** Date of the extract (YYYY-MM-DD), when fixed by the source; else the input's date or --extract-date. */
  retrievedOn?: string | null;
}

/** A tutelle or other organisation named by a row, found in the directory by UAI, SIREN, then name. */
export interface OrganisationMention {
  name: string | null;
  uai: string | null;
  siren: string | null;
  role: AffiliationRole;
}

export interface ImportRecord {
  /** 1-based number of the data row in the input (the header is not counted). */
  row: number;
  /** Natural key of the record in `actors.actor.ref`, owned by this source. */
  ref: string;
  /** The official identifier the record is upserted on and matched with records of other sources. */
  key: { identifier: IdentifierName; value: string };
  kind: ActorKind;
  name: string;
  acronym: string | null;
  description: string | null;
  themes: string[];
  website: string | null;
  identifiers: ActorIdentifiers;
  place: { communeCode: string | null; postalCode: string | null; city: string | null };
  /** The file's own coordinates, when it gives them. */
  point: { latitude: number; longitude: number } | null;
  /** Refs of parent structures in the same source (RNSR), the first being the host of an internal team. */
  parentRefs: string[];
  /** Whether the record's parent structure is its host (an internal team sits in its unit: its parent, and its place when it has none). */
  hostedByParent: boolean;
  organisations: OrganisationMention[];
  warnings: string[];
}

export type Mapped = { record: ImportRecord } | { rejected: { row: number; name: string | null; reasons: string[] } };

export interface ImportSource {
  id: string;
  dataset: Dataset;
  format: 'csv' | 'json';
  delimiter?: string;
  /** Prefix of the refs this source owns. */
  refPrefix: string;
  map(raw: RawRecord, row: number): Mapped;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value)).trim();
const orNull = (value: unknown): string | null => text(value) || null;
const list = (value: unknown): string[] => text(value).split(';').map((v) => v.trim());
const emptyIdentifiers = (): ActorIdentifiers => ({ insee: null, siren: null, rnsr: null, uai: null, ror: null });

/** A website as the API accepts it: "www.x.fr" gets its scheme; prose ("en cours de création") is dropped with a warning. */
export function cleanWebsite(value: string | null, warnings: string[]): string | null {
  if (!value) return null;
  const candidate = /^https?:\/\//i.test(value) ? value : /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value) ? `http://${value}` : null;
  try {
    if (candidate && new URL(candidate).hostname.includes('.')) return candidate;
  } catch {
    // not a URL: dropped below
  }
  warnings.push(`website "${value}" is not a URL: left out`);
  return null;
}

/** A theme fit for `normalizeThemes`: lower-case, at most 80 characters. */
function theme(value: string): string {
  const lower = value.trim().toLocaleLowerCase('fr');
  return lower.length <= 80 ? lower : `${lower.slice(0, 79).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// RNSR: Répertoire national des structures de recherche, structures actives.

const RNSR_KEY = /^\d{9}[A-Z]$/;

export const RNSR_SOURCE: ImportSource = {
  id: 'rnsr',
  dataset: {
    name: 'Répertoire national des structures de recherche (RNSR), structures actives',
    url: 'https://data.enseignementsup-recherche.gouv.fr/explore/dataset/fr-esr-structures-recherche-publiques-actives/',
    license: OPEN_LICENCE,
  },
  format: 'csv',
  delimiter: ';',
  refPrefix: 'rnsr:',
  map(raw, row) {
    const number = text(raw.numero_national_de_structure).toUpperCase();
    const name = text(raw.libelle);
    if (!RNSR_KEY.test(number)) return { rejected: { row, name: name || null, reasons: [`numero_national_de_structure "${number}" is not an RNSR number.`] } };
    const warnings: string[] = [];
    const level = text(raw.code_de_niveau_de_structure);
    const type = text(raw.type_de_structure);
    const domains = list(raw.domaine_scientifique).filter(Boolean);
    const panelCodes = list(raw.code_panel_erc);
    const panelNames = list(raw.panel_erc);
    const panels = panelCodes.map((code, i) => (code ? { code, title: panelNames[i] ?? '' } : null)).filter((p): p is { code: string; title: string } => !!p);
    const labels = [...new Set(list(raw.label_numero).filter(Boolean))];
    const description = [
      [type, text(raw.annee_de_creation) ? `créée en ${text(raw.annee_de_creation)}` : '', labels.join(', ')].filter(Boolean).join(' · '),
      domains.length ? `Domaines scientifiques : ${domains.join(' ; ')}.` : '',
      panels.length ? `Panels ERC : ${panels.map((p) => `${p.code} (${p.title.split(' : ')[0]})`).join(' ; ')}.` : '',
      text(raw.fiche_rnsr) ? `Fiche RNSR : ${text(raw.fiche_rnsr)}` : '',
    ].filter(Boolean).join('\n');
    const names = list(raw.tutelles);
    const uais = list(raw.uai_des_tutelles);
    const sirets = list(raw.siret_des_tutelles);
    const roles = list(raw.code_de_type_de_tutelle);
    const organisations: OrganisationMention[] = names.map((n, i) => ({
      name: n || null,
      uai: /^\d{7}[A-Z]$/.test(uais[i] ?? '') ? uais[i]! : null,
      siren: /^\d{14}$/.test(sirets[i] ?? '') ? sirets[i]!.slice(0, 9) : /^\d{9}$/.test(sirets[i] ?? '') ? sirets[i]! : null,
      role: roles[i] === 'PART' ? ('PARTICIPANT' as AffiliationRole) : ('SUPERVISOR' as AffiliationRole),
    })).filter((o) => o.name || o.uai || o.siren);
    return {
      record: {
        row,
        ref: `rnsr:${number}`,
        key: { identifier: 'rnsr', value: number },
        kind: ActorKind.LAB,
        name,
        acronym: orNull(raw.sigle),
        description: description || null,
        themes: [...domains.map(theme), ...panels.map((p) => theme(`erc ${p.code} ${p.title.split(' : ')[0]}`))],
        website: cleanWebsite(orNull(raw.site_web), warnings),
        identifiers: { ...emptyIdentifiers(), rnsr: number },
        place: { communeCode: null, postalCode: orNull(raw.code_postal), city: orNull(raw.commune) },
        point: null,
        parentRefs: list(raw.numero_de_structure_parent).filter((p) => RNSR_KEY.test(p)).map((p) => `rnsr:${p}`),
        // Level 1 is an internal team ("Equipe interne"): its RNSR parent is the unit hosting it.
        hostedByParent: level === '1',
        organisations,
        warnings,
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// MESR: principaux établissements d'enseignement supérieur.

const UAI = /^\d{7}[A-Z]$/;

export const MESR_SOURCE: ImportSource = {
  id: 'mesr',
  dataset: {
    name: "Principaux établissements d'enseignement supérieur (MESR)",
    url: 'https://data.enseignementsup-recherche.gouv.fr/explore/dataset/fr-esr-principaux-etablissements-enseignement-superieur/',
    license: OPEN_LICENCE,
  },
  format: 'csv',
  delimiter: ';',
  refPrefix: 'mesr:',
  map(raw, row) {
    const name = text(raw['libellé']);
    const uai = text(raw['uai - identifiant']).toUpperCase();
    const siren = text(raw.siren);
    const warnings: string[] = [];
    // The UAI is the key; the two establishments listed without one are keyed on their SIREN.
    const key: ImportRecord['key'] | null = UAI.test(uai) ? { identifier: 'uai', value: uai } : /^\d{9}$/.test(siren) ? { identifier: 'siren', value: siren } : null;
    if (!key) return { rejected: { row, name: name || null, reasons: ['Neither a UAI nor a SIREN: nothing identifies it.'] } };
    const ror = text(raw['Identifiant ROR']);
    const geo = text(raw['géolocalisation']).split(',').map((v) => Number(v.trim()));
    const type = text(raw["type d'établissement"]);
    const typology = text(raw["typologie d'universités et assimilés"]);
    const description = [type, typology, text(raw["secteur d'établissement"]) ? `secteur ${text(raw["secteur d'établissement"])}` : '', text(raw['Statut juridique'])]
      .filter(Boolean).join(' · ');
    return {
      record: {
        row,
        ref: key.identifier === 'uai' ? `mesr:${key.value}` : `mesr:siren:${key.value}`,
        key,
        kind: ActorKind.UNIVERSITY,
        name,
        acronym: orNull(raw.sigle) ?? orNull(raw['nom court']),
        description: description || null,
        themes: ['enseignement supérieur'],
        website: cleanWebsite(orNull(raw['site internet']), warnings),
        identifiers: {
          ...emptyIdentifiers(),
          uai: UAI.test(uai) ? uai : null,
          siren: /^\d{9}$/.test(siren) ? siren : null,
          ror: ror || null,
        },
        place: { communeCode: orNull(raw['Code commune']), postalCode: orNull(raw['Code postal']), city: orNull(raw['Localité']) ?? orNull(raw.Commune) },
        point: geo.length === 2 && geo.every(Number.isFinite) ? { latitude: geo[0]!, longitude: geo[1]! } : null,
        parentRefs: [],
        hostedByParent: false,
        organisations: [],
        warnings,
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Any CSV or JSON file, through a column mapping.

/** Our fields a mapping may fill, each from one of the file's columns. */
export const MAPPABLE_FIELDS = [
  'name', 'kind', 'acronym', 'description', 'themes', 'website',
  'identifiers.siren', 'identifiers.rnsr', 'identifiers.uai', 'identifiers.ror', 'identifiers.insee',
  'communeCode', 'postalCode', 'city', 'latitude', 'longitude',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/**
 * The mapping file (JSON):
 * `{ "source": { "name", "url", "license", "retrievedOn" }, "key": "siren", "kind": "ASSOCIATION",
 *    "fields": { "name": "Nom", "identifiers.siren": "SIREN", "postalCode": "CP", … }, "themesSeparator": "|", "delimiter": ";" }`:
 * each entry of `fields` is our field ← their column.
 */
export interface Mapping {
  source: Dataset & { id?: string };
  key: IdentifierName;
  kind?: ActorKind;
  fields: Partial<Record<MappableField, string>>;
  themesSeparator?: string;
  delimiter?: string;
}

export function readMapping(path: string): Mapping {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Mapping ${path}: ${(error as Error).message}`);
  }
  return checkMapping(value, path);
}

export function checkMapping(value: unknown, origin = 'mapping'): Mapping {
  const problems: string[] = [];
  const m = (value ?? {}) as Partial<Mapping>;
  if (!m.source?.name?.trim()) problems.push('source.name is required (the dataset cited as every record\'s source).');
  if (!m.source?.license?.trim()) problems.push('source.license is required.');
  if (!m.key || !['siren', 'rnsr', 'uai', 'ror', 'insee'].includes(m.key)) problems.push('key must be one of siren, rnsr, uai, ror, insee: the identifier records are upserted on.');
  if (m.kind && !Object.values(ActorKind).includes(m.kind)) problems.push(`kind must be one of ${Object.values(ActorKind).join(', ')}.`);
  const fields = m.fields ?? {};
  for (const field of Object.keys(fields)) {
    if (!MAPPABLE_FIELDS.includes(field as MappableField)) problems.push(`fields.${field} is not one of our fields (${MAPPABLE_FIELDS.join(', ')}).`);
  }
  if (!fields.name) problems.push('fields.name is required.');
  if (m.key && !fields[`identifiers.${m.key}` as MappableField]) problems.push(`fields["identifiers.${m.key}"] is required: it is the key.`);
  if (!m.kind && !fields.kind) problems.push('Give a kind for every record, or fields.kind.');
  if (problems.length) throw new Error(`Invalid ${origin}:\n  - ${problems.join('\n  - ')}`);
  return m as Mapping;
}

function slug(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

export function genericSource(mapping: Mapping, format: 'csv' | 'json'): ImportSource {
  const id = slug(mapping.source.id ?? mapping.source.name);
  const refPrefix = `import:${id}:`;
  const get = (raw: RawRecord, field: MappableField): unknown => (mapping.fields[field] ? raw[mapping.fields[field]!] : undefined);
  return {
    id: format,
    dataset: { name: mapping.source.name.trim(), url: mapping.source.url ?? null, license: mapping.source.license.trim(), retrievedOn: mapping.source.retrievedOn ?? null },
    format,
    delimiter: mapping.delimiter,
    refPrefix,
    map(raw, row) {
      const warnings: string[] = [];
      const name = text(get(raw, 'name'));
      const identifiers = emptyIdentifiers();
      for (const k of ['siren', 'rnsr', 'uai', 'ror', 'insee'] as const) identifiers[k] = orNull(get(raw, `identifiers.${k}`));
      const keyValue = identifiers[mapping.key];
      if (!keyValue) return { rejected: { row, name: name || null, reasons: [`No ${mapping.key} (column "${mapping.fields[`identifiers.${mapping.key}`]}"): it is the key.`] } };
      const kindText = text(get(raw, 'kind')).toUpperCase();
      const kind = (kindText || mapping.kind) as ActorKind;
      if (!Object.values(ActorKind).includes(kind)) {
        return { rejected: { row, name: name || null, reasons: [`kind "${kindText}" is not one of ${Object.values(ActorKind).join(', ')}.`] } };
      }
      const rawThemes = get(raw, 'themes');
      const themes = Array.isArray(rawThemes) ? rawThemes.map(String) : text(rawThemes).split(mapping.themesSeparator ?? '|').filter((t) => t.trim());
      const latitude = text(get(raw, 'latitude'));
      const longitude = text(get(raw, 'longitude'));
      const point = latitude && longitude && Number.isFinite(Number(latitude)) && Number.isFinite(Number(longitude)) ? { latitude: Number(latitude), longitude: Number(longitude) } : null;
      return {
        record: {
          row,
          ref: `${refPrefix}${mapping.key}:${keyValue}`,
          key: { identifier: mapping.key, value: keyValue },
          kind,
          name,
          acronym: orNull(get(raw, 'acronym')),
          description: orNull(get(raw, 'description')),
          themes,
          website: cleanWebsite(orNull(get(raw, 'website')), warnings),
          identifiers,
          place: { communeCode: orNull(get(raw, 'communeCode')), postalCode: orNull(get(raw, 'postalCode')), city: orNull(get(raw, 'city')) },
          point,
          parentRefs: [],
          hostedByParent: false,
          organisations: [],
          warnings,
        },
      };
    },
  };
}
