/** Messages of the facilitator's workspace (/edition/cibles) and of the merge page (/edition/fusion). */
import type { Messages } from '../../../i18n/i18n';

export const WORKSPACE: Messages<{
  title: string; intro: string; privacy: string; link: string;
  addTitle: string; search: string; searchHint: string; find: string; pick: (name: string) => string; chosen: string; change: string;
  current: string; aimed: string; level: (n: number, title: string) => string; none: string; due: string; notes: string; add: string; adding: string;
  empty: string; count: (n: number) => string; sort: string; sortDue: string; sortRecent: string;
  next: (n: number, title: string) => string; reached: string; tool: string; otherTools: string; startHere: string;
  save: string; saving: string; saved: string; remove: string; removeConfirm: (name: string) => string; removed: string; conflict: string;
  exportCsv: string; print: string; printView: string; printTitle: string; printedOn: (date: string) => string; back: string;
  addFromActor: string; inTargets: string; fileName: string;
  columns: { actor: string; levels: string; next: string; due: string; notes: string };
}> = {
  fr: {
    title: 'Mes cibles prioritaires',
    intro: 'Les acteurs avec qui vous voulez construire un partenariat : où en est la relation, où vous voulez l’amener, et l’étape suivante conseillée par la boîte à outils (une marche à la fois, en commençant par l’interconnaissance).',
    privacy: 'Cette liste et vos notes ne sont visibles que par vous.',
    link: 'Mes cibles prioritaires',
    addTitle: 'Ajouter une cible', search: 'Acteur', searchHint: 'Nom, sigle ou commune', find: 'Chercher', pick: (name) => `Choisir ${name}`, chosen: 'Acteur choisi', change: 'Changer',
    current: 'Intensité actuelle', aimed: 'Intensité visée', level: (n, title) => `${n} – ${title}`, none: '0 – Pas encore de relation', due: 'Échéance', notes: 'Notes', add: 'Ajouter', adding: 'Ajout…',
    empty: 'Aucune cible pour l’instant : cherchez un acteur ci-dessus, ou utilisez « Ajouter à mes cibles » sur la page d’un acteur.',
    count: (n) => (n === 1 ? '1 cible' : `${n} cibles`), sort: 'Trier par', sortDue: 'échéance', sortRecent: 'dernière modification',
    next: (n, title) => `Prochaine étape : niveau ${n} (${title})`, reached: 'Intensité visée atteinte.', tool: 'Outil conseillé', otherTools: 'Autres outils de ce niveau', startHere: 'Commencez par l’interconnaissance : pas d’expérimentation sans connaissance mutuelle préalable.',
    save: 'Enregistrer', saving: 'Enregistrement…', saved: 'Enregistré.', remove: 'Retirer', removeConfirm: (name) => `Retirer « ${name} » de vos cibles ?`, removed: 'Cible retirée.',
    conflict: 'Cette cible a été modifiée ailleurs (un autre onglet ?) : la liste a été rechargée, rien n’a été écrit.',
    exportCsv: 'Exporter le plan d’action (CSV)', print: 'Imprimer', printView: 'Version imprimable', printTitle: 'Plan d’action', printedOn: (date) => `Établi le ${date}`, back: 'Retour à mes cibles',
    addFromActor: 'Ajouter à mes cibles', inTargets: 'Dans mes cibles', fileName: 'plan-d-action',
    columns: { actor: 'Acteur', levels: 'Intensité (actuelle → visée)', next: 'Prochaine étape', due: 'Échéance', notes: 'Notes' },
  },
  en: {
    title: 'My priority targets',
    intro: 'The actors you want to build a partnership with: where the relation stands, where you want to take it, and the next step the toolbox advises (one step at a time, starting with mutual knowledge).',
    privacy: 'Only you can see this list and your notes.',
    link: 'My priority targets',
    addTitle: 'Add a target', search: 'Actor', searchHint: 'Name, acronym or commune', find: 'Search', pick: (name) => `Choose ${name}`, chosen: 'Chosen actor', change: 'Change',
    current: 'Current intensity', aimed: 'Aimed intensity', level: (n, title) => `${n} – ${title}`, none: '0 – No relation yet', due: 'Due date', notes: 'Notes', add: 'Add', adding: 'Adding…',
    empty: 'No target yet: search for an actor above, or use “Add to my targets” on an actor’s page.',
    count: (n) => (n === 1 ? '1 target' : `${n} targets`), sort: 'Sort by', sortDue: 'due date', sortRecent: 'last change',
    next: (n, title) => `Next step: level ${n} (${title})`, reached: 'Aimed intensity reached.', tool: 'Advised tool', otherTools: 'Other tools of this level', startHere: 'Start with mutual knowledge: no experimentation without prior mutual knowledge.',
    save: 'Save', saving: 'Saving…', saved: 'Saved.', remove: 'Remove', removeConfirm: (name) => `Remove “${name}” from your targets?`, removed: 'Target removed.',
    conflict: 'This target was changed elsewhere (another tab?): the list was reloaded, nothing was written.',
    exportCsv: 'Export the action plan (CSV)', print: 'Print', printView: 'Printable version', printTitle: 'Action plan', printedOn: (date) => `Drawn up on ${date}`, back: 'Back to my targets',
    addFromActor: 'Add to my targets', inTargets: 'In my targets', fileName: 'action-plan',
    columns: { actor: 'Actor', levels: 'Intensity (current → aimed)', next: 'Next step', due: 'Due date', notes: 'Notes' },
  },
};

