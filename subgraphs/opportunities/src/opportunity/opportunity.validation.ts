/** An update, checked as a creation: the given fields over the stored ones (updateOpportunity, proposals). */
export function checkUpdateOpportunity(input: UpdateOpportunityInput, existing: Opportunity, viewer: Viewer): CheckedOpportunity {
  const pick = <K extends keyof UpdateOpportunityInput & keyof Opportunity>(key: K) =>
    (input[key] !== undefined ? input[key] : existing[key]) as never;
  return checkOpportunity(
    {
      kind: input.kind ?? existing.kind,
      status: input.status ?? existing.status,
      title: pick('title'), description: pick('description'), hostId: input.hostId ?? existing.hostId,
      partnerIds: pick('partnerIds'), toolSlug: pick('toolSlug'), themes: pick('themes'),
      territory: input.territory ?? existing.place, placeName: pick('placeName'), startsOn: pick('startsOn'), deadline: pick('deadline'),
      durationMonths: pick('durationMonths'), remuneration: pick('remuneration'), contractType: pick('contractType'),
      missions: pick('missions'), profile: pick('profile'), howToApply: pick('howToApply'), applyUrl: pick('applyUrl'),
      source: input.source,
    },
    viewer,
  );
}

/** Turns opportunity inputs into checked column values, naming every bad field at once. */
import {
  InputProblems, PARTNERSHIP_TOOLS, isHttpUrl, isUuid, normalizeThemes, optionalText, provenanceFromInput, requiredText, territories,
  type ProvenanceColumns, type TerritoryCodes, type Viewer,
} from '@ecosystem/common';
import { OpportunityStatus, type OpportunityKind } from './opportunity.enums.js';
import type { Opportunity } from './opportunity.entity.js';
import type { CreateOpportunityInput, UpdateOpportunityInput } from './opportunity.inputs.js';

const TOOL_SLUGS = new Set(PARTNERSHIP_TOOLS.map((tool) => tool.slug));

export interface CheckedOpportunity {
  kind: OpportunityKind;
  status: OpportunityStatus;
  title: string;
  description: string;
  hostId: string;
  partnerIds: string[];
  toolSlug: string | null;
  themes: string[];
  place: TerritoryCodes;
  placeName: string | null;
  startsOn: string | null;
  deadline: string | null;
  durationMonths: number | null;
  remuneration: string | null;
  contractType: string | null;
  missions: string[];
  profile: string | null;
  howToApply: string | null;
  applyUrl: string | null;
  source: ProvenanceColumns;
}

export function checkOpportunity(input: CreateOpportunityInput, viewer: Viewer): CheckedOpportunity {
  const p = new InputProblems();
  p.check(isUuid(input.hostId), 'input.hostId', 'Must be an actor id.');
  const partnerIds = [...new Set(input.partnerIds ?? [])];
  p.check(partnerIds.every(isUuid), 'input.partnerIds', 'Each must be an actor id.');
  p.check(!partnerIds.includes(input.hostId), 'input.partnerIds', 'The host is not its own partner.');
  p.check(partnerIds.length <= 50, 'input.partnerIds', 'At most 50 partners.');
  // `!= null`, not truthiness: an empty slug is refused, not stored (it would break the tool reference).
  if (input.toolSlug != null) p.check(TOOL_SLUGS.has(input.toolSlug), 'input.toolSlug', 'Not a tool of the toolbox: see the partnershipTools query.');
  if (input.durationMonths !== null && input.durationMonths !== undefined) {
    p.check(Number.isInteger(input.durationMonths) && input.durationMonths >= 1 && input.durationMonths <= 120, 'input.durationMonths', 'Between 1 and 120 months.');
  }
  const missions = (input.missions ?? []).map((m) => m.trim()).filter(Boolean);
  p.check(missions.length <= 40 && missions.every((m) => m.length <= 1000), 'input.missions', 'At most 40 missions of 1,000 characters.');
  const applyUrl = optionalText(input.applyUrl, 'input.applyUrl', 1000, p);
  if (applyUrl) p.check(isHttpUrl(applyUrl) || /^mailto:/.test(applyUrl), 'input.applyUrl', 'Must be an http(s) or mailto: URL.');
  const checked: CheckedOpportunity = {
    kind: input.kind,
    status: input.status ?? OpportunityStatus.OPEN,
    title: requiredText(input.title, 'input.title', 300, p),
    description: requiredText(input.description, 'input.description', 20000, p),
    hostId: input.hostId,
    partnerIds,
    toolSlug: input.toolSlug ?? null,
    themes: normalizeThemes(input.themes, 'input.themes', p),
    place: territories().validate(input.territory, 'input.territory', p) ?? { regionCode: null, departmentCode: null, epciCode: null, communeCode: null },
    placeName: optionalText(input.placeName, 'input.placeName', 300, p),
    startsOn: input.startsOn ?? null,
    deadline: input.deadline ?? null,
    durationMonths: input.durationMonths ?? null,
    remuneration: optionalText(input.remuneration, 'input.remuneration', 300, p),
    contractType: optionalText(input.contractType, 'input.contractType', 100, p),
    missions,
    profile: optionalText(input.profile, 'input.profile', 5000, p),
    howToApply: optionalText(input.howToApply, 'input.howToApply', 2000, p),
    applyUrl,
    source: provenanceFromInput(input.source, viewer, 'input.source', p),
  };
  p.throwIfAny();
  return checked;
}
