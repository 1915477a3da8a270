/** Turns research-need inputs into checked column values, naming every bad field at once. */
import {
  InputProblems, PARTNERSHIP_TOOLS, isUuid, normalizeThemes, provenanceFromInput, requiredText, territories,
  type ProvenanceColumns, type ProvenanceInput, type TerritoryCodes, type TerritoryInput, type Viewer,
} from '@ecosystem/common';
import type { ResearchNeedHorizon } from './research-need.enums.js';

const TOOL_SLUGS = new Set(PARTNERSHIP_TOOLS.map((tool) => tool.slug));
/** The ERC panels: PE1–PE11, LS1–LS9, SH1–SH8. */
const ERC_PANEL = /^(PE([1-9]|1[01])|LS[1-9]|SH[1-8])$/;

export interface ResearchNeedFields {
  title: string | null | undefined;
  question: string | null | undefined;
  themes: readonly string[] | null | undefined;
  ercPanels?: readonly string[] | null;
  territory: TerritoryInput | TerritoryCodes;
  requesterId: string;
  toolSlugs?: readonly string[] | null;
  horizon: ResearchNeedHorizon;
  source?: ProvenanceInput | null;
}

export interface CheckedResearchNeed {
  title: string;
  question: string;
  themes: string[];
  ercPanels: string[];
  place: TerritoryCodes;
  requesterId: string;
  toolSlugs: string[];
  horizon: ResearchNeedHorizon;
  source: ProvenanceColumns;
}

export function checkResearchNeed(input: ResearchNeedFields, viewer: Viewer): CheckedResearchNeed {
  const p = new InputProblems();
  p.check(isUuid(input.requesterId), 'input.requesterId', 'Must be an actor id.');
  const themes = normalizeThemes(input.themes, 'input.themes', p);
  // Without a theme nothing can be suggested: the need would be a dead end.
  p.check(themes.length > 0, 'input.themes', 'Give at least one theme: suggestions are made from them.');
  const ercPanels = [...new Set((input.ercPanels ?? []).map((panel) => panel.trim().toUpperCase()).filter(Boolean))].sort();
  p.check(ercPanels.every((panel) => ERC_PANEL.test(panel)), 'input.ercPanels', 'ERC panels are PE1–PE11, LS1–LS9 or SH1–SH8.');
  const toolSlugs = [...new Set(input.toolSlugs ?? [])];
  p.check(toolSlugs.every((slug) => TOOL_SLUGS.has(slug)), 'input.toolSlugs', 'Not a tool of the toolbox: see the partnershipTools query.');
  p.check(toolSlugs.length <= 10, 'input.toolSlugs', 'At most 10 tools.');
  const checked: CheckedResearchNeed = {
    title: requiredText(input.title, 'input.title', 300, p),
    question: requiredText(input.question, 'input.question', 20000, p),
    themes,
    ercPanels,
    place: territories().validate(input.territory, 'input.territory', p) ?? { regionCode: null, departmentCode: null, epciCode: null, communeCode: null },
    requesterId: input.requesterId.toLowerCase(),
    toolSlugs,
    horizon: input.horizon,
    source: provenanceFromInput(input.source, viewer, 'input.source', p),
  };
  p.throwIfAny();
  return checked;
}
