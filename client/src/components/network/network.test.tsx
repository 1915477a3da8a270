/** @jest-environment jsdom */
import type { ActorKind, NetworkGraph_ActorFragment } from '../../gql/graphql';
import { edgeWidth, nodeAppearance, toElements } from './appearance';
import { betweennessCentrality, computeCentrality, isolatedActors, isMeasure, nodeSizes, rankHubs } from './centrality';
import { csvField, fileStem, graphExport, nodesCsv } from './exports';
import { addHierarchy, adjacency, buildGraph, inTerritory, type NetworkGraph } from './graph';

type Summary = { id: string; name: string; acronym: string | null; kind: ActorKind; collectivityLevel: null; territory: { regionCode: string | null; regionName: string | null; departmentCode: string | null; departmentName: string | null } };
const summary = (id: string, name: string, departmentCode = '93', kind: ActorKind = 'LAB'): Summary => ({
  id, name, acronym: null, kind, collectivityLevel: null,
  territory: { regionCode: departmentCode === '93' ? '11' : '84', regionName: null, departmentCode, departmentName: null },
});
const actor = (base: Summary, extra: Partial<NetworkGraph_ActorFragment> = {}): NetworkGraph_ActorFragment => ({
  ...base, partnerships: [], contacts: [], opportunities: [], ...extra,
});
const tool = { slug: 'recherche-sur-le-territoire', title: 'Recherche sur le territoire' };

const msh = summary('msh', 'MSH Paris Nord');
const condorcet = summary('condorcet', 'Campus Condorcet', '93', 'UNIVERSITY');
const uspn = summary('uspn', 'Université Sorbonne Paris Nord', '93', 'UNIVERSITY');
const mines = summary('mines', 'Mines Saint-Étienne', '42', 'UNIVERSITY');

/** The 93 as the API gives it: MSH and Condorcet see their partnership from both sides; USPN has none. */
const territory = [
  actor(msh, {
    partnerships: [
      { intensity: 2, partner: condorcet, tool },
      { intensity: 4, partner: mines, tool: { slug: 'chaires', title: 'Les chaires' } },
    ],
    contacts: [{ id: 'marie', displayName: 'Marie Jaisson', jobTitle: null, roles: ['FACILITATOR'] }],
    opportunities: [{ id: 'op', title: 'Appel à projets', kind: 'CALL_FOR_PROJECTS', host: msh, partners: [condorcet, mines] }],
  }),
  actor(condorcet, {
    partnerships: [{ intensity: 2, partner: msh, tool }],
    opportunities: [{ id: 'op', title: 'Appel à projets', kind: 'CALL_FOR_PROJECTS', host: msh, partners: [condorcet, mines] }],
  }),
  actor(uspn, { contacts: [{ id: 'c2', displayName: 'Jeanne Martin', jobTitle: 'Chargée de mission', roles: ['AGENT'] }] }),
];
const inside = (a: Summary | { territory?: { departmentCode?: string | null } }) => inTerritory(a as Summary, 'departement', '93');

