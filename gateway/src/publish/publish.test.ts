/**
 * Feeds and exports (publish/): every format parsed back, their content checked against the API,
 * privacy of contact details, filter validation, and a whole-country CSV export streamed with the
 * gateway's heap kept bounded (the stack runs in this process).
 */
import { stableId } from '@ecosystem/common';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startStack, type Stack } from '../testing/stack.js';

let stack: Stack;
let editor: string;
let member: string;
let contactId: string;
let opportunityId: string;
const ORG = stableId('org:msh-paris-nord');
const PARIS = stableId('commune:75056');
const PARIS_CIFRE = stableId('opp:ville-de-paris-cifre-appel-annuel');
const TRICKY_TITLE = 'Stage <données> & « territoires » ; virgules, points-virgules — un titre assez long pour être plié sur plusieurs lignes iCalendar';

beforeAll(async () => {
  stack = await startStack();
  editor = await stack.token('editor', undefined, ['departement:93', 'departement:75']);
  member = await stack.token('member');
  const contact = await stack.query(
    `mutation($org: ID!) { createContact(input: {
       displayName: "Odile Exportable", jobTitle: "=Chargée de partenariats", roles: [FACILITATOR],
       organizationId: $org, organizationKind: LAB, territory: { communeCode: "93066" },
       email: "odile.exportable@example.fr", phone: "+33 1 98 76 54 32"
     }) { id } }`,
    { org: ORG },
    editor,
  );
  expect(contact.errors).toBeUndefined();
  contactId = contact.data.createContact.id;
  const opportunity = await stack.query(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    {
      input: {
        kind: 'INTERNSHIP', title: TRICKY_TITLE, description: 'Ligne 1\nLigne 2 ; avec « guillemets » et \\ barre.',
        hostId: PARIS, territory: { communeCode: '75056' }, deadline: '2031-03-15', themes: ['données'],
      },
    },
    editor,
  );
  expect(opportunity.errors).toBeUndefined();
  opportunityId = opportunity.data.createOpportunity.id;
}, 120_000);
afterAll(() => stack.stop());

