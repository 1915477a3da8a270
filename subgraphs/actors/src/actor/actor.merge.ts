/**
 * Merging two records of one organisation (`mergeActors`): the survivor keeps its id and takes what
 * the editor picks from the merged record (by default, the merged record only fills the survivor's
 * gaps); the merged record is archived with `mergedInto` pointing at the survivor; every reference
 * this subgraph holds follows the survivor (children, partnerships, affiliations, workspace targets),
 * all in one transaction with a MERGE revision on every record it changes, so both histories stay
 * readable and the journal says who merged what.
 *
 * References held by the other subgraphs (opportunities' host and partners, contacts' organisation)
 * cannot be written from here: each subgraph owns its tables. They follow through the federated
 * result of this mutation: `ActorMerge` is an entity (key `mergedId`) and the opportunities and
 * contacts subgraphs add a field to it that `@requires` its `survivorId`. The gateway therefore asks
 * them, right after the merge committed and within the same operation, to move their references
 * from `mergedId` to `survivorId`, with both ids coming from this subgraph (the client cannot forge
 * them: `_entities` is reachable only through the gateway, which signs its calls). Each follow-up
 * is idempotent (it moves whatever still points at the merged record), and calling `mergeActors`
 * again on a merged pair writes nothing here and runs the follow-ups again: a retry after a
 * partial failure (a subgraph down) converges. Actor(id: merged) keeps answering the archived
 * record with `mergedInto`, so nothing that still points at it breaks meanwhile.
 */
