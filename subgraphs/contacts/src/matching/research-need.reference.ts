/**
 * `ResearchNeed` (owned by the opportunities subgraph) as the contacts subgraph sees it: its
 * themes and territory (`@external`, fetched through `@requires`) and the researchers and
 * facilitators suggested for it. One SQL statement ranks the suggestions of every need of a level.
 * E-mails and phones stay behind the Contact resolvers' rule: a suggestion is a Contact like any other.
 */
import {
  InputProblems, MATCH_WEIGHTS, MatchReason, MatchReasonKind, Territory, cacheHint, matchReason, sharedThemesLabel, territories,
} from '@ecosystem/common';
import DataLoader from 'dataloader';
import { Arg, Ctx, Directive, Field, FieldResolver, Float, ID, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { Contact } from '../contact/contact.entity.js';
import { ContactRole } from '../contact/contact.enums.js';
import type { ContactsContext } from '../context.js';

@ObjectType('ResearchNeed', { description: 'A research need published by a collectivité, an association or a public service (owned by the opportunities subgraph).' })
@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
export class ResearchNeedReference {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' }) id!: string;

  @Directive('@external')
  @Field(() => [String], { description: 'Lower-case French keywords; they drive the suggestions.' })
  themes!: string[];

  @Directive('@external')
  @Field(() => Territory, { description: 'Where the question arises: région, département, EPCI and commune, as far as known.' })
  territory!: Partial<Territory>;
}

@ObjectType({ description: 'A researcher or facilitator suggested for a research need, with the score and reasons.' })
export class ContactSuggestion {
  @Field(() => Contact, { description: 'The suggested person (e-mail and phone only for signed-in viewers, as everywhere).' }) contact!: Contact;
  @Field(() => Float, { description: 'The sum of the reasons\' weights: higher first.' }) score!: number;
  @Field(() => [MatchReason], { description: 'Why this person was suggested, heaviest reason first.' }) reasons!: MatchReason[];
}

interface NeedForMatching {
  id: string;
  themes: string[];
  regionCode: string | null;
  departmentCode: string | null;
  communeCode: string | null;
}

interface ContactMatchRow {
  needId: string;
  contactId: string;
  sharedThemes: string[];
  level: 'COMMUNE' | 'DEPARTMENT' | 'REGION' | null;
  facilitator: boolean;
  score: number;
}

const W = MATCH_WEIGHTS;

/**
 * A candidate is a live contact with one of the asked roles that shares a theme with the need, or
 * a facilitator working in the need's territory (its département, or its région when placed at the
 * région level). Score: shared themes, the same commune / département / région, facilitator of it.
 */
const SQL = `
WITH need AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id text, themes text[], region_code text, department_code text, commune_code text)
), candidate AS (
  SELECT n.id AS need_id, c.id AS contact_id, c.sort_name,
    ARRAY(SELECT t FROM unnest(n.themes) WITH ORDINALITY AS u(t, i) WHERE t = ANY(c.themes) ORDER BY i) AS shared_themes,
    CASE WHEN n.commune_code IS NOT NULL AND c.commune_code = n.commune_code THEN 'COMMUNE'
         WHEN n.department_code IS NOT NULL AND c.department_code = n.department_code THEN 'DEPARTMENT'
         WHEN n.region_code IS NOT NULL AND c.region_code = n.region_code THEN 'REGION' END AS level,
    'FACILITATOR' = ANY(c.roles) AS facilitator
  FROM need n
  JOIN contacts.contact c ON c.archived_at IS NULL AND c.roles && $2::text[]
  WHERE c.themes && n.themes
     OR ('FACILITATOR' = ANY(c.roles) AND (c.department_code = n.department_code OR (c.department_code IS NULL AND c.region_code = n.region_code)))
), scored AS (
  SELECT c.*,
    ${W.perSharedTheme} * cardinality(c.shared_themes)
      + CASE c.level WHEN 'COMMUNE' THEN ${W.sameCommune} WHEN 'DEPARTMENT' THEN ${W.sameDepartment} WHEN 'REGION' THEN ${W.sameRegion} ELSE 0 END
      + CASE WHEN c.facilitator AND c.level IS NOT NULL THEN ${W.facilitator} ELSE 0 END AS score
  FROM candidate c
), ranked AS (
  SELECT s.*, row_number() OVER (PARTITION BY s.need_id ORDER BY s.score DESC, s.sort_name, s.contact_id) AS rank FROM scored s
)
SELECT need_id AS "needId", contact_id AS "contactId", shared_themes AS "sharedThemes", level, facilitator, score::float8 AS score
FROM ranked WHERE rank <= $3 ORDER BY need_id, rank`;

async function contactsFor(dataSource: DataSource, needs: readonly NeedForMatching[], roles: string[], first: number): Promise<ContactMatchRow[]> {
  if (!needs.length || first === 0) return [];
  const batch = needs.map((n) => ({ id: n.id, themes: n.themes, region_code: n.regionCode, department_code: n.departmentCode, commune_code: n.communeCode }));
  return dataSource.query(SQL, [JSON.stringify(batch), roles, first]);
}

const LEVEL_LABEL = { COMMUNE: 'la commune', DEPARTMENT: 'le département', REGION: 'la région' } as const;

function territoryName(need: NeedForMatching, level: 'COMMUNE' | 'DEPARTMENT' | 'REGION'): string | null {
  const resolved = territories().resolve({ regionCode: need.regionCode, departmentCode: need.departmentCode, epciCode: null, communeCode: need.communeCode });
  return level === 'COMMUNE' ? resolved.communeName : level === 'DEPARTMENT' ? resolved.departmentName : resolved.regionName;
}

export function contactReasonsOf(row: ContactMatchRow, need: NeedForMatching): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (row.sharedThemes.length) {
    reasons.push(matchReason(MatchReasonKind.SHARED_THEMES, W.perSharedTheme * row.sharedThemes.length, sharedThemesLabel(row.sharedThemes), { themes: row.sharedThemes }));
  }
  if (row.level) {
    const name = territoryName(need, row.level);
    const weight = row.level === 'COMMUNE' ? W.sameCommune : row.level === 'DEPARTMENT' ? W.sameDepartment : W.sameRegion;
    const where = `${LEVEL_LABEL[row.level]}${name ? ` (${name})` : ''}`;
    reasons.push(matchReason(MatchReasonKind.SAME_TERRITORY, weight, `travaille dans ${where}`, { territoryLevel: row.level, territoryName: name }));
    if (row.facilitator) {
      reasons.push(matchReason(MatchReasonKind.FACILITATOR, W.facilitator, `facilitateur du territoire${name ? ` : ${name}` : ''}`, { territoryLevel: row.level, territoryName: name }));
    }
  }
  return reasons.sort((a, b) => b.weight - a.weight);
}

