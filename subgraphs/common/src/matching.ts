/**
 * Matchmaking (issue 6): the explanation of a suggestion, shared by the actors subgraph (labs
 * suggested for a research need) and the contacts subgraph (researchers and facilitators), so that
 * a client renders every reason the same way whichever subgraph made it.
 */
import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MatchReasonKind {
  SHARED_THEMES = 'SHARED_THEMES',
  ERC_PANEL = 'ERC_PANEL',
  DISTANCE = 'DISTANCE',
  SAME_TERRITORY = 'SAME_TERRITORY',
  EXISTING_PARTNERSHIP = 'EXISTING_PARTNERSHIP',
  OPEN_TO_PARTNERSHIPS = 'OPEN_TO_PARTNERSHIPS',
  FACILITATOR = 'FACILITATOR',
}

registerEnumType(MatchReasonKind, {
  name: 'MatchReasonKind',
  description: 'Why a lab, researcher or facilitator was suggested for a research need.',
  valuesConfig: {
    SHARED_THEMES: { description: 'Themes (our keywords, RNSR scientific domains included) shared with the need: see `themes`.' },
    ERC_PANEL: { description: 'An ERC panel of the need is one of the lab\'s (RNSR): see `ercPanel`.' },
    DISTANCE: { description: 'Distance between the lab and the need\'s place, as the crow flies: see `distanceKm`.' },
    SAME_TERRITORY: { description: 'The person works in the need\'s commune, département or région: see `territoryLevel` and `territoryName`.' },
    EXISTING_PARTNERSHIP: { description: 'Already a partner of the requester or of another actor of the need\'s département: see `partnerName` and `intensity`.' },
    OPEN_TO_PARTNERSHIPS: { description: 'The lab declared itself open to partnerships with collectivités and public services.' },
    FACILITATOR: { description: 'The person is a facilitator (builds research–territory partnerships) of the need\'s territory.' },
  },
});

/**
 * The weights of the ranking, in one place: the score of a suggestion is the sum of its reasons'
 * weights. A shared theme is the strongest signal (the need is about it); an ERC panel is a
 * theme given in the research world's own words; proximity matters for a collectivité (meetings,
 * fieldwork) but fades beyond a day trip; a partnership that already works is a good start; a lab
 * that says it is open gets a nudge, not a free pass.
 */
export const MATCH_WEIGHTS = {
  perSharedTheme: 3,
  perErcPanel: 2,
  /** At 0 km; decreases linearly to 0 at `distanceHorizonKm`. */
  distance: 4,
  distanceHorizonKm: 150,
  /** Partnership with the requester: this plus the intensity (1–5). */
  requesterPartnershipBonus: 2,
  /** Partnership with another actor of the need's département: the intensity halved. */
  otherPartnershipFactor: 0.5,
  openToPartnerships: 2,
  sameCommune: 3,
  sameDepartment: 2,
  sameRegion: 1,
  facilitator: 2,
} as const;

@Directive('@shareable')
@ObjectType({ description: 'One reason why something was suggested, with its weight in the ranking and its data; `label` says it in French.' })
export class MatchReason {
  @Field(() => MatchReasonKind, { description: 'What kind of reason it is; clients render it in their language from the data fields.' })
  kind!: MatchReasonKind;

  @Field(() => Float, { description: 'What this reason adds to the score (the score is the sum of the weights).' })
  weight!: number;

  @Field({ description: 'The reason in French, e.g. "3 thèmes en commun : mobilités, énergie, santé", "à 12 km", "déjà partenaire de Saint-Étienne (niveau 2)".' })
  label!: string;

  @Field(() => [String], { description: 'SHARED_THEMES: the shared themes, in the need\'s order; empty otherwise.' })
  themes!: string[];

  @Field(() => String, { nullable: true, description: 'ERC_PANEL: the panel code, e.g. "SH3".' })
  ercPanel!: string | null;

  @Field(() => Float, { nullable: true, description: 'DISTANCE: kilometres as the crow flies, rounded to one decimal.' })
  distanceKm!: number | null;

  @Field(() => String, { nullable: true, description: 'EXISTING_PARTNERSHIP: the name of the actor it is already a partner of.' })
  partnerName!: string | null;

  @Field(() => Int, { nullable: true, description: 'EXISTING_PARTNERSHIP: the intensity of that partnership, 1 to 5.' })
  intensity!: number | null;

  @Field(() => String, { nullable: true, description: 'SAME_TERRITORY and FACILITATOR: COMMUNE, DEPARTMENT or REGION.' })
  territoryLevel!: string | null;

  @Field(() => String, { nullable: true, description: 'SAME_TERRITORY and FACILITATOR: the name of that commune, département or région.' })
  territoryName!: string | null;
}

/** A reason with every data field empty but those given. */
export function matchReason(kind: MatchReasonKind, weight: number, label: string, data: Partial<MatchReason> = {}): MatchReason {
  return {
    kind,
    weight: Math.round(weight * 10) / 10,
    label,
    themes: [],
    ercPanel: null,
    distanceKm: null,
    partnerName: null,
    intensity: null,
    territoryLevel: null,
    territoryName: null,
    ...data,
  };
}

/** "3 thèmes en commun : a, b, c" / "1 thème en commun : a". */
export function sharedThemesLabel(themes: readonly string[]): string {
  return `${themes.length} thème${themes.length > 1 ? 's' : ''} en commun : ${themes.join(', ')}`;
}
