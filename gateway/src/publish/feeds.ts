/**
 * GET /feeds/opportunities.atom|.rss|.json|.ics: the newest opportunities (by publication) matching
 * an OpportunityFilter given as query parameters, 100 by default (`limit` up to 500). Items link to
 * the client's page /opportunites/<id> on the request's origin.
 */
import type { Request } from 'express';
import { pages, originOf, selfUrl, type Api } from './api.js';
import { icalDate, icalInstant, icalLine, icalNextDay, icalText, xml } from './formats.js';
import { OPPORTUNITIES_QUERY, opportunityPage, type OpportunityRecord } from './records.js';

export const FEED_DEFAULT_LIMIT = 100;
export const FEED_MAX_LIMIT = 500;

const KIND_LABELS: Record<string, string> = {
  CIFRE: 'Thèse CIFRE',
  INTERNSHIP: 'Stage',
  APPRENTICESHIP: 'Alternance',
  CHAIR: 'Chaire',
  DETACHMENT: 'Détachement',
  SECONDMENT: 'Mise à disposition',
  JOB: 'Emploi',
  CALL_FOR_PROJECTS: 'Appel à projets',
  EVENT: 'Événement',
  // Research needs in an alert's own feed (alerts/alerts.subjects.ts).
  RESEARCH_NEED: 'Besoin de recherche',
};

const TITLE = 'Opportunités recherche–territoires';
const UID_DOMAIN = 'opportunites.ecosysteme-recherche-territoires';

function newer(a: OpportunityRecord, b: OpportunityRecord): number {
  return b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id);
}

/**
 * The `limit` newest opportunities of the filter. The API lists them closing-soonest first, so every
 * page is read and only the newest `limit` are kept: memory stays at one page plus `limit`.
 */
export async function newestOpportunities(api: Api, filter: Record<string, unknown>, limit: number): Promise<OpportunityRecord[]> {
  let kept: OpportunityRecord[] = [];
  for await (const page of pages<OpportunityRecord>(api, OPPORTUNITIES_QUERY, 'opportunities', filter)) {
    kept = [...kept, ...page.nodes].sort(newer).slice(0, limit);
  }
  return kept;
}

export interface Feed {
  contentType: string;
  body: string;
}

interface FeedContext {
  origin: string;
  self: string;
  items: OpportunityRecord[];
  /** The feed's title (an alert's own feed names the alert); the product's by default. */
  title?: string;
  /** The page of an item (an alert's feed also holds research needs); the opportunity's page by default. */
  link?: (item: OpportunityRecord) => string;
}

function lastUpdate(items: OpportunityRecord[]): string {
  const latest = items.reduce<string | null>((max, o) => (max === null || o.updatedAt > max ? o.updatedAt : max), null);
  return latest ?? new Date().toISOString();
}

function summary(o: OpportunityRecord): string {
  const facts = [
    KIND_LABELS[o.kind] ?? o.kind,
    o.host.name,
    o.territory.communeName ?? o.placeName ?? o.territory.departmentName ?? o.territory.regionName,
    o.deadline ? `date limite : ${o.deadline}` : null,
  ].filter(Boolean);
  return `${facts.join(' · ')}\n\n${o.description}`;
}

/** The client's board with the same filter (approximate: the board's own URL parameters differ). */
function boardUrl(origin: string): string {
  return `${origin}/opportunites`;
}

