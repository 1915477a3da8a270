/** Messages of the search page. */
import type { Messages } from '../../i18n/i18n';

export const SEARCH_MESSAGES: Messages<{
  title: string; documentTitle: string; queryLabel: string; queryHint: string; submit: string;
  facets: string; kinds: string; level: string; allLevels: string; themes: string; themesHint: string; apply: string; reset: string;
  childrenOf: (name: string) => string; removeParent: string;
  count: (n: string, total: number) => string; invite: string; noResults: string;
  loadMore: string; loadingMore: string; shown: (shown: string, total: string) => string; seeOnMap: string; results: string;
}> = {
  fr: {
    title: 'Rechercher dans l’écosystème',
    documentTitle: 'Recherche',
    queryLabel: 'Acteur, lieu ou thème',
    queryHint: 'Majuscules et accents sont sans importance : « saint etienne » trouve Saint-Étienne.',
    submit: 'Rechercher',
    facets: 'Affiner',
    kinds: "Type d'acteur",
    level: 'Niveau de collectivité',
    allLevels: 'Tous les niveaux',
    themes: 'Thèmes',
    themesHint: 'Séparés par des virgules, par exemple : innovation publique, santé',
    apply: 'Appliquer',
    reset: 'Tout effacer',
    childrenOf: (name) => `Acteurs rattachés à ${name}`,
    removeParent: 'Retirer ce critère',
    count: (n, total) => (total === 0 ? 'Aucun acteur trouvé' : total === 1 ? '1 acteur trouvé' : `${n} acteurs trouvés`),
    invite: 'Saisissez un nom, un lieu ou un thème, ou choisissez un filtre.',
    noResults: 'Aucun acteur ne correspond. Essayez moins de filtres ou d’autres mots.',
    loadMore: 'Afficher plus de résultats',
    loadingMore: 'Chargement…',
    shown: (shown, total) => `${shown} affichés sur ${total}`,
    seeOnMap: 'Voir sur la carte',
    results: 'Résultats',
  },
  en: {
    title: 'Search the ecosystem',
    documentTitle: 'Search',
    queryLabel: 'Actor, place or theme',
    queryHint: 'Case and accents do not matter: “saint etienne” finds Saint-Étienne.',
    submit: 'Search',
    facets: 'Refine',
    kinds: 'Kind of actor',
    level: 'Level of local authority',
    allLevels: 'All levels',
    themes: 'Themes',
    themesHint: 'Comma-separated French keywords, for example: innovation publique, santé',
    apply: 'Apply',
    reset: 'Clear all',
    childrenOf: (name) => `Actors attached to ${name}`,
    removeParent: 'Remove this criterion',
    count: (n, total) => (total === 0 ? 'No actor found' : total === 1 ? '1 actor found' : `${n} actors found`),
    invite: 'Type a name, a place or a theme, or choose a filter.',
    noResults: 'No actor matches. Try fewer filters or other words.',
    loadMore: 'Show more results',
    loadingMore: 'Loading…',
    shown: (shown, total) => `${shown} shown of ${total}`,
    seeOnMap: 'See on the map',
    results: 'Results',
  },
};
