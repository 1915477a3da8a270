/** Texts of the opportunities board and of an opportunity's page. */
import type { Messages } from '../../i18n/i18n';

export const BOARD: Messages<{
  title: string; intro: string; filters: string; search: string; searchHint: string; kinds: string; statuses: string; statusesHint: string;
  territory: string; theme: string; themeHint: string;
  deadline: string; after: string; before: string; deadlineHint: string; apply: string; reset: string;
  count: (shown: number, total: number) => string;
  loadMore: string; loadingMore: string; results: string; none: string;
}> = {
  fr: {
    title: 'Opportunités',
    intro: 'Thèses CIFRE, stages, chaires, détachements, emplois, appels à projets et événements qui rapprochent recherche et territoires, chacun rattaché à un outil de la boîte à outils des partenariats. Les opportunités qui ferment le plus tôt viennent en premier.',
    filters: 'Filtres', search: 'Recherche libre', searchHint: 'Mots du titre, de la description ou des thèmes.',
    kinds: 'Type', statuses: 'Statut', statusesHint: 'Sans statut coché : toutes les opportunités publiées.',
    territory: 'Territoire',
    theme: 'Thème', themeHint: 'Un mot-clé, par exemple « politiques publiques ».',
    deadline: 'Date limite', after: 'Clôture le ou après le', before: 'Clôture le ou avant le',
    deadlineHint: 'Les opportunités sans date limite restent listées avec « après », pas avec « avant ».',
    apply: 'Appliquer', reset: 'Effacer les filtres',
    count: (shown, total) => total === 0 ? 'Aucune opportunité ne correspond.' : `${total} opportunité${total > 1 ? 's' : ''}${shown < total ? `, ${shown} affichée${shown > 1 ? 's' : ''}` : ''}.`,
    loadMore: 'Afficher plus', loadingMore: 'Chargement…', results: 'Résultats',
    none: 'Aucune opportunité ne correspond à ces filtres. Essayez d’en retirer un, ou d’inclure les opportunités closes.',
  },
  en: {
    title: 'Opportunities',
    intro: 'CIFRE PhDs, internships, chairs, detachments, jobs, calls for projects and events that bring research and territories together, each tied to a tool of the partnership toolbox. Those closing soonest come first.',
    filters: 'Filters', search: 'Free-text search', searchHint: 'Words of the title, description or themes (French).',
    kinds: 'Kind', statuses: 'Status', statusesHint: 'With no status ticked: every published opportunity.',
    territory: 'Territory',
    theme: 'Theme', themeHint: 'A French keyword, e.g. “politiques publiques”.',
    deadline: 'Deadline', after: 'Closing on or after', before: 'Closing on or before',
    deadlineHint: 'Opportunities without a deadline stay listed with “after”, not with “before”.',
    apply: 'Apply', reset: 'Clear filters',
    count: (shown, total) => total === 0 ? 'No opportunity matches.' : `${total} opportunit${total > 1 ? 'ies' : 'y'}${shown < total ? `, ${shown} shown` : ''}.`,
    loadMore: 'Show more', loadingMore: 'Loading…', results: 'Results',
    none: 'No opportunity matches these filters. Try removing one, or including closed opportunities.',
  },
};

export const CARD: Messages<{ host: string; place: string; deadline: string; noDeadline: string; tool: string; status: string; kind: string }> = {
  fr: { host: 'Porteur', place: 'Lieu', deadline: 'Date limite', noDeadline: 'Pas de date limite indiquée', tool: 'Outil', status: 'Statut', kind: 'Type' },
  en: { host: 'Host', place: 'Place', deadline: 'Deadline', noDeadline: 'No deadline given', tool: 'Tool', status: 'Status', kind: 'Kind' },
};

export const DETAIL: Messages<{
  back: string; notFoundTitle: string; notFound: string; facts: string; kind: string; status: string; host: string; partners: string; place: string;
  startsOn: string; deadline: string; duration: string; months: (n: number) => string; remuneration: string; contractType: string;
  description: string; missions: string; profile: string; apply: string; applyLink: string; applyMail: string; newWindow: string; noApply: string;
  themes: string; tool: string; toolIntro: string; source: string; licence: string; retrievedOn: string; published: string; notGiven: string;
}> = {
  fr: {
    back: 'Toutes les opportunités', notFoundTitle: 'Opportunité introuvable',
    notFound: "Cette opportunité n'existe pas ou n'est plus publiée. Elle a pu être retirée ; consultez les autres opportunités.",
    facts: "L'essentiel", kind: 'Type', status: 'Statut', host: 'Porteur', partners: 'Partenaires', place: 'Lieu',
    startsOn: 'Début', deadline: 'Date limite de candidature', duration: 'Durée', months: (n) => `${n} mois`, remuneration: 'Rémunération', contractType: 'Contrat',
    description: 'Présentation', missions: 'Missions', profile: 'Profil recherché', apply: 'Candidater', applyLink: 'Postuler',
    applyMail: 'Postuler par courriel', newWindow: '(nouvelle fenêtre)', noApply: "La source n'indique pas comment candidater : contactez le porteur.",
    themes: 'Thèmes', tool: 'Outil de la boîte à outils', toolIntro: 'Cette opportunité met en œuvre l’outil :',
    source: 'Source', licence: 'Licence :', retrievedOn: 'Consultée le', published: 'Publiée le', notGiven: 'Non précisé',
  },
  en: {
    back: 'All opportunities', notFoundTitle: 'Opportunity not found',
    notFound: 'This opportunity does not exist or is no longer published. It may have been withdrawn; browse the other opportunities.',
    facts: 'Key facts', kind: 'Kind', status: 'Status', host: 'Host', partners: 'Partners', place: 'Place',
    startsOn: 'Starts', deadline: 'Application deadline', duration: 'Duration', months: (n) => `${n} month${n > 1 ? 's' : ''}`, remuneration: 'Pay', contractType: 'Contract',
    description: 'About', missions: 'Missions', profile: 'Who is sought', apply: 'How to apply', applyLink: 'Apply',
    applyMail: 'Apply by e-mail', newWindow: '(new window)', noApply: 'The source does not say how to apply: contact the host.',
    themes: 'Themes', tool: 'Toolbox tool', toolIntro: 'This opportunity uses the tool:',
    source: 'Source', licence: 'Licence:', retrievedOn: 'Read on', published: 'Published on', notGiven: 'Not given',
  },
};