describe('buildGraph', () => {
  it('draws each actor once, each partnership once, and marks partners outside the territory', () => {
    const graph = buildGraph(territory, { contacts: false, opportunities: false, inside });
    expect(graph.nodes.map((n) => `${n.id}${n.outside ? ' (outside)' : ''}`)).toEqual([
      'actor:msh', 'actor:condorcet', 'actor:uspn', 'actor:mines (outside)',
    ]);
    expect(graph.edges).toEqual([
      { id: 'partnership:actor:condorcet|actor:msh|recherche-sur-le-territoire', type: 'partnership', source: 'actor:condorcet', target: 'actor:msh', intensity: 2, tool: 'Recherche sur le territoire' },
      { id: 'partnership:actor:mines|actor:msh|chaires', type: 'partnership', source: 'actor:mines', target: 'actor:msh', intensity: 4, tool: 'Les chaires' },
    ]);
  });

  it('adds contacts linked to their organisation and opportunities linked to their host and partners, once', () => {
    const graph = buildGraph(territory, { contacts: true, opportunities: true, inside });
    expect(graph.nodes.filter((n) => n.type !== 'actor').map((n) => `${n.type} ${n.label}`)).toEqual([
      'contact Marie Jaisson', 'opportunity Appel à projets', 'contact Jeanne Martin',
    ]);
    const links = (type: string) => graph.edges.filter((e) => e.type === type).map((e) => `${e.source} → ${e.target}`);
    expect(links('contact')).toEqual(['contact:marie → actor:msh', 'contact:c2 → actor:uspn']);
    expect(links('opportunity')).toEqual(['opportunity:op → actor:msh', 'opportunity:op → actor:condorcet', 'opportunity:op → actor:mines']);
  });

  it('marks nothing outside without a territory, and adds the first level of the hierarchy', () => {
    const ego = buildGraph([territory[2]], { contacts: true, opportunities: true });
    const graph = addHierarchy(ego, 'uspn', summary('ile', 'Île-de-France'), [summary('lab', 'Un laboratoire')]);
    expect(graph.nodes.every((n) => !n.outside)).toBe(true);
    expect(graph.edges.filter((e) => e.type === 'hierarchy').map((e) => `${e.source} → ${e.target}`)).toEqual([
      'actor:ile → actor:uspn', 'actor:uspn → actor:lab',
    ]);
  });
});

describe('centrality', () => {
  const path: NetworkGraph = {
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, type: 'actor' as const, entityId: id, label: id.toUpperCase(), kind: 'LAB', outside: false })),
    edges: [
      { id: 'ab', type: 'partnership', source: 'a', target: 'b', intensity: 5 },
      { id: 'bc', type: 'partnership', source: 'b', target: 'c', intensity: 1 },
    ],
  };

  it('computes degree, weighted degree and normalised betweenness', () => {
    const c = computeCentrality(path);
    expect(c.get('b')).toEqual({ degree: 2, strength: 6, betweenness: 1 / 3 });
    expect(c.get('a')).toEqual({ degree: 1, strength: 5, betweenness: 0 });
    expect(c.get('d')).toEqual({ degree: 0, strength: 0, betweenness: 0 });
  });

  it('gives the centre of a star every shortest path', () => {
    const star: NetworkGraph = {
      nodes: ['hub', 'x', 'y', 'z'].map((id) => ({ id, type: 'actor' as const, entityId: id, label: id, kind: 'LAB', outside: false })),
      edges: ['x', 'y', 'z'].map((leaf) => ({ id: leaf, type: 'partnership' as const, source: 'hub', target: leaf, intensity: 1 })),
    };
    const b = betweennessCentrality(adjacency(star));
    expect(b.get('hub')).toBe(1);
    expect(b.get('x')).toBe(0);
  });

  it('splits betweenness between equally short paths', () => {
    // a–b–d and a–c–d: b and c each carry half of the a–d paths.
    const diamond = new Map([['a', new Set(['b', 'c'])], ['b', new Set(['a', 'd'])], ['c', new Set(['a', 'd'])], ['d', new Set(['b', 'c'])]]);
    const b = betweennessCentrality(diamond);
    expect(b.get('b')).toBeCloseTo(0.5 / 3);
    expect(b.get('c')).toBeCloseTo(0.5 / 3);
  });

  it('ranks the hubs of the territory by the chosen measure, leaving out zeros and outside partners', () => {
    const graph = buildGraph(territory, { contacts: true, opportunities: true, inside });
    const c = computeCentrality(graph);
    expect(rankHubs(graph, c, 'degree').map((r) => `${r.node.label} ${r.centrality.degree} ${r.partnerships}`)).toEqual([
      'MSH Paris Nord 4 2', 'Campus Condorcet 2 1', 'Université Sorbonne Paris Nord 1 0',
    ]);
    expect(rankHubs(graph, c, 'strength', 1).map((r) => r.node.label)).toEqual(['MSH Paris Nord']);
    expect(rankHubs(graph, c, 'betweenness').map((r) => r.node.label)).toEqual(['MSH Paris Nord']);
  });

  it('lists as isolated the actors of the territory without partnership, even with a contact', () => {
    const graph = buildGraph(territory, { contacts: true, opportunities: true, inside });
    expect(isolatedActors(graph).map((n) => n.label)).toEqual(['Université Sorbonne Paris Nord']);
    const none = buildGraph([actor(uspn), actor(summary('x', 'Association X', '93', 'ASSOCIATION'))], { contacts: true, opportunities: true, inside });
    expect(isolatedActors(none).map((n) => n.label)).toEqual(['Association X', 'Université Sorbonne Paris Nord']);
    expect(rankHubs(none, computeCentrality(none), 'degree')).toEqual([]);
  });

  it('scales node sizes between the bounds, or uses the smallest when every score is equal', () => {
    const sizes = nodeSizes(computeCentrality(path), 'degree', 20, 40);
    expect([...sizes.values()]).toEqual([30, 40, 30, 20]);
    const flat = nodeSizes(new Map([['a', { degree: 0, strength: 0, betweenness: 0 }]]), 'betweenness', 20, 40);
    expect(flat.get('a')).toBe(20);
    expect(isMeasure('betweenness')).toBe(true);
    expect(isMeasure('pagerank')).toBe(false);
  });
});

