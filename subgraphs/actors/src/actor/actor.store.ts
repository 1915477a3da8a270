/** All SQL about actors. Every method is one statement, whatever the number of ids it is given. */
import { RevisionEntityType, RevisionStore, SEARCH_WINDOW, withoutUndefined, searchCount, searchMatches, searchPage, type PageRequest, type SearchableTable, type VersionedTarget } from '@ecosystem/common';
import { type DataSource, type EntityManager, In, type ObjectLiteral, type Repository, type SelectQueryBuilder } from 'typeorm';
import { Actor } from './actor.entity.js';
import type { ActorKind, CollectivityLevel } from './actor.enums.js';

export interface ActorCriteria {
  kinds?: ActorKind[];
  collectivityLevels?: CollectivityLevel[];
  search?: string;
  themes?: string[];
  regionCode?: string;
  departmentCode?: string;
  epciCode?: string;
  communeCode?: string;
  bbox?: { south: number; west: number; north: number; east: number };
  parentId?: string;
}

export interface ActorLocationRow {
  id: string;
  kind: ActorKind;
  collectivityLevel: CollectivityLevel | null;
  name: string;
  latitude: number;
  longitude: number;
}

export class ActorStore {
  readonly repository: Repository<Actor>;
  /** This subgraph's revisions (actors and partnerships). */
  readonly revisions: RevisionStore;
  /** How the API writes actors: versioned, each change recorded in the same transaction (revisions.ts). */
  readonly versioned: VersionedTarget<Actor>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(Actor);
    this.revisions = new RevisionStore(dataSource, 'actors');
    this.versioned = { dataSource, revisions: this.revisions, entity: Actor, entityType: RevisionEntityType.ACTOR, label: 'Actor', verifiable: true };
  }

  async byIds(ids: readonly string[]): Promise<Actor[]> {
    return ids.length ? this.repository.findBy({ id: In([...ids]) }) : [];
  }

  async byRef(ref: string): Promise<Actor | null> {
    return this.repository.findOneBy({ ref });
  }

  /** The first `first` live children of each parent, in name order. */
  async childrenOf(parentIds: readonly string[], first: number): Promise<Actor[]> {
    if (!parentIds.length || first === 0) return [];
    return this.repository
      .createQueryBuilder('a')
      .where(
        `a.id IN (SELECT id FROM (
           SELECT id, row_number() OVER (PARTITION BY parent_id ORDER BY sort_name, id) AS rank
           FROM actors.actor WHERE parent_id = ANY(:parentIds) AND archived_at IS NULL) ranked
         WHERE rank <= :first)`,
        { parentIds: [...parentIds], first },
      )
      .orderBy('a.sort_name')
      .addOrderBy('a.id')
      .getMany();
  }

  /** A page of live actors matching `criteria`: best matches first when searching, else by name. */
  async page(criteria: ActorCriteria, page: PageRequest): Promise<Actor[]> {
    const query = this.pageQuery(criteria, page);
    return query ? query.getMany() : [];
  }

  /**
   * The statement behind `page` (the benchmark times it as is); null when the page lies beyond the
   * search window (a search ranks and pages through its best SEARCH_WINDOW results: search.ts).
   */
  pageQuery(criteria: ActorCriteria, page: PageRequest): SelectQueryBuilder<Actor> | null {
    if (!criteria.search) return this.filtered(criteria).orderBy('a.sort_name').addOrderBy('a.id').offset(page.offset).limit(page.limit + 1);
    return searchPage(this.filtered(criteria, SEARCH_WINDOW), 'actors', 'a', page);
  }

  /** Only what a map needs, for many actors at once: one narrow row each. */
  async locations(criteria: ActorCriteria, limit: number): Promise<ActorLocationRow[]> {
    return this.locationsQuery(criteria, limit).getRawMany<ActorLocationRow>();
  }

  /** The statement behind `locations` (the benchmark times it as is). */
  locationsQuery(criteria: ActorCriteria, limit: number): SelectQueryBuilder<Actor> {
    return this.filtered(criteria)
      .select(['a.id AS id', 'a.kind AS kind', 'a.collectivity_level AS "collectivityLevel"', 'a.name AS name', 'a.latitude AS latitude', 'a.longitude AS longitude'])
      .andWhere('a.latitude IS NOT NULL')
      .orderBy('a.id')
      .limit(limit);
  }

  async countsByDepartment(criteria: ActorCriteria): Promise<Array<{ code: string; count: number }>> {
    return this.filtered(criteria)
      .select('a.department_code', 'code')
      .addSelect('count(*)::int', 'count')
      .andWhere('a.department_code IS NOT NULL')
      .groupBy('a.department_code')
      .orderBy('a.department_code')
      .getRawMany();
  }

  /** Live actors matching `c`; `window` caps the candidates of a search (search.ts). */
  private filtered(c: ActorCriteria, window?: number): SelectQueryBuilder<Actor> {
    const q = this.repository.createQueryBuilder('a').where(conditions(c, 'a').join(' AND ')).setParameters(parameters(c));
    return c.search ? q.andWhere(`a.id IN (${searchMatches(searchable(c), window)})`) : q;
  }

  /** How many live actors match `criteria`; a search counts each match once, whatever the window. */
  async count(criteria: ActorCriteria): Promise<number> {
    return (await this.countQuery(criteria).getRawOne<{ n: number }>())!.n;
  }

  /** The statement behind `count` (the benchmark times it as is). */
  countQuery(criteria: ActorCriteria): SelectQueryBuilder<ObjectLiteral> {
    if (!criteria.search) return this.filtered(criteria).select('count(*)::int', 'n');
    return searchCount(this.repository.manager, searchable(criteria), parameters(criteria));
  }
}

