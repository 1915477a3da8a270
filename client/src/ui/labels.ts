/** French and English names of the API's enums: one place for every page. */
import type { Language } from '../i18n/i18n';

type Labels = Record<string, { fr: string; en: string }>;

export const ACTOR_KINDS: Labels = {
  LAB: { fr: 'Laboratoire', en: 'Research lab' },
  UNIVERSITY: { fr: 'Université ou école', en: 'University or school' },
  COLLECTIVITY: { fr: 'Collectivité', en: 'Local authority' },
  ASSOCIATION: { fr: 'Association', en: 'Association' },
  SATT: { fr: 'SATT', en: 'Technology transfer office (SATT)' },
  POLE: { fr: 'Pôle de compétitivité', en: 'Competitiveness cluster' },
  PUBLIC_BODY: { fr: 'Organisme public', en: 'Public body' },
  COMPANY: { fr: 'Entreprise', en: 'Company' },
};

export const COLLECTIVITY_LEVELS: Labels = {
  REGION: { fr: 'Région', en: 'Region' },
  DEPARTMENT: { fr: 'Département', en: 'Département' },
  EPCI: { fr: 'Intercommunalité (EPCI)', en: 'Intercommunality (EPCI)' },
  COMMUNE: { fr: 'Commune', en: 'Municipality' },
};

export const OPPORTUNITY_KINDS: Labels = {
  CIFRE: { fr: 'Thèse CIFRE', en: 'CIFRE PhD' },
  INTERNSHIP: { fr: 'Stage', en: 'Internship' },
  APPRENTICESHIP: { fr: 'Apprentissage', en: 'Apprenticeship' },
  CHAIR: { fr: 'Chaire', en: 'Chair' },
  DETACHMENT: { fr: 'Détachement', en: 'Detachment' },
  SECONDMENT: { fr: 'Mise à disposition', en: 'Secondment' },
  JOB: { fr: 'Emploi', en: 'Job' },
  CALL_FOR_PROJECTS: { fr: 'Appel à projets', en: 'Call for projects' },
  EVENT: { fr: 'Événement', en: 'Event' },
};

export const OPPORTUNITY_STATUSES: Labels = {
  DRAFT: { fr: 'Brouillon', en: 'Draft' },
  OPEN: { fr: 'Ouverte', en: 'Open' },
  CLOSED: { fr: 'Close', en: 'Closed' },
  FILLED: { fr: 'Pourvue', en: 'Filled' },
};

export const CONTACT_ROLES: Labels = {
  FACILITATOR: { fr: 'Animateur·rice de partenariats', en: 'Partnership facilitator' },
  RESEARCHER: { fr: 'Chercheur·se', en: 'Researcher' },
  DOCTORAL_CANDIDATE: { fr: 'Doctorant·e', en: 'Doctoral candidate' },
  AGENT: { fr: 'Agent public', en: 'Civil servant' },
  ELECTED_OFFICIAL: { fr: 'Élu·e', en: 'Elected official' },
  OTHER: { fr: 'Autre', en: 'Other' },
};

export const TOOL_FAMILIES: Labels = {
  UNIVERSITY_TO_TERRITORY: { fr: "L'université vers les territoires", en: 'University towards territories' },
  TERRITORY_TO_UNIVERSITY: { fr: "Les territoires vers l'université", en: 'Territories towards university' },
  SKILLS_TRANSFER: { fr: 'Transferts de compétences', en: 'Skills transfer' },
  BRIDGE: { fr: 'Outils passerelles', en: 'Bridges' },
};

/** Colours by actor kind, chosen for contrast on white and to stay apart for colour-blind readers. */
export const ACTOR_KIND_COLOURS: Record<string, string> = {
  LAB: '#0b6e4f',
  UNIVERSITY: '#1d4e89',
  COLLECTIVITY: '#7a4b00',
  ASSOCIATION: '#8e2c6b',
  SATT: '#5a3e9b',
  POLE: '#a1341c',
  PUBLIC_BODY: '#3d5a5b',
  COMPANY: '#4b4b4b',
};

export function label(labels: Labels, value: string | null | undefined, language: Language): string {
  if (!value) return '';
  return labels[value]?.[language] ?? value;
}

/** How precise an actor's location is (GeoPoint.precision), in words. */
export const LOCATION_PRECISIONS: Labels = {
  EXACT: { fr: "À l'adresse exacte", en: 'At the exact address' },
  COMMUNE: { fr: 'Au centre de la commune', en: 'At the centre of the municipality' },
  EPCI: { fr: "Approximative : au centre de l'intercommunalité", en: 'Approximate: at the centre of the intercommunality' },
  DEPARTMENT: { fr: 'Approximative : au chef-lieu du département', en: "Approximate: at the département's main town" },
};
