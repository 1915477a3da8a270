/** Seeds the actors schema: the official collectivités, then the sourced organisations and partnerships. */
import { bulkUpsert, fingerprint, stableId, territories, type SeedActor, type SeedReport } from '@ecosystem/common';
import type { EntityManager } from 'typeorm';
import { buildCollectivities, type ActorSeedRow } from './collectivities.js';
import { loadGazetteer } from './gazetteer.js';
import { POLES_DE_COMPETITIVITE, SATT_NETWORK } from './networks.js';
import { ORGANISATIONS, PARTNERSHIPS } from './organisations.js';

export const SEEDED_ORGANISATIONS: readonly SeedActor[] = [...ORGANISATIONS, ...SATT_NETWORK, ...POLES_DE_COMPETITIVITE];

const ACTOR_COLUMNS: Record<keyof ActorSeedRow, string> = {
  id: 'uuid', ref: 'text', kind: 'text', collectivity_level: 'text', name: 'text', acronym: 'text', description: 'text',
  themes: 'text[]', website: 'text', insee: 'text', siren: 'text', rnsr: 'text', uai: 'text', ror: 'text',
  region_code: 'text', department_code: 'text', epci_code: 'text', commune_code: 'text',
  latitude: 'double precision', longitude: 'double precision', location_precision: 'text', parent_id: 'uuid',
  source_name: 'text', source_url: 'text', source_license: 'text', source_retrieved_on: 'date',
};

export function actorsSeedVersion(): string {
  return fingerprint('actors-seed-v2', // bump when the seeding code changes what it writes
     territories().dataVersion, SEEDED_ORGANISATIONS, PARTNERSHIPS);
}

export function buildOrganisations(collectivities: ReadonlyMap<string, ActorSeedRow>): ActorSeedRow[] {
  return SEEDED_ORGANISATIONS.map((org) => {
    const commune = collectivities.get(`commune:${org.communeCode}`);
    if (!commune) throw new Error(`Seed ${org.ref}: ${org.communeCode} is not a current commune`);
    const place = territories().complete({ communeCode: org.communeCode });
    return {
      id: stableId(org.ref), ref: org.ref, kind: org.kind, collectivity_level: null, name: org.name,
      acronym: org.acronym ?? null, description: org.description ?? null, themes: [...org.themes], website: org.website ?? null,
      insee: org.identifiers?.insee ?? null, siren: org.identifiers?.siren ?? null, rnsr: org.identifiers?.rnsr ?? null,
      uai: org.identifiers?.uai ?? null, ror: org.identifiers?.ror ?? null,
      region_code: place.regionCode, department_code: place.departmentCode, epci_code: place.epciCode, commune_code: place.communeCode,
      latitude: commune.latitude, longitude: commune.longitude, location_precision: commune.location_precision,
      parent_id: org.parentRef ? stableId(org.parentRef) : null,
      source_name: org.source.name, source_url: org.source.url ?? null, source_license: org.source.license, source_retrieved_on: org.source.retrievedOn,
    };
  });
}

export async function seedActors(manager: EntityManager, log: (line: string) => void): Promise<SeedReport> {
  log('[actors] seeding collectivités from the official administrative map…');
  const collectivities = buildCollectivities(territories(), loadGazetteer());
  const byRef = new Map(collectivities.map((row) => [row.ref, row]));
  const organisations = buildOrganisations(byRef);
  const rows = [...collectivities, ...organisations];
  const known = new Set(rows.map((row) => row.id));
  for (const row of rows) {
    if (row.parent_id && !known.has(row.parent_id)) throw new Error(`Seed ${row.ref}: its parent is not seeded`);
  }
  const actors = await bulkUpsert(manager, {
      table: 'actors.actor', key: ['ref'], columns: ACTOR_COLUMNS, touchUpdatedAt: true,
      onProgress: (done, total) => log(`[actors] ${done}/${total} actors written`),
    }, rows);
  log(`[actors] ${rows.length} actors: ${actors.inserted} new, ${actors.updated} updated, ${actors.unchanged} unchanged`);

  const partnerships = PARTNERSHIPS.map((p) => {
    const [a, b] = [stableId(p.actorRef), stableId(p.partnerRef)].sort();
    if (!known.has(a!) || !known.has(b!)) throw new Error(`Seed partnership ${p.actorRef}–${p.partnerRef}: unknown actor`);
    return {
      id: stableId(`partnership:${a}:${b}:${p.toolSlug}`), actor_id: a, partner_id: b, tool_slug: p.toolSlug, intensity: p.intensity,
      started_on: p.startedOn ?? null, note: p.note ?? null,
      source_name: p.source.name, source_url: p.source.url ?? null, source_license: p.source.license, source_retrieved_on: p.source.retrievedOn,
    };
  });
  const edges = await bulkUpsert(
    manager,
    {
      table: 'actors.partnership', key: ['actor_id', 'partner_id', 'tool_slug'], touchUpdatedAt: true,
      columns: {
        id: 'uuid', actor_id: 'uuid', partner_id: 'uuid', tool_slug: 'text', intensity: 'smallint', started_on: 'date', note: 'text',
        source_name: 'text', source_url: 'text', source_license: 'text', source_retrieved_on: 'date',
      },
    },
    partnerships,
  );
  return { actors: rows.length, actorsInserted: actors.inserted, partnerships: partnerships.length, partnershipsInserted: edges.inserted };
}