import {
  InputProblems, MAX_THEMES, RevisionAction, RevisionEntityType, cacheHint, conflict, isUuid, notFound, requireEditorFor, requireRole, snapshotOf,
  type NewRevision, type Snapshot,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { In, type EntityManager } from 'typeorm';
import type { ActorsContext } from '../context.js';
import { PartnershipRow } from '../partnership/partnership.entity.js';
import { WorkspaceTarget } from '../workspace/workspace.entity.js';
import { Actor } from './actor.entity.js';
import type { IdentifierName } from './actor.duplicates.js';
import { refuseIdentifierDuplicates } from './actor.duplicates.resolver.js';
import { ancestry } from './actor.store.js';

export enum ActorMergeField {
  NAME = 'NAME',
  ACRONYM = 'ACRONYM',
  DESCRIPTION = 'DESCRIPTION',
  KIND = 'KIND',
  WEBSITE = 'WEBSITE',
  TERRITORY = 'TERRITORY',
  PARENT = 'PARENT',
  SOURCE = 'SOURCE',
  INSEE = 'INSEE',
  SIREN = 'SIREN',
  RNSR = 'RNSR',
  UAI = 'UAI',
  ROR = 'ROR',
}

registerEnumType(ActorMergeField, {
  name: 'ActorMergeField',
  description: 'A field the survivor of a merge may take from the merged record.',
  valuesConfig: {
    NAME: { description: 'The name.' },
    ACRONYM: { description: 'The acronym.' },
    DESCRIPTION: { description: 'The description.' },
    KIND: { description: 'The kind, with the collectivité level that goes with it.' },
    WEBSITE: { description: 'The website.' },
    TERRITORY: { description: 'The territory, with the location on the map.' },
    PARENT: { description: 'The actor above.' },
    SOURCE: { description: 'The provenance (source, licence, date).' },
    INSEE: { description: 'The INSEE code.' },
    SIREN: { description: 'The SIREN.' },
    RNSR: { description: 'The RNSR number.' },
    UAI: { description: 'The UAI.' },
    ROR: { description: 'The ROR id.' },
  },
});

@InputType({ description: 'Two records of one organisation to merge into one.' })
export class MergeActorsInput {
  @Field(() => ID, { description: 'The record that stays (its id is kept).' }) survivorId!: string;
  @Field(() => ID, { description: 'The duplicate: archived, with mergedInto pointing at the survivor.' }) mergedId!: string;
  @Field(() => [ActorMergeField], {
    nullable: true,
    description: 'Fields where the merged record\'s value replaces the survivor\'s. Every other field keeps the survivor\'s value, or takes the merged record\'s when the survivor has none; themes are united.',
  })
  takeFromMerged?: ActorMergeField[] | null;
  @Field(() => Int, { nullable: true, description: 'The survivor\'s version the editor compared: when stale, CONFLICT and nothing written.' }) survivorVersion?: number | null;
  @Field(() => Int, { nullable: true, description: 'The merged record\'s version the editor compared: when stale, CONFLICT and nothing written.' }) mergedVersion?: number | null;
}

/**
 * The record of a merge, keyed by the merged (archived) actor's id. The opportunities and contacts
 * subgraphs extend it with the follow-up that moves their references (see the module comment).
 */
@Directive('@key(fields: "mergedId")')
@ObjectType({ description: 'A merge of two actors: the duplicate (mergedId) now points at the survivor; every reference followed it.' })
export class ActorMerge {
  @Field(() => ID, { description: 'Id of the merged, now archived, actor.' }) mergedId!: string;
  @Field(() => ID, { description: 'Id of the actor that stays.' }) survivorId!: string;
  @Field(() => Boolean, { description: 'True when the merge had already been made (a retry): nothing was written in the actors subgraph beyond references left over.' })
  alreadyMerged!: boolean;
  @Field(() => [String], { description: 'Fields of the survivor that changed (taken from the merged record or filled in).' }) changedFields!: string[];
  @Field(() => Int, { description: 'Child actors moved under the survivor.' }) childrenMoved!: number;
  @Field(() => Int, { description: 'Partnerships moved to the survivor (a partnership between the two records is dropped; two with the same partner and tool become one).' })
  partnershipsMoved!: number;
  @Field(() => Int, { description: 'Affiliations moved to the survivor.' }) affiliationsMoved!: number;
  @Field(() => Int, { description: 'Workspace targets moved to the survivor (one owner\'s two targets become one).' }) targetsMoved!: number;
}

@ObjectType({ description: 'What mergeActors did: the two records and the merge with its follow-ups.' })
export class MergeActorsPayload {
  @Field(() => Actor, { description: 'The actor that stays, with the fields it took.' }) survivor!: Actor;
  @Field(() => Actor, { description: 'The merged actor, archived, with mergedInto.' }) merged!: Actor;
  @Field(() => ActorMerge, { description: 'The merge; its opportunities and contacts fields move the other subgraphs\' references.' }) merge!: ActorMerge;
}

const IDENTIFIER_FIELDS: Record<IdentifierName, ActorMergeField> = {
  insee: ActorMergeField.INSEE, siren: ActorMergeField.SIREN, rnsr: ActorMergeField.RNSR, uai: ActorMergeField.UAI, ror: ActorMergeField.ROR,
};

const empty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** The survivor's new column values: picked fields from the merged record, gaps filled, themes united. */
export function mergedValues(survivor: Actor, merged: Actor, take: ReadonlySet<ActorMergeField>): Partial<Actor> {
  const pick = <T>(field: ActorMergeField, a: T, b: T): T => (take.has(field) ? (empty(b) ? a : b) : empty(a) ? b : a);
  const placeOf = (actor: Actor) => actor.place;
  const hasPlace = (actor: Actor) => !!(actor.place.communeCode || actor.place.epciCode || actor.place.departmentCode || actor.place.regionCode);
  const territoryFrom = take.has(ActorMergeField.TERRITORY) ? (hasPlace(merged) ? merged : survivor) : hasPlace(survivor) ? survivor : merged;
  const kindFrom = take.has(ActorMergeField.KIND) ? merged : survivor;
  const identifiers = { ...survivor.identifiers };
  for (const [key, field] of Object.entries(IDENTIFIER_FIELDS) as Array<[IdentifierName, ActorMergeField]>) {
    identifiers[key] = pick(field, survivor.identifiers[key], merged.identifiers[key]);
  }
  const parentId = pick(ActorMergeField.PARENT, survivor.parentId, merged.parentId);
  return {
    name: take.has(ActorMergeField.NAME) ? merged.name : survivor.name,
    acronym: pick(ActorMergeField.ACRONYM, survivor.acronym, merged.acronym),
    description: pick(ActorMergeField.DESCRIPTION, survivor.description, merged.description),
    kind: kindFrom.kind,
    collectivityLevel: kindFrom.collectivityLevel,
    website: pick(ActorMergeField.WEBSITE, survivor.website, merged.website),
    themes: [...new Set([...survivor.themes, ...merged.themes])].slice(0, MAX_THEMES),
    identifiers,
    place: { ...placeOf(territoryFrom) },
    latitude: territoryFrom.latitude,
    longitude: territoryFrom.longitude,
    locationPrecision: territoryFrom.locationPrecision,
    // The survivor can never become its own parent, nor the child of the record it absorbs.
    parentId: parentId === survivor.id || parentId === merged.id ? survivor.parentId : parentId,
    source: take.has(ActorMergeField.SOURCE) ? { ...merged.source } : { ...survivor.source },
  };
}

function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

@Resolver(() => ActorMerge)
export class ActorMergeResolver {
  @Mutation(() => MergeActorsPayload, {
    description:
      'Merges a duplicate into the record that stays, in one transaction: fields, children, partnerships, affiliations and workspace targets ' +
      'follow the survivor; the duplicate is archived with mergedInto; both get a MERGE revision. Select `merge { opportunities { … } contacts { … } }` ' +
      'so that the other subgraphs move their references in the same operation; calling it again on a merged pair is a safe retry. ' +
      'Needs the editor role on both records.',
  })
  async mergeActors(@Arg('input', () => MergeActorsInput, { description: 'The two records and the fields to take.' }) input: MergeActorsInput, @Ctx() ctx: ActorsContext): Promise<MergeActorsPayload> {
    requireRole(ctx.viewer, 'editor');
    const problems = new InputProblems();
    problems.check(isUuid(input.survivorId), 'input.survivorId', 'Must be an actor id.');
    problems.check(isUuid(input.mergedId), 'input.mergedId', 'Must be an actor id.');
    problems.throwIfAny();
    const survivorId = input.survivorId.toLowerCase();
    const mergedId = input.mergedId.toLowerCase();
    problems.check(survivorId !== mergedId, 'input.mergedId', 'A record cannot be merged into itself.');
    for (const [field, version] of [['input.survivorVersion', input.survivorVersion], ['input.mergedVersion', input.mergedVersion]] as const) {
      if (version != null) problems.check(Number.isInteger(version) && version >= 1, field, 'A version is a whole number from 1.');
    }
    problems.throwIfAny();
    const take = new Set(input.takeFromMerged ?? []);
    const revisions = ctx.actors.revisions;

    const result = await ctx.database.dataSource.transaction(async (manager) => {
      // Both rows locked, always in the same order, so two crossed merges queue instead of deadlocking.
      const locked = await manager.getRepository(Actor).find({ where: { id: In([survivorId, mergedId].sort()) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const survivor = locked.find((a) => a.id === survivorId);
      const merged = locked.find((a) => a.id === mergedId);
      if (!survivor) throw notFound('Actor', input.survivorId);
      if (!merged) throw notFound('Actor', input.mergedId);
      requireEditorFor(ctx.viewer, survivor.place);
      requireEditorFor(ctx.viewer, merged.place);
      const alreadyMerged = merged.mergedIntoId === survivor.id;
      const recorded: NewRevision[] = [];
      let changedFields: string[] = [];
      if (!alreadyMerged) {
        if (merged.mergedIntoId) problems.add('input.mergedId', `This record was already merged into ${merged.mergedIntoId}.`);
        if (survivor.mergedIntoId) problems.add('input.survivorId', `This record was merged into ${survivor.mergedIntoId}: keep that one instead.`);
        else if (survivor.archivedAt) problems.add('input.survivorId', 'This record is archived: keep the live one.');
        problems.throwIfAny();
        if (input.survivorVersion != null && input.survivorVersion !== survivor.version) {
          throw conflict(RevisionEntityType.ACTOR, survivor.id, input.survivorVersion, survivor.version, await revisions.since(manager, RevisionEntityType.ACTOR, survivor.id, input.survivorVersion));
        }
        if (input.mergedVersion != null && input.mergedVersion !== merged.version) {
          throw conflict(RevisionEntityType.ACTOR, merged.id, input.mergedVersion, merged.version, await revisions.since(manager, RevisionEntityType.ACTOR, merged.id, input.mergedVersion));
        }
        // The survivor and the duplicate are two records: the duplicate on the survivor's line is above it.
        if ((await ancestry(manager, survivor.id, merged.id)).contains) problems.add('input.survivorId', 'The record that stays is below the duplicate in the hierarchy: keep the duplicate instead (choose the other one as the survivor).');
        problems.throwIfAny();

        const values = mergedValues(survivor, merged, take);
        requireEditorFor(ctx.viewer, values.place!);
        if (values.parentId && values.parentId !== survivor.parentId) {
          // The duplicate's parent may sit below the survivor: taking it would make a cycle.
          if ((await ancestry(manager, values.parentId, survivor.id)).contains) problems.add('input.takeFromMerged', 'The duplicate\'s parent is below the record that stays: keep the survivor\'s parent (leave PARENT out).');
          problems.throwIfAny();
        }
        // A blocking identifier the survivor takes must not belong to a third live record.
        if (JSON.stringify(values.identifiers) !== JSON.stringify(survivor.identifiers)) {
          await refuseIdentifierDuplicates(
            manager,
            { name: values.name!, kind: values.kind!, collectivityLevel: values.collectivityLevel ?? null, identifiers: values.identifiers! },
            [survivor.id, merged.id],
          );
        }
        const now = new Date();
        const beforeSurvivor = snapshotOf(survivor);
        const afterSurvivor = snapshotOf({ ...survivor, ...values });
        if (!sameSnapshot(beforeSurvivor, afterSurvivor)) {
          changedFields = [...new Set(Object.keys(afterSurvivor).filter((k) => JSON.stringify(afterSurvivor[k]) !== JSON.stringify(beforeSurvivor[k])))].sort();
          await manager.update(Actor, { id: survivor.id }, { ...values, version: survivor.version + 1, updatedAt: now });
          recorded.push({ entityType: RevisionEntityType.ACTOR, entityId: survivor.id, version: survivor.version + 1, action: RevisionAction.MERGE, before: beforeSurvivor, after: afterSurvivor });
        }
        const mergedChange = { archivedAt: merged.archivedAt ?? now, mergedIntoId: survivor.id };
        await manager.update(Actor, { id: merged.id }, { ...mergedChange, version: merged.version + 1, updatedAt: now });
        recorded.push({
          entityType: RevisionEntityType.ACTOR, entityId: merged.id, version: merged.version + 1, action: RevisionAction.MERGE,
          before: snapshotOf(merged), after: snapshotOf({ ...merged, ...mergedChange }),
        });
      }
      const childrenMoved = await this.moveChildren(manager, merged.id, survivor.id, recorded);
      const partnershipsMoved = await this.movePartnerships(manager, merged.id, survivor.id, recorded);
      const affiliationsMoved = await this.moveAffiliations(manager, merged.id, survivor.id);
      const targetsMoved = await this.moveTargets(manager, merged.id, survivor.id);
      await revisions.record(manager, ctx.viewer, recorded);
      return { mergedId: merged.id, survivorId: survivor.id, alreadyMerged, changedFields, childrenMoved, partnershipsMoved, affiliationsMoved, targetsMoved };
    });
    const [survivor, merged] = await ctx.actors.byIds([result.survivorId, result.mergedId]).then((rows) => [
      rows.find((r) => r.id === result.survivorId)!,
      rows.find((r) => r.id === result.mergedId)!,
    ]);
    return { survivor, merged, merge: result };
  }

  /** Children of the merged record go under the survivor, each with a MERGE revision. */
  private async moveChildren(manager: EntityManager, from: string, to: string, recorded: NewRevision[]): Promise<number> {
    const children = await manager.getRepository(Actor).find({ where: { parentId: from }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    const moving = children.filter((child) => child.id !== to);
    if (!moving.length) return 0;
    await manager.query(
      `UPDATE actors.actor SET parent_id = $2, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`,
      [moving.map((c) => c.id), to],
    );
    for (const child of moving) {
      recorded.push({
        entityType: RevisionEntityType.ACTOR, entityId: child.id, version: child.version + 1, action: RevisionAction.MERGE,
        before: snapshotOf(child), after: snapshotOf({ ...child, parentId: to }),
      });
    }
    return moving.length;
  }

  /**
   * Partnerships of the merged record are re-created on the survivor (a partnership's revision
   * numbers mean 1 = added, 2 = removed, so a moved one is the old removed and a new one added, both
   * recorded as MERGE). One between the two records is dropped; when the survivor already has one
   * with the same partner and tool, the two become one: the higher intensity, the earlier start,
   * both notes.
   */
  private async movePartnerships(manager: EntityManager, from: string, to: string, recorded: NewRevision[]): Promise<number> {
    const rows: PartnershipRow[] = await manager.getRepository(PartnershipRow).createQueryBuilder('p')
      .where('p.actor_id = :from OR p.partner_id = :from', { from }).orderBy('p.id').setLock('pessimistic_write').getMany();
    let moved = 0;
    const removed = (row: PartnershipRow) =>
      recorded.push({ entityType: RevisionEntityType.PARTNERSHIP, entityId: row.id, version: 2, action: RevisionAction.MERGE, before: snapshotOf(row), after: null });
    for (const row of rows) {
      await manager.delete(PartnershipRow, { id: row.id });
      removed(row);
      const other = row.actorId === from ? row.partnerId : row.actorId;
      if (other === to) continue;
      const [actorId, partnerId] = [other, to].sort();
      const existing = await manager.findOne(PartnershipRow, { where: { actorId, partnerId, toolSlug: row.toolSlug }, lock: { mode: 'pessimistic_write' } });
      const now = new Date();
      let replacement: PartnershipRow = { ...row, id: randomUUID(), actorId, partnerId, updatedAt: now };
      if (existing) {
        await manager.delete(PartnershipRow, { id: existing.id });
        removed(existing);
        const starts = [existing.startedOn, row.startedOn].filter((d): d is string => !!d).sort();
        const notes = [existing.note, row.note].filter((n): n is string => !!n);
        replacement = {
          ...existing, id: randomUUID(), intensity: Math.max(existing.intensity, row.intensity), startedOn: starts[0] ?? null,
          note: notes.length ? [...new Set(notes)].join(' / ').slice(0, 2000) : null, updatedAt: now,
        };
      }
      await manager.insert(PartnershipRow, replacement);
      recorded.push({ entityType: RevisionEntityType.PARTNERSHIP, entityId: replacement.id, version: 1, action: RevisionAction.MERGE, before: null, after: snapshotOf(replacement) });
      moved += 1;
    }
    return moved;
  }

  /** Affiliations (RNSR tutelles) follow the survivor; one that would link it to itself, or repeat one it has, is dropped. */
  private async moveAffiliations(manager: EntityManager, from: string, to: string): Promise<number> {
    const [, movedOut] = await manager.query(
      `UPDATE actors.affiliation f SET actor_id = $2 WHERE f.actor_id = $1 AND f.organisation_id <> $2
         AND NOT EXISTS (SELECT 1 FROM actors.affiliation g WHERE g.actor_id = $2 AND g.organisation_id = f.organisation_id)`,
      [from, to],
    );
    const [, movedIn] = await manager.query(
      `UPDATE actors.affiliation f SET organisation_id = $2 WHERE f.organisation_id = $1 AND f.actor_id <> $2
         AND NOT EXISTS (SELECT 1 FROM actors.affiliation g WHERE g.organisation_id = $2 AND g.actor_id = f.actor_id)`,
      [from, to],
    );
    await manager.query(`DELETE FROM actors.affiliation WHERE actor_id = $1 OR organisation_id = $1`, [from]);
    return Number(movedOut ?? 0) + Number(movedIn ?? 0);
  }

  /** Workspace targets follow the survivor; an owner who had both keeps one, with the higher levels, both notes and the earlier due date. */
  private async moveTargets(manager: EntityManager, from: string, to: string): Promise<number> {
    const repository = manager.getRepository(WorkspaceTarget);
    const targets = await repository.find({ where: { actorId: In([from, to]) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    let moved = 0;
    for (const target of targets.filter((t) => t.actorId === from)) {
      const kept = targets.find((t) => t.actorId === to && t.ownerId === target.ownerId);
      if (!kept) {
        await repository.update({ id: target.id }, { actorId: to, version: target.version + 1, updatedAt: new Date() });
      } else {
        const notes = [kept.notes, target.notes].filter((n): n is string => !!n);
        const due = [kept.dueOn, target.dueOn].filter((d): d is string => !!d).sort();
        await repository.delete({ id: target.id });
        await repository.update({ id: kept.id }, {
          currentIntensity: Math.max(kept.currentIntensity, target.currentIntensity),
          aimedIntensity: Math.max(kept.aimedIntensity, target.aimedIntensity),
          notes: notes.length ? [...new Set(notes)].join('\n\n').slice(0, 4000) : null,
          dueOn: due[0] ?? null,
          version: kept.version + 1,
          updatedAt: new Date(),
        });
      }
      moved += 1;
    }
    return moved;
  }
}

/** `Actor.mergedInto`: where a merged record went. */
@Resolver(() => Actor)
export class ActorMergedIntoResolver {
  @Directive(cacheHint.records)
  @FieldResolver(() => Actor, { nullable: true, description: 'Set when this record was merged into another (it is then archived): the record that replaced it. Follow it to show the live record.' })
  async mergedInto(@Root() actor: Actor, @Ctx() ctx: ActorsContext): Promise<Actor | null> {
    return actor.mergedIntoId ? ctx.loaders.actorById.load(actor.mergedIntoId) : null;
  }
}

/**
 * A merge by its key, for the gateway's query plans (the follow-ups' `@requires(fields: "survivorId")`
 * must be satisfiable from here): read from the merged actor's row; no references are moved here.
 */
export const actorMergeReference = {
  ActorMerge: {
    __resolveReference: async (reference: { mergedId: string }, ctx: ActorsContext): Promise<ActorMerge | null> => {
      const merged = await ctx.loaders.actorById.load(reference.mergedId);
      if (!merged?.mergedIntoId) return null;
      return {
        mergedId: merged.id, survivorId: merged.mergedIntoId, alreadyMerged: true, changedFields: [],
        childrenMoved: 0, partnershipsMoved: 0, affiliationsMoved: 0, targetsMoved: 0,
      };
    },
  },
};