export function atomFeed({ origin, self, items, title = TITLE, link = (o) => opportunityPage(origin, o.id) }: FeedContext): Feed {
  const entries = items.map(
    (o) => `  <entry>
    <id>urn:uuid:${xml(o.id)}</id>
    <title>${xml(o.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(link(o))}"/>
    <published>${xml(o.publishedAt)}</published>
    <updated>${xml(o.updatedAt)}</updated>
    <author><name>${xml(o.host.name)}</name></author>
    <category term="${xml(o.kind)}" label="${xml(KIND_LABELS[o.kind] ?? o.kind)}"/>
${o.themes.map((t) => `    <category term="${xml(t)}"/>`).join('\n')}
    <summary type="text">${xml(summary(o))}</summary>
  </entry>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <id>${xml(self)}</id>
  <title>${xml(title)}</title>
  <updated>${xml(lastUpdate(items))}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(boardUrl(origin))}"/>
  <author><name>${xml(TITLE)}</name></author>
  <generator>ecosystem gateway</generator>
${entries.join('\n')}
</feed>
`.replace(/\n\n/g, '\n');
  return { contentType: 'application/atom+xml; charset=utf-8', body };
}

const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function rssFeed({ origin, self, items }: FeedContext): Feed {
  const entries = items.map(
    (o) => `    <item>
      <title>${xml(o.title)}</title>
      <link>${xml(opportunityPage(origin, o.id))}</link>
      <guid isPermaLink="true">${xml(opportunityPage(origin, o.id))}</guid>
      <pubDate>${xml(rfc822(o.publishedAt))}</pubDate>
      <category>${xml(KIND_LABELS[o.kind] ?? o.kind)}</category>
      <description>${xml(summary(o))}</description>
    </item>`,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(TITLE)}</title>
    <link>${xml(boardUrl(origin))}</link>
    <description>${xml('Thèses CIFRE, stages, chaires, emplois, appels à projets et événements entre recherche et collectivités.')}</description>
    <language>fr</language>
    <lastBuildDate>${xml(rfc822(lastUpdate(items)))}</lastBuildDate>
    <atom:link rel="self" type="application/rss+xml" href="${xml(self)}"/>
    <ttl>5</ttl>
${entries.join('\n')}
  </channel>
</rss>
`.replace(/\n\n/g, '\n');
  return { contentType: 'application/rss+xml; charset=utf-8', body };
}

export function jsonFeed({ origin, self, items }: FeedContext): Feed {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: TITLE,
    home_page_url: boardUrl(origin),
    feed_url: self,
    language: 'fr',
    items: items.map((o) => ({
      id: o.id,
      url: opportunityPage(origin, o.id),
      ...(o.applyUrl ? { external_url: o.applyUrl } : {}),
      title: o.title,
      content_text: summary(o),
      summary: o.description.length > 280 ? `${o.description.slice(0, 279)}…` : o.description,
      date_published: o.publishedAt,
      date_modified: o.updatedAt,
      authors: [{ name: o.host.name }],
      tags: [o.kind, ...o.themes],
      _opportunity: { kind: o.kind, status: o.status, deadline: o.deadline, startsOn: o.startsOn, hostId: o.host.id, territory: o.territory },
    })),
  };
  return { contentType: 'application/feed+json; charset=utf-8', body: `${JSON.stringify(feed, null, 2)}\n` };
}

/** One all-day VEVENT per deadline; the UID depends on the opportunity only, so calendars update in place. */
export function icsFeed({ origin, items }: FeedContext): Feed {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ecosysteme recherche-territoires//Opportunites//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(`${TITLE} : dates limites`)}`,
    'X-PUBLISHED-TTL:PT5M',
  ];
  const dated = items.filter((o) => o.deadline).sort((a, b) => a.deadline!.localeCompare(b.deadline!) || a.id.localeCompare(b.id));
  for (const o of dated) {
    const url = opportunityPage(origin, o.id);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${o.id}-deadline@${UID_DOMAIN}`,
      `DTSTAMP:${icalInstant(o.updatedAt)}`,
      `LAST-MODIFIED:${icalInstant(o.updatedAt)}`,
      `DTSTART;VALUE=DATE:${icalDate(o.deadline!)}`,
      `DTEND;VALUE=DATE:${icalNextDay(o.deadline!)}`,
      `SUMMARY:${icalText(`Date limite — ${o.title}`)}`,
      `DESCRIPTION:${icalText(`${summary(o)}\n\n${url}`)}`,
      `URL:${url}`,
      ...(o.territory.communeName || o.placeName ? [`LOCATION:${icalText(o.placeName ?? o.territory.communeName)}`] : []),
      `CATEGORIES:${icalText(KIND_LABELS[o.kind] ?? o.kind)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { contentType: 'text/calendar; charset=utf-8', body: lines.map(icalLine).join('') };
}

export const FEEDS = { atom: atomFeed, rss: rssFeed, json: jsonFeed, ics: icsFeed } as const;

export function feedContext(req: Request, items: OpportunityRecord[]): FeedContext {
  return { origin: originOf(req), self: selfUrl(req), items };
}
