/** The public contract, exercised through the gateway over HTTP against the seeded data. */
import { stableId, territories } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const SAINT_ETIENNE = stableId('commune:42218');
const PARIS = stableId('commune:75056');

describe('actors', () => {
  it('returns a commune with its identifiers, territory, location, hierarchy and source', async () => {
    const { data, errors } = await stack.query(
      `query($id: ID!) { actor(id: $id) {
         id kind collectivityLevel name
         identifiers { insee siren rnsr uai ror }
         territory { regionCode regionName departmentCode departmentName epciName communeCode communeName }
         location { latitude longitude precision }
         parent { name collectivityLevel parent { name parent { name collectivityLevel } } }
         source { name url license retrievedOn }
         updatedAt
      } }`,
      { id: SAINT_ETIENNE },
    );
    expect(errors).toBeUndefined();
    expect(data.actor).toMatchObject({
      id: SAINT_ETIENNE,
      kind: 'COLLECTIVITY',
      collectivityLevel: 'COMMUNE',
      name: 'Saint-Étienne',
      identifiers: { insee: '42218', siren: '214202186', rnsr: null },
      territory: { regionCode: '84', regionName: 'Auvergne-Rhône-Alpes', departmentCode: '42', departmentName: 'Loire', communeName: 'Saint-Étienne' },
      location: { precision: 'COMMUNE' },
      parent: { name: 'Saint-Étienne Métropole', collectivityLevel: 'EPCI', parent: { name: 'Département de la Loire', parent: { name: 'Région Auvergne-Rhône-Alpes', collectivityLevel: 'REGION' } } },
      source: { license: 'Licence Ouverte / Open Licence 2.0', retrievedOn: '2026-11-24' },
    });
    expect(data.actor.location.latitude).toBeCloseTo(45.43, 1);
    expect(data.actor.location.longitude).toBeCloseTo(4.39, 1);
    expect(new Date(data.actor.updatedAt).getTime()).not.toBeNaN();
  });

  it('returns null for an unknown or malformed id', async () => {
    const { data, errors } = await stack.query(`{ a: actor(id: "00000000-0000-4000-8000-000000000000") { id } b: actor(id: "nope") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null });
  });

  it('seeds every collectivité of the official map', async () => {
    const index = territories();
    const count = async (collectivityLevels: string[]) =>
      (await stack.query(`query($l: [CollectivityLevel!]) { actors(filter: { collectivityLevels: $l }) { totalCount } }`, { l: collectivityLevels })).data.actors.totalCount;
    expect(await count(['REGION'])).toBe(18);
    expect(await count(['DEPARTMENT'])).toBe(101);
    expect(await count(['COMMUNE'])).toBe(index.communes.length);
    expect(await count(['EPCI'])).toBe(index.epcis.length);
  });

  it('finds Saint-Étienne first whatever the accents and case', async () => {
    for (const search of ['saint etienne', 'SAINT-ÉTIENNE', 'Saint Etienne']) {
      const { data } = await stack.query(`query($s: String) { actors(filter: { search: $s }, first: 3) { totalCount nodes { id name } } }`, { s: search });
      expect(data.actors.nodes[0]).toEqual({ id: SAINT_ETIENNE, name: 'Saint-Étienne' });
    }
  });

  it('tolerates a typo in a name through trigrams', async () => {
    const { data } = await stack.query(`{ actors(filter: { search: "Dunkerke" }, first: 3) { nodes { name } } }`);
    expect(data.actors.nodes.map((n: { name: string }) => n.name)).toContain('Dunkerque');
  });

  it('finds names starting with what was typed', async () => {
    const { data } = await stack.query(`{ actors(filter: { search: "montpel" }, first: 5) { totalCount nodes { name } } }`);
    expect(data.actors.nodes[0].name).toBe('Montpellier');
    // The words of "montpel" match nothing and no trigram branch runs: only leading names count.
    expect(data.actors.totalCount).toBe(data.actors.nodes.length);
  });

  it('brings typo-tolerant matches only when words and leading names find nothing', async () => {
    const names = async (search: string) =>
      ((await stack.query(`query($s: String) { actors(filter: { search: $s }, first: 200) { nodes { name } } }`, { s: search })).data.actors.nodes as Array<{ name: string }>).map((n) => n.name);
    // "Nançay" and "Nancray" are within trigram similarity of "nancy", but "Nancy" is found by its word.
    const exact = await names('Nancy');
    expect(exact[0]).toBe('Nancy');
    expect(exact).not.toContain('Nançay');
    expect(exact).not.toContain('Nancray');
    // Misspelt, nothing matches by word: similar names come, the right one first.
    const typo = await names('Nancyy');
    expect(typo[0]).toBe('Nancy');
    expect(typo).toContain('Nance');
  });

  it('ranks a large search within a window of 1,000 results that pages consistently', async () => {
    const search = (first: number, after?: string) =>
      stack.query(`query($after: String) { actors(filter: { search: "saint" }, first: ${first}, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`, { after });
    const whole = (await search(1000)).data.actors;
    expect(whole.totalCount).toBeGreaterThan(1000);
    expect(whole.nodes).toHaveLength(1000);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const beyond = (await search(10, whole.pageInfo.endCursor)).data.actors;
    expect(beyond).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });

    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = (await search(300, after)).data.actors;
      paged.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole.nodes.map((n: { id: string }) => n.id));
  });

  it('filters by territory, kind and level', async () => {
    const loire = territories().communes.filter((c) => c.departement === '42').length;
    const { data } = await stack.query(
      `{ actors(filter: { departmentCode: "42", kinds: [COLLECTIVITY], collectivityLevels: [COMMUNE] }, first: 5) { totalCount nodes { territory { departmentCode } } } }`,
    );
    expect(data.actors.totalCount).toBe(loire);
    expect(data.actors.nodes.every((n: any) => n.territory.departmentCode === '42')).toBe(true);

    const region = await stack.query(`{ actors(filter: { regionCode: "84", kinds: [UNIVERSITY] }) { nodes { name territory { regionCode } } } }`);
    expect(region.data.actors.nodes.map((n: any) => n.name)).toContain('Mines Saint-Étienne');

    const commune = await stack.query(`{ actors(filter: { communeCode: "42218", kinds: [COLLECTIVITY] }) { totalCount nodes { name } } }`);
    expect(commune.data.actors).toEqual({ totalCount: 1, nodes: [{ name: 'Saint-Étienne' }] });
  });

  it('filters by bounding box', async () => {
    const box = { south: 45.3, west: 4.2, north: 45.5, east: 4.5 };
    const { data } = await stack.query(
      `query($b: BoundingBox) { actors(filter: { bbox: $b, collectivityLevels: [COMMUNE] }, first: 1000) { totalCount nodes { id location { latitude longitude } } } }`,
      { b: box },
    );
    const ids = data.actors.nodes.map((n: { id: string }) => n.id);
    expect(ids).toContain(SAINT_ETIENNE);
    expect(ids).not.toContain(PARIS);
    for (const { location } of data.actors.nodes) {
      expect(location.latitude).toBeGreaterThanOrEqual(box.south);
      expect(location.latitude).toBeLessThanOrEqual(box.north);
      expect(location.longitude).toBeGreaterThanOrEqual(box.west);
      expect(location.longitude).toBeLessThanOrEqual(box.east);
    }
  });

  it('rejects an inverted bounding box with BAD_USER_INPUT', async () => {
    const { errors } = await stack.query(`{ actors(filter: { bbox: { south: 46, west: 4, north: 45, east: 5 } }) { totalCount } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.bbox.south' });
  });

  it('paginates with cursors, without overlap', async () => {
    const page = `query($after: String) { actors(filter: { departmentCode: "42" }, first: 10, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = (await stack.query(page)).data.actors;
    const second = (await stack.query(page, { after: first.pageInfo.endCursor })).data.actors;
    expect(first.nodes).toHaveLength(10);
    expect(second.nodes).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const firstIds = new Set(first.nodes.map((n: { id: string }) => n.id));
    expect(second.nodes.some((n: { id: string }) => firstIds.has(n.id))).toBe(false);
    expect(second.totalCount).toBe(first.totalCount);

    const bad = await stack.query(page, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const huge = await stack.query(`{ actors(first: 100000) { totalCount } }`);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('serves narrow locations and per-département counts for maps', async () => {
    const { data, errors } = await stack.query(`{
      actorLocations(filter: { departmentCode: "42", collectivityLevels: [COMMUNE] }) { id kind collectivityLevel name latitude longitude }
      actorCountsByDepartment(filter: { collectivityLevels: [COMMUNE] }) { code count }
      all: actors(filter: { collectivityLevels: [COMMUNE] }) { totalCount }
      opportunityCountsByDepartment(filter: { statuses: [OPEN, CLOSED, FILLED] }) { code count }
    }`);
    expect(errors).toBeUndefined();
    const loire = territories().communes.filter((c) => c.departement === '42').length;
    expect(data.actorLocations).toHaveLength(loire);
    expect(data.actorLocations).toContainEqual(expect.objectContaining({ id: SAINT_ETIENNE, name: 'Saint-Étienne', collectivityLevel: 'COMMUNE' }));
    expect(data.actorCountsByDepartment.find((c: any) => c.code === '42').count).toBe(loire);
    // Every commune has a département, so the counts add up to the total.
    expect(data.actorCountsByDepartment.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(data.all.totalCount);
    expect(data.opportunityCountsByDepartment.find((c: any) => c.code === '75')?.count).toBeGreaterThan(0);
    const tooMany = await stack.query(`{ actorLocations(limit: 60000) { id } }`);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('lists children of a parent', async () => {
    const { data } = await stack.query(`query($id: ID!) { actor(id: $id) { children(first: 3) { name parent { id } } } }`, { id: stableId('departement:42') });
    expect(data.actor.children).toHaveLength(3);
    expect(data.actor.children.every((c: any) => c.parent.id === stableId('departement:42'))).toBe(true);
  });
});

describe('the federated graph', () => {
  it('joins the three subgraphs on one actor', async () => {
    const { data, errors } = await stack.query(
      `query($id: ID!) { actor(id: $id) {
         name
         opportunities(statuses: [OPEN, CLOSED, FILLED]) { kind title host { name } tool { slug title family } }
         contacts { displayName }
         partnerships { intensity partner { name } tool { slug title } }
      } }`,
      { id: PARIS },
    );
    expect(errors).toBeUndefined();
    expect(data.actor.name).toBe('Paris');
    const cifre = data.actor.opportunities.find((o: any) => o.kind === 'CIFRE');
    expect(cifre).toMatchObject({ host: { name: 'Paris' }, tool: { slug: 'cifre-recherche-action', family: 'UNIVERSITY_TO_TERRITORY' } });
    expect(data.actor.partnerships.length).toBeGreaterThan(0);
    for (const p of data.actor.partnerships) {
      expect(p.intensity).toBeGreaterThanOrEqual(1);
      expect(p.intensity).toBeLessThanOrEqual(5);
      expect(p.tool.title).toEqual(expect.any(String));
      expect(p.partner.name).toEqual(expect.any(String));
    }
  });

  it('describes the two job postings completely', async () => {
    const { data } = await stack.query(`{ opportunities(filter: { kinds: [INTERNSHIP, JOB] }) { nodes {
      kind title description host { name } territory { communeName } placeName durationMonths remuneration contractType missions profile howToApply applyUrl source { name }
    } } }`);
    const internship = data.opportunities.nodes.find((o: any) => o.kind === 'INTERNSHIP' && o.host.name === 'Mines Saint-Étienne');
    expect(internship).toBeDefined();
    expect(internship.territory.communeName).toBe('Saint-Étienne');
    expect(internship.durationMonths).toBe(6);
    expect(internship.missions.length).toBeGreaterThanOrEqual(5);
    const job = data.opportunities.nodes.find((o: any) => o.kind === 'JOB' && o.host.name === 'Nos services publics');
    expect(job).toBeDefined();
    expect(job.remuneration).toMatch(/3\s?500/);
    expect(job.howToApply).toMatch(/collectif@nosservicespublics\.fr/);
    expect(job.missions).toHaveLength(3);
    expect(job.profile).toEqual(expect.any(String));
  });

  it('serves the whole toolbox with its families and the step-by-step advice', async () => {
    const { data } = await stack.query(`{
      partnershipTools { slug family intensities source { name } }
      bridge: partnershipTools(family: BRIDGE) { slug }
      level4: partnershipTools(intensity: 4) { slug intensities }
      cifre: partnershipTool(slug: "cifre-recherche-action") { title objective interestForCollectivity interestForResearch process examples links opportunities(statuses: [OPEN, CLOSED]) { kind } }
      nextPartnershipTools(currentIntensity: 0) { intensities }
    }`);
    expect(data.partnershipTools).toHaveLength(27);
    expect(new Set(data.partnershipTools.map((t: any) => t.family))).toEqual(new Set(['UNIVERSITY_TO_TERRITORY', 'TERRITORY_TO_UNIVERSITY', 'SKILLS_TRANSFER', 'BRIDGE']));
    expect(data.partnershipTools.every((t: any) => /Boîte à outils/.test(t.source.name))).toBe(true);
    expect(data.bridge).toHaveLength(7);
    expect(data.level4.every((t: any) => t.intensities.includes(4))).toBe(true);
    expect(data.cifre.opportunities.some((o: any) => o.kind === 'CIFRE')).toBe(true);
    expect(data.nextPartnershipTools.every((t: any) => t.intensities.includes(1))).toBe(true);
  });

  it('filters opportunities by kind, territory and deadline', async () => {
    const { data } = await stack.query(`{ opportunities(filter: { kinds: [CIFRE], regionCode: "11" }) { totalCount nodes { kind territory { regionCode } } } }`);
    expect(data.opportunities.totalCount).toBeGreaterThan(0);
    expect(data.opportunities.nodes.every((o: any) => o.kind === 'CIFRE' && o.territory.regionCode === '11')).toBe(true);
  });

  it('searches opportunities without accents', async () => {
    const { data } = await stack.query(`{ opportunities(filter: { search: "co-creation developpement durable" }) { nodes { host { name } } } }`);
    expect(data.opportunities.nodes.map((o: any) => o.host.name)).toContain('Mines Saint-Étienne');
  });
});
