/**
 * The contacts' side of a merge of two actors (see subgraphs/actors/src/actor/actor.merge.ts):
 * `ActorMerge.contacts` moves the contacts whose organisation was the merged actor to the survivor,
 * each with a MERGE revision. Both ids come from the actors subgraph through the gateway
 * (`@requires`), never from the client. Idempotent, so a retry of mergeActors converges.
 */
import { RevisionAction, RevisionEntityType, isUuid, requireRole, snapshotOf } from '@ecosystem/common';
import { Ctx, Directive, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { ContactsContext } from '../context.js';
import { Contact } from '../contact/contact.entity.js';

@Directive('@key(fields: "mergedId")')
@ObjectType('ActorMerge', { description: 'A merge of two actors: the duplicate (mergedId) now points at the survivor; every reference followed it.' })
export class ActorMergeReference {
  @Field(() => ID, { description: 'Id of the merged, now archived, actor.' }) mergedId!: string;
  @Directive('@external')
  @Field(() => ID, { description: 'Id of the actor that stays.' })
  survivorId!: string;
}

@ObjectType({ description: 'The contacts subgraph\'s references that followed a merge of actors.' })
export class ActorMergeContacts {
  @Field(() => Int, { description: 'Contacts whose organisation was the merged actor and now is the survivor.' }) contactsMoved!: number;
  @Field(() => Int, { description: 'Contacts still at the merged actor afterwards (0 when everything followed).' }) remaining!: number;
}

@Resolver(() => ActorMergeReference)
export class ActorMergeContactsResolver {
  @FieldResolver(() => ActorMergeContacts, {
    nullable: true,
    description: 'Moves the contacts of the merged actor to the survivor (idempotent) and says how many moved. Null with an error when it failed: calling mergeActors again retries.',
  })
  @Directive('@requires(fields: "survivorId")')
  async contacts(@Root() merge: ActorMergeReference, @Ctx() ctx: ContactsContext): Promise<ActorMergeContacts> {
    requireRole(ctx.viewer, 'editor');
    const from = merge.mergedId.toLowerCase();
    const to = merge.survivorId.toLowerCase();
    if (!isUuid(from) || !isUuid(to) || from === to) throw new Error(`Invalid merge ${from} → ${to}`);
    return ctx.database.dataSource.transaction(async (manager) => {
      const rows = await manager.getRepository(Contact).find({ where: { organizationId: from }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      if (rows.length) {
        await manager.query(
          `UPDATE contacts.contact SET organization_id = $2, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`,
          [rows.map((r) => r.id), to],
        );
        await ctx.contacts.revisions.record(manager, ctx.viewer, rows.map((row) => ({
          entityType: RevisionEntityType.CONTACT, entityId: row.id, version: row.version + 1, action: RevisionAction.MERGE,
          before: snapshotOf(row), after: snapshotOf({ ...row, organizationId: to }),
        })));
      }
      const [{ remaining }] = await manager.query(`SELECT count(*)::int AS remaining FROM contacts.contact WHERE organization_id = $1`, [from]);
      return { contactsMoved: rows.length, remaining };
    });
  }
}
