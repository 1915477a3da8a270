/** Messages of the administration screens (partner API keys). */
import type { Messages } from '../../i18n/i18n';

export const ADMIN: Messages<{
  keysTitle: string; intro: string;
  signInNeeded: string; signInLink: string; adminsOnly: string; adminsOnlyText: string;
  create: string; name: string; nameHint: string; origins: string; originsHint: string; rate: string; rateHint: string;
  allowList: string; allowListHint: string; operations: string; operationsHint: string; submit: string; creating: string;
  newKey: (name: string) => string; newKeyWarning: string; keyLabel: string; copy: string; copied: string; copyFailed: string; dismiss: string;
  listTitle: string; none: string; caption: string;
  columns: { name: string; prefix: string; origins: string; rate: string; mode: string; requests: string; rejections: string; lastUsed: string; created: string; status: string; actions: string };
  open: string; allowListMode: (n: number) => string; noOrigin: string; never: string; active: string; revokedOn: (date: string) => string;
  revoke: string; revokeConfirm: (name: string) => string; confirm: string; cancel: string; revoking: string; revoked: (name: string) => string;
  perMinute: (n: string) => string; failed: string; expired: string;
}> = {
  fr: {
    keysTitle: 'Clés d’API des partenaires',
    intro: 'Une clé identifie un site partenaire : elle fixe ses origines autorisées (CORS), sa limite de requêtes et, en mode liste blanche, les seules opérations qu’il peut exécuter. Sans clé, l’API reste ouverte à une limite plus basse.',
    signInNeeded: 'Connectez-vous en administrateur pour gérer les clés',
    signInLink: 'Se connecter',
    adminsOnly: 'Réservé aux administrateurs',
    adminsOnlyText: 'Votre compte ne permet pas de gérer les clés d’API. Demandez-le à l’équipe qui administre le service.',
    create: 'Créer une clé',
    name: 'Nom du partenaire', nameHint: 'Par exemple « Ville de Saint-Étienne ».',
    origins: 'Origines autorisées', originsHint: 'Une par ligne, par exemple https://www.saint-etienne.fr. Sans origine, la clé ne sert qu’aux serveurs.',
    rate: 'Limite (requêtes par minute)', rateHint: 'Laisser vide pour la limite par défaut du service.',
    allowList: 'Limiter la clé à une liste d’opérations', allowListHint: 'La clé ne pourra exécuter que les opérations enregistrées (par leur empreinte SHA-256 ou leur texte).',
    operations: 'Opérations autorisées', operationsHint: 'Le document GraphQL des opérations du site (requêtes nommées et fragments).',
    submit: 'Créer la clé', creating: 'Création…',
    newKey: (name) => `Clé créée pour ${name}`,
    newKeyWarning: 'Copiez-la maintenant : elle ne sera plus jamais affichée. Seule son empreinte est conservée.',
    keyLabel: 'Clé d’API', copy: 'Copier la clé', copied: 'Clé copiée dans le presse-papiers.', copyFailed: 'Copie impossible : sélectionnez la clé et copiez-la à la main.', dismiss: 'J’ai copié la clé',
    listTitle: 'Clés existantes', none: 'Aucune clé pour l’instant.', caption: 'Clés d’API, avec leur usage',
    columns: { name: 'Nom', prefix: 'Préfixe', origins: 'Origines', rate: 'Limite', mode: 'Mode', requests: 'Requêtes', rejections: 'Refusées', lastUsed: 'Dernier usage', created: 'Créée le', status: 'État', actions: 'Actions' },
    open: 'Toutes opérations', allowListMode: (n) => `Liste blanche (${n} opération${n > 1 ? 's' : ''})`, noOrigin: 'Serveurs seulement', never: 'Jamais', active: 'Active', revokedOn: (date) => `Révoquée le ${date}`,
    revoke: 'Révoquer', revokeConfirm: (name) => `Révoquer la clé « ${name} » ? Le site partenaire n’aura plus accès à l’API avec cette clé.`,
    confirm: 'Confirmer la révocation', cancel: 'Annuler', revoking: 'Révocation…', revoked: (name) => `La clé « ${name} » est révoquée.`,
    perMinute: (n) => `${n} / min`, failed: 'Le service ne répond pas pour l’instant. Réessayez dans un moment.', expired: 'Votre session a expiré : reconnectez-vous.',
  },
  en: {
    keysTitle: 'Partner API keys',
    intro: 'A key identifies a partner site: it sets its allowed origins (CORS), its request rate and, in allow-list mode, the only operations it may run. Without a key the API stays open at a lower rate.',
    signInNeeded: 'Sign in as an admin to manage keys',
    signInLink: 'Sign in',
    adminsOnly: 'Admins only',
    adminsOnlyText: 'Your account cannot manage API keys. Ask the team that runs the service.',
    create: 'Create a key',
    name: 'Partner name', nameHint: 'For example “Ville de Saint-Étienne”.',
    origins: 'Allowed origins', originsHint: 'One per line, for example https://www.saint-etienne.fr. Without any, the key is for servers only.',
    rate: 'Rate (requests per minute)', rateHint: 'Leave empty for the service’s default rate.',
    allowList: 'Restrict the key to a list of operations', allowListHint: 'The key will run only the registered operations (by SHA-256 hash or text).',
    operations: 'Allowed operations', operationsHint: 'The GraphQL document of the site’s operations (named queries and fragments).',
    submit: 'Create the key', creating: 'Creating…',
    newKey: (name) => `Key created for ${name}`,
    newKeyWarning: 'Copy it now: it will never be shown again. Only its hash is kept.',
    keyLabel: 'API key', copy: 'Copy the key', copied: 'Key copied to the clipboard.', copyFailed: 'Could not copy: select the key and copy it by hand.', dismiss: 'I have copied the key',
    listTitle: 'Existing keys', none: 'No key yet.', caption: 'API keys and their usage',
    columns: { name: 'Name', prefix: 'Prefix', origins: 'Origins', rate: 'Rate', mode: 'Mode', requests: 'Requests', rejections: 'Refused', lastUsed: 'Last used', created: 'Created', status: 'Status', actions: 'Actions' },
    open: 'Any operation', allowListMode: (n) => `Allow-list (${n} operation${n > 1 ? 's' : ''})`, noOrigin: 'Servers only', never: 'Never', active: 'Active', revokedOn: (date) => `Revoked on ${date}`,
    revoke: 'Revoke', revokeConfirm: (name) => `Revoke the key “${name}”? The partner site will lose API access with this key.`,
    confirm: 'Confirm revocation', cancel: 'Cancel', revoking: 'Revoking…', revoked: (name) => `The key “${name}” is revoked.`,
    perMinute: (n) => `${n} / min`, failed: 'The service is not answering right now. Try again in a moment.', expired: 'Your session has expired: sign in again.',
  },
};
