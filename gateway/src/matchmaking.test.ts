/**
 * Matchmaking (issue 6) through the gateway: publishing research needs (who may), listing them,
 * the labs, researchers and facilitators suggested for them with their reasons and a sensible,
 * deterministic order, openness, need → opportunity, SQL statements per level, privacy, caching.
 *
 * The scenario is built in this test's own database: a need of Saint-Étienne (commune 42218) about
 * three themes no seeded record uses, and labs placed at known communes so distances are known.
 */
import { stableId } from '@ecosystem/common';
import { startStack, type Stack } from './testing/stack.js';

let stack: Stack;
let editor42: string; // editor of the Loire
let editor69: string; // editor of the Rhône only
let admin: string;
let member: string;

const SAINT_ETIENNE = stableId('commune:42218');
const THEMES = ['zones à faibles émissions', 'qualité de l’air intérieur', 'santé des riverains'];
const labs: Record<string, string> = {};
const contacts: Record<string, string> = {};

async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await stack.query<T>(query, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data as T;
}

const CREATE_LAB = `mutation($input: CreateActorInput!) { createActor(input: $input) { id version } }`;
async function lab(key: string, name: string, communeCode: string, themes: string[], token = admin): Promise<string> {
  const data = await ok(CREATE_LAB, { input: { kind: 'LAB', name, themes, territory: { communeCode } } }, token);
  labs[key] = data.createActor.id;
  return data.createActor.id;
}

const PUBLISH = `mutation($input: PublishResearchNeedInput!) { publishResearchNeed(input: $input) { id status version requester { id name } territory { communeName departmentCode } tools { slug } } }`;
const needInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Mesurer l’effet de la zone à faibles émissions sur la santé des riverains',
  question: 'La métropole veut savoir si la ZFE change l’exposition des habitants et leur santé, quartier par quartier.',
  themes: THEMES,
  ercPanels: ['sh3'],
  territory: { communeCode: '42218' },
  requesterId: SAINT_ETIENNE,
  toolSlugs: ['cifre-recherche-action'],
  horizon: 'MEDIUM_TERM',
  ...overrides,
});

beforeAll(async () => {
  stack = await startStack();
  [editor42, editor69, admin, member] = await Promise.all([
    stack.token('editor', 'editor-42', ['departement:42']),
    stack.token('editor', 'editor-69', ['departement:69']),
    stack.token('admin', 'admin-1'),
    stack.token('member', 'member-1'),
  ]);
  // Labs: near with every theme, farther with every theme, far with one theme but already a
  // partner of the requester, far and open with one theme, one that said no, one by ERC panel only.
  await lab('near', 'Laboratoire Air et Santé de Saint-Étienne', '42218', THEMES);
  await lab('lyon', 'Laboratoire lyonnais des expositions', '69123', THEMES);
  await lab('partner', 'Institut clermontois des mobilités', '63113', [THEMES[0]!]);
  await lab('open', 'Centre parisien de santé urbaine', '75056', [THEMES[2]!]);
  await lab('closed', 'Unité roannaise fermée', '42187', THEMES);
  await lab('erc', 'Laboratoire grenoblois de sociologie', '38185', ['erc sh3 the social world and its diversity']);
  await ok(`mutation($a: ID!, $b: ID!) { addPartnership(input: { actorId: $a, partnerId: $b, toolSlug: "connaissance-mutuelle", intensity: 2 }) { id } }`,
    { a: labs.partner, b: SAINT_ETIENNE }, admin);
  await ok(`mutation($id: ID!) { setPartnershipOpenness(id: $id, open: true) { openToPartnerships } }`, { id: labs.open }, admin);
  await ok(`mutation($id: ID!) { setPartnershipOpenness(id: $id, open: false) { openToPartnerships } }`, { id: labs.closed }, admin);
  const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
  const person = async (key: string, input: Record<string, unknown>) => {
    contacts[key] = (await ok(CREATE_CONTACT, { input: { ...(input.organizationId ? { organizationKind: 'LAB' } : {}), ...input } }, admin)).createContact.id;
  };
  await person('researcher', { displayName: 'Alice Chercheuse', roles: ['RESEARCHER'], themes: THEMES.slice(0, 2), organizationId: labs.near,
    territory: { communeCode: '42218' }, email: 'alice@univ-st-etienne.fr', phone: '+33 4 77 00 00 01' });
  await person('facilitator', { displayName: 'Bruno Facilitateur', roles: ['FACILITATOR'], themes: ['partenariats'], territory: { departmentCode: '42' },
    email: 'bruno@loire.fr' });
  await person('far', { displayName: 'Chloé Lointaine', roles: ['RESEARCHER'], themes: [THEMES[2]], territory: { communeCode: '13055' } });
  await person('agent', { displayName: 'Denis Agent', roles: ['AGENT'], themes: THEMES, territory: { communeCode: '42218' } });
});
afterAll(() => stack.stop());

