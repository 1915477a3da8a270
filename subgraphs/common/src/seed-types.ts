/** Shapes of the hand-written, sourced seed records shared by the three subgraphs' seeders. */

/** Where a record comes from: every seeded record carries one. */
export interface SeedSource {
  name: string;
  url?: string;
  license: string;
  /** ISO date (YYYY-MM-DD) on which the fact was read from the source. */
  retrievedOn: string;
}

export type SeedActorKind = 'LAB' | 'UNIVERSITY' | 'COLLECTIVITY' | 'ASSOCIATION' | 'SATT' | 'POLE' | 'PUBLIC_BODY' | 'COMPANY';
export type SeedToolFamily = 'UNIVERSITY_TO_TERRITORY' | 'TERRITORY_TO_UNIVERSITY' | 'SKILLS_TRANSFER' | 'BRIDGE';
export type SeedOpportunityKind =
  | 'CIFRE' | 'INTERNSHIP' | 'APPRENTICESHIP' | 'CHAIR' | 'DETACHMENT' | 'SECONDMENT' | 'JOB' | 'CALL_FOR_PROJECTS' | 'EVENT';
export type SeedOpportunityStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'FILLED';
export type SeedContactRole = 'FACILITATOR' | 'RESEARCHER' | 'DOCTORAL_CANDIDATE' | 'AGENT' | 'ELECTED_OFFICIAL' | 'OTHER';

/**
 * An organisation named by a source. Collectivités are NOT written by hand: they come from
 * @etalab/decoupage-administratif and are referred to as `region:<code>`, `departement:<code>`,
 * `epci:<siren>` and `commune:<insee>`. Hand-written organisations use `org:<slug>`.
 */
export interface SeedActor {
  ref: string;
  kind: SeedActorKind;
  name: string;
  acronym?: string;
  description?: string;
  themes: string[];
  website?: string;
  identifiers?: { siren?: string; rnsr?: string; uai?: string; ror?: string; insee?: string };
  /** INSEE code of the commune of its seat: drives its territory and its map location. */
  communeCode: string;
  parentRef?: string;
  source: SeedSource;
}

export interface SeedPartnership {
  actorRef: string;
  partnerRef: string;
  toolSlug: string;
  intensity: 1 | 2 | 3 | 4 | 5;
  startedOn?: string;
  note?: string;
  source: SeedSource;
}

export interface SeedTool {
  slug: string;
  family: SeedToolFamily;
  title: string;
  summary: string;
  objective: string;
  intensities: Array<1 | 2 | 3 | 4 | 5>;
  interestForCollectivity?: string;
  interestForResearch?: string;
  process?: string;
  examples: string[];
  links: string[];
  source: SeedSource;
}

export interface SeedOpportunity {
  ref: string;
  kind: SeedOpportunityKind;
  status: SeedOpportunityStatus;
  title: string;
  description: string;
  hostRef: string;
  partnerRefs: string[];
  toolSlug?: string;
  themes: string[];
  /** Where it takes place: a commune, or only a département / région when that is all the source says. */
  communeCode?: string;
  departmentCode?: string;
  regionCode?: string;
  placeName?: string;
  startsOn?: string;
  deadline?: string;
  durationMonths?: number;
  remuneration?: string;
  contractType?: string;
  missions: string[];
  profile?: string;
  howToApply?: string;
  applyUrl?: string;
  publishedAt: string;
  source: SeedSource;
}

export interface SeedContact {
  ref: string;
  displayName: string;
  jobTitle?: string;
  roles: SeedContactRole[];
  organizationRef?: string;
  themes: string[];
  communeCode?: string;
  departmentCode?: string;
  /** Professional details only, and only as published by the source. */
  email?: string;
  phone?: string;
  lastVerifiedOn?: string;
  source: SeedSource;
}
