/** Messages of the alerts pages ("Mes alertes", creating an alert from the opportunities board). */
import type { Messages } from '../../i18n/i18n';

export const ALERTS: Messages<{
  title: string; intro: string; signInNeeded: string; signIn: string;
  createFromBoard: string; createFromBoardHint: string;
  newTitle: string; filterTitle: string; noFilter: string; name: string; nameHint: string; defaultName: string;
  webhook: string; webhookHint: string; email: string; emailHint: (address: string) => string; emailUnavailable: string;
  submit: string; creating: string; backToBoard: string;
  created: (name: string) => string; feedLabel: string; feedHint: string; secretLabel: string; secretWarning: string;
  copyFeed: string; copySecret: string; copied: string; copyFailed: string; seeAll: string;
  none: string; noneHint: string; webhookTo: (url: string) => string; noWebhook: string;
  emailToggle: string; emailOn: (address: string) => string;
  testSend: string; testing: string; tested: string;
  deliveriesTitle: string; noDeliveries: string; caption: (name: string) => string;
  columns: { when: string; channel: string; status: string; attempts: string; detail: string };
  channel: Record<'webhook' | 'email', string>; status: Record<'pending' | 'delivered' | 'failed', string>; test: string;
  retryAt: (when: string) => string; lastRunError: (message: string) => string;
  remove: string; removeConfirm: (name: string) => string; confirm: string; cancel: string; removed: (name: string) => string;
  failed: string; expired: string; fields: Record<string, string>;
}> = {
  fr: {
    title: 'Mes alertes',
    intro: 'Une alerte garde une recherche d’opportunités et vous signale ce qui est nouveau : par son propre flux Atom, par un webhook signé vers votre service, ou par e-mail.',
    signInNeeded: 'Connectez-vous pour gérer vos alertes', signIn: 'Se connecter',
    createFromBoard: 'Créer une alerte', createFromBoardHint: 'Être prévenu·e des nouvelles opportunités de cette recherche.',
    newTitle: 'Nouvelle alerte', filterTitle: 'Recherche suivie', noFilter: 'Toutes les opportunités publiées.',
    name: 'Nom de l’alerte', nameHint: 'Pour la reconnaître dans vos alertes et dans les e-mails.', defaultName: 'Opportunités',
    webhook: 'Webhook (facultatif)', webhookHint: 'Une adresse https de votre service : chaque nouveauté y est envoyée en JSON, signée (HMAC-SHA256).',
    email: 'Recevoir un e-mail', emailHint: (address) => `À l’adresse de votre compte, ${address}.`, emailUnavailable: 'L’envoi par e-mail n’est pas configuré sur ce serveur.',
    submit: 'Créer l’alerte', creating: 'Création…', backToBoard: 'Revenir aux opportunités',
    created: (name) => `Alerte « ${name} » créée`, feedLabel: 'Adresse du flux Atom',
    feedHint: 'Gardez-la pour vous : quiconque la connaît lit le flux.',
    secretLabel: 'Secret du webhook', secretWarning: 'Copiez-le maintenant : il ne sera plus jamais affiché. Votre service s’en sert pour vérifier la signature.',
    copyFeed: 'Copier l’adresse du flux', copySecret: 'Copier le secret', copied: 'Copié dans le presse-papiers.', copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le à la main.', seeAll: 'Voir mes alertes',
    none: 'Aucune alerte pour l’instant.', noneHint: 'Filtrez les opportunités, puis « Créer une alerte ».',
    webhookTo: (url) => `Webhook : ${url}`, noWebhook: 'Pas de webhook.',
    emailToggle: 'E-mail', emailOn: (address) => `E-mail à ${address}`,
    testSend: 'Envoyer un essai', testing: 'Envoi…', tested: 'Essai envoyé : voir ci-dessous.',
    deliveriesTitle: 'Derniers envois', noDeliveries: 'Rien d’envoyé pour l’instant.', caption: (name) => `Derniers envois de l’alerte « ${name} »`,
    columns: { when: 'Date', channel: 'Canal', status: 'État', attempts: 'Tentatives', detail: 'Détail' },
    channel: { webhook: 'Webhook', email: 'E-mail' }, status: { pending: 'En attente', delivered: 'Remis', failed: 'Échec' }, test: 'essai',
    retryAt: (when) => `nouvel essai ${when}`, lastRunError: (message) => `Dernière recherche en erreur : ${message}`,
    remove: 'Supprimer', removeConfirm: (name) => `Supprimer l’alerte « ${name} » ? Son flux et son webhook cesseront.`, confirm: 'Confirmer la suppression', cancel: 'Annuler',
    removed: (name) => `L’alerte « ${name} » est supprimée.`,
    failed: 'Le service ne répond pas pour l’instant. Réessayez dans un moment.', expired: 'Votre session a expiré : reconnectez-vous.',
    fields: { kinds: 'Types', statuses: 'États', search: 'Texte', themes: 'Thèmes', regionCode: 'Région', departmentCode: 'Département', communeCode: 'Commune', deadlineAfter: 'Clôture après le', deadlineBefore: 'Clôture avant le', hostId: 'Structure', toolSlugs: 'Outils' },
  },
  en: {
    title: 'My alerts',
    intro: 'An alert keeps an opportunities search and tells you what is new: through its own Atom feed, a signed webhook to your service, or e-mail.',
    signInNeeded: 'Sign in to manage your alerts', signIn: 'Sign in',
    createFromBoard: 'Create an alert', createFromBoardHint: 'Be told about new opportunities of this search.',
    newTitle: 'New alert', filterTitle: 'Search followed', noFilter: 'Every published opportunity.',
    name: 'Alert name', nameHint: 'To recognise it in your alerts and e-mails.', defaultName: 'Opportunities',
    webhook: 'Webhook (optional)', webhookHint: 'An https address of your service: each new match is posted there as JSON, signed (HMAC-SHA256).',
    email: 'Receive an e-mail', emailHint: (address) => `At your account’s address, ${address}.`, emailUnavailable: 'E-mail delivery is not configured on this server.',
    submit: 'Create the alert', creating: 'Creating…', backToBoard: 'Back to the opportunities',
    created: (name) => `Alert “${name}” created`, feedLabel: 'Atom feed address',
    feedHint: 'Keep it to yourself: anyone who knows it can read the feed.',
    secretLabel: 'Webhook secret', secretWarning: 'Copy it now: it will never be shown again. Your service uses it to verify the signature.',
    copyFeed: 'Copy the feed address', copySecret: 'Copy the secret', copied: 'Copied to the clipboard.', copyFailed: 'Cannot copy: select the text and copy it by hand.', seeAll: 'See my alerts',
    none: 'No alerts yet.', noneHint: 'Filter the opportunities, then “Create an alert”.',
    webhookTo: (url) => `Webhook: ${url}`, noWebhook: 'No webhook.',
    emailToggle: 'E-mail', emailOn: (address) => `E-mail to ${address}`,
    testSend: 'Send a test', testing: 'Sending…', tested: 'Test sent: see below.',
    deliveriesTitle: 'Latest deliveries', noDeliveries: 'Nothing sent yet.', caption: (name) => `Latest deliveries of the alert “${name}”`,
    columns: { when: 'Date', channel: 'Channel', status: 'Status', attempts: 'Attempts', detail: 'Detail' },
    channel: { webhook: 'Webhook', email: 'E-mail' }, status: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' }, test: 'test',
    retryAt: (when) => `next try ${when}`, lastRunError: (message) => `Last search failed: ${message}`,
    remove: 'Delete', removeConfirm: (name) => `Delete the alert “${name}”? Its feed and webhook will stop.`, confirm: 'Confirm deletion', cancel: 'Cancel',
    removed: (name) => `The alert “${name}” is deleted.`,
    failed: 'The service is not answering right now. Try again in a moment.', expired: 'Your session has expired: sign in again.',
    fields: { kinds: 'Kinds', statuses: 'Statuses', search: 'Text', themes: 'Themes', regionCode: 'Région', departmentCode: 'Département', communeCode: 'Commune', deadlineAfter: 'Closing after', deadlineBefore: 'Closing before', hostId: 'Host', toolSlugs: 'Tools' },
  },
};
