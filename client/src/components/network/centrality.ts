/**
 * Centrality of the nodes of an ecosystem graph, and what it tells: hubs and isolated actors.
 * Pure functions (no cytoscape): the page, the exports and the tests compute the same numbers.
 */
import { adjacency, partnershipDegrees, type GraphNode, type NetworkGraph } from './graph';

export const MEASURES = ['degree', 'strength', 'betweenness'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Centrality {
  /** Number of distinct neighbours. */
  degree: number;
  /** Links weighted by intensity: a partnership counts its intensity (1–5), any other link 1. */
  strength: number;
  /** Share of the shortest paths between two other nodes that go through this one, 0 to 1. */
  betweenness: number;
}

export function isMeasure(value: string | null | undefined): value is Measure {
  return (MEASURES as readonly string[]).includes(value ?? '');
}

/** Degree, weighted degree and normalised betweenness of every node. */
export function computeCentrality(graph: NetworkGraph): Map<string, Centrality> {
  const neighbours = adjacency(graph);
  const strength = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const edge of graph.edges) {
    const weight = edge.type === 'partnership' ? edge.intensity ?? 1 : 1;
    for (const end of [edge.source, edge.target]) if (strength.has(end)) strength.set(end, strength.get(end)! + weight);
  }
  const betweenness = betweennessCentrality(neighbours);
  return new Map(graph.nodes.map((n) => [n.id, {
    degree: neighbours.get(n.id)?.size ?? 0,
    strength: strength.get(n.id) ?? 0,
    betweenness: betweenness.get(n.id) ?? 0,
  }]));
}

/**
 * Brandes' algorithm on an unweighted undirected graph, normalised by the number of pairs of other
 * nodes ((n−1)(n−2)/2) so that 1 means "on every shortest path".
 */
export function betweennessCentrality(neighbours: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const ids = [...neighbours.keys()];
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const links = ids.map((id) => [...(neighbours.get(id) ?? [])].map((w) => index.get(w)).filter((w): w is number => w !== undefined));
  const score = new Float64Array(n);
  const paths = new Float64Array(n);
  const distance = new Int32Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);
  const predecessors: number[][] = ids.map(() => []);
  for (let source = 0; source < n; source++) {
    paths.fill(0);
    distance.fill(-1);
    dependency.fill(0);
    for (const list of predecessors) list.length = 0;
    paths[source] = 1;
    distance[source] = 0;
    // Breadth-first search; `order` doubles as the queue and, read backwards, as the stack.
    let head = 0;
    let tail = 0;
    order[tail++] = source;
    while (head < tail) {
      const v = order[head++];
      for (const w of links[v]) {
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) {
          paths[w] += paths[v];
          predecessors[w].push(v);
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      for (const v of predecessors[w]) dependency[v] += (paths[v] / paths[w]) * (1 + dependency[w]);
      score[w] += dependency[w];
    }
  }
  // Each undirected path was counted from both of its ends.
  const pairs = n > 2 ? ((n - 1) * (n - 2)) / 2 : 1;
  return new Map(ids.map((id, i) => [id, score[i] / 2 / pairs]));
}

export interface RankedActor {
  node: GraphNode;
  centrality: Centrality;
  partnerships: number;
}

/** The actors of the territory with the highest centrality (zero scores left out), best first. */
export function rankHubs(graph: NetworkGraph, centrality: ReadonlyMap<string, Centrality>, measure: Measure, limit = 10): RankedActor[] {
  const partnerships = partnershipDegrees(graph);
  return graph.nodes
    .filter((n) => n.type === 'actor' && !n.outside)
    .map((node) => ({ node, centrality: centrality.get(node.id) ?? { degree: 0, strength: 0, betweenness: 0 }, partnerships: partnerships.get(node.id) ?? 0 }))
    .filter((r) => r.centrality[measure] > 0)
    .sort((a, b) => b.centrality[measure] - a.centrality[measure] || b.centrality.degree - a.centrality.degree || a.node.label.localeCompare(b.node.label, 'fr'))
    .slice(0, limit);
}

/** The actors of the territory without any partnership: candidates for priority targets, by name. */
export function isolatedActors(graph: NetworkGraph): GraphNode[] {
  const partnerships = partnershipDegrees(graph);
  return graph.nodes
    .filter((n) => n.type === 'actor' && !n.outside && (partnerships.get(n.id) ?? 0) === 0)
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** Node sizes in pixels from a measure, scaled between `min` and `max` over the graph. */
export function nodeSizes(centrality: ReadonlyMap<string, Centrality>, measure: Measure, min = 22, max = 64): Map<string, number> {
  const values = [...centrality.values()].map((c) => c[measure]);
  const low = Math.min(...values, 0);
  const high = Math.max(...values, 0);
  const span = high - low;
  return new Map([...centrality].map(([id, c]) => [id, span > 0 ? Math.round(min + ((c[measure] - low) / span) * (max - min)) : min]));
}