const get = (path: string, token?: string) => fetch(`${stack.origin}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

async function expectBadInput(path: string, status = 400, code = 'BAD_USER_INPUT') {
  const response = await get(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await response.json()) as any;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  return body;
}

/** The garbage collector (the live heap is what must stay bounded, not the garbage V8 has yet to collect). */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** RFC 4180 parser (quoted fields, "" escapes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  expect(quoted).toBe(false);
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

async function csv(path: string, token?: string): Promise<Array<Record<string, string>>> {
  const response = await get(path, token);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
  for (const r of rows) expect(r).toHaveLength(header!.length);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

/** Unfolds iCalendar content lines after checking CRLF endings and the 75-octet limit. */
function icalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  return physical.reduce<string[]>((lines, line) => {
    if (line.startsWith(' ')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
    return lines;
  }, []);
}

const unescapeIcal = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([\\;,])/g, '$1');

describe('feeds', () => {
  const CIFRE_11 = 'kinds=CIFRE&regionCode=11&statuses=OPEN,CLOSED';
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'item', 'link', 'category'].includes(name) });

  it('serves Atom with the Ville de Paris CIFRE call only when its status is asked for', async () => {
    const response = await get(`/feeds/opportunities.atom?${CIFRE_11}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parser.parse(text).feed;
    const entry = feed.entry.find((e: any) => e.id === `urn:uuid:${PARIS_CIFRE}`);
    expect(entry.title).toBe('Appel à candidatures annuel pour les doctorant·es Cifre de la Ville de Paris');
    expect(entry.link[0]['@href']).toBe(`${stack.origin}/opportunites/${PARIS_CIFRE}`);
    expect(entry.category.map((c: any) => c['@term'])).toContain('CIFRE');

    const open = parser.parse(await (await get('/feeds/opportunities.atom?kinds=CIFRE&regionCode=11&statuses=OPEN')).text()).feed;
    expect((open.entry ?? []).map((e: any) => e.id)).not.toContain(`urn:uuid:${PARIS_CIFRE}`);
  });

  it('escapes XML and lists the newest first, 100 by default, up to limit', async () => {
    const text = await (await get('/feeds/opportunities.atom?statuses=OPEN,CLOSED,FILLED')).text();
    expect(XMLValidator.validate(text)).toBe(true);
    const entries = parser.parse(text).feed.entry;
    expect(entries[0].id).toBe(`urn:uuid:${opportunityId}`); // published just now
    expect(entries[0].title).toBe(TRICKY_TITLE);
    const published = entries.map((e: any) => e.published);
    expect([...published].sort().reverse()).toEqual(published);
    const { data } = await stack.query(`{ opportunities(filter: { statuses: [OPEN, CLOSED, FILLED] }) { totalCount } }`);
    expect(entries).toHaveLength(Math.min(100, data.opportunities.totalCount));
    const two = parser.parse(await (await get('/feeds/opportunities.atom?limit=2')).text()).feed.entry;
    expect(two).toHaveLength(2);
  });

  it('serves RSS 2.0', async () => {
    const response = await get(`/feeds/opportunities.rss?${CIFRE_11}`);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const channel = parser.parse(text).rss.channel;
    const item = channel.item.find((i: any) => i.link[0] === `${stack.origin}/opportunites/${PARIS_CIFRE}`);
    expect(item.title).toMatch(/Ville de Paris/);
    expect(new Date(item.pubDate).toISOString()).toBe('2023-10-04T00:00:00.000Z');
  });

  it('serves JSON Feed 1.1', async () => {
    const response = await get(`/feeds/opportunities.json?${CIFRE_11}`);
    expect(response.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = (await response.json()) as any;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${stack.origin}/feeds/opportunities.json?${CIFRE_11}`);
    const item = feed.items.find((i: any) => i.id === PARIS_CIFRE);
    expect(item).toMatchObject({ url: `${stack.origin}/opportunites/${PARIS_CIFRE}`, date_published: '2023-10-04T00:00:00.000Z' });
    expect(feed.items.every((i: any) => i.tags.includes('CIFRE'))).toBe(true);
  });

  it('serves iCalendar: one all-day VEVENT per deadline, folded, escaped, with a stable UID', async () => {
    const response = await get('/feeds/opportunities.ics?kinds=INTERNSHIP&departmentCode=75');
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    const lines = icalLines(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const uid = `UID:${opportunityId}-deadline@opportunites.ecosysteme-recherche-territoires`;
    const start = lines.indexOf(uid);
    expect(start).toBeGreaterThan(0);
    const event = lines.slice(lines.lastIndexOf('BEGIN:VEVENT', start), lines.indexOf('END:VEVENT', start));
    expect(event).toContain('DTSTART;VALUE=DATE:20310315');
    expect(event).toContain('DTEND;VALUE=DATE:20310316');
    expect(event).toContain(`URL:${stack.origin}/opportunites/${opportunityId}`);
    expect(event.find((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBeDefined();
    const summary = event.find((l) => l.startsWith('SUMMARY:'))!;
    expect(unescapeIcal(summary.slice('SUMMARY:'.length))).toBe(`Date limite — ${TRICKY_TITLE}`);
    expect(text).toContain('\r\n '); // long lines were folded
    expect(unescapeIcal(event.find((l) => l.startsWith('DESCRIPTION:'))!)).toContain('Ligne 1\nLigne 2 ; avec « guillemets » et \\ barre.');
    // Same UID on the next request; opportunities without a deadline have no event.
    expect(icalLines(await (await get('/feeds/opportunities.ics?kinds=INTERNSHIP&departmentCode=75')).text())).toContain(uid);
    const { data } = await stack.query(`{ opportunities(filter: { statuses: [OPEN, CLOSED, FILLED] }, first: 500) { nodes { deadline } } }`);
    const all = icalLines(await (await get('/feeds/opportunities.ics?statuses=OPEN,CLOSED,FILLED&limit=500')).text());
    expect(all.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(data.opportunities.nodes.filter((n: any) => n.deadline).length);
  });

  it('refuses bad filters with 400 BAD_USER_INPUT', async () => {
    await expectBadInput('/feeds/opportunities.atom?kinds=CIFRE,NOPE');
    await expectBadInput('/feeds/opportunities.rss?limit=501');
    await expectBadInput('/feeds/opportunities.json?limit=0');
    await expectBadInput('/feeds/opportunities.ics?deadlineAfter=2024-13-45');
    await expectBadInput('/feeds/opportunities.atom?region=11'); // unknown parameter
    await expectBadInput('/feeds/opportunities.atom?statuses=DRAFT', 401, 'UNAUTHENTICATED'); // the API's own rule
  });
});

describe('exports', () => {
  it('exports the actors of a département as CSV, one row per actor', async () => {
    const rows = await csv('/exports/actors.csv?departmentCode=42');
    const { data } = await stack.query(`{ actors(filter: { departmentCode: "42" }) { totalCount } }`);
    expect(data.actors.totalCount).toBeGreaterThan(300);
    expect(rows).toHaveLength(data.actors.totalCount);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(rows.every((r) => r.departmentCode === '42')).toBe(true);
    const saintEtienne = rows.find((r) => r.communeCode === '42218' && r.collectivityLevel === 'COMMUNE')!;
    expect(saintEtienne).toMatchObject({ name: 'Saint-Étienne', departmentName: 'Loire', kind: 'COLLECTIVITY' });
    expect(Number(saintEtienne.latitude)).toBeCloseTo(45.43, 1);
  });

  it('exports located actors as GeoJSON, [longitude, latitude] in France', async () => {
    const response = await get('/exports/actors.geojson?regionCode=84');
    expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const collection = (await response.json()) as any;
    expect(collection.type).toBe('FeatureCollection');
    const { data } = await stack.query(`{ actors(filter: { regionCode: "84" }) { totalCount } }`);
    expect(collection.features.length).toBeGreaterThan(data.actors.totalCount * 0.95);
    expect(collection.features.length).toBeLessThanOrEqual(data.actors.totalCount);
    for (const f of collection.features) {
      expect(f.geometry.type).toBe('Point');
      const [longitude, latitude] = f.geometry.coordinates;
      expect(longitude).toBeGreaterThan(2);
      expect(longitude).toBeLessThan(7.5);
      expect(latitude).toBeGreaterThan(44);
      expect(latitude).toBeLessThan(46.9);
      expect(f.properties).toMatchObject({ id: f.id, regionCode: '84' });
      expect(typeof f.properties.name).toBe('string');
      expect(typeof f.properties.source).toBe('string');
    }
  });

  it('exports actors as schema.org JSON-LD', async () => {
    const response = await get('/exports/actors.jsonld?departmentCode=42&kinds=COLLECTIVITY,UNIVERSITY,LAB');
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const doc = (await response.json()) as any;
    expect(doc['@context']).toBe('https://schema.org');
    const commune = doc['@graph'].find((n: any) => n.name === 'Saint-Étienne' && n.identifier?.some((i: any) => i.value === '42218'));
    expect(commune).toMatchObject({ '@type': 'GovernmentOrganization', address: { addressLocality: 'Saint-Étienne', addressCountry: 'FR' } });
    expect(commune.identifier).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'PropertyValue', propertyID: 'SIREN' })]));
    const types = new Set(doc['@graph'].map((n: any) => n['@type']));
    expect([...types].every((t) => ['GovernmentOrganization', 'CollegeOrUniversity', 'ResearchOrganization'].includes(t as string))).toBe(true);
    const university = doc['@graph'].find((n: any) => n['@type'] === 'CollegeOrUniversity' && n.identifier?.some((i: any) => i.propertyID === 'UAI'));
    expect(university).toBeDefined();
  });

  it('exports opportunities as CSV and JSON-LD JobPosting / Event', async () => {
    const rows = await csv('/exports/opportunities.csv?statuses=OPEN,CLOSED,FILLED');
    const { data } = await stack.query(`{ opportunities(filter: { statuses: [OPEN, CLOSED, FILLED] }) { totalCount } }`);
    expect(rows).toHaveLength(data.opportunities.totalCount);
    expect(rows.find((r) => r.id === opportunityId)).toMatchObject({ title: TRICKY_TITLE, deadline: '2031-03-15', url: `${stack.origin}/opportunites/${opportunityId}` });

    const doc = (await (await get('/exports/opportunities.jsonld?statuses=OPEN,CLOSED,FILLED')).json()) as any;
    expect(doc['@graph']).toHaveLength(data.opportunities.totalCount);
    const cifre = doc['@graph'].find((n: any) => n['@id'] === `${stack.origin}/opportunites/${PARIS_CIFRE}`);
    expect(cifre).toMatchObject({
      '@type': 'JobPosting',
      datePosted: '2023-10-04T00:00:00.000Z',
      employmentType: ['FULL_TIME', 'TEMPORARY'],
      hiringOrganization: { '@type': 'GovernmentOrganization', name: 'Paris' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Paris' } },
    });
    const internship = doc['@graph'].find((n: any) => n['@id'] === `${stack.origin}/opportunites/${opportunityId}`);
    expect(internship).toMatchObject({ '@type': 'JobPosting', validThrough: '2031-03-15', employmentType: ['INTERN'] });
    const calls = doc['@graph'].filter((n: any) => n['@type'] === 'Event');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls[0].organizer.name).toEqual(expect.any(String));
  });

  it('gives contact e-mails and phones to signed-in members only', async () => {
    const anonymous = await csv('/exports/contacts.csv');
    expect(anonymous.length).toBeGreaterThan(0);
    expect(anonymous.find((r) => r.id === contactId)).toMatchObject({ displayName: 'Odile Exportable', email: '', phone: '' });
    expect(anonymous.every((r) => r.email === '' && r.phone === '')).toBe(true);
    const anonymousLd = await (await get('/exports/contacts.jsonld')).text();
    expect(anonymousLd).not.toMatch(/exportable@|98 76|"email"|"telephone"/);

    const signedIn = await csv('/exports/contacts.csv', member);
    // Formula injection: text starting with = or + is prefixed with a quote.
    expect(signedIn.find((r) => r.id === contactId)).toMatchObject({
      email: 'odile.exportable@example.fr',
      phone: "'+33 1 98 76 54 32",
      jobTitle: "'=Chargée de partenariats",
      organizationId: ORG,
    });
    const response = await get('/exports/contacts.jsonld?departmentCode=93', member);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const person = ((await response.json()) as any)['@graph'].find((n: any) => n['@id'] === `urn:uuid:${contactId}`);
    expect(person).toMatchObject({
      '@type': 'Person',
      email: 'odile.exportable@example.fr',
      telephone: '+33 1 98 76 54 32',
      worksFor: { '@id': `${stack.origin}/acteurs/${ORG}` },
    });
  });

  it('refuses bad filters and bad tokens', async () => {
    await expectBadInput('/exports/actors.csv?kinds=NOPE');
    await expectBadInput('/exports/actors.geojson?bbox=1,2,3');
    await expectBadInput('/exports/contacts.csv?roles=FACILITATOR&colour=red');
    await expectBadInput('/exports/opportunities.jsonld?departmentCode=75&departmentCode=93');
    const response = await get('/exports/actors.csv', 'not-a-token');
    expect(response.status).toBe(401);
    expect(((await response.json()) as any).error.code).toBe('UNAUTHENTICATED');
  });

  it('streams every actor of the country as CSV with the heap kept bounded', async () => {
    const { data } = await stack.query(`{ actors { totalCount } }`);
    expect(data.actors.totalCount).toBeGreaterThan(30_000);
    const gc = collector();
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let chunks = 0;
    const response = await get('/exports/actors.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-total-count')).toBe(String(data.actors.totalCount));
    // Count records as the bytes arrive (line breaks outside quotes), never holding the file.
    const decoder = new TextDecoder();
    let quoted = false;
    let records = 0;
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const c of decoder.decode(chunk, { stream: true })) {
        if (c === '"') quoted = !quoted;
        else if (c === '\n' && !quoted) records++;
      }
      if (++chunks % 20 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect(records - 1).toBe(data.actors.totalCount); // the header, then one record per actor
    expect(bytes).toBeGreaterThan(5_000_000);
    // The live heap (measured after collections) grows by a page or so, not by the ~36,000 rows.
    expect(peak - before).toBeLessThan(50 * 1024 * 1024);
  }, 300_000);
});
