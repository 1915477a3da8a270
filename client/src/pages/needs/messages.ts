/** Texts of the research-need pages (matchmaking): the list, a need with its suggestions, the form. */
import type { Language, Messages } from '../../i18n/i18n';

export const NEEDS: Messages<{
  title: string; intro: string; filters: string; territory: string; theme: string; themeHint: string; search: string;
  includeTurned: string; apply: string; publish: string; results: string; none: string;
  count: (total: number) => string; requester: string; horizon: string; tools: string; loadMore: string;
}> = {
  fr: {
    title: 'Besoins de recherche',
    intro: 'Les questions que des collectivités, associations et services publics aimeraient confier à la recherche. Pour chacune, l’annuaire suggère des laboratoires, des chercheurs et des facilitateurs, en disant pourquoi.',
    filters: 'Filtres', territory: 'Territoire', theme: 'Thème', themeHint: 'Un mot-clé, par exemple « mobilités ».', search: 'Recherche libre',
    includeTurned: 'Inclure les besoins devenus des opportunités', apply: 'Appliquer', publish: 'Publier un besoin', results: 'Résultats',
    none: 'Aucun besoin ne correspond à ces filtres.',
    count: (total) => (total === 0 ? 'Aucun besoin.' : `${total} besoin${total > 1 ? 's' : ''}.`),
    requester: 'Porté par', horizon: 'Horizon', tools: 'Outils envisagés', loadMore: 'Afficher plus',
  },
  en: {
    title: 'Research needs',
    intro: 'Questions that local authorities, associations and public services would like research to take up. For each, the directory suggests labs, researchers and facilitators, and says why.',
    filters: 'Filters', territory: 'Territory', theme: 'Theme', themeHint: 'A French keyword, e.g. “mobilités”.', search: 'Free-text search',
    includeTurned: 'Include needs that became opportunities', apply: 'Apply', publish: 'Publish a need', results: 'Results',
    none: 'No need matches these filters.',
    count: (total) => (total === 0 ? 'No need.' : `${total} need${total > 1 ? 's' : ''}.`),
    requester: 'Raised by', horizon: 'Horizon', tools: 'Tools considered', loadMore: 'Show more',
  },
};

export const NEED: Messages<{
  back: string; notFound: string; question: string; facts: string; requester: string; territory: string; horizon: string; status: string;
  themes: string; ercPanels: string; tools: string; labs: string; labsIntro: string; onlyOpen: string; people: string; peopleIntro: string;
  noLabs: string; noPeople: string; score: string; reasons: string; opportunity: string; seeOpportunity: string;
  turn: string; turnIntro: string; kind: string; deadline: string; turnButton: string; turning: string; turnFailed: string;
  signInForCoordinates: string; email: string; phone: string; worksAt: string;
}> = {
  fr: {
    back: 'Tous les besoins', notFound: 'Ce besoin n’existe pas.', question: 'La question', facts: 'L’essentiel', requester: 'Porté par',
    territory: 'Territoire', horizon: 'Horizon', status: 'Statut', themes: 'Thèmes', ercPanels: 'Panels ERC', tools: 'Outils envisagés',
    labs: 'Laboratoires suggérés', labsIntro: 'Classés par pertinence : thèmes et panels ERC en commun, distance, partenariats existants, ouverture déclarée.',
    onlyOpen: 'Seulement les laboratoires ouverts aux partenariats',
    people: 'Chercheurs et facilitateurs suggérés', peopleIntro: 'Thèmes en commun et territoire de travail.',
    noLabs: 'Aucun laboratoire ne partage ces thèmes pour l’instant.', noPeople: 'Aucune personne suggérée pour l’instant.',
    score: 'Score', reasons: 'Pourquoi', opportunity: 'Opportunité', seeOpportunity: 'Voir l’opportunité créée à partir de ce besoin',
    turn: 'Transformer en opportunité', turnIntro: 'Crée l’opportunité (portée par le demandeur, avec la question, les thèmes et le territoire du besoin) et relie les deux.',
    kind: 'Type d’opportunité', deadline: 'Date limite de candidature (facultative)', turnButton: 'Créer l’opportunité', turning: 'Création…',
    turnFailed: 'L’opportunité n’a pas pu être créée :',
    signInForCoordinates: 'Connectez-vous pour voir les coordonnées.', email: 'Courriel', phone: 'Téléphone', worksAt: 'chez',
  },
  en: {
    back: 'All needs', notFound: 'This need does not exist.', question: 'The question', facts: 'Key facts', requester: 'Raised by',
    territory: 'Territory', horizon: 'Horizon', status: 'Status', themes: 'Themes', ercPanels: 'ERC panels', tools: 'Tools considered',
    labs: 'Suggested labs', labsIntro: 'Best first: shared themes and ERC panels, distance, existing partnerships, declared openness.',
    onlyOpen: 'Only labs open to partnerships',
    people: 'Suggested researchers and facilitators', peopleIntro: 'Shared themes and where they work.',
    noLabs: 'No lab shares these themes yet.', noPeople: 'Nobody suggested yet.',
    score: 'Score', reasons: 'Why', opportunity: 'Opportunity', seeOpportunity: 'See the opportunity created from this need',
    turn: 'Turn into an opportunity', turnIntro: 'Creates the opportunity (hosted by the requester, with the need’s question, themes and territory) and links both.',
    kind: 'Kind of opportunity', deadline: 'Application deadline (optional)', turnButton: 'Create the opportunity', turning: 'Creating…',
    turnFailed: 'The opportunity could not be created:',
    signInForCoordinates: 'Sign in to see contact details.', email: 'E-mail', phone: 'Phone', worksAt: 'at',
  },
};

