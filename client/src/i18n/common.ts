/** Messages shared by the layout and several pages. */
import type { Messages } from './i18n';

export const COMMON: Messages<{
  appName: string; skip: string; nav: Record<'home' | 'map' | 'search' | 'opportunities' | 'contacts' | 'toolbox' | 'network' | 'edit' | 'admin' | 'contribute' | 'alerts' | 'needs', string>;
  language: string; switchTo: string; signIn: string; signOut: string; signedInAs: string;
  loading: string; error: string; retry: string; empty: string; source: string; notFound: string;
}> = {
  fr: {
    appName: 'Écosystème recherche–territoires',
    skip: 'Aller au contenu',
    nav: { home: 'Accueil', map: 'Territoire', search: 'Recherche', opportunities: 'Opportunités', contacts: 'Interlocuteurs', toolbox: 'Boîte à outils', network: 'Écosystème', edit: 'Édition', admin: 'Administration', contribute: 'Proposer', alerts: 'Mes alertes', needs: 'Besoins de recherche' },
    language: 'Langue', switchTo: 'English', signIn: 'Se connecter', signOut: 'Se déconnecter', signedInAs: 'Connecté·e :',
    loading: 'Chargement…', error: "Le service ne répond pas pour l'instant. Réessayez dans un moment.", retry: 'Réessayer',
    empty: 'Aucun résultat.', source: 'Source', notFound: "Cette page n'existe pas.",
  },
  en: {
    appName: 'Research–territory ecosystem',
    skip: 'Skip to content',
    nav: { home: 'Home', map: 'Territory', search: 'Search', opportunities: 'Opportunities', contacts: 'Contacts', toolbox: 'Toolbox', network: 'Ecosystem', edit: 'Edit', admin: 'Admin', contribute: 'Propose', alerts: 'My alerts', needs: 'Research needs' },
    language: 'Language', switchTo: 'Français', signIn: 'Sign in', signOut: 'Sign out', signedInAs: 'Signed in:',
    loading: 'Loading…', error: 'The service is not answering right now. Try again in a moment.', retry: 'Try again',
    empty: 'No results.', source: 'Source', notFound: 'This page does not exist.',
  },
};
