/** Messages of the contacts page. */
import type { Messages } from '../../i18n/i18n';

export const CONTACTS_MESSAGES: Messages<{
  title: string; intro: string; filters: string; q: string; qHint: string; role: string; allRoles: string;
  organisation: string; allOrganisations: string; themes: string; themesHint: string; submit: string; reset: string;
  results: string; count: (n: string, total: number) => string; noResults: string; loadMore: string; loadingMore: string;
  shown: (shown: string, total: string) => string; roles: string; organisationOf: string; themesOf: string; place: string; noCoordinates: string;
}> = {
  fr: {
    title: 'Interlocuteurs',
    intro: 'Animateurs et animatrices de partenariats, chercheurs, agents et élus des collectivités et des laboratoires : trouvez à qui parler sur un territoire et un thème.',
    filters: 'Filtrer les interlocuteurs',
    q: 'Nom, fonction ou thème',
    qHint: 'Majuscules et accents sont sans importance.',
    role: 'Rôle',
    allRoles: 'Tous les rôles',
    organisation: "Type d'organisation",
    allOrganisations: 'Tous les types',
    themes: 'Thèmes',
    themesHint: 'Séparés par des virgules, par exemple : recherche, formation',
    submit: 'Rechercher',
    reset: 'Tout effacer',
    results: 'Résultats',
    count: (n, total) => (total === 0 ? 'Aucun interlocuteur trouvé' : total === 1 ? '1 interlocuteur trouvé' : `${n} interlocuteurs trouvés`),
    noResults: 'Aucun interlocuteur ne correspond. Essayez un territoire plus large ou moins de filtres.',
    loadMore: "Afficher plus d'interlocuteurs",
    loadingMore: 'Chargement…',
    shown: (shown, total) => `${shown} affichés sur ${total}`,
    roles: 'Rôles : ',
    organisationOf: 'Organisation : ',
    themesOf: 'Thèmes : ',
    place: 'Territoire : ',
    noCoordinates: 'Pas de coordonnées publiées.',
  },
  en: {
    title: 'Contacts',
    intro: 'Partnership facilitators, researchers, civil servants and elected officials of local authorities and labs: find who to talk to for a territory and a theme.',
    filters: 'Filter contacts',
    q: 'Name, job title or theme',
    qHint: 'Case and accents do not matter.',
    role: 'Role',
    allRoles: 'All roles',
    organisation: 'Kind of organisation',
    allOrganisations: 'All kinds',
    themes: 'Themes',
    themesHint: 'Comma-separated French keywords, for example: recherche, formation',
    submit: 'Search',
    reset: 'Clear all',
    results: 'Results',
    count: (n, total) => (total === 0 ? 'No contact found' : total === 1 ? '1 contact found' : `${n} contacts found`),
    noResults: 'No contact matches. Try a wider territory or fewer filters.',
    loadMore: 'Show more contacts',
    loadingMore: 'Loading…',
    shown: (shown, total) => `${shown} shown of ${total}`,
    roles: 'Roles: ',
    organisationOf: 'Organisation: ',
    themesOf: 'Themes: ',
    place: 'Territory: ',
    noCoordinates: 'No published details.',
  },
};
