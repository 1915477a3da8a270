/**
 * How the graph is drawn: a colour AND a shape per kind of node (never colour alone), edge widths by
 * intensity, dashed borders for actors outside the territory. Pure data for cytoscape and the legend.
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { ACTOR_KIND_COLOURS } from '../../ui/labels';
import type { GraphNode, NetworkGraph } from './graph';

export type Shape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'triangle' | 'star' | 'octagon' | 'rectangle' | 'vee' | 'tag';

export const ACTOR_KIND_SHAPES: Record<string, Shape> = {
  LAB: 'ellipse',
  UNIVERSITY: 'round-rectangle',
  COLLECTIVITY: 'hexagon',
  ASSOCIATION: 'diamond',
  SATT: 'triangle',
  POLE: 'star',
  PUBLIC_BODY: 'octagon',
  COMPANY: 'rectangle',
};

export const CONTACT_STYLE = { shape: 'vee' as Shape, colour: '#ffffff', border: '#4a4a4a' };
export const OPPORTUNITY_STYLE = { shape: 'tag' as Shape, colour: '#b45309', border: '#1b1b1b' };

export function nodeAppearance(node: Pick<GraphNode, 'type' | 'kind'>): { shape: Shape; colour: string; border: string } {
  if (node.type === 'contact') return CONTACT_STYLE;
  if (node.type === 'opportunity') return OPPORTUNITY_STYLE;
  return { shape: ACTOR_KIND_SHAPES[node.kind] ?? 'ellipse', colour: ACTOR_KIND_COLOURS[node.kind] ?? '#4b4b4b', border: '#1b1b1b' };
}

/** Partnership edge width in pixels for an intensity of 1 to 5. */
export function edgeWidth(intensity: number | undefined): number {
  const level = Math.min(5, Math.max(1, intensity ?? 1));
  return 1 + level * 1.5;
}

const shorten = (text: string, max = 32) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The graph as cytoscape elements; `sizes` gives each node's diameter. */
export function toElements(graph: NetworkGraph, sizes: ReadonlyMap<string, number>): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((node) => {
    const look = nodeAppearance(node);
    return {
      group: 'nodes',
      data: { id: node.id, label: shorten(node.label), shape: look.shape, colour: look.colour, border: look.border, size: sizes.get(node.id) ?? 22 },
      classes: [node.type, node.outside ? 'outside' : ''].filter(Boolean),
    };
  });
  const edges: ElementDefinition[] = graph.edges.map((edge) => ({
    group: 'edges',
    data: {
      id: edge.id, source: edge.source, target: edge.target,
      width: edge.type === 'partnership' ? edgeWidth(edge.intensity) : 1.5,
      label: edge.type === 'partnership' ? `${edge.tool ?? ''} (${edge.intensity ?? ''}/5)` : '',
    },
    classes: [edge.type],
  }));
  return [...nodes, ...edges];
}

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as never, width: 'data(size)', height: 'data(size)',
      'background-color': 'data(colour)', 'border-color': 'data(border)', 'border-width': 1.5,
      label: 'data(label)', color: '#1b1b1b', 'font-size': 12, 'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': '140px',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '2px',
    },
  },
  { selector: 'node.contact', style: { 'border-width': 2, 'font-size': 10 } },
  { selector: 'node.opportunity', style: { 'font-size': 10 } },
  { selector: 'node.outside', style: { 'border-style': 'dashed', 'border-width': 3, 'background-opacity': 0.75 } },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#f0a500', 'border-style': 'solid', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)', 'line-color': '#5a5a5a', 'curve-style': 'bezier', 'font-size': 11, color: '#1b1b1b',
      'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': '2px', 'text-rotation': 'autorotate',
    },
  },
  { selector: 'edge.contact', style: { 'line-style': 'dotted', 'line-color': '#767676' } },
  { selector: 'edge.opportunity', style: { 'line-style': 'dashed', 'line-color': '#b45309' } },
  { selector: 'edge.hierarchy', style: { 'line-style': 'dotted', 'line-color': '#1d4e89', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#1d4e89' } },
  { selector: 'edge.partnership.hovered, edge.partnership:selected, edge.partnership.highlighted', style: { label: 'data(label)', 'line-color': '#1d4e89' } },
];

/** Points of a shape in a 20×20 box, for the legend's small drawings. */
export function legendPoints(shape: Shape): string | null {
  const polygons: Partial<Record<Shape, string>> = {
    hexagon: '5,2 15,2 19,10 15,18 5,18 1,10',
    diamond: '10,1 19,10 10,19 1,10',
    triangle: '10,2 19,18 1,18',
    star: '10,1 12.6,7 19,7.4 14,11.6 15.6,18 10,14.4 4.4,18 6,11.6 1,7.4 7.4,7',
    octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
    vee: '1,2 10,8 19,2 10,19',
    tag: '1,3 13,3 19,10 13,17 1,17',
  };
  return polygons[shape] ?? null;
}
