/**
 * `ResearchNeed` (owned by the opportunities subgraph) as the actors subgraph sees it: the fields
 * it needs from the owner (`@external`, fetched by the gateway through `@requires`) and the actors
 * it suggests, each with its reasons. The suggestions depend on the need and public records only,
 * never on the viewer: they share the records' public cache hint.
 */
import {
  ActorKind, InputProblems, MATCH_WEIGHTS, MatchReason, MatchReasonKind, Territory, cacheHint, matchReason, sharedThemesLabel,
} from '@ecosystem/common';
import DataLoader from 'dataloader';
import { Arg, Ctx, Directive, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { ActorsContext } from '../context.js';
import { MatchingStore, type ActorMatchOptions, type ActorMatchRow, type NeedForMatching } from './matching.store.js';

@ObjectType('ResearchNeed', { description: 'A research need published by a collectivité, an association or a public service (owned by the opportunities subgraph).' })
@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
export class ResearchNeedReference {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' }) id!: string;

  @Directive('@external')
  @Field(() => [String], { description: 'Lower-case French keywords; they drive the suggestions.' })
  themes!: string[];

  @Directive('@external')
  @Field(() => [String], { description: 'ERC panel codes the question belongs to, e.g. ["SH3"], matched against the labs\' RNSR panels.' })
  ercPanels!: string[];

  @Directive('@external')
  @Field(() => Territory, { description: 'Where the question arises: région, département, EPCI and commune, as far as known.' })
  territory!: Partial<Territory>;

  @Directive('@external')
  @Field(() => Actor, { description: 'The actor that has the need (a collectivité, an association, a public service).' })
  requester!: { id: string };
}

@ObjectType({ description: 'An actor suggested for a research need, with its score and the reasons that make it.' })
export class ActorSuggestion {
  @Field(() => Actor, { description: 'The suggested actor (a lab unless other kinds were asked).' }) actor!: Actor;
  @Field(() => Float, { description: 'The sum of the reasons\' weights: higher first.' }) score!: number;
  @Field(() => [MatchReason], { description: 'Why it was suggested, heaviest reason first.' }) reasons!: MatchReason[];
}

const km = (value: number) => (value < 10 ? value.toFixed(1).replace('.', ',') : String(Math.round(value)));

/** The reasons of one ranked row, heaviest first; their weights add up to the row's score. */
export function reasonsOf(row: ActorMatchRow): MatchReason[] {
  const W = MATCH_WEIGHTS;
  const reasons: MatchReason[] = [];
  if (row.sharedThemes.length) {
    reasons.push(matchReason(MatchReasonKind.SHARED_THEMES, W.perSharedTheme * row.sharedThemes.length, sharedThemesLabel(row.sharedThemes), { themes: row.sharedThemes }));
  }
  for (const panel of row.sharedPanels) {
    reasons.push(matchReason(MatchReasonKind.ERC_PANEL, W.perErcPanel, `domaine ERC ${panel}`, { ercPanel: panel }));
  }
  if (row.partnerName && row.intensity !== null) {
    const weight = row.partnerIsRequester ? W.requesterPartnershipBonus + row.intensity : W.otherPartnershipFactor * row.intensity;
    reasons.push(matchReason(MatchReasonKind.EXISTING_PARTNERSHIP, weight, `déjà partenaire de ${row.partnerName} (niveau ${row.intensity})`, {
      partnerName: row.partnerName, intensity: row.intensity,
    }));
  }
  if (row.open) reasons.push(matchReason(MatchReasonKind.OPEN_TO_PARTNERSHIPS, W.openToPartnerships, 'ouvert aux partenariats avec les collectivités'));
  if (row.km !== null) reasons.push(matchReason(MatchReasonKind.DISTANCE, row.distanceWeight, `à ${km(row.km)} km`, { distanceKm: row.km }));
  // Stable: equal weights keep the order above (themes, panels, partnership, openness, distance).
  return reasons.sort((a, b) => b.weight - a.weight);
}

/**
 * One loader per set of arguments: every need of a level with the same arguments shares one
 * statement. Kept per request in a WeakMap on the request's context (not in the shared context
 * module), so the loaders die with the request.
 */
const perRequest = new WeakMap<ActorsContext, Map<string, DataLoader<NeedForMatching, ActorMatchRow[], string>>>();

function actorSuggestionLoader(ctx: ActorsContext, options: ActorMatchOptions): DataLoader<NeedForMatching, ActorMatchRow[], string> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  const key = JSON.stringify(options);
  let loader = loaders.get(key);
  if (!loader) {
    const store = new MatchingStore(ctx.database.dataSource);
    loader = new DataLoader<NeedForMatching, ActorMatchRow[], string>(
      async (needs) => {
        const rows = await store.actorsFor(needs, options);
        return needs.map((need) => rows.filter((row) => row.needId === need.id));
      },
      // The representation, not just the id: two needs' suggestions differ by their fields.
      { cacheKeyFn: (need) => JSON.stringify(need) },
    );
    loaders.set(key, loader);
  }
  return loader;
}

export function needForMatching(need: ResearchNeedReference): NeedForMatching {
  return {
    id: need.id,
    themes: need.themes ?? [],
    ercPanels: need.ercPanels ?? [],
    regionCode: need.territory?.regionCode ?? null,
    departmentCode: need.territory?.departmentCode ?? null,
    communeCode: need.territory?.communeCode ?? null,
    requesterId: need.requester?.id ?? null,
  };
}

@Resolver(() => ResearchNeedReference)
export class ResearchNeedActorsResolver {
  @Directive(cacheHint.records)
  @Directive('@requires(fields: "themes ercPanels territory { regionCode departmentCode communeCode } requester { id }")')
  @FieldResolver(() => [ActorSuggestion], {
    description:
      'Labs (or the kinds asked) suggested for this need, best first, each with its score and reasons: shared themes and ERC panels, ' +
      'distance to the need\'s commune (else its requester), an existing partnership with the requester or another actor of the need\'s ' +
      'département, declared openness. Actors that said they are not open are left out. Ties: nearer first, then by name.',
  })
  async suggestedActors(
    @Root() need: ResearchNeedReference,
    @Ctx() ctx: ActorsContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'How many suggestions, 0 to 100.' }) first?: number | null,
    @Arg('kinds', () => [ActorKind], { nullable: true, description: 'Kinds of actors to suggest; defaults to LAB.' }) kinds?: ActorKind[] | null,
    @Arg('onlyOpen', () => Boolean, { nullable: true, defaultValue: false, description: 'Only actors that said they are open to partnerships.' }) onlyOpen?: boolean | null,
  ): Promise<ActorSuggestion[]> {
    const size = first ?? 10;
    const problems = new InputProblems();
    problems.check(Number.isInteger(size) && size >= 0 && size <= 100, 'first', 'Ask for between 0 and 100 suggestions.');
    problems.throwIfAny();
    const options: ActorMatchOptions = { first: size, kinds: [...new Set(kinds?.length ? kinds : [ActorKind.LAB])].sort(), onlyOpen: !!onlyOpen };
    const rows = await actorSuggestionLoader(ctx, options).load(needForMatching(need));
    const actors = await ctx.loaders.actorById.loadMany(rows.map((row) => row.actorId));
    return rows.flatMap((row, i) => {
      const actor = actors[i];
      return actor && !(actor instanceof Error) ? [{ actor, score: row.score, reasons: reasonsOf(row) }] : [];
    });
  }
}

/** The gateway hands the need's required fields in the representation: the reference is the representation. */
export const researchNeedReference = {
  ResearchNeed: { __resolveReference: (reference: ResearchNeedReference) => reference },
};