describe('publishing a research need', () => {
  it('is for editors of the need\'s territory: anonymous, members and editors elsewhere are refused, nothing written', async () => {
    const anonymous = await stack.query(PUBLISH, { input: needInput() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const byMember = await stack.query(PUBLISH, { input: needInput() }, member);
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await stack.query(PUBLISH, { input: needInput() }, editor69);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await ok(`{ researchNeeds(filter: { statuses: [OPEN, CLOSED, TURNED_INTO_OPPORTUNITY] }) { totalCount } }`, {});
    expect(list.researchNeeds.totalCount).toBe(0);
  });

  it('names every bad field at once', async () => {
    const bad = await stack.query(PUBLISH, { input: needInput({ title: ' ', themes: [], ercPanels: ['XX9'], toolSlugs: ['pas-un-outil'], requesterId: 'nope' }) }, editor42);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = bad.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['input.ercPanels', 'input.requesterId', 'input.themes', 'input.title', 'input.toolSlugs']);
  });

  it('publishes for an editor of the territory, with the requester and tools resolved across subgraphs, and records it', async () => {
    const data = await ok(PUBLISH, { input: needInput() }, editor42);
    expect(data.publishResearchNeed).toMatchObject({
      status: 'OPEN', version: 1, requester: { id: SAINT_ETIENNE, name: 'Saint-Étienne' },
      territory: { communeName: 'Saint-Étienne', departmentCode: '42' }, tools: [{ slug: 'cifre-recherche-action' }],
    });
    const history = await ok(`query($id: ID!) { researchNeed(id: $id) { ercPanels history { action version author { id } } } }`, { id: data.publishResearchNeed.id }, editor42);
    expect(history.researchNeed).toEqual({ ercPanels: ['SH3'], history: [{ action: 'CREATE', version: 1, author: { id: 'editor-42' } }] });
  });
});

describe('suggestions', () => {
  let needId: string;
  beforeAll(async () => {
    needId = (await ok(PUBLISH, { input: needInput({ title: 'Besoin pour les suggestions' }) }, editor42)).publishResearchNeed.id;
  });

  const SUGGESTIONS = `query($id: ID!, $onlyOpen: Boolean) { researchNeed(id: $id) {
    suggestedActors(first: 20, onlyOpen: $onlyOpen) { score actor { id name openToPartnerships } reasons { kind weight label themes ercPanel distanceKm partnerName intensity } }
    suggestedContacts { score contact { id displayName email phone } reasons { kind weight label territoryLevel territoryName themes } }
  } }`;

  it('ranks labs by shared themes, distance and existing partnerships, explains each, and leaves out those that said no', async () => {
    const data = await ok(SUGGESTIONS, { id: needId });
    const suggested: Array<{ score: number; actor: { id: string }; reasons: Array<Record<string, any>> }> = data.researchNeed.suggestedActors;
    const order = suggested.map((s) => Object.keys(labs).find((key) => labs[key] === s.actor.id));
    // Only our labs share these themes; the seeded records do not.
    expect(order).toEqual(['near', 'lyon', 'partner', 'open', 'erc']);
    // Scores are the sums of the weights, and decrease.
    for (const s of suggested) expect(s.score).toBeCloseTo(s.reasons.reduce((sum, r) => sum + r.weight, 0), 5);
    expect(suggested.map((s) => s.score)).toEqual([...suggested.map((s) => s.score)].sort((a, b) => b - a));

    const [near, lyon, partner, open, erc] = suggested;
    expect(near!.reasons[0]).toMatchObject({ kind: 'SHARED_THEMES', weight: 9, themes: THEMES, label: `3 thèmes en commun : ${THEMES.join(', ')}` });
    const nearDistance = near!.reasons.find((r) => r.kind === 'DISTANCE')!;
    expect(nearDistance.distanceKm).toBeLessThan(1);
    expect(nearDistance.label).toMatch(/^à 0,\d km$/);
    const lyonDistance = lyon!.reasons.find((r) => r.kind === 'DISTANCE')!;
    expect(lyonDistance.distanceKm).toBeGreaterThan(40);
    expect(lyonDistance.distanceKm).toBeLessThan(60);
    expect(lyonDistance.label).toBe(`à ${Math.round(lyonDistance.distanceKm)} km`);
    expect(lyonDistance.weight).toBeLessThan(nearDistance.weight);
    expect(partner!.reasons).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'EXISTING_PARTNERSHIP', weight: 4, intensity: 2, partnerName: 'Saint-Étienne', label: 'déjà partenaire de Saint-Étienne (niveau 2)' }),
      expect.objectContaining({ kind: 'SHARED_THEMES', weight: 3, themes: [THEMES[0]], label: `1 thème en commun : ${THEMES[0]}` }),
    ]));
    expect(open!.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'OPEN_TO_PARTNERSHIPS', weight: 2 })]));
    expect(erc!.reasons[0]).toMatchObject({ kind: 'ERC_PANEL', ercPanel: 'SH3', weight: 2, label: 'domaine ERC SH3' });
    // Reasons come heaviest first.
    for (const s of suggested) expect(s.reasons.map((r) => r.weight)).toEqual([...s.reasons.map((r) => r.weight)].sort((a, b) => b - a));
    expect(suggested.some((s) => s.actor.id === labs.closed)).toBe(false);
  });

  it('keeps only the labs that said they are open when asked, and the same order on every call', async () => {
    const onlyOpen = await ok(SUGGESTIONS, { id: needId, onlyOpen: true });
    expect(onlyOpen.researchNeed.suggestedActors.map((s: any) => s.actor.id)).toEqual([labs.open]);
    const again = await ok(SUGGESTIONS, { id: needId });
    const first = await ok(SUGGESTIONS, { id: needId });
    expect(again).toEqual(first);
  });

  it('moves a lab up when it says it is open (through the versioned write, editors of its territory only)', async () => {
    const refused = await stack.query(`mutation($id: ID!) { setPartnershipOpenness(id: $id, open: true) { id } }`, { id: labs.lyon }, editor42);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await ok(`mutation($id: ID!) { setPartnershipOpenness(id: $id, open: true, expectedVersion: 1) { openToPartnerships version history { action changes { field before after } } } }`,
      { id: labs.lyon }, editor69);
    expect(set.setPartnershipOpenness).toMatchObject({ openToPartnerships: true, version: 2 });
    expect(set.setPartnershipOpenness.history[0]).toEqual({ action: 'UPDATE', changes: [{ field: 'openToPartnerships', before: null, after: true }] });
    const stale = await stack.query(`mutation($id: ID!) { setPartnershipOpenness(id: $id, open: false, expectedVersion: 1) { id } }`, { id: labs.lyon }, editor69);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const data = await ok(SUGGESTIONS, { id: needId });
    const lyon = data.researchNeed.suggestedActors.find((s: any) => s.actor.id === labs.lyon);
    expect(lyon.reasons.map((r: any) => r.kind)).toContain('OPEN_TO_PARTNERSHIPS');
    // 9 (themes) + 2 (open) + distance: now above the Saint-Étienne lab's 9 + ~4.
    expect(data.researchNeed.suggestedActors[0].actor.id).toBe(labs.lyon);
    await ok(`mutation($id: ID!) { setPartnershipOpenness(id: $id, open: null) { id } }`, { id: labs.lyon }, editor69);
  });

  it('suggests researchers and facilitators with reasons, never agents, and hides e-mails and phones from anonymous viewers', async () => {
    const anonymous = await ok(SUGGESTIONS, { id: needId });
    const people: any[] = anonymous.researchNeed.suggestedContacts;
    const order = people.map((p) => Object.keys(contacts).find((key) => contacts[key] === p.contact.id));
    // Alice: 2 themes (6) + same commune (3); Bruno: same département (2) + facilitator (2); Chloé: 1 theme (3).
    expect(order).toEqual(['researcher', 'facilitator', 'far']);
    expect(people[0].reasons).toEqual([
      expect.objectContaining({ kind: 'SHARED_THEMES', weight: 6, themes: THEMES.slice(0, 2) }),
      expect.objectContaining({ kind: 'SAME_TERRITORY', weight: 3, territoryLevel: 'COMMUNE', territoryName: 'Saint-Étienne', label: 'travaille dans la commune (Saint-Étienne)' }),
    ]);
    expect(people[1].reasons).toEqual([
      expect.objectContaining({ kind: 'SAME_TERRITORY', weight: 2, territoryLevel: 'DEPARTMENT', territoryName: 'Loire' }),
      expect.objectContaining({ kind: 'FACILITATOR', weight: 2, label: 'facilitateur du territoire : Loire' }),
    ]);
    for (const p of people) expect([p.contact.email, p.contact.phone]).toEqual([null, null]);
    const signedIn = await ok(SUGGESTIONS, { id: needId }, member);
    expect(signedIn.researchNeed.suggestedContacts[0].contact).toMatchObject({ email: 'alice@univ-st-etienne.fr', phone: '+33 4 77 00 00 01' });
  });

  it('is publicly cacheable for anonymous viewers (5 minutes), private for signed-in ones', async () => {
    const body = JSON.stringify({ query: SUGGESTIONS.replace('email phone', ''), variables: { id: needId } });
    const anonymous = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=300');
    const withEmail = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SUGGESTIONS, variables: { id: needId } }) });
    expect(withEmail.headers.get('cache-control')).toMatch(/private/);
  });
});