export const FORM: Messages<{
  title: string; intro: string; needTitle: string; question: string; themes: string; themesHint: string; ercPanels: string; ercHint: string;
  communeCode: string; communeHint: string; requester: string; requesterHint: string; pick: string; picked: string; horizon: string;
  tools: string; submit: string; submitting: string; refused: string; forbidden: string; signIn: string;
}> = {
  fr: {
    title: 'Publier un besoin de recherche', intro: 'Réservé aux éditeurs du territoire du besoin. Les suggestions sont calculées à partir des thèmes : soyez précis.',
    needTitle: 'Le besoin en une ligne', question: 'La question et son contexte', themes: 'Thèmes', themesHint: 'Séparés par des virgules, par exemple « mobilités, qualité de l’air ».',
    ercPanels: 'Panels ERC (facultatif)', ercHint: 'Codes séparés par des virgules, par exemple « SH3, LS7 ».',
    communeCode: 'Code INSEE de la commune', communeHint: 'Par exemple 42218 pour Saint-Étienne ; sinon choisissez un département.',
    requester: 'Structure qui porte le besoin', requesterHint: 'Tapez le début du nom de la collectivité, de l’association ou du service.',
    pick: 'Choisir', picked: 'Choisie :', horizon: 'Horizon', tools: 'Outils envisagés', submit: 'Publier le besoin', submitting: 'Publication…',
    refused: 'Le besoin n’a pas été publié :', forbidden: 'Vous ne pouvez pas publier dans ce territoire.', signIn: 'Connectez-vous en tant qu’éditeur pour publier un besoin.',
  },
  en: {
    title: 'Publish a research need', intro: 'For editors of the need’s territory. Suggestions are computed from the themes: be precise.',
    needTitle: 'The need in one line', question: 'The question and its context', themes: 'Themes', themesHint: 'Comma-separated French keywords, e.g. “mobilités, qualité de l’air”.',
    ercPanels: 'ERC panels (optional)', ercHint: 'Comma-separated codes, e.g. “SH3, LS7”.',
    communeCode: 'INSEE code of the commune', communeHint: 'E.g. 42218 for Saint-Étienne; otherwise pick a département.',
    requester: 'Organisation with the need', requesterHint: 'Type the beginning of the name of the local authority, association or service.',
    pick: 'Pick', picked: 'Picked:', horizon: 'Horizon', tools: 'Tools considered', submit: 'Publish the need', submitting: 'Publishing…',
    refused: 'The need was not published:', forbidden: 'You may not publish in this territory.', signIn: 'Sign in as an editor to publish a need.',
  },
};

export const HORIZONS: Record<string, Record<Language, string>> = {
  SHORT_TERM: { fr: 'Moins d’un an', en: 'Within a year' },
  MEDIUM_TERM: { fr: 'Un à trois ans', en: 'One to three years' },
  LONG_TERM: { fr: 'Plus de trois ans', en: 'More than three years' },
};

export const NEED_STATUSES: Record<string, Record<Language, string>> = {
  OPEN: { fr: 'Ouvert', en: 'Open' },
  TURNED_INTO_OPPORTUNITY: { fr: 'Devenu une opportunité', en: 'Became an opportunity' },
  CLOSED: { fr: 'Clos', en: 'Closed' },
};

export interface ReasonData {
  kind: string; label: string; weight: number; themes: string[]; ercPanel?: string | null; distanceKm?: number | null;
  partnerName?: string | null; intensity?: number | null; territoryLevel?: string | null; territoryName?: string | null;
}

/** A reason in the reader's language: French as the API words it; English from the reason's data. */
export function reasonText(reason: ReasonData, language: Language): string {
  if (language === 'fr') return reason.label;
  const level = reason.territoryLevel === 'COMMUNE' ? 'municipality' : reason.territoryLevel === 'DEPARTMENT' ? 'département' : 'region';
  switch (reason.kind) {
    case 'SHARED_THEMES': return `${reason.themes.length} shared theme${reason.themes.length > 1 ? 's' : ''}: ${reason.themes.join(', ')}`;
    case 'ERC_PANEL': return `ERC panel ${reason.ercPanel ?? ''}`;
    case 'DISTANCE': return `${(reason.distanceKm ?? 0) < 10 ? (reason.distanceKm ?? 0).toFixed(1) : Math.round(reason.distanceKm ?? 0)} km away`;
    case 'EXISTING_PARTNERSHIP': return `already a partner of ${reason.partnerName ?? ''} (level ${reason.intensity ?? ''})`;
    case 'OPEN_TO_PARTNERSHIPS': return 'open to partnerships with local authorities';
    case 'SAME_TERRITORY': return `works in the same ${level}${reason.territoryName ? ` (${reason.territoryName})` : ''}`;
    case 'FACILITATOR': return `facilitator of the territory${reason.territoryName ? `: ${reason.territoryName}` : ''}`;
    default: return reason.label;
  }
}
