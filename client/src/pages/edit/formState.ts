/**
 * The editing forms' state (what the person typed, as strings) and its conversion to the API's
 * mutation inputs. Form keys are the API's input paths without `input.`, so that validation
 * errors land on the input they are about.
 */
import type {
  ActorKind, AddPartnershipInput, CollectivityLevel, ContactRole, CreateActorInput, CreateContactInput, CreateOpportunityInput,
  OpportunityKind, OpportunityStatus, TerritoryInput,
} from '../../gql/graphql';

/** An actor chosen in a picker, with what is needed to show it again without a query. */
export interface ActorChoice {
  id: string;
  name: string;
  kind?: string;
  detail?: string;
}

export interface TerritoryState {
  regionCode: string;
  departmentCode: string;
  communeCode: string;
  communeName: string;
}

export const EMPTY_TERRITORY: TerritoryState = { regionCode: '', departmentCode: '', communeCode: '', communeName: '' };
export const TERRITORY_KEYS = ['territory.regionCode', 'territory.departmentCode', 'territory.communeCode'] as const;
/** "Give at least a région…" and EPCI problems are shown by the commune input, the last of the group. */
export const TERRITORY_ALIASES = { territory: 'territory.communeCode', 'territory.epciCode': 'territory.communeCode' };

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** "innovation publique, santé ,," → ["innovation publique", "santé"]. */
export function splitThemes(value: string): string[] {
  return value.split(',').map((theme) => theme.trim()).filter(Boolean);
}

export function joinThemes(themes: readonly string[]): string {
  return themes.join(', ');
}

export function splitLines(value: string): string[] {
  return value.split('\n').map((line) => line.trim()).filter(Boolean);
}

export function toTerritoryInput(territory: TerritoryState): TerritoryInput {
  return { regionCode: text(territory.regionCode), departmentCode: text(territory.departmentCode), communeCode: text(territory.communeCode) };
}

export function fromTerritory(territory: {
  regionCode?: string | null; departmentCode?: string | null; communeCode?: string | null; communeName?: string | null;
}): TerritoryState {
  return {
    regionCode: territory.regionCode ?? '',
    departmentCode: territory.departmentCode ?? '',
    communeCode: territory.communeCode ?? '',
    communeName: territory.communeName ?? '',
  };
}

/** A whole number, or null when the box is empty; anything else goes to the API as typed, to be refused there. */
function integer(value: string): number | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return Number(trimmed);
}

// ─── Opportunities ──────────────────────────────────────────────────────────

export interface OpportunityFormState {
  kind: string;
  status: string;
  title: string;
  description: string;
  host: ActorChoice | null;
  partners: ActorChoice[];
  toolSlug: string;
  themes: string;
  territory: TerritoryState;
  placeName: string;
  startsOn: string;
  deadline: string;
  durationMonths: string;
  remuneration: string;
  contractType: string;
  missions: string;
  profile: string;
  howToApply: string;
  applyUrl: string;
}

export const EMPTY_OPPORTUNITY: OpportunityFormState = {
  kind: '', status: 'OPEN', title: '', description: '', host: null, partners: [], toolSlug: '', themes: '',
  territory: EMPTY_TERRITORY, placeName: '', startsOn: '', deadline: '', durationMonths: '', remuneration: '', contractType: '',
  missions: '', profile: '', howToApply: '', applyUrl: '',
};

/** The opportunity form's inputs, in the order they appear. */
export const OPPORTUNITY_KEYS = [
  'kind', 'status', 'title', 'description', 'hostId', 'partnerIds', 'toolSlug', 'themes', ...TERRITORY_KEYS, 'placeName',
  'startsOn', 'deadline', 'durationMonths', 'remuneration', 'contractType', 'missions', 'profile', 'howToApply', 'applyUrl',
];

export function toOpportunityInput(state: OpportunityFormState): CreateOpportunityInput {
  return {
    kind: state.kind as OpportunityKind,
    status: (text(state.status) ?? 'OPEN') as OpportunityStatus,
    title: state.title.trim(),
    description: state.description.trim(),
    hostId: state.host?.id ?? '',
    partnerIds: state.partners.map((partner) => partner.id),
    toolSlug: text(state.toolSlug),
    themes: splitThemes(state.themes),
    territory: toTerritoryInput(state.territory),
    placeName: text(state.placeName),
    startsOn: text(state.startsOn),
    deadline: text(state.deadline),
    durationMonths: integer(state.durationMonths),
    remuneration: text(state.remuneration),
    contractType: text(state.contractType),
    missions: splitLines(state.missions),
    profile: text(state.profile),
    howToApply: text(state.howToApply),
    applyUrl: text(state.applyUrl),
  };
}

