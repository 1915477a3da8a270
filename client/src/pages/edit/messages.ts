/** Messages shared by the editing screens (forms, pickers, access, start page). */
import type { Messages } from '../../i18n/i18n';

export const EDIT: Messages<{
  title: string;
  required: string; requiredNote: string; choose: string; optional: string;
  signInNeeded: string; signInNeededText: string; signInLink: string;
  notAllowed: string; notAllowedText: string; otherAccount: string;
  expired: string; forbidden: string; notFound: string; unavailable: string;
  summaryTitle: (n: number) => string; otherProblems: string;
  restored: string; discardDraft: string; draftKept: string;
  saving: string; saved: string; created: string; archived: string; seeRecord: string; backToEdit: string; editAgain: string;
  archive: string; archiveConfirm: string; cancel: string; archiving: string; isArchived: string;
  picker: { noResult: string; results: (n: number) => string; typeMore: string; remove: (name: string) => string; searching: string; clear: string };
  territory: { legend: string; hint: string; region: string; department: string; commune: string; communeHint: string; anyRegion: string; anyDepartment: string };
  themesHint: string;
  start: {
    intro: string; create: string; newActor: string; newOpportunity: string; newContact: string;
    findTitle: string; findLabel: string; findHint: string; find: string; actors: string; opportunities: string; contacts: string; edit: (name: string) => string;
    none: string; resultsFor: (q: string) => string;
  };
  backToStart: string;
  conflict: { title: string; text: (by: string | null) => string; fields: string; reload: string; reloadHint: string };
  history: {
    title: string; empty: string; version: (n: number) => string; by: (name: string) => string; unknownAuthor: string; current: string;
    revert: (n: number) => string; revertConfirm: (n: number) => string; reverting: string; cancel: string; reverted: (n: number) => string;
    field: string; before: string; after: string; empty_value: string; hidden: string; revertedTo: (n: number) => string;
    actions: Record<string, string>;
  };
  journal: {
    title: string; intro: string; link: string; adminOnly: string; author: string; authorHint: string; entityType: string; any: string;
    since: string; until: string; apply: string; none: string; count: (n: number, total: number) => string; open: string;
    entityTypes: Record<string, string>;
  };
}> = {
  fr: {
    title: 'Édition',
    required: 'obligatoire', requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.', choose: '— Choisir —', optional: 'facultatif',
    signInNeeded: 'Connectez-vous pour modifier l’annuaire',
    signInNeededText: 'L’édition est réservée aux personnes ayant un rôle d’édition ou d’administration.',
    signInLink: 'Se connecter',
    notAllowed: 'Vous n’avez pas les droits d’édition',
    notAllowedText: 'Votre compte permet de consulter l’annuaire, pas de le modifier. Demandez un rôle d’édition à l’équipe qui administre le service.',
    otherAccount: 'Se déconnecter pour changer de compte',
    expired: 'Votre session a expiré ou vous n’êtes plus connecté·e. Votre saisie est conservée : connectez-vous, vous la retrouverez ici.',
    forbidden: 'Votre compte n’a pas le droit de faire cette modification. Votre saisie est conservée.',
    notFound: 'Cette fiche n’existe plus. Votre saisie est conservée sur cette page.',
    unavailable: 'Le service ne répond pas pour l’instant. Votre saisie est conservée : réessayez dans un moment.',
    summaryTitle: (n) => (n === 1 ? 'Une information est à corriger' : `${n} informations sont à corriger`),
    otherProblems: 'Autres problèmes signalés :',
    restored: 'Votre saisie précédente, non enregistrée, a été restaurée.',
    discardDraft: 'Effacer cette saisie et repartir de la fiche enregistrée',
    draftKept: 'Votre saisie est gardée sur cet appareil jusqu’à l’enregistrement.',
    saving: 'Enregistrement…', saved: 'Modifications enregistrées.', created: 'Fiche créée.', archived: 'Fiche archivée : elle n’apparaît plus dans les listes.',
    seeRecord: 'Voir la fiche', backToEdit: 'Retour à l’édition', editAgain: 'Continuer à modifier',
    archive: 'Archiver', archiveConfirm: 'Confirmer l’archivage', cancel: 'Annuler', archiving: 'Archivage…', isArchived: 'Cette fiche est archivée : elle n’apparaît plus dans les listes.',
    picker: {
      noResult: 'Aucun acteur ne correspond.', results: (n) => (n === 1 ? '1 résultat, flèches haut et bas pour parcourir' : `${n} résultats, flèches haut et bas pour parcourir`),
      typeMore: 'Saisissez au moins 2 caractères.', remove: (name) => `Retirer ${name}`, searching: 'Recherche…', clear: 'Effacer',
    },
    territory: {
      legend: 'Territoire', hint: 'Indiquez au moins une région, un département ou une commune : la commune suffit.',
      region: 'Région', department: 'Département', commune: 'Commune', communeHint: 'Nom ou code INSEE, par exemple « Saint-Étienne » ou « 42218 ».',
      anyRegion: '— Aucune —', anyDepartment: '— Aucun —',
    },
    themesHint: 'Mots-clés séparés par des virgules, par exemple « innovation publique, santé ».',
    start: {
      intro: 'Créez ou mettez à jour les acteurs, les opportunités et les interlocuteurs de l’annuaire.',
      create: 'Créer', newActor: 'Un acteur', newOpportunity: 'Une opportunité', newContact: 'Un interlocuteur',
      findTitle: 'Modifier une fiche existante', findLabel: 'Rechercher un acteur, une opportunité ou un interlocuteur',
      findHint: 'Nom, sigle, titre ou thème.', find: 'Rechercher',
      actors: 'Acteurs', opportunities: 'Opportunités', contacts: 'Interlocuteurs', edit: (name) => `Modifier ${name}`,
      none: 'Aucune fiche de ce type.', resultsFor: (q) => `Résultats pour « ${q} »`,
    },
    backToStart: 'Retour à l’accueil de l’édition',
    conflict: {
      title: 'Cette fiche a été modifiée entre-temps',
      text: (by) => `${by ? `${by} a enregistré` : 'Quelqu’un a enregistré'} une autre version depuis que vous l’avez ouverte : rien n’a été écrit, pour ne pas effacer ses changements.`,
      fields: 'Champs modifiés depuis :',
      reload: 'Recharger la fiche',
      reloadHint: 'Recharger affiche la version actuelle ; votre saisie non enregistrée sera perdue (copiez-la avant si besoin).',
    },
    history: {
      title: 'Historique des modifications', empty: 'Aucune modification enregistrée depuis la mise en service de l’historique.',
      version: (n) => `Version ${n}`, by: (name) => `par ${name}`, unknownAuthor: 'auteur inconnu', current: 'version actuelle',
      revert: (n) => `Revenir à la version ${n}`, revertConfirm: (n) => `Confirmer le retour à la version ${n}`, reverting: 'Retour en cours…', cancel: 'Annuler',
      reverted: (n) => `La fiche a été remise dans l’état de la version ${n}.`,
      field: 'Champ', before: 'Avant', after: 'Après', empty_value: '(vide)', hidden: '(masqué)', revertedTo: (n) => `retour à la version ${n}`,
      actions: { CREATE: 'Création', UPDATE: 'Modification', ARCHIVE: 'Archivage', REVERT: 'Retour arrière', PARTNERSHIP_ADD: 'Partenariat ajouté', PARTNERSHIP_REMOVE: 'Partenariat retiré', IMPORT: 'Import' },
    },
    journal: {
      title: 'Journal des modifications', intro: 'Toutes les modifications de l’annuaire : qui, quand, quoi, avec l’état avant et après.',
      link: 'Journal des modifications (administration)', adminOnly: 'Le journal est réservé aux administrateurs et administratrices.',
      author: 'Auteur (identifiant)', authorHint: 'L’identifiant du compte, tel qu’affiché dans le journal.', entityType: 'Type de fiche', any: 'Tous',
      since: 'Depuis le', until: 'Jusqu’au', apply: 'Filtrer', none: 'Aucune modification pour ces critères.',
      count: (n, total) => `${n} modification${n > 1 ? 's' : ''} affichée${n > 1 ? 's' : ''} sur ${total}`, open: 'Ouvrir la fiche',
      entityTypes: { ACTOR: 'Acteur', PARTNERSHIP: 'Partenariat', OPPORTUNITY: 'Opportunité', CONTACT: 'Interlocuteur', RESEARCH_NEED: 'Besoin de recherche' },
    },
  },
  en: {
    title: 'Editing',
    required: 'required', requiredNote: 'Fields marked with an asterisk (*) are required.', choose: '— Choose —', optional: 'optional',
    signInNeeded: 'Sign in to edit the directory',
    signInNeededText: 'Editing is open to people with an editor or administrator role.',
    signInLink: 'Sign in',
    notAllowed: 'You do not have editing rights',
    notAllowedText: 'Your account can read the directory, not change it. Ask the team running the service for an editor role.',
    otherAccount: 'Sign out to use another account',
    expired: 'Your session has expired or you are signed out. What you typed is kept: sign in and you will find it here.',
    forbidden: 'Your account is not allowed to make this change. What you typed is kept.',
    notFound: 'This record no longer exists. What you typed is kept on this page.',
    unavailable: 'The service is not answering right now. What you typed is kept: try again in a moment.',
    summaryTitle: (n) => (n === 1 ? 'One thing needs fixing' : `${n} things need fixing`),
    otherProblems: 'Other problems reported:',
    restored: 'What you typed earlier and did not save has been restored.',
    discardDraft: 'Discard it and start again from the saved record',
    draftKept: 'What you type is kept on this device until it is saved.',
    saving: 'Saving…', saved: 'Changes saved.', created: 'Record created.', archived: 'Record archived: it no longer appears in lists.',
    seeRecord: 'See the record', backToEdit: 'Back to editing', editAgain: 'Keep editing',
    archive: 'Archive', archiveConfirm: 'Confirm archiving', cancel: 'Cancel', archiving: 'Archiving…', isArchived: 'This record is archived: it no longer appears in lists.',
    picker: {
      noResult: 'No actor matches.', results: (n) => (n === 1 ? '1 result, use up and down arrows to browse' : `${n} results, use up and down arrows to browse`),
      typeMore: 'Type at least 2 characters.', remove: (name) => `Remove ${name}`, searching: 'Searching…', clear: 'Clear',
    },
    territory: {
      legend: 'Territory', hint: 'Give at least a region, a département or a municipality: the municipality is enough.',
      region: 'Region', department: 'Département', commune: 'Municipality', communeHint: 'Name or INSEE code, e.g. “Saint-Étienne” or “42218”.',
      anyRegion: '— None —', anyDepartment: '— None —',
    },
    themesHint: 'Keywords separated by commas, e.g. “innovation publique, santé” (in French).',
    start: {
      intro: 'Create or update the actors, opportunities and contacts of the directory.',
      create: 'Create', newActor: 'An actor', newOpportunity: 'An opportunity', newContact: 'A contact',
      findTitle: 'Edit an existing record', findLabel: 'Search for an actor, an opportunity or a contact',
      findHint: 'Name, acronym, title or theme.', find: 'Search',
      actors: 'Actors', opportunities: 'Opportunities', contacts: 'Contacts', edit: (name) => `Edit ${name}`,
      none: 'No record of this type.', resultsFor: (q) => `Results for “${q}”`,
    },
    backToStart: 'Back to the editing home',
    conflict: {
      title: 'This record was changed in the meantime',
      text: (by) => `${by ?? 'Someone'} saved another version since you opened it: nothing was written, so as not to erase their changes.`,
      fields: 'Fields changed since:',
      reload: 'Reload the record',
      reloadHint: 'Reloading shows the current version; what you typed and did not save will be lost (copy it first if needed).',
    },
    history: {
      title: 'History of changes', empty: 'No change recorded since the history was switched on.',
      version: (n) => `Version ${n}`, by: (name) => `by ${name}`, unknownAuthor: 'unknown author', current: 'current version',
      revert: (n) => `Go back to version ${n}`, revertConfirm: (n) => `Confirm going back to version ${n}`, reverting: 'Going back…', cancel: 'Cancel',
      reverted: (n) => `The record is back in the state of version ${n}.`,
      field: 'Field', before: 'Before', after: 'After', empty_value: '(empty)', hidden: '(hidden)', revertedTo: (n) => `back to version ${n}`,
      actions: { CREATE: 'Created', UPDATE: 'Changed', ARCHIVE: 'Archived', REVERT: 'Reverted', PARTNERSHIP_ADD: 'Partnership added', PARTNERSHIP_REMOVE: 'Partnership removed', IMPORT: 'Imported' },
    },
    journal: {
      title: 'Journal of changes', intro: 'Every change to the directory: who, when, what, with the state before and after.',
      link: 'Journal of changes (administration)', adminOnly: 'The journal is for administrators only.',
      author: 'Author (id)', authorHint: 'The account id, as shown in the journal.', entityType: 'Kind of record', any: 'All',
      since: 'From', until: 'Until', apply: 'Filter', none: 'No change matches these criteria.',
      count: (n, total) => `${n} change${n > 1 ? 's' : ''} shown of ${total}`, open: 'Open the record',
      entityTypes: { ACTOR: 'Actor', PARTNERSHIP: 'Partnership', OPPORTUNITY: 'Opportunity', CONTACT: 'Contact', RESEARCH_NEED: 'Research need' },
    },
  },
};
