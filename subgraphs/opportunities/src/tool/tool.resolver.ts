/** The toolbox: its tools, families, intensity scale, and what to try next. */
import { INTENSITY_LEVELS, InputProblems, TOOL_FAMILIES } from '@ecosystem/common';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
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
    @Arg('family', () => ToolFamily, { nullable: true }) family?: ToolFamily | null,
    @Arg('intensity', () => Int, { nullable: true }) intensity?: number | null,
  ): Promise<PartnershipTool[]> {
    checkIntensity(intensity, 'intensity');
    return ctx.opportunities.allTools(family ?? undefined, intensity ?? undefined);
  }

  @Query(() => PartnershipTool, { nullable: true })
  async partnershipTool(@Arg('slug', () => ID) slug: string, @Ctx() ctx: OpportunitiesContext): Promise<PartnershipTool | null> {
    return ctx.loaders.toolBySlug.load(slug);
  }

  @Query(() => [ToolFamilyInfo], { description: 'The four families of the toolbox.' })
  toolFamilies(): ToolFamilyInfo[] {
    return TOOL_FAMILIES.map((f) => ({ ...f, family: f.family as ToolFamily }));
  }

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
    @Arg('currentIntensity', () => Int) currentIntensity: number,
    @Ctx() ctx: OpportunitiesContext,
  ): Promise<PartnershipTool[]> {
    checkIntensity(currentIntensity, 'currentIntensity', true);
    return currentIntensity >= 5 ? ctx.opportunities.allTools(undefined, 5) : ctx.opportunities.allTools(undefined, currentIntensity + 1);
  }

  @FieldResolver(() => [Opportunity], { description: 'Opportunities using this tool, closing soonest first. Defaults to OPEN ones.' })
  async opportunities(
    @Root() tool: PartnershipTool,
    @Ctx() ctx: OpportunitiesContext,
    @Arg('statuses', () => [OpportunityStatus], { nullable: true }) statuses?: OpportunityStatus[] | null,
  ): Promise<Opportunity[]> {
    const visible = visibleStatuses(statuses?.length ? statuses : [OpportunityStatus.OPEN], ctx.viewer);
    return ctx.loaders.opportunitiesOfTool(visible).load(tool.slug);
  }
}
