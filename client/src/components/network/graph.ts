/**
 * The ecosystem graph as plain data, built from the API's actors: actor nodes joined by their
 * partnerships, contact nodes joined to their organisation, open opportunities joined to their host
 * and partners. Pure functions, shared by the Écosystème page and the actor's ego network.
 */
import { graphql } from '../../gql';
import type { NetworkGraph_ActorFragment } from '../../gql/graphql';

/**
 * What the graph needs to know of an actor of the territory (or of the ego network's centre).
 * `territory` is asked with the same fields as the territory picker's query: the cache stores it
 * inside its actor, and two different selections would keep replacing each other.
 */
export const NetworkGraphActorFragment = graphql(`
  fragment NetworkGraph_actor on Actor {
    id
    name
    acronym
    kind
    collectivityLevel
    territory { regionCode regionName departmentCode departmentName }
    partnerships {
      intensity
      partner { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }
      tool { slug title }
    }
    contacts { id displayName jobTitle roles }
    opportunities(statuses: [OPEN]) {
      id
      title
      kind
      host { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }
      partners { id name acronym kind collectivityLevel territory { regionCode regionName departmentCode departmentName } }
    }
  }
`);

export type NodeType = 'actor' | 'contact' | 'opportunity';
export type EdgeType = 'partnership' | 'contact' | 'opportunity' | 'hierarchy';

export interface GraphNode {
  /** Unique in the graph: `actor:<id>`, `contact:<id>`, `opportunity:<id>`. */
  id: string;
  type: NodeType;
  /** The API id of the actor, contact or opportunity. */
  entityId: string;
  label: string;
  /** ActorKind, OpportunityKind, or CONTACT. */
  kind: string;
  collectivityLevel?: string | null;
  /** An actor drawn because it is linked to the selection, but not itself of the territory. */
  outside: boolean;
  /** Contacts: their roles. */
  roles?: string[];
  /** Contacts: their job title. */
  jobTitle?: string | null;
}

export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  /** Partnerships: 1 (mutual knowledge) to 5 (capitalisation). */
  intensity?: number;
  /** Partnerships: the toolbox tool's title. */
  tool?: string;
}

export interface NetworkGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface BuildOptions {
  contacts: boolean;
  opportunities: boolean;
  /** Whether an actor belongs to the territory shown: the others are drawn as outside. Omit to mark none. */
  inside?(actor: ActorSummary): boolean;
}

export type ActorSummary = Pick<NetworkGraph_ActorFragment, 'id' | 'name' | 'acronym' | 'kind' | 'collectivityLevel'> & {
  territory?: { regionCode?: string | null; departmentCode?: string | null };
};

export type TerritoryLevel = 'region' | 'departement';

/** Whether an actor lies in a région or département, by its INSEE code. */
export function inTerritory(actor: ActorSummary, level: TerritoryLevel, code: string): boolean {
  return (level === 'region' ? actor.territory?.regionCode : actor.territory?.departmentCode) === code;
}

export const actorNodeId = (id: string) => `actor:${id}`;
export const contactNodeId = (id: string) => `contact:${id}`;
export const opportunityNodeId = (id: string) => `opportunity:${id}`;

/** The short name of an actor: its acronym when it has one. */
export function actorLabel(actor: Pick<ActorSummary, 'name' | 'acronym'>): string {
  return actor.acronym?.trim() || actor.name;
}

/** Builds the graph of the given actors, without duplicate nodes or edges, in a stable order. */
export function buildGraph(actors: readonly NetworkGraph_ActorFragment[], options: BuildOptions): NetworkGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const outside = (actor: ActorSummary) => (options.inside ? !options.inside(actor) : false);

  const addActor = (actor: ActorSummary) => {
    const id = actorNodeId(actor.id);
    if (!nodes.has(id)) {
      nodes.set(id, {
        id, type: 'actor', entityId: actor.id, label: actorLabel(actor), kind: actor.kind,
        collectivityLevel: actor.collectivityLevel ?? null, outside: outside(actor),
      });
    }
    return id;
  };
  const addEdge = (edge: GraphEdge) => {
    if (edge.source !== edge.target && !edges.has(edge.id)) edges.set(edge.id, edge);
  };

  for (const actor of actors) addActor(actor);
  for (const actor of actors) {
    const self = actorNodeId(actor.id);
    for (const partnership of actor.partnerships) {
      const partner = addActor(partnership.partner);
      // A partnership is seen from both sides: key it on the unordered pair and its tool.
      const [a, b] = [self, partner].sort();
      addEdge({
        id: `partnership:${a}|${b}|${partnership.tool.slug}`, type: 'partnership', source: a, target: b,
        intensity: partnership.intensity, tool: partnership.tool.title,
      });
    }
    if (options.contacts) {
      for (const contact of actor.contacts ?? []) {
        const id = contactNodeId(contact.id);
        if (!nodes.has(id)) {
          nodes.set(id, {
            id, type: 'contact', entityId: contact.id, label: contact.displayName, kind: 'CONTACT',
            outside: false, roles: [...contact.roles], jobTitle: contact.jobTitle ?? null,
          });
        }
        addEdge({ id: `contact:${id}|${self}`, type: 'contact', source: id, target: self });
      }
    }
    if (options.opportunities) {
      for (const opportunity of actor.opportunities ?? []) {
        const id = opportunityNodeId(opportunity.id);
        if (!nodes.has(id)) {
          nodes.set(id, { id, type: 'opportunity', entityId: opportunity.id, label: opportunity.title, kind: opportunity.kind, outside: false });
        }
        for (const linked of [opportunity.host, ...opportunity.partners]) {
          const actorId = addActor(linked);
          addEdge({ id: `opportunity:${id}|${actorId}`, type: 'opportunity', source: id, target: actorId });
        }
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Adds an actor's parent and children (first level of the hierarchy) to its ego graph. */
export function addHierarchy(
  graph: NetworkGraph, centreId: string,
  parent: ActorSummary | null | undefined, children: readonly ActorSummary[],
): NetworkGraph {
  const nodes = [...graph.nodes];
  const edges = [...graph.edges];
  const known = new Set(nodes.map((n) => n.id));
  const centre = actorNodeId(centreId);
  const link = (actor: ActorSummary, role: 'parent' | 'child') => {
    const id = actorNodeId(actor.id);
    if (!known.has(id)) {
      known.add(id);
      nodes.push({ id, type: 'actor', entityId: actor.id, label: actorLabel(actor), kind: actor.kind, collectivityLevel: actor.collectivityLevel ?? null, outside: false });
    }
    const [source, target] = role === 'parent' ? [id, centre] : [centre, id];
    edges.push({ id: `hierarchy:${source}|${target}`, type: 'hierarchy', source, target });
  };
  if (parent) link(parent, 'parent');
  for (const child of children) link(child, 'child');
  return { nodes, edges };
}

/** Neighbours of each node (undirected, without duplicates). */
export function adjacency(graph: NetworkGraph): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const edge of graph.edges) {
    neighbours.get(edge.source)?.add(edge.target);
    neighbours.get(edge.target)?.add(edge.source);
  }
  return neighbours;
}

/** Partnerships of each actor node: the measure of isolation. */
export function partnershipDegrees(graph: NetworkGraph): Map<string, number> {
  const degrees = new Map<string, number>(graph.nodes.filter((n) => n.type === 'actor').map((n) => [n.id, 0]));
  for (const edge of graph.edges) {
    if (edge.type !== 'partnership') continue;
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}
