/** `setPartnershipOpenness`: a lab says whether it welcomes partnerships with collectivités (matchmaking, issue 6). */
import { RevisionAction, requireEditorFor, requireRole, reviseRecord } from '@ecosystem/common';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { ActorsContext } from '../context.js';

@Resolver(() => Actor)
export class PartnershipOpennessResolver {
  /**
   * Editors of the actor's territory set it, through the same versioned write as any actor change
   * (journal, history, CONFLICT). Letting a lab's own contacts set it would need accounts tied to
   * contacts, which the directory does not have: a contact is a published person, not an account;
   * until accounts can be linked to an organisation, the territory's editor records what the lab says.
   */
  @Mutation(() => Actor, {
    description:
      'Records whether an actor (a lab, mostly) is open to partnerships with collectivités and public services: true (boosted in the ' +
      'suggestions for research needs), false (left out of them) or null (not said). Needs the editor role on the actor\'s territory.',
  })
  async setPartnershipOpenness(
    @Arg('id', () => ID, { description: 'Id of the Actor.' }) id: string,
    @Arg('open', () => Boolean, { nullable: true, description: 'true, false, or null to clear.' }) open: boolean | null,
    @Ctx() ctx: ActorsContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version the editor is looking at; CONFLICT when it is stale.' })
    expectedVersion?: number | null,
  ): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.actors.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.UPDATE,
      expectedVersion,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      change: async () => ({ openToPartnerships: open ?? null }),
    });
  }
}