export const MERGE: Messages<{
  title: string; intro: string; pickTwo: string; survivor: string; keep: (name: string) => string; field: string; take: (name: string) => string;
  empty: string; themes: string; themesUnited: string; references: string; referencesText: string; confirm: string; confirmText: (merged: string, survivor: string) => string;
  merging: string; done: (name: string) => string; moved: (parts: string[]) => string; partial: string; retry: string; already: string; openSurvivor: string;
  children: (n: number) => string; partnerships: (n: number) => string; targets: (n: number) => string; opportunities: (n: number) => string; contacts: (n: number) => string;
  notFound: string; merged: (name: string) => string; versions: (a: number, b: number) => string;
  fields: Record<string, string>;
}> = {
  fr: {
    title: 'Fusionner deux fiches',
    intro: 'Les deux fiches décrivent la même organisation ? Choisissez celle qui reste, puis, champ par champ, la valeur à garder. Par défaut, la fiche qui reste garde ses valeurs et l’autre comble ses vides.',
    pickTwo: 'Il faut deux fiches à comparer : ouvrez cette page depuis les doublons possibles d’une fiche.',
    survivor: 'Fiche qui reste', keep: (name) => `Garder « ${name} »`, field: 'Champ', take: (name) => `Prendre la valeur de « ${name} »`,
    empty: '(vide)', themes: 'Thèmes', themesUnited: 'Les thèmes des deux fiches sont réunis.',
    references: 'Ce qui suit la fiche qui reste',
    referencesText: 'Les rattachements (fiches filles), partenariats, affiliations, cibles, opportunités (structure d’accueil et partenaires) et interlocuteurs de l’autre fiche passent sur la fiche qui reste. L’autre fiche est archivée avec un renvoi vers elle ; les historiques des deux restent consultables.',
    confirm: 'Fusionner', confirmText: (merged, survivor) => `Fusionner « ${merged} » dans « ${survivor} » ? « ${merged} » sera archivée.`,
    merging: 'Fusion en cours…', done: (name) => `Fusion faite : tout pointe maintenant vers « ${name} ».`, moved: (parts) => `Déplacés : ${parts.join(', ')}.`,
    partial: 'La fusion est enregistrée, mais une partie des références n’a pas encore suivi (un service ne répondait pas). Réessayez : rien ne sera fait deux fois.',
    retry: 'Réessayer', already: 'Ces fiches étaient déjà fusionnées : les références restantes ont suivi.', openSurvivor: 'Ouvrir la fiche qui reste',
    children: (n) => `${n} fiche(s) rattachée(s)`, partnerships: (n) => `${n} partenariat(s)`, targets: (n) => `${n} cible(s)`, opportunities: (n) => `${n} opportunité(s)`, contacts: (n) => `${n} interlocuteur(s)`,
    notFound: 'Fiche introuvable.', merged: (name) => `Cette fiche a été fusionnée dans « ${name} ».`, versions: (a, b) => `versions ${a} et ${b}`,
    fields: {
      NAME: 'Nom', ACRONYM: 'Sigle', DESCRIPTION: 'Description', KIND: 'Type', WEBSITE: 'Site web', TERRITORY: 'Territoire', PARENT: 'Rattachement', SOURCE: 'Source',
      INSEE: 'Code INSEE', SIREN: 'SIREN', RNSR: 'RNSR', UAI: 'UAI', ROR: 'ROR',
    },
  },
  en: {
    title: 'Merge two records',
    intro: 'Do both records describe the same organisation? Choose the one that stays, then, field by field, the value to keep. By default the record that stays keeps its values and the other fills its gaps.',
    pickTwo: 'Two records are needed: open this page from a record’s possible duplicates.',
    survivor: 'Record that stays', keep: (name) => `Keep “${name}”`, field: 'Field', take: (name) => `Take the value of “${name}”`,
    empty: '(empty)', themes: 'Themes', themesUnited: 'The themes of both records are united.',
    references: 'What follows the record that stays',
    referencesText: 'The other record’s children, partnerships, affiliations, targets, opportunities (host and partners) and contacts move to the record that stays. The other record is archived with a pointer to it; both histories stay readable.',
    confirm: 'Merge', confirmText: (merged, survivor) => `Merge “${merged}” into “${survivor}”? “${merged}” will be archived.`,
    merging: 'Merging…', done: (name) => `Merged: everything now points to “${name}”.`, moved: (parts) => `Moved: ${parts.join(', ')}.`,
    partial: 'The merge is recorded, but some references have not followed yet (a service did not answer). Try again: nothing will be done twice.',
    retry: 'Try again', already: 'These records were already merged: the remaining references followed.', openSurvivor: 'Open the record that stays',
    children: (n) => `${n} child record(s)`, partnerships: (n) => `${n} partnership(s)`, targets: (n) => `${n} target(s)`, opportunities: (n) => `${n} opportunit(ies)`, contacts: (n) => `${n} contact(s)`,
    notFound: 'Record not found.', merged: (name) => `This record was merged into “${name}”.`, versions: (a, b) => `versions ${a} and ${b}`,
    fields: {
      NAME: 'Name', ACRONYM: 'Acronym', DESCRIPTION: 'Description', KIND: 'Kind', WEBSITE: 'Website', TERRITORY: 'Territory', PARENT: 'Parent', SOURCE: 'Source',
      INSEE: 'INSEE code', SIREN: 'SIREN', RNSR: 'RNSR', UAI: 'UAI', ROR: 'ROR',
    },
  },
};

