/** The hierarchy above an actor, from its nested `parent { parent { … } }`, root first. */

export interface ParentChain {
  id: string;
  name: string;
  kind: string;
  collectivityLevel?: string | null;
  parent?: ParentChain | null;
}

export interface Crumb {
  id: string;
  name: string;
  kind: string;
  collectivityLevel: string | null;
}

/** The ancestors of `actor`, from the top (région, université) down to its direct parent. */
export function buildBreadcrumb(actor: ParentChain): Crumb[] {
  const crumbs: Crumb[] = [];
  const seen = new Set([actor.id]);
  for (let node = actor.parent; node && !seen.has(node.id); node = node.parent) {
    seen.add(node.id);
    crumbs.push({ id: node.id, name: node.name, kind: node.kind, collectivityLevel: node.collectivityLevel ?? null });
  }
  return crumbs.reverse();
}
