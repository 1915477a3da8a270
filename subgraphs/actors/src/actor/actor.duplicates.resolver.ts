/** `possibleDuplicates`: what an editor sees before saving, and the refusal of identifier duplicates on create. */
import { InputProblems, TerritoryInput, isUuid, requireRole, territories } from '@ecosystem/common';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Field, Float, ID, InputType, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { ActorsContext } from '../context.js';
import { Actor, type ActorIdentifiers } from './actor.entity.js';
import { ActorKind, CollectivityLevel } from './actor.enums.js';
import { ActorIdentifiersInput } from './actor.inputs.js';
import { findDuplicates, type DuplicateProbe, type IdentifierName } from './actor.duplicates.js';
import { checkIdentifiers } from './actor.validation.js';

export enum DuplicateReason {
  IDENTIFIER = 'IDENTIFIER',
  NAME = 'NAME',
}

registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description: 'Why an existing actor looks like the one being written.',
  valuesConfig: {
    IDENTIFIER: { description: 'It has the same official identifier (see `identifier`).' },
    NAME: { description: 'Its name is similar (see `score`) and it is in the same département (or région).' },
  },
});

@InputType({ description: 'An actor about to be created or changed, to look for existing actors it may duplicate.' })
export class ActorDuplicateProbe {
  @Field({ description: 'The name typed in.' }) name!: string;
  @Field(() => ActorKind, { nullable: true, description: 'Collectivités are only compared with collectivités, other kinds with other kinds.' })
  kind?: ActorKind | null;
  @Field(() => CollectivityLevel, { nullable: true, description: 'Level of a collectivité (an INSEE code is unique within a level).' })
  collectivityLevel?: CollectivityLevel | null;
  @Field(() => ActorIdentifiersInput, { nullable: true, description: 'Official identifiers typed in; each one is looked up.' })
  identifiers?: ActorIdentifiersInput | null;
  @Field(() => TerritoryInput, { nullable: true, description: 'Where it is: names are compared within its département, else its région.' })
  territory?: TerritoryInput | null;
  @Field(() => ID, { nullable: true, description: 'The actor being edited, never reported as its own duplicate.' })
  excludeId?: string | null;
}

@ObjectType({ description: 'An existing live actor that the probed one may duplicate.' })
export class ActorDuplicate {
  /** Resolved through the request's loader. */
  actorId!: string;
  @Field(() => Actor, { description: 'The existing actor.' }) actor!: Actor;
  @Field(() => DuplicateReason, { description: 'Identifier match or name similarity.' }) reason!: DuplicateReason;
  @Field(() => String, { nullable: true, description: 'The identifier both share (siren, rnsr, uai, ror or insee), for reason IDENTIFIER.' })
  identifier!: string | null;
  @Field(() => Float, { description: '1 for an identifier match, else the trigram similarity of the names (0.55 to 1).' }) score!: number;
  @Field({ description: 'Whether createActor refuses the probed actor because of this one (same RNSR, UAI, ROR, or INSEE at the same level).' })
  blocking!: boolean;
}

@Resolver(() => ActorDuplicate)
export class ActorDuplicateResolver {
  @Query(() => [ActorDuplicate], {
    description: 'Live actors that the given one may duplicate, identifier matches first, then up to 5 similar names. Needs a signed-in member (contributors see them before proposing), editors and admins.',
  })
  async possibleDuplicates(@Arg('input', () => ActorDuplicateProbe, { description: 'What the editor or contributor has typed so far.' }) input: ActorDuplicateProbe, @Ctx() ctx: ActorsContext): Promise<ActorDuplicate[]> {
    requireRole(ctx.viewer, 'member');
    const problems = new InputProblems();
    problems.check(input.name.trim().length <= 300, 'input.name', 'At most 300 characters.');
    if (input.excludeId) problems.check(isUuid(input.excludeId), 'input.excludeId', 'Must be an actor id.');
    problems.throwIfAny();
    // Asked while the editor types: a half-typed identifier or territory matches nothing rather than failing.
    const lenient = new InputProblems();
    const identifiers = checkIdentifiers(input.identifiers, lenient);
    for (const key of Object.keys(identifiers) as Array<keyof ActorIdentifiers>) {
      const one = new InputProblems();
      checkIdentifiers({ [key]: identifiers[key] }, one);
      if (!one.empty) identifiers[key] = null;
    }
    const territory = input.territory;
    const hasPlace = !!(territory?.communeCode || territory?.epciCode || territory?.departmentCode || territory?.regionCode);
    const place = hasPlace ? territories().validate(territory!, 'input.territory', new InputProblems()) : null;
    const probe: DuplicateProbe = {
      name: input.name,
      kind: input.kind ?? null,
      collectivityLevel: input.collectivityLevel ?? null,
      identifiers,
      departmentCode: place?.departmentCode ?? null,
      regionCode: place?.regionCode ?? null,
      excludeIds: input.excludeId ? [input.excludeId] : [],
    };
    const candidates = await findDuplicates(ctx.actors.repository.manager, [probe]);
    const actors = await ctx.loaders.actorById.loadMany(candidates.map((c) => c.actorId));
    return candidates.flatMap((c, index) => {
      const actor = actors[index];
      if (!actor || actor instanceof Error) return [];
      return [{ actorId: c.actorId, actor, reason: DuplicateReason[c.reason], identifier: c.identifier, score: c.score, blocking: c.blocking }];
    });
  }
}

/**
 * Refuses a new actor that has the RNSR, UAI or ROR of a live actor (or its INSEE code at the same
 * level): the existing record should be edited instead. No override: a second record with one
 * official identifier is always a mistake, and an archived one does not block (it left the lists).
 */
export async function refuseIdentifierDuplicates(
  manager: EntityManager,
  actor: { name: string; kind: ActorKind; collectivityLevel: CollectivityLevel | null; identifiers: ActorIdentifiers },
  /** The records that cannot duplicate it: itself on an update, both sides of a merge. */
  excludeIds: string[] = [],
): Promise<void> {
  const probe: DuplicateProbe = { ...actor, departmentCode: null, regionCode: null, excludeIds };
  const blocking = (await findDuplicates(manager, [probe])).find((c) => c.blocking);
  if (!blocking) return;
  throw duplicateError(blocking.identifier!, actor.identifiers[blocking.identifier!]!, blocking.actorId);
}

export function duplicateError(identifier: IdentifierName, value: string, existingId: string): GraphQLError {
  return new GraphQLError(
    `An actor with ${identifier.toUpperCase()} ${value} already exists (${existingId}): edit it instead of creating a duplicate.`,
    { extensions: { code: 'DUPLICATE', field: `input.identifiers.${identifier}`, identifier, existingId } },
  );
}
