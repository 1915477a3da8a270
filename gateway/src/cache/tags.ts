/**
 * Which entity types a cached answer depends on, and which ones a mutation touched: read from the
 * operation and the supergraph, never from a list of mutation names, so that a new query or
 * mutation is tagged and invalidates correctly without anyone editing this file.
 *
 * Tags are type names, not type+id: a list (`actors(filter)`, `Actor.opportunities`, a count) can
 * gain or lose a record on any create or update (an actor moved into the filtered département), so
 * only a type-wide tag invalidates lists correctly; per-id tags would only help `actor(id)`, at the
 * price of a second invalidation scheme.
 */
import {
  Kind,
  TypeInfo,
  getNamedType,
  isAbstractType,
  isObjectType,
  parse,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type StringValueNode,
  type EnumValueNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';

/** A tag every entry carries: bumping it empties the whole cache (a mutation whose effect is unknown). */
export const ALL = '*';

export interface SupergraphEntities {
  /** Types with a resolvable @key in some subgraph. */
  entities: Set<string>;
  /** Subgraph (join__Graph value) → the entity types it owns (resolves most fields of). */
  ownedBy: Map<string, Set<string>>;
  /** Type → its owning subgraph. */
  owner: Map<string, string>;
  /** "Type.field" → the subgraph named by its @join__field, when it names exactly one. */
  fieldGraph: Map<string, string>;
}

function argument(directive: { arguments?: ReadonlyArray<{ name: { value: string }; value: unknown }> }, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | EnumValueNode | { kind: Kind.BOOLEAN; value: boolean } | undefined;
  return value && 'value' in value ? value.value : undefined;
}

/** Reads entity ownership from the supergraph's join__type / join__field directives. */
export function supergraphEntities(supergraphSdl: string): SupergraphEntities {
  const entities = new Set<string>();
  const owner = new Map<string, string>();
  const ownedBy = new Map<string, Set<string>>();
  const fieldGraph = new Map<string, string>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const type = definition as ObjectTypeDefinitionNode;
    const name = type.name.value;
    const joins = (type.directives ?? []).filter((d) => d.name.value === 'join__type');
    const graphs = joins.map((d) => String(argument(d, 'graph')));
    const keyed = joins.filter((d) => argument(d, 'key') !== undefined && argument(d, 'resolvable') !== false).map((d) => String(argument(d, 'graph')));
    const fieldsPerGraph = new Map<string, number>();
    for (const field of type.fields ?? []) {
      const fieldJoins = (field.directives ?? []).filter((d) => d.name.value === 'join__field' && argument(d, 'graph') !== undefined);
      const fieldGraphs = fieldJoins.length ? fieldJoins.map((d) => String(argument(d, 'graph'))) : graphs;
      if (fieldJoins.length === 1) fieldGraph.set(`${name}.${field.name.value}`, fieldGraphs[0]!);
      for (const graph of fieldGraphs) fieldsPerGraph.set(graph, (fieldsPerGraph.get(graph) ?? 0) + 1);
    }
    if (keyed.length === 0) continue;
    entities.add(name);
    // The owner resolves most of the type's fields; the others only add a field or two to a stub.
    const best = keyed.reduce((a, b) => ((fieldsPerGraph.get(b) ?? 0) > (fieldsPerGraph.get(a) ?? 0) ? b : a));
    owner.set(name, best);
    if (!ownedBy.has(best)) ownedBy.set(best, new Set());
    ownedBy.get(best)!.add(name);
  }
  return { entities, ownedBy, owner, fieldGraph };
}

function concreteTypes(schema: GraphQLSchema, type: GraphQLNamedType): string[] {
  if (isObjectType(type)) return [type.name];
  if (isAbstractType(type)) return schema.getPossibleTypes(type).map((t) => t.name);
  return [];
}

/**
 * The tags of a query: every object type it selects (fragments and abstract types included), and,
 * for each field that returns no entity but reads a subgraph's data (a root list's connection, a
 * count, a field another subgraph adds to an entity), the entity types that subgraph owns: a
 * `totalCount` or `actorCountsByDepartment` changes when an actor is created although no Actor is
 * selected. Over-tagging only costs a few hits; under-tagging would serve stale data.
 */