/** Loaders per set of arguments, per request (a WeakMap on the request's context). */
const perRequest = new WeakMap<ContactsContext, Map<string, DataLoader<NeedForMatching, ContactMatchRow[], string>>>();

function loaderFor(ctx: ContactsContext, roles: string[], first: number): DataLoader<NeedForMatching, ContactMatchRow[], string> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  const key = JSON.stringify([roles, first]);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<NeedForMatching, ContactMatchRow[], string>(
      async (needs) => {
        const rows = await contactsFor(ctx.database.dataSource, needs, roles, first);
        return needs.map((need) => rows.filter((row) => row.needId === need.id));
      },
      { cacheKeyFn: (need) => JSON.stringify(need) },
    );
    loaders.set(key, loader);
  }
  return loader;
}

@Resolver(() => ResearchNeedReference)
export class ResearchNeedContactsResolver {
  @Directive(cacheHint.records)
  @Directive('@requires(fields: "themes territory { regionCode departmentCode communeCode }")')
  @FieldResolver(() => [ContactSuggestion], {
    description:
      'Researchers and facilitators suggested for this need, best first, each with its score and reasons: shared themes, working in the ' +
      'need\'s commune, département or région, facilitator of that territory. Ties by name. E-mail and phone follow the Contact rule.',
  })
  async suggestedContacts(
    @Root() need: ResearchNeedReference,
    @Ctx() ctx: ContactsContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10, description: 'How many suggestions, 0 to 100.' }) first?: number | null,
    @Arg('roles', () => [ContactRole], { nullable: true, description: 'Roles to suggest; defaults to RESEARCHER and FACILITATOR.' }) roles?: ContactRole[] | null,
  ): Promise<ContactSuggestion[]> {
    const size = first ?? 10;
    const problems = new InputProblems();
    problems.check(Number.isInteger(size) && size >= 0 && size <= 100, 'first', 'Ask for between 0 and 100 suggestions.');
    problems.throwIfAny();
    const wanted = [...new Set(roles?.length ? roles : [ContactRole.RESEARCHER, ContactRole.FACILITATOR])].sort();
    const matching: NeedForMatching = {
      id: need.id,
      themes: need.themes ?? [],
      regionCode: need.territory?.regionCode ?? null,
      departmentCode: need.territory?.departmentCode ?? null,
      communeCode: need.territory?.communeCode ?? null,
    };
    const rows = await loaderFor(ctx, wanted, size).load(matching);
    const contacts = await ctx.loaders.contactById.loadMany(rows.map((row) => row.contactId));
    return rows.flatMap((row, i) => {
      const contact = contacts[i];
      return contact && !(contact instanceof Error) ? [{ contact, score: row.score, reasons: contactReasonsOf(row, matching) }] : [];
    });
  }
}

export const researchNeedReference = {
  ResearchNeed: { __resolveReference: (reference: ResearchNeedReference) => reference },
};
