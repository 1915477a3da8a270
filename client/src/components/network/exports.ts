/** The graph as files a person can reuse: JSON (nodes, edges, centrality) and CSV (nodes). */
import type { Centrality } from './centrality';
import type { NetworkGraph } from './graph';

const ZERO: Centrality = { degree: 0, strength: 0, betweenness: 0 };
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export interface GraphExport {
  territory: string;
  generatedAt: string;
  nodes: Array<{
    id: string; type: string; entityId: string; label: string; kind: string; collectivityLevel: string | null;
    outside: boolean; roles?: string[]; partnerships: number; degree: number; weightedDegree: number; betweenness: number;
  }>;
  edges: Array<{ id: string; type: string; source: string; target: string; intensity: number | null; tool: string | null }>;
}

/** Everything drawn, with each node's centrality, as a JSON-ready object. */
export function graphExport(graph: NetworkGraph, centrality: ReadonlyMap<string, Centrality>, territory: string, now = new Date()): GraphExport {
  const partnerships = new Map<string, number>();
  for (const edge of graph.edges) {
    if (edge.type !== 'partnership') continue;
    for (const end of [edge.source, edge.target]) partnerships.set(end, (partnerships.get(end) ?? 0) + 1);
  }
  return {
    territory,
    generatedAt: now.toISOString(),
    nodes: graph.nodes.map((n) => {
      const c = centrality.get(n.id) ?? ZERO;
      return {
        id: n.id, type: n.type, entityId: n.entityId, label: n.label, kind: n.kind, collectivityLevel: n.collectivityLevel ?? null,
        outside: n.outside, ...(n.roles ? { roles: n.roles } : {}), partnerships: partnerships.get(n.id) ?? 0,
        degree: c.degree, weightedDegree: c.strength, betweenness: round(c.betweenness),
      };
    }),
    edges: graph.edges.map((e) => ({ id: e.id, type: e.type, source: e.source, target: e.target, intensity: e.intensity ?? null, tool: e.tool ?? null })),
  };
}

export const CSV_COLUMNS = ['id', 'type', 'entityId', 'label', 'kind', 'collectivityLevel', 'outside', 'partnerships', 'degree', 'weightedDegree', 'betweenness'] as const;

/** One CSV field (RFC 4180), defused against spreadsheet formulas. */
export function csvField(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The nodes and their centrality, one line each, with a header line; CRLF line ends. */
export function nodesCsv(data: GraphExport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const node of data.nodes) lines.push(CSV_COLUMNS.map((column) => csvField(node[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name safe on every system, e.g. `ecosysteme-departement-93`. */
export function fileStem(territory: string): string {
  const slug = territory.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `ecosysteme-${slug || 'territoire'}`;
}

/** Offers a file to the person: a real download through a temporary link. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start reading the blob before it is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