/**
 * The line of parents from `startId` up: whether `startId` exists, and whether `soughtId` is on that
 * line (`startId` itself included). A cycle check for a new parent, and the order of a merge's pair.
 */
export async function ancestry(manager: EntityManager, startId: string, soughtId: string | null): Promise<{ exists: boolean; contains: boolean }> {
  const [row] = await manager.query(
    `WITH RECURSIVE ancestors AS (
       SELECT id, parent_id FROM actors.actor WHERE id = $1
       UNION SELECT a.id, a.parent_id FROM actors.actor a JOIN ancestors ON a.id = ancestors.parent_id)
     SELECT count(*)::int AS found, coalesce(bool_or(id = $2), false) AS contains FROM ancestors`,
    [startId, soughtId],
  );
  return { exists: row.found > 0, contains: row.contains };
}

function searchable(c: ActorCriteria): SearchableTable {
  return { schema: 'actors', table: 'actor', conditions: (t) => conditions(c, t) };
}

/** The non-search conditions of `c` on the actor table aliased `t` (parameters: `parameters(c)`). */
function conditions(c: ActorCriteria, t: string): string[] {
  const where = [`${t}.archived_at IS NULL`];
  if (c.kinds?.length) where.push(`${t}.kind = ANY(:kinds)`);
  if (c.collectivityLevels?.length) where.push(`${t}.collectivity_level = ANY(:levels)`);
  if (c.themes?.length) where.push(`${t}.themes && CAST(:themes AS text[])`);
  if (c.regionCode) where.push(`${t}.region_code = :regionCode`);
  if (c.departmentCode) where.push(`${t}.department_code = :departmentCode`);
  if (c.epciCode) where.push(`${t}.epci_code = :epciCode`);
  if (c.communeCode) where.push(`${t}.commune_code = :communeCode`);
  if (c.parentId) where.push(`${t}.parent_id = :parentId`);
  if (c.bbox) where.push(`${t}.latitude IS NOT NULL`, `point(${t}.longitude, ${t}.latitude) <@ box(point(:west, :south), point(:east, :north))`);
  return where;
}

function parameters(c: ActorCriteria): Record<string, unknown> {
  // TypeORM wants no undefined parameter.
  return withoutUndefined({
    kinds: c.kinds,
    levels: c.collectivityLevels,
    themes: c.themes,
    regionCode: c.regionCode,
    departmentCode: c.departmentCode,
    epciCode: c.epciCode,
    communeCode: c.communeCode,
    parentId: c.parentId,
    search: c.search,
    ...c.bbox,
  });
}
