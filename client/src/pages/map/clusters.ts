/** Pure helpers behind the markers: cluster sizes, colours by kind, what the side panel lists. */
import { ACTOR_KIND_COLOURS } from '../../ui/labels';
import { ALL_ACTOR_KINDS } from './mapState';

export interface LocatedActor {
  id: string;
  kind: string;
  collectivityLevel?: string | null;
  name: string;
  latitude: number;
  longitude: number;
}

export type KindCounts = Record<string, number>;

/** Cluster bubbles grow by order of magnitude, so that 12 and 12,000 look different. */
export function clusterBucket(count: number): { name: 'small' | 'medium' | 'large' | 'huge'; size: number } {
  if (count < 10) return { name: 'small', size: 30 };
  if (count < 100) return { name: 'medium', size: 36 };
  if (count < 1000) return { name: 'large', size: 44 };
  return { name: 'huge', size: 52 };
}

/** The ring around a cluster: each kind's share, in the legend's order and colours. */
export function kindRing(counts: KindCounts): string {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (!total) return '#4b4b4b';
  const stops: string[] = [];
  let from = 0;
  for (const kind of ALL_ACTOR_KINDS) {
    const n = counts[kind] ?? 0;
    if (!n) continue;
    const to = from + (n / total) * 360;
    stops.push(`${ACTOR_KIND_COLOURS[kind]} ${from.toFixed(1)}deg ${to.toFixed(1)}deg`);
    from = to;
  }
  return stops.length === 1 ? ACTOR_KIND_COLOURS[Object.keys(counts).find((k) => counts[k])!] : `conic-gradient(${stops.join(', ')})`;
}

/** Sums kind counts (supercluster's reduce step). */
export function addCounts(into: KindCounts, from: KindCounts): void {
  for (const [kind, n] of Object.entries(from)) into[kind] = (into[kind] ?? 0) + n;
}

/** Larger collectivités get larger dots, so a région stands out among its communes. */
export function pointRadius(actor: Pick<LocatedActor, 'kind' | 'collectivityLevel'>): number {
  if (actor.kind !== 'COLLECTIVITY') return 7;
  switch (actor.collectivityLevel) {
    case 'REGION': return 9;
    case 'DEPARTMENT': return 8;
    case 'EPCI': return 6;
    default: return 4;
  }
}

const LEVEL_ORDER: Record<string, number> = { REGION: 1, DEPARTMENT: 2, EPCI: 3, COMMUNE: 4 };
// One collator for every comparison: localeCompare with a locale builds one per call.
const COLLATOR = new Intl.Collator('fr');

/** The side panel's order: organisations first, then collectivités from régions to communes, by name. */
export function panelOrder(a: LocatedActor, b: LocatedActor): number {
  const rank = (actor: LocatedActor) => (actor.kind === 'COLLECTIVITY' ? LEVEL_ORDER[actor.collectivityLevel ?? ''] ?? 5 : 0);
  return rank(a) - rank(b) || COLLATOR.compare(a.name, b.name);
}

export interface Box { south: number; west: number; north: number; east: number }

/** The actors inside the box, in the order given (sort once with panelOrder, filter on every move). */
export function actorsInBox<T extends LocatedActor>(actors: readonly T[], box: Box): T[] {
  return actors.filter((a) => a.latitude >= box.south && a.latitude <= box.north && a.longitude >= box.west && a.longitude <= box.east);
}
