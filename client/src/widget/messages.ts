/** The widget's words, French and English (the widget carries no i18n runtime). */
export type WidgetLanguage = 'fr' | 'en';

export interface WidgetMessages {
  loading: string;
  error: string;
  network: string;
  opportunitiesLabel: string;
  noOpportunities: string;
  deadline: string;
  noDeadline: string;
  allOpportunities: (count: number) => string;
  contactsLabel: string;
  noContacts: string;
  signInForDetails: string;
  allContacts: string;
}

export const WIDGET_MESSAGES: Record<WidgetLanguage, WidgetMessages> = {
  fr: {
    loading: 'Chargement…',
    error: "Le contenu n'a pas pu être chargé",
    network: 'réseau indisponible',
    opportunitiesLabel: 'Opportunités',
    noOpportunities: 'Aucune opportunité ouverte pour ces critères en ce moment.',
    deadline: 'Date limite : ',
    noDeadline: 'Pas de date limite indiquée',
    allOpportunities: (count) => (count > 1 ? `Voir les ${count.toLocaleString('fr-FR')} opportunités` : 'Voir sur le site'),
    contactsLabel: 'Interlocuteurs',
    noContacts: 'Aucun interlocuteur pour ces critères.',
    signInForDetails: 'Coordonnées sur le site, après connexion.',
    allContacts: 'Tous les interlocuteurs',
  },
  en: {
    loading: 'Loading…',
    error: 'The content could not be loaded',
    network: 'network unavailable',
    opportunitiesLabel: 'Opportunities',
    noOpportunities: 'No open opportunity matches these criteria at the moment.',
    deadline: 'Deadline: ',
    noDeadline: 'No deadline given',
    allOpportunities: (count) => (count > 1 ? `See all ${count.toLocaleString('en-GB')} opportunities` : 'See it on the site'),
    contactsLabel: 'Contacts',
    noContacts: 'No contact matches these criteria.',
    signInForDetails: 'Contact details on the site, after signing in.',
    allContacts: 'All contacts',
  },
};
