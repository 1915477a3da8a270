/**
 * GET /exports/actors.csv|.geojson|.jsonld, /exports/opportunities.csv|.jsonld, /exports/contacts.csv|.jsonld
 *
 * Streamed: the API is read page by page (1000 rows), each page written out as it arrives with the
 * response's backpressure respected; only one page is ever held. The first page is read before
 * anything is sent, so a bad filter still answers 400; a failure later cuts the transfer.
 */
import type { Response } from 'express';
import { pages, type Api } from './api.js';
import { csvRow, StreamWriter, UTF8_BOM, type Column } from './formats.js';
import { actorPage, opportunityPage, type ActorRecord, type ContactRecord, type OpportunityRecord } from './records.js';

/** How one format writes a stream of records. */
export interface Format<T> {
  extension: string;
  contentType: string;
  begin(): string;
  /** The text of one record, or null to leave it out. `first` is true for the first written record. */
  item(record: T, first: boolean): string | null;
  end(): string;
}

export async function streamExport<T>(
  res: Response,
  api: Api,
  source: { query: string; field: string; filter: Record<string, unknown>; name: string },
  format: Format<T>,
): Promise<void> {
  const iterator = pages<T>(api, source.query, source.field, source.filter);
  let page = await iterator.next(); // before the headers: errors still get their status
  res.status(200);
  res.set({
    'content-type': format.contentType,
    'content-disposition': `attachment; filename="${source.name}.${format.extension}"`,
    // An export reflects the caller's rights (contact details for signed-in viewers): never shared.
    'cache-control': api.signedIn ? 'private, no-store' : 'public, max-age=300',
    vary: 'Authorization',
    'x-content-type-options': 'nosniff',
  });
  const total = page.done ? undefined : page.value.totalCount;
  if (total !== undefined) res.set('x-total-count', String(total));
  const out = new StreamWriter(res);
  await out.write(format.begin());
  let first = true;
  while (!page.done) {
    for (const record of page.value.nodes) {
      const text = format.item(record, first);
      if (text === null) continue;
      first = false;
      await out.write(text);
    }
    await out.flush();
    if (out.aborted) {
      await iterator.return(undefined);
      return;
    }
    page = await iterator.next();
  }
  await out.write(format.end());
  await out.end();
}

export function csvFormat<T>(columns: ReadonlyArray<Column<T>>): Format<T> {
  return {
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    begin: () => UTF8_BOM + csvRow(columns.map(([header]) => header)),
    item: (record) => csvRow(columns.map(([, read]) => read(record))),
    end: () => '',
  };
}

export function jsonLdFormat<T>(node: (record: T) => Record<string, unknown>): Format<T> {
  return {
    extension: 'jsonld',
    contentType: 'application/ld+json; charset=utf-8',
    begin: () => '{"@context":"https://schema.org","@graph":[\n',
    item: (record, first) => `${first ? '' : ',\n'}${JSON.stringify(node(record))}`,
    end: () => '\n]}\n',
  };
}

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

const territoryColumns = <T extends { territory: ActorRecord['territory'] }>(epci: boolean): Array<Column<T>> => [
  ['regionCode', (r) => r.territory.regionCode],
  ['regionName', (r) => r.territory.regionName],
  ['departmentCode', (r) => r.territory.departmentCode],
  ['departmentName', (r) => r.territory.departmentName],
  ...(epci
    ? ([
        ['epciCode', (r: T) => r.territory.epciCode],
        ['epciName', (r: T) => r.territory.epciName],
      ] as Array<Column<T>>)
    : []),
  ['communeCode', (r) => r.territory.communeCode],
  ['communeName', (r) => r.territory.communeName],
];

const sourceColumns = <T extends { source: ActorRecord['source'] }>(): Array<Column<T>> => [
  ['sourceName', (r) => r.source.name],
  ['sourceUrl', (r) => r.source.url],
  ['sourceLicense', (r) => r.source.license],
  ['sourceRetrievedOn', (r) => r.source.retrievedOn],
];