// ─── Actors ─────────────────────────────────────────────────────────────────

export interface ActorFormState {
  kind: string;
  collectivityLevel: string;
  name: string;
  acronym: string;
  description: string;
  themes: string;
  website: string;
  identifiers: { insee: string; siren: string; rnsr: string; uai: string; ror: string };
  territory: TerritoryState;
  parent: ActorChoice | null;
}

export const EMPTY_ACTOR: ActorFormState = {
  kind: '', collectivityLevel: '', name: '', acronym: '', description: '', themes: '', website: '',
  identifiers: { insee: '', siren: '', rnsr: '', uai: '', ror: '' }, territory: EMPTY_TERRITORY, parent: null,
};

export const IDENTIFIER_KEYS = ['siren', 'rnsr', 'uai', 'ror', 'insee'] as const;

export const ACTOR_KEYS = [
  'kind', 'collectivityLevel', 'name', 'acronym', 'description', 'themes', 'website',
  ...IDENTIFIER_KEYS.map((key) => `identifiers.${key}`), ...TERRITORY_KEYS, 'parentId',
];

export function toActorInput(state: ActorFormState): CreateActorInput {
  const kind = state.kind as ActorKind;
  return {
    kind,
    collectivityLevel: kind === 'COLLECTIVITY' ? ((text(state.collectivityLevel) as CollectivityLevel | null) ?? null) : null,
    name: state.name.trim(),
    acronym: text(state.acronym),
    description: text(state.description),
    themes: splitThemes(state.themes),
    website: text(state.website),
    identifiers: Object.fromEntries(IDENTIFIER_KEYS.map((key) => [key, text(state.identifiers[key])])),
    territory: toTerritoryInput(state.territory),
    parentId: state.parent?.id ?? null,
  };
}

// ─── Contacts ───────────────────────────────────────────────────────────────

export interface ContactFormState {
  displayName: string;
  jobTitle: string;
  roles: string[];
  organization: ActorChoice | null;
  themes: string;
  territory: TerritoryState;
  email: string;
  phone: string;
  lastVerifiedOn: string;
}

export const EMPTY_CONTACT: ContactFormState = {
  displayName: '', jobTitle: '', roles: [], organization: null, themes: '', territory: EMPTY_TERRITORY, email: '', phone: '', lastVerifiedOn: '',
};

export const CONTACT_KEYS = [
  'displayName', 'jobTitle', 'roles', 'organizationId', 'themes', ...TERRITORY_KEYS, 'email', 'phone', 'lastVerifiedOn',
];
export const CONTACT_ALIASES = { ...TERRITORY_ALIASES, organizationKind: 'organizationId' };

export function toContactInput(state: ContactFormState): CreateContactInput {
  return {
    displayName: state.displayName.trim(),
    jobTitle: text(state.jobTitle),
    roles: state.roles as ContactRole[],
    organizationId: state.organization?.id ?? null,
    organizationKind: state.organization ? ((state.organization.kind as ActorKind | undefined) ?? null) : null,
    themes: splitThemes(state.themes),
    territory: toTerritoryInput(state.territory),
    email: text(state.email),
    phone: text(state.phone),
    lastVerifiedOn: text(state.lastVerifiedOn),
  };
}

// ─── Partnerships ───────────────────────────────────────────────────────────

export interface PartnershipFormState {
  partner: ActorChoice | null;
  toolSlug: string;
  intensity: string;
  startedOn: string;
  note: string;
}

export const EMPTY_PARTNERSHIP: PartnershipFormState = { partner: null, toolSlug: '', intensity: '', startedOn: '', note: '' };
export const PARTNERSHIP_KEYS = ['partnerId', 'toolSlug', 'intensity', 'startedOn', 'note'];

export function toPartnershipInput(actorId: string, state: PartnershipFormState): AddPartnershipInput {
  return {
    actorId,
    partnerId: state.partner?.id ?? '',
    toolSlug: state.toolSlug,
    intensity: integer(state.intensity) ?? 0,
    startedOn: text(state.startedOn),
    note: text(state.note),
  };
}