export function queryTags(schema: GraphQLSchema, supergraph: SupergraphEntities, document: DocumentNode): Set<string> {
  const tags = new Set<string>([ALL]);
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        const field = typeInfo.getFieldDef();
        if (!parent || !type || !field || field.name.startsWith('__') || parent.name.startsWith('__')) return;
        const named = getNamedType(type);
        const concrete = concreteTypes(schema, named);
        for (const name of concrete) tags.add(name);
        if (concrete.some((name) => supergraph.entities.has(name))) return;
        const graph = supergraph.fieldGraph.get(`${parent.name}.${field.name}`);
        if (!graph) return;
        const isRoot = parent === schema.getQueryType();
        if (isRoot || graph !== supergraph.owner.get(parent.name)) {
          for (const name of supergraph.ownedBy.get(graph) ?? []) tags.add(name);
        }
      },
    }),
  );
  return tags;
}

/**
 * The types a mutation touched: for each root field that returned something (a refused mutation
 * writes nothing, and must not let anyone empty the cache), its return type, and when that is not
 * an entity (a payload, a scalar such as removePartnership's id), the entity types owned by the
 * subgraph that ran it. A field nothing is known about touches everything.
 */
export function mutationTouches(
  schema: GraphQLSchema,
  supergraph: SupergraphEntities,
  operation: OperationDefinitionNode,
  data: Record<string, unknown> | null | undefined,
): Set<string> {
  const touched = new Set<string>();
  const mutation = schema.getMutationType();
  if (!mutation || !data) return touched;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) {
      // A fragment on Mutation: rare enough to be treated as "could be anything".
      touched.add(ALL);
      continue;
    }
    if (selection.name.value.startsWith('__')) continue;
    const responseKey = selection.alias?.value ?? selection.name.value;
    if (data[responseKey] === null || data[responseKey] === undefined) continue;
    const field = mutation.getFields()[selection.name.value];
    if (!field) {
      touched.add(ALL);
      continue;
    }
    const named = getNamedType(field.type);
    const concrete = concreteTypes(schema, named);
    for (const name of concrete) touched.add(name);
    if (concrete.length > 0 && concrete.every((name) => supergraph.entities.has(name))) continue;
    const owned = supergraph.ownedBy.get(supergraph.fieldGraph.get(`${mutation.name}.${field.name}`) ?? '');
    if (owned?.size) for (const name of owned) touched.add(name);
    else touched.add(ALL);
    // A payload's fields may be resolved by other subgraphs as part of the same mutation (the
    // merge's follow-ups move opportunities and contacts to the survivor): what they own is touched too.
    if (selection.selectionSet) touchPayload(schema, supergraph, named, selection.selectionSet, touched);
  }
  return touched;
}

function touchPayload(schema: GraphQLSchema, supergraph: SupergraphEntities, parent: GraphQLNamedType, selectionSet: SelectionSetNode, touched: Set<string>): void {
  if (!isObjectType(parent)) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (type) touchPayload(schema, supergraph, type, selection.selectionSet, touched);
      continue;
    }
    if (selection.kind !== Kind.FIELD) {
      touched.add(ALL);
      continue;
    }
    const field = parent.getFields()[selection.name.value];
    if (!field) continue;
    const named = getNamedType(field.type);
    // A field returning entities reads them (Actor.opportunities); one returning a value, resolved by
    // a subgraph other than the parent's owner, may be that subgraph's side of the mutation.
    const graph = supergraph.fieldGraph.get(`${parent.name}.${field.name}`);
    const readsEntities = concreteTypes(schema, named).some((name) => supergraph.entities.has(name));
    if (graph && !readsEntities && graph !== supergraph.owner.get(parent.name)) for (const name of supergraph.ownedBy.get(graph) ?? []) touched.add(name);
    if (selection.selectionSet) touchPayload(schema, supergraph, named, selection.selectionSet, touched);
  }
}
