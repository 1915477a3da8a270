/**
 * The opportunities' side of a merge of two actors (see subgraphs/actors/src/actor/actor.merge.ts):
 * `ActorMerge.opportunities` moves every reference this subgraph holds to the merged actor (host,
 * partners, research-need requester) to the survivor. Both ids come from the actors subgraph through
 * the gateway (`@requires`), never from the client. Idempotent: it moves what still points at the
 * merged actor, so running it again (a retry of mergeActors) converges and then moves nothing.
 */
import { RevisionAction, RevisionEntityType, isUuid, requireRole, snapshotOf, type NewRevision } from '@ecosystem/common';
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { OpportunitiesContext } from '../context.js';
import { Opportunity } from '../opportunity/opportunity.entity.js';
import { ResearchNeed } from '../research-need/research-need.entity.js';

@Directive('@key(fields: "mergedId")')
@ObjectType('ActorMerge', { description: 'A merge of two actors: the duplicate (mergedId) now points at the survivor; every reference followed it.' })
export class ActorMergeReference {
  @Field(() => ID, { description: 'Id of the merged, now archived, actor.' }) mergedId!: string;
  @Directive('@external')
  @Field(() => ID, { description: 'Id of the actor that stays.' })
  survivorId!: string;
}

@ObjectType({ description: 'The opportunities subgraph\'s references that followed a merge of actors.' })
export class ActorMergeOpportunities {
  @Field(() => Int, { description: 'Opportunities whose host, or one of whose partners, was the merged actor and now is the survivor.' }) opportunitiesMoved!: number;
  @Field(() => Int, { description: 'Research needs whose requester was the merged actor and now is the survivor.' }) researchNeedsMoved!: number;
  @Field(() => Int, { description: 'References to the merged actor left in this subgraph afterwards (0 when everything followed).' }) remaining!: number;
}

/** The partner list once `from` became `to`: no duplicate, and never the host itself. */
export function followPartners(partnerIds: readonly string[], hostId: string, from: string, to: string): string[] {
  return [...new Set(partnerIds.map((id) => (id === from ? to : id)))].filter((id) => id !== hostId);
}

@Resolver(() => ActorMergeReference)
export class ActorMergeOpportunitiesResolver {
  @FieldResolver(() => ActorMergeOpportunities, {
    nullable: true,
    description: 'Moves this subgraph\'s references from the merged actor to the survivor (idempotent) and says how many moved. Null with an error when it failed: calling mergeActors again retries.',
  })
  @Directive('@requires(fields: "survivorId")')
  async opportunities(@Root() merge: ActorMergeReference, @Ctx() ctx: OpportunitiesContext): Promise<ActorMergeOpportunities> {
    requireRole(ctx.viewer, 'editor');
    const from = merge.mergedId.toLowerCase();
    const to = merge.survivorId.toLowerCase();
    if (!isUuid(from) || !isUuid(to) || from === to) throw new Error(`Invalid merge ${from} → ${to}`);
    return ctx.database.dataSource.transaction(async (manager) => {
      const recorded: NewRevision[] = [];
      const opportunities = await manager.getRepository(Opportunity).createQueryBuilder('o')
        .where('o.host_id = :from OR :from = ANY(o.partner_ids)', { from }).orderBy('o.id').setLock('pessimistic_write').getMany();
      for (const row of opportunities) {
        const hostId = row.hostId === from ? to : row.hostId;
        const partnerIds = followPartners(row.partnerIds, hostId, from, to);
        await manager.update(Opportunity, { id: row.id }, { hostId, partnerIds, version: row.version + 1, updatedAt: new Date() });
        recorded.push({
          entityType: RevisionEntityType.OPPORTUNITY, entityId: row.id, version: row.version + 1, action: RevisionAction.MERGE,
          before: snapshotOf(row), after: snapshotOf({ ...row, hostId, partnerIds }),
        });
      }
      const needs = await manager.getRepository(ResearchNeed).find({ where: { requesterId: from }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      if (needs.length) {
        await manager.query(`UPDATE opportunities.research_need SET requester_id = $2, version = version + 1, updated_at = $3 WHERE id = ANY($1::uuid[])`, [
          needs.map((n) => n.id),
          to,
          new Date(),
        ]);
        for (const need of needs) {
          recorded.push({
            entityType: RevisionEntityType.RESEARCH_NEED, entityId: need.id, version: need.version + 1, action: RevisionAction.MERGE,
            before: snapshotOf(need), after: snapshotOf({ ...need, requesterId: to }),
          });
        }
      }
      await ctx.opportunities.revisions.record(manager, ctx.viewer, recorded);
      const [{ remaining }] = await manager.query(
        `SELECT (SELECT count(*) FROM opportunities.opportunity WHERE host_id = $1 OR $1 = ANY(partner_ids))
              + (SELECT count(*) FROM opportunities.research_need WHERE requester_id = $1) AS remaining`,
        [from],
      );
      return { opportunitiesMoved: opportunities.length, researchNeedsMoved: needs.length, remaining: Number(remaining) };
    });
  }
}