describe('listing needs', () => {
  it('filters by territory, theme, tool and text, newest first, with a reusable filter object', async () => {
    const other = await ok(PUBLISH, { input: needInput({ title: 'Îlots de chaleur à Lyon', themes: ['îlots de chaleur'], ercPanels: [], territory: { communeCode: '69123' }, requesterId: stableId('commune:69123'), toolSlugs: [] }) }, editor69);
    const query = `query($filter: ResearchNeedFilter) { researchNeeds(filter: $filter, first: 10) { totalCount nodes { id title } } }`;
    const loire = await ok(query, { filter: { departmentCode: '42' } });
    expect(loire.researchNeeds.nodes.map((n: any) => n.title)).toEqual(['Besoin pour les suggestions', needInput().title]);
    const heat = await ok(query, { filter: { themes: ['Îlots de chaleur'] } });
    expect(heat.researchNeeds.nodes.map((n: any) => n.id)).toEqual([other.publishResearchNeed.id]);
    const text = await ok(query, { filter: { search: 'ilots chaleur' } });
    expect(text.researchNeeds.nodes.map((n: any) => n.id)).toEqual([other.publishResearchNeed.id]);
    const tools = await ok(query, { filter: { toolSlugs: ['cifre-recherche-action'], regionCode: '84' } });
    expect(tools.researchNeeds.totalCount).toBe(2);
    const bad = await stack.query(query, { filter: { requesterId: 'x' } });
    expect(bad.errors?.[0]?.extensions?.field).toBe('filter.requesterId');
  });

  it('sends as many SQL statements for several needs with their suggestions as for one (one per entity type per level)', async () => {
    // The Loire's open needs both have tools, suggested labs and people: every level is reached by one need as by two.
    const LEVELS = `query($first: Int!) { researchNeeds(first: $first, filter: { departmentCode: "42" }) { nodes {
      title requester { name } tools { title }
      suggestedActors(first: 5) { score reasons { label } actor { name parent { name } } }
      suggestedContacts(first: 5) { score contact { displayName organization { name } } }
    } } }`;
    const run = async (first: number) => {
      stack.resetStatements();
      const data = await ok(LEVELS, { first });
      expect(data.researchNeeds.nodes).toHaveLength(first);
      return stack.statements();
    };
    await run(1);
    const one = await run(1);
    const two = await run(2);
    expect(two).toEqual(one);
    // opportunities: the page and the tools; actors: requester, suggestions + their actors, parents,
    // contact organisations; contacts: suggestions + their contacts.
    expect(one.opportunities).toBeLessThanOrEqual(2);
    expect(one.actors).toBeLessThanOrEqual(5);
    expect(one.contacts).toBeLessThanOrEqual(2);
  });
});