export const CONTACT_MERGE: Messages<{
  title: string; intro: string; pickFirst: string; search: string; find: string; pick: (name: string) => string; link: string;
  done: (name: string) => string; roles: string; united: string; fields: Record<string, string>;
}> = {
  fr: {
    title: 'Fusionner deux fiches d’interlocuteur',
    intro: 'Les deux fiches désignent la même personne ? Choisissez celle qui reste, puis la valeur à garder champ par champ. Par défaut, la fiche qui reste garde ses valeurs et l’autre comble ses vides ; l’autre fiche est archivée avec un renvoi.',
    pickFirst: 'Ouvrez cette page depuis la fiche d’un interlocuteur.',
    search: 'Chercher l’autre fiche (nom)', find: 'Chercher', pick: (name) => `Comparer avec ${name}`, link: 'Fusionner avec une autre fiche…',
    done: (name) => `Fusion faite : « ${name} » reste.`, roles: 'Rôles', united: 'Les rôles et les thèmes des deux fiches sont réunis.',
    fields: { DISPLAY_NAME: 'Nom', JOB_TITLE: 'Fonction', ORGANIZATION: 'Organisation', TERRITORY: 'Territoire', EMAIL: 'E-mail', PHONE: 'Téléphone', SOURCE: 'Source' },
  },
  en: {
    title: 'Merge two contact records',
    intro: 'Do both records name the same person? Choose the one that stays, then the value to keep field by field. By default the record that stays keeps its values and the other fills its gaps; the other record is archived with a pointer.',
    pickFirst: 'Open this page from a contact’s record.',
    search: 'Find the other record (name)', find: 'Search', pick: (name) => `Compare with ${name}`, link: 'Merge with another record…',
    done: (name) => `Merged: “${name}” stays.`, roles: 'Roles', united: 'The roles and themes of both records are united.',
    fields: { DISPLAY_NAME: 'Name', JOB_TITLE: 'Job title', ORGANIZATION: 'Organisation', TERRITORY: 'Territory', EMAIL: 'E-mail', PHONE: 'Phone', SOURCE: 'Source' },
  },
};
