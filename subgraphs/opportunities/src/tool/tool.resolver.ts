/** The toolbox: its tools, families, intensity scale, and what to try next. */
import { INTENSITY_LEVELS, InputProblems, TOOL_FAMILIES, cacheHint, nextIntensity } from '@ecosystem/common';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { OpportunitiesContext } from '../context.js';
import { Opportunity } from '../opportunity/opportunity.entity.js';
import { OpportunityStatus, ToolFamily } from '../opportunity/opportunity.enums.js';
import { visibleStatuses } from '../opportunity/opportunity.resolver.js';
import { IntensityLevel, PartnershipTool, ToolFamilyInfo } from './tool.entity.js';

function checkIntensity(value: number | null | undefined, field: string, allowZero = false): void {
  if (value === null || value === undefined) return;
  const problems = new InputProblems();
  problems.check(Number.isInteger(value) && value >= (allowZero ? 0 : 1) && value <= 5, field, `Between ${allowZero ? 0 : 1} and 5.`);
  problems.throwIfAny();
}

@Resolver(() => PartnershipTool)
export class PartnershipToolResolver {
  @Query(() => [PartnershipTool], { description: 'Tools of the toolbox, in the order of the document, optionally of one family or serving one intensity level.' })
  async partnershipTools(
    @Ctx() ctx: OpportunitiesContext,
    @Arg('family', () => ToolFamily, { nullable: true, description: 'Only the tools of this family.' }) family?: ToolFamily | null,
    @Arg('intensity', () => Int, { nullable: true, description: 'Only the tools of this intensity level, 1 to 5.' }) intensity?: number | null,
  ): Promise<PartnershipTool[]> {
    checkIntensity(intensity, 'intensity');
    return ctx.opportunities.allTools(family ?? undefined, intensity ?? undefined);
  }

  @Query(() => PartnershipTool, { nullable: true, description: 'One tool of the toolbox by its slug; null when there is none.' })
  async partnershipTool(@Arg('slug', () => ID, { description: 'Slug of the tool, e.g. "cifre-recherche-action".' }) slug: string, @Ctx() ctx: OpportunitiesContext): Promise<PartnershipTool | null> {
    return ctx.loaders.toolBySlug.load(slug);
  }

  @Directive(cacheHint.toolbox)
  @Query(() => [ToolFamilyInfo], { description: 'The four families of the toolbox.' })
  toolFamilies(): ToolFamilyInfo[] {
    return TOOL_FAMILIES.map((f) => ({ ...f, family: f.family as ToolFamily }));
  }

  @Directive(cacheHint.toolbox)
  @Query(() => [IntensityLevel], { description: 'The five-level intensity scale of partnerships.' })
  intensityLevels(): IntensityLevel[] {
    return INTENSITY_LEVELS.map((l) => ({ ...l }));
  }

  @Query(() => [PartnershipTool], {
    description:
      'What to try next between two actors whose partnership is at `currentIntensity` (0 when they do not know each other yet): ' +
      'the tools of the next level only, since the toolbox advises climbing the scale step by step and starting with mutual knowledge.',
  })
  async nextPartnershipTools(
    @Arg('currentIntensity', () => Int, { description: 'The intensity level of the partnership today, 1 to 5.' }) currentIntensity: number,
    @Ctx() ctx: OpportunitiesContext,
  ): Promise<PartnershipTool[]> {
    checkIntensity(currentIntensity, 'currentIntensity', true);
    // One step up (the top stays the top): the shared rule of toolbox-advice.ts.
    return ctx.opportunities.allTools(undefined, nextIntensity(currentIntensity));
  }

  @FieldResolver(() => [Opportunity], { description: 'Opportunities using this tool, closing soonest first. Defaults to OPEN ones.' })
  async opportunities(
    @Root() tool: PartnershipTool,
    @Ctx() ctx: OpportunitiesContext,
    @Arg('statuses', () => [OpportunityStatus], { nullable: true, description: 'Only these statuses; omitted, every published status. DRAFT needs the editor role.' }) statuses?: OpportunityStatus[] | null,
  ): Promise<Opportunity[]> {
    const visible = visibleStatuses(statuses?.length ? statuses : [OpportunityStatus.OPEN], ctx.viewer);
    return ctx.loaders.opportunitiesOfTool(visible).load(tool.slug);
  }
}