export function actorColumns(origin: string): Array<Column<ActorRecord>> {
  return [
    ['id', (a) => a.id],
    ['kind', (a) => a.kind],
    ['collectivityLevel', (a) => a.collectivityLevel],
    ['name', (a) => a.name],
    ['acronym', (a) => a.acronym],
    ...territoryColumns<ActorRecord>(true),
    ['latitude', (a) => a.location?.latitude],
    ['longitude', (a) => a.location?.longitude],
    ['locationPrecision', (a) => a.location?.precision],
    ['insee', (a) => a.identifiers.insee],
    ['siren', (a) => a.identifiers.siren],
    ['rnsr', (a) => a.identifiers.rnsr],
    ['uai', (a) => a.identifiers.uai],
    ['ror', (a) => a.identifiers.ror],
    ['website', (a) => a.website],
    ['themes', (a) => a.themes],
    ['parentId', (a) => a.parent?.id],
    ['description', (a) => a.description],
    ['url', (a) => actorPage(origin, a.id)],
    ...sourceColumns<ActorRecord>(),
    ['updatedAt', (a) => a.updatedAt],
  ];
}

export function opportunityColumns(origin: string): Array<Column<OpportunityRecord>> {
  return [
    ['id', (o) => o.id],
    ['kind', (o) => o.kind],
    ['status', (o) => o.status],
    ['title', (o) => o.title],
    ['hostId', (o) => o.host.id],
    ['hostName', (o) => o.host.name],
    ...territoryColumns<OpportunityRecord>(false),
    ['placeName', (o) => o.placeName],
    ['startsOn', (o) => o.startsOn],
    ['deadline', (o) => o.deadline],
    ['durationMonths', (o) => o.durationMonths],
    ['remuneration', (o) => o.remuneration],
    ['contractType', (o) => o.contractType],
    ['applyUrl', (o) => o.applyUrl],
    ['toolSlug', (o) => o.tool?.slug],
    ['themes', (o) => o.themes],
    ['description', (o) => o.description],
    ['url', (o) => opportunityPage(origin, o.id)],
    ['publishedAt', (o) => o.publishedAt],
    ...sourceColumns<OpportunityRecord>(),
    ['updatedAt', (o) => o.updatedAt],
  ];
}

export function contactColumns(): Array<Column<ContactRecord>> {
  return [
    ['id', (c) => c.id],
    ['displayName', (c) => c.displayName],
    ['jobTitle', (c) => c.jobTitle],
    ['roles', (c) => c.roles],
    ['organizationId', (c) => c.organization?.id],
    ['organizationName', (c) => c.organization?.name],
    ['organizationKind', (c) => c.organization?.kind],
    // Empty unless the API gave them to this caller (signed-in viewers only).
    ['email', (c) => c.email],
    ['phone', (c) => c.phone],
    ...territoryColumns<ContactRecord>(false),
    ['themes', (c) => c.themes],
    ['lastVerifiedOn', (c) => c.lastVerifiedOn],
    ...sourceColumns<ContactRecord>(),
    ['updatedAt', (c) => c.updatedAt],
  ];
}

// ---------------------------------------------------------------------------------------------
// GeoJSON
// ---------------------------------------------------------------------------------------------

/** A FeatureCollection of the located actors ([longitude, latitude], RFC 7946). */
export const actorsGeoJson: Format<ActorRecord> = {
  extension: 'geojson',
  contentType: 'application/geo+json; charset=utf-8',
  begin: () => '{"type":"FeatureCollection","features":[\n',
  item: (actor, first) => {
    if (!actor.location) return null;
    const feature = {
      type: 'Feature',
      id: actor.id,
      geometry: { type: 'Point', coordinates: [actor.location.longitude, actor.location.latitude] },
      properties: {
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        collectivityLevel: actor.collectivityLevel,
        regionCode: actor.territory.regionCode,
        departmentCode: actor.territory.departmentCode,
        epciCode: actor.territory.epciCode,
        communeCode: actor.territory.communeCode,
        locationPrecision: actor.location.precision,
        source: actor.source.name,
        sourceUrl: actor.source.url,
        sourceLicense: actor.source.license,
      },
    };
    return `${first ? '' : ',\n'}${JSON.stringify(feature)}`;
  },
  end: () => '\n]}\n',
};
