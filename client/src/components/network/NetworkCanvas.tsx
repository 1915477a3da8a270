/**
 * Draws a network graph with cytoscape, loaded on demand (its own chunk: pages that embed a graph
 * keep a small first load). The canvas is a picture for sighted readers: every page that shows it
 * also gives its content as lists and links.
 */
import type { Core } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useMessages } from '../../i18n/i18n';
import { GRAPH_STYLE, toElements } from './appearance';
import type { NetworkGraph } from './graph';
import { NETWORK_MESSAGES } from './messages';
import './network.css';

export interface CanvasController {
  /** The whole graph as a PNG image at twice the screen resolution. */
  png(): Promise<Blob>;
}

interface Props {
  graph: NetworkGraph;
  sizes: ReadonlyMap<string, number>;
  /** Short description of what the picture shows, read by screen readers. */
  description: string;
  selectedId?: string | null;
  onSelect?(nodeId: string | null): void;
  controller?: Ref<CanvasController | null>;
  className?: string;
  /** `cose` (force-directed) for a territory; `concentric` puts the selected node in the middle, for an ego network. */
  layout?: 'cose' | 'concentric';
  /** Label the selected node's partnerships with their tool (otherwise only on hover). */
  labelSelectedEdges?: boolean;
}

export function NetworkCanvas({ graph, sizes, description, selectedId = null, onSelect, controller, className, layout = 'cose', labelSelectedEdges = true }: Props) {
  const t = useMessages(NETWORK_MESSAGES);
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [failed, setFailed] = useState(false);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    let cancelled = false;
    let instance: Core | null = null;
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled || !container.current) return;
        instance = cytoscape({ container: container.current, style: GRAPH_STYLE, minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false });
        const current = instance;
        current.on('tap', 'node', (event) => select.current?.(event.target.id()));
        current.on('tap', (event) => {
          if (event.target === current) select.current?.(null);
        });
        current.on('mouseover', 'edge', (event) => event.target.addClass('hovered'));
        current.on('mouseout', 'edge', (event) => event.target.removeClass('hovered'));
        setCy(current);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      instance?.destroy();
      setCy(null);
    };
  }, []);

  // New graph: redraw and lay out. Sizes are read from the ref so that a new measure does not move nodes.
  const latestSizes = useRef(sizes);
  const latestSelected = useRef(selectedId);
  useEffect(() => {
    latestSizes.current = sizes;
    latestSelected.current = selectedId;
  }, [sizes, selectedId]);
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph, latestSizes.current));
    });
    const centre = latestSelected.current;
    cy.layout(layout === 'concentric'
      ? { name: 'concentric', animate: false, padding: 30, minNodeSpacing: 50, avoidOverlap: true, levelWidth: () => 1,
        concentric: (node) => (node.id() === centre ? 2 : 1) }
      : { name: 'cose', animate: false, padding: 30, randomize: true, nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 9000, idealEdgeLength: () => 90, componentSpacing: 80 }).run();
    cy.fit(undefined, 30);
    // A few nodes need not be drawn larger than life.
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
  }, [cy, graph, layout]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => cy.nodes().forEach((node) => {
      node.data('size', sizes.get(node.id()) ?? 22);
    }));
  }, [cy, sizes]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().unselect();
      cy.edges().removeClass('highlighted');
      if (selectedId) {
        const node = cy.getElementById(selectedId);
        node.select();
        if (labelSelectedEdges) node.connectedEdges('.partnership').addClass('highlighted');
      }
    });
  }, [cy, graph, selectedId, labelSelectedEdges]);

  useImperativeHandle(controller, () => ({
    png: async () => {
      if (!cy) throw new Error('The graph is not drawn yet.');
      return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    },
  }), [cy]);

  return (
    <div className={`network-canvas ${className ?? ''}`}>
      <div ref={container} className="network-canvas-surface" role="img" aria-label={description} />
      {!cy && !failed && <p className="network-canvas-state" role="status">{t.loadingGraph}</p>}
      {failed && <p className="network-canvas-state error" role="alert">{t.graphFailed}</p>}
    </div>
  );
}