describe('need → opportunity', () => {
  const TURN = `mutation($id: ID!, $input: TurnResearchNeedIntoOpportunityInput!) { turnResearchNeedIntoOpportunity(id: $id, input: $input) {
    researchNeed { id status version opportunity { id } }
    opportunity { id kind status title description themes host { id } partners { id } tool { slug } territory { communeCode } deadline researchNeed { id } }
  } }`;

  it('creates the opportunity through the normal write path and links both, once, in one transaction', async () => {
    const needId = (await ok(PUBLISH, { input: needInput({ title: 'Une thèse CIFRE sur la ZFE' }) }, editor42)).publishResearchNeed.id;
    const elsewhere = await stack.query(TURN, { id: needId, input: { kind: 'CIFRE' } }, editor69);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A bad opportunity field refuses the whole conversion: the need stays OPEN and no opportunity is written.
    const before = (await ok(`{ opportunities(filter: { hostId: "${SAINT_ETIENNE}", statuses: [DRAFT, OPEN] }, first: 1000) { totalCount } }`, {}, editor42)).opportunities.totalCount;
    const bad = await stack.query(TURN, { id: needId, input: { kind: 'CIFRE', durationMonths: 500 } }, editor42);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ok(`query($id: ID!) { researchNeed(id: $id) { status version } }`, { id: needId })).researchNeed).toEqual({ status: 'OPEN', version: 1 });

    const data = await ok(TURN, { id: needId, input: { kind: 'CIFRE', deadline: '2027-03-31', partnerIds: [labs.near], expectedVersion: 1 } }, editor42);
    const { researchNeed, opportunity } = data.turnResearchNeedIntoOpportunity;
    expect(researchNeed).toEqual({ id: needId, status: 'TURNED_INTO_OPPORTUNITY', version: 2, opportunity: { id: opportunity.id } });
    expect(opportunity).toMatchObject({
      kind: 'CIFRE', status: 'OPEN', title: 'Une thèse CIFRE sur la ZFE', description: needInput().question, themes: THEMES,
      host: { id: SAINT_ETIENNE }, partners: [{ id: labs.near }], tool: { slug: 'cifre-recherche-action' }, territory: { communeCode: '42218' },
      deadline: '2027-03-31', researchNeed: { id: needId },
    });
    const after = (await ok(`{ opportunities(filter: { hostId: "${SAINT_ETIENNE}", statuses: [DRAFT, OPEN] }, first: 1000) { totalCount } }`, {}, editor42)).opportunities.totalCount;
    expect(after).toBe(before + 1);
    // Both writes are in the journal.
    const journal = await ok(`query($o: ID!, $n: ID!) { o: opportunitiesJournal(filter: { entityId: $o }) { nodes { entityType action version } }
      n: opportunitiesJournal(filter: { entityId: $n }) { nodes { entityType action version changes { field } } } }`, { o: opportunity.id, n: needId }, admin);
    expect(journal.o.nodes).toEqual([{ entityType: 'OPPORTUNITY', action: 'CREATE', version: 1 }]);
    expect(journal.n.nodes[0]).toEqual({ entityType: 'RESEARCH_NEED', action: 'UPDATE', version: 2, changes: [{ field: 'opportunityId' }, { field: 'status' }] });

    const twice = await stack.query(TURN, { id: needId, input: { kind: 'CIFRE' } }, editor42);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const reopen = await stack.query(`mutation($id: ID!) { updateResearchNeed(id: $id, input: { status: OPEN }) { id } }`, { id: needId }, editor42);
    expect(reopen.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // No longer OPEN: out of the default list, still found with its status.
    const open = await ok(`{ researchNeeds(filter: { departmentCode: "42" }) { nodes { id } } }`, {});
    expect(open.researchNeeds.nodes.map((n: any) => n.id)).not.toContain(needId);
    const turned = await ok(`{ researchNeeds(filter: { statuses: [TURNED_INTO_OPPORTUNITY] }) { nodes { id } } }`, {});
    expect(turned.researchNeeds.nodes.map((n: any) => n.id)).toEqual([needId]);
  });

  it('closes a need and refuses to turn a closed one', async () => {
    const needId = (await ok(PUBLISH, { input: needInput({ title: 'Besoin abandonné' }) }, editor42)).publishResearchNeed.id;
    const closed = await ok(`mutation($id: ID!) { updateResearchNeed(id: $id, input: { status: CLOSED, expectedVersion: 1 }) { status version } }`, { id: needId }, editor42);
    expect(closed.updateResearchNeed).toEqual({ status: 'CLOSED', version: 2 });
    const refused = await stack.query(TURN, { id: needId, input: { kind: 'INTERNSHIP' } }, editor42);
    expect(refused.errors?.[0]?.message).toMatch(/closed/);
  });
});
