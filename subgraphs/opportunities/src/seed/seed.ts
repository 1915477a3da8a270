/** Seeds the toolbox fiches and the opportunities named by the source documents. */
import { PARTNERSHIP_TOOLS, bulkUpsert, fingerprint, stableId, territories, type SeedReport } from '@ecosystem/common';
import type { EntityManager } from 'typeorm';
import { OPPORTUNITIES } from './opportunities.js';

export function opportunitiesSeedVersion(): string {
  return fingerprint('opportunities-seed-v1', PARTNERSHIP_TOOLS, OPPORTUNITIES);
}

const source = (s: { name: string; url?: string; license: string; retrievedOn: string }) => ({
  source_name: s.name, source_url: s.url ?? null, source_license: s.license, source_retrieved_on: s.retrievedOn,
});
const SOURCE_COLUMNS = { source_name: 'text', source_url: 'text', source_license: 'text', source_retrieved_on: 'date' };

export async function seedOpportunities(manager: EntityManager, log: (line: string) => void): Promise<SeedReport> {
  log('[opportunities] seeding the toolbox and the documented opportunities…');
  const tools = PARTNERSHIP_TOOLS.map((tool, position) => ({
    slug: tool.slug, family: tool.family, position, title: tool.title, summary: tool.summary, objective: tool.objective,
    intensities: tool.intensities, interest_for_collectivity: tool.interestForCollectivity ?? null,
    interest_for_research: tool.interestForResearch ?? null, process: tool.process ?? null,
    examples: tool.examples, links: tool.links, ...source(tool.source),
  }));
  await bulkUpsert(manager, {
    table: 'opportunities.partnership_tool', key: ['slug'],
    columns: {
      slug: 'text', family: 'text', position: 'int', title: 'text', summary: 'text', objective: 'text', intensities: 'smallint[]',
      interest_for_collectivity: 'text', interest_for_research: 'text', process: 'text', examples: 'text[]', links: 'text[]', ...SOURCE_COLUMNS,
    },
  }, tools);

  const rows = OPPORTUNITIES.map((o) => {
    const place = territories().complete({ communeCode: o.communeCode, departmentCode: o.departmentCode, regionCode: o.regionCode });
    return {
      id: stableId(o.ref), ref: o.ref, kind: o.kind, status: o.status, title: o.title, description: o.description,
      host_id: stableId(o.hostRef), partner_ids: o.partnerRefs.map(stableId), tool_slug: o.toolSlug ?? null, themes: o.themes,
      region_code: place.regionCode, department_code: place.departmentCode, epci_code: place.epciCode, commune_code: place.communeCode,
      place_name: o.placeName ?? null, starts_on: o.startsOn ?? null, deadline: o.deadline ?? null, duration_months: o.durationMonths ?? null,
      remuneration: o.remuneration ?? null, contract_type: o.contractType ?? null, missions: o.missions, profile: o.profile ?? null,
      how_to_apply: o.howToApply ?? null, apply_url: o.applyUrl ?? null, published_at: o.publishedAt, ...source(o.source),
    };
  });
  await bulkUpsert(manager, {
    table: 'opportunities.opportunity', key: ['ref'], touchUpdatedAt: true,
    columns: {
      id: 'uuid', ref: 'text', kind: 'text', status: 'text', title: 'text', description: 'text', host_id: 'uuid', partner_ids: 'uuid[]',
      tool_slug: 'text', themes: 'text[]', region_code: 'text', department_code: 'text', epci_code: 'text', commune_code: 'text',
      place_name: 'text', starts_on: 'date', deadline: 'date', duration_months: 'smallint', remuneration: 'text', contract_type: 'text',
      missions: 'text[]', profile: 'text', how_to_apply: 'text', apply_url: 'text', published_at: 'timestamptz', ...SOURCE_COLUMNS,
    },
  }, rows);
  return { tools: tools.length, opportunities: rows.length };
}