describe('exports', () => {
  const graph = buildGraph(territory, { contacts: true, opportunities: false, inside });
  const data = graphExport(graph, computeCentrality(graph), 'Seine-Saint-Denis (93)', new Date('2026-01-02T03:04:05Z'));

  it('exports every node with its centrality and every edge', () => {
    expect(data.territory).toBe('Seine-Saint-Denis (93)');
    expect(data.generatedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(data.nodes.find((n) => n.id === 'actor:msh')).toMatchObject({ type: 'actor', entityId: 'msh', partnerships: 2, degree: 3, weightedDegree: 7 });
    expect(data.nodes.find((n) => n.id === 'contact:marie')).toMatchObject({ type: 'contact', roles: ['FACILITATOR'] });
    expect(data.edges).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('writes the nodes as CSV with a header, quoted fields and CRLF line ends', () => {
    const csv = nodesCsv(data);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,type,entityId,label,kind,collectivityLevel,outside,partnerships,degree,weightedDegree,betweenness');
    expect(lines).toHaveLength(data.nodes.length + 2);
    expect(lines[lines.length - 1]).toBe('');
    // MSH lies on the shortest paths between Condorcet, Mines and Marie Jaisson: 3 of the 10 pairs.
    expect(lines[1]).toBe('actor:msh,actor,msh,MSH Paris Nord,LAB,,false,2,3,7,0.3');
    expect(csv).toContain('actor:mines,actor,mines,Mines Saint-Étienne,UNIVERSITY,,true,1,1,4,0');
  });

  it('quotes separators and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('Labo "Alpha", Lyon')).toBe('"Labo ""Alpha"", Lyon"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(fileStem('Département 2A – Corse-du-Sud')).toBe('ecosysteme-departement-2a-corse-du-sud');
  });
});

describe('appearance', () => {
  it('tells kinds apart by shape as well as colour', () => {
    expect(nodeAppearance({ type: 'actor', kind: 'LAB' })).toEqual({ shape: 'ellipse', colour: '#0b6e4f', border: '#1b1b1b' });
    expect(nodeAppearance({ type: 'actor', kind: 'UNIVERSITY' }).shape).toBe('round-rectangle');
    expect(nodeAppearance({ type: 'contact', kind: 'CONTACT' }).shape).toBe('vee');
    expect(edgeWidth(1)).toBeLessThan(edgeWidth(5));
    expect(edgeWidth(9)).toBe(edgeWidth(5));
  });

  it('turns the graph into cytoscape elements with sizes, classes and tool labels', () => {
    const graph = buildGraph(territory, { contacts: false, opportunities: false, inside });
    const elements = toElements(graph, new Map([['actor:msh', 50]]));
    expect(elements.find((e) => e.data.id === 'actor:msh')).toMatchObject({ group: 'nodes', data: { size: 50, label: 'MSH Paris Nord' }, classes: ['actor'] });
    expect(elements.find((e) => e.data.id === 'actor:mines')).toMatchObject({ classes: ['actor', 'outside'], data: { size: 22 } });
    expect(elements.find((e) => e.group === 'edges')?.data).toMatchObject({ label: 'Recherche sur le territoire (2/5)', width: 4 });
  });
});
