/** Every visible text of the Territoire page, French first. */
import type { Messages } from '../../i18n/i18n';

export interface MapMessages {
  title: string;
  intro: string;
  allFrance: string;
  filters: string;
  moreFilters: string;
  territory: string;
  place: string;
  placeHint: string;
  placeSearch: string;
  placeNoMatch: string;
  placeResults: (n: number) => string;
  clearTerritory: string;
  listUnavailable: string;
  kinds: string;
  levels: string;
  levelsHint: string;
  themes: string;
  themesHint: string;
  applyThemes: string;
  removeTheme: (theme: string) => string;
  oppKinds: string;
  oppKindsHint: string;
  choropleth: string;
  choroplethNone: string;
  choroplethActors: string;
  choroplethOpportunities: string;
  tiles: string;
  search: (q: string) => string;
  clearSearch: string;
  mapLabel: (place: string) => string;
  mapHint: string;
  legend: string;
  legendKinds: string;
  panel: string;
  legendClusters: string;
  legendChoropleth: (what: 'actors' | 'opportunities') => string;
  legendNone: string;
  legendRange: (min: number, max: number) => string;
  clusterTitle: (count: number) => string;
  zoomIn: string;
  zoomOut: string;
  attribution: string;
  loadingMap: string;
  located: (shown: number) => string;
  truncated: (limit: number) => string;
  inView: string;
  inViewCount: (n: number, total: number) => string;
  showMore: string;
  noneInView: string;
  opportunities: (place: string) => string;
  opportunitiesCount: (n: number) => string;
  noOpportunity: string;
  deadline: string;
  hostedBy: string;
  contacts: (place: string) => string;
  contactsCount: (n: number) => string;
  noContact: string;
  moreOnPage: string;
  departmentTooltip: (name: string, code: string, count: number, what: 'actors' | 'opportunities') => string;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n > 1 ? many : one}`;
const pluralEn = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const MAP_MESSAGES: Messages<MapMessages> = {
  fr: {
    title: 'Territoire',
    intro: "Les acteurs de la recherche et des territoires sur la carte, avec les opportunités ouvertes et les interlocuteurs du territoire choisi.",
    allFrance: 'France entière',
    filters: 'Territoire et filtres',
    moreFilters: "Filtres : types d'acteurs, thèmes, opportunités, coloration des départements",
    territory: 'Territoire',
    place: 'Intercommunalité ou commune',
    placeHint: 'Tapez au moins deux lettres, puis choisissez dans la liste.',
    placeSearch: 'Chercher',
    placeNoMatch: 'Aucune intercommunalité ni commune de ce nom.',
    placeResults: (n) => plural(n, 'lieu trouvé', 'lieux trouvés'),
    clearTerritory: 'Voir toute la France',
    listUnavailable: 'Liste indisponible pour le moment.',
    kinds: "Types d'acteurs",
    levels: 'Collectivités affichées',
    levelsHint: 'Les communes (près de 35 000) ne sont affichées que sur demande.',
    themes: 'Thèmes',
    themesHint: 'Mots-clés séparés par des virgules, par exemple : innovation publique, santé',
    applyThemes: 'Appliquer',
    removeTheme: (theme) => `Retirer le thème ${theme}`,
    oppKinds: "Types d'opportunités",
    oppKindsHint: 'S’applique à la liste des opportunités et à la carte des opportunités.',
    choropleth: 'Colorier les départements',
    choroplethNone: 'Non',
    choroplethActors: "Par nombre d'acteurs",
    choroplethOpportunities: "Par nombre d'opportunités ouvertes",
    tiles: 'Fond de carte en ligne',
    search: (q) => `Recherche : « ${q} »`,
    clearSearch: 'Retirer la recherche',
    mapLabel: (place) => `Carte des acteurs : ${place}`,
    mapHint: "La carte est un complément visuel. La liste « Dans la vue » à côté donne les mêmes acteurs, accessibles au clavier, et suit les déplacements de la carte. Au clavier, la carte se déplace avec les flèches et se zoome avec + et −.",
    legend: 'Légende',
    legendKinds: 'Acteurs par type',
    panel: 'Sur la carte',
    legendClusters: 'Les cercles chiffrés regroupent plusieurs acteurs proches : leur nombre est écrit au centre, leur anneau montre la part de chaque type. Zoomez ou cliquez pour les séparer.',
    legendChoropleth: (what) => (what === 'actors' ? "Nombre d'acteurs par département" : "Nombre d'opportunités ouvertes par département"),
    legendNone: 'Aucun',
    legendRange: (min, max) => (min === max ? `${min.toLocaleString('fr-FR')}` : `${min.toLocaleString('fr-FR')} à ${max.toLocaleString('fr-FR')}`),
    clusterTitle: (count) => plural(count, 'acteur', 'acteurs'),
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    attribution: 'Contours : Natural Earth (domaine public), codes INSEE',
    loadingMap: 'Chargement de la carte…',
    located: (shown) => `${plural(shown, 'acteur localisé', 'acteurs localisés')} avec ces filtres.`,
    truncated: (limit) => `Seuls les ${limit.toLocaleString('fr-FR')} premiers sont affichés : choisissez un territoire pour tout voir.`,
    inView: 'Dans la vue',
    inViewCount: (n, total) => `${plural(n, 'acteur', 'acteurs')} dans la vue, sur ${total.toLocaleString('fr-FR')}.`,
    showMore: 'Afficher plus',
    noneInView: 'Aucun acteur dans cette partie de la carte.',
    opportunities: (place) => `Opportunités ouvertes : ${place}`,
    opportunitiesCount: (n) => plural(n, 'opportunité ouverte', 'opportunités ouvertes'),
    noOpportunity: 'Aucune opportunité ouverte ici avec ces filtres.',
    deadline: 'Date limite',
    hostedBy: 'Porteur',
    contacts: (place) => `Interlocuteurs : ${place}`,
    contactsCount: (n) => plural(n, 'interlocuteur', 'interlocuteurs'),
    noContact: 'Aucun interlocuteur connu ici.',
    moreOnPage: 'Voir la liste complète',
    departmentTooltip: (name, code, count, what) => `${name} (${code}) : ${what === 'actors' ? plural(count, 'acteur', 'acteurs') : plural(count, 'opportunité ouverte', 'opportunités ouvertes')}`,
  },
  en: {
    title: 'Territory',
    intro: 'Research and territory actors on the map, with the open opportunities and the contacts of the chosen territory.',
    allFrance: 'All of France',
    filters: 'Territory and filters',
    moreFilters: 'Filters: kinds of actors, themes, opportunities, colouring of départements',
    territory: 'Territory',
    place: 'Intercommunality or municipality',
    placeHint: 'Type at least two letters, then pick from the list.',
    placeSearch: 'Search',
    placeNoMatch: 'No intercommunality or municipality by that name.',
    placeResults: (n) => pluralEn(n, 'place found', 'places found'),
    clearTerritory: 'See all of France',
    listUnavailable: 'List unavailable right now.',
    kinds: 'Kinds of actors',
    levels: 'Local authorities shown',
    levelsHint: 'Municipalities (about 35,000) are only shown on request.',
    themes: 'Themes',
    themesHint: 'Keywords separated by commas, in French, e.g.: innovation publique, santé',
    applyThemes: 'Apply',
    removeTheme: (theme) => `Remove the theme ${theme}`,
    oppKinds: 'Kinds of opportunities',
    oppKindsHint: 'Applies to the list of opportunities and to the opportunities map.',
    choropleth: 'Colour the départements',
    choroplethNone: 'No',
    choroplethActors: 'By number of actors',
    choroplethOpportunities: 'By number of open opportunities',
    tiles: 'Online background map',
    search: (q) => `Search: “${q}”`,
    clearSearch: 'Remove the search',
    mapLabel: (place) => `Map of actors: ${place}`,
    mapHint: 'The map is a visual complement. The “In view” list beside it gives the same actors, keyboard accessible, and follows the map as it moves. With the keyboard, arrows move the map and + and − zoom.',
    legend: 'Legend',
    legendKinds: 'Actors by kind',
    panel: 'On the map',
    legendClusters: 'Numbered circles group several nearby actors: their number is in the centre, their ring shows the share of each kind. Zoom in or click to separate them.',
    legendChoropleth: (what) => (what === 'actors' ? 'Number of actors per département' : 'Number of open opportunities per département'),
    legendNone: 'None',
    legendRange: (min, max) => (min === max ? `${min.toLocaleString('en-GB')}` : `${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}`),
    clusterTitle: (count) => pluralEn(count, 'actor', 'actors'),
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    attribution: 'Outlines: Natural Earth (public domain), INSEE codes',
    loadingMap: 'Loading the map…',
    located: (shown) => `${pluralEn(shown, 'located actor', 'located actors')} with these filters.`,
    truncated: (limit) => `Only the first ${limit.toLocaleString('en-GB')} are shown: choose a territory to see them all.`,
    inView: 'In view',
    inViewCount: (n, total) => `${pluralEn(n, 'actor', 'actors')} in view, out of ${total.toLocaleString('en-GB')}.`,
    showMore: 'Show more',
    noneInView: 'No actor in this part of the map.',
    opportunities: (place) => `Open opportunities: ${place}`,
    opportunitiesCount: (n) => pluralEn(n, 'open opportunity', 'open opportunities'),
    noOpportunity: 'No open opportunity here with these filters.',
    deadline: 'Deadline',
    hostedBy: 'Host',
    contacts: (place) => `Contacts: ${place}`,
    contactsCount: (n) => pluralEn(n, 'contact', 'contacts'),
    noContact: 'No known contact here.',
    moreOnPage: 'See the full list',
    departmentTooltip: (name, code, count, what) => `${name} (${code}): ${what === 'actors' ? pluralEn(count, 'actor', 'actors') : pluralEn(count, 'open opportunity', 'open opportunities')}`,
  },
};
