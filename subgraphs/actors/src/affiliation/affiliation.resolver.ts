/** `Actor.affiliations` and `Affiliation.organisation`, through the request's DataLoaders. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { Actor } from '../actor/actor.entity.js';
import type { ActorsContext } from '../context.js';
import { Affiliation, AffiliationRow } from './affiliation.entity.js';

export class AffiliationStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Affiliations of these actors with live organisations, supervisors first: one statement. */
  async of(actorIds: readonly string[]): Promise<AffiliationRow[]> {
    if (!actorIds.length) return [];
    return this.dataSource
      .getRepository(AffiliationRow)
      .createQueryBuilder('f')
      .innerJoin(Actor, 'o', 'o.id = f.organisation_id AND o.archived_at IS NULL')
      .where('f.actor_id = ANY(:ids)', { ids: [...actorIds] })
      .orderBy(`array_position(ARRAY['SUPERVISOR','PARTICIPANT','MEMBER'], f.role)`)
      .addOrderBy('o.sort_name')
      .getMany();
  }
}

@Resolver(() => Actor)
export class ActorAffiliationsResolver {
  @FieldResolver(() => [Affiliation], {
    description: 'For a research structure: its supervising bodies (tutelles), participating establishments and federations, from the RNSR; `parent` is the main one.',
  })
  async affiliations(@Root() actor: Actor, @Ctx() ctx: ActorsContext): Promise<Affiliation[]> {
    const rows = await ctx.loaders.affiliationsOf.load(actor.id);
    return rows.map((row) => ({ organisationId: row.organisationId, role: row.role, source: row.source }) as Affiliation);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver {
  @FieldResolver(() => Actor)
  async organisation(@Root() affiliation: Affiliation, @Ctx() ctx: ActorsContext): Promise<Actor> {
    const actor = await ctx.loaders.actorById.load(affiliation.organisationId);
    if (!actor) throw new Error(`Affiliated actor ${affiliation.organisationId} is missing`);
    return actor;
  }
}
