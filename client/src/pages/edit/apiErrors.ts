/**
 * What went wrong with a write, read from the API's error: the bad fields (each mapped to the
 * form input it belongs to), a missing or insufficient session, a record that is gone, or an
 * unavailable service.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export interface FieldProblem {
  field: string;
  message: string;
}

export type ApiProblem =
  | { kind: 'invalid'; fields: FieldProblem[] }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'notFound' }
  | { kind: 'unavailable' }
  /** Someone else saved the record since it was loaded: nothing was written (optimistic locking). */
  | { kind: 'conflict'; currentVersion: number | null; changedFields: string[]; changedBy: string | null };

/** The problem named by a list of GraphQL errors (the first that says something precise wins). */
export function problemFromGraphQLErrors(errors: readonly GraphQLFormattedError[]): ApiProblem {
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.includes('UNAUTHENTICATED')) return { kind: 'unauthenticated' };
  const conflict = errors.find((e) => e.extensions?.code === 'CONFLICT')?.extensions;
  if (conflict) {
    const by = conflict.lastChangedBy as { name?: unknown } | null | undefined;
    return {
      kind: 'conflict',
      currentVersion: typeof conflict.currentVersion === 'number' ? conflict.currentVersion : null,
      changedFields: Array.isArray(conflict.changedFields) ? conflict.changedFields.filter((f): f is string => typeof f === 'string') : [],
      changedBy: typeof by?.name === 'string' ? by.name : null,
    };
  }
  if (codes.includes('FORBIDDEN')) return { kind: 'forbidden' };
  // DUPLICATE (an official identifier of another record) names its field like a bad input does.
  const invalid = errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'DUPLICATE');
  if (invalid.length > 0) {
    const fields: FieldProblem[] = [];
    for (const error of invalid) {
      const listed = error.extensions?.fields;
      if (Array.isArray(listed) && listed.length > 0) {
        for (const item of listed as Array<{ field?: unknown; message?: unknown }>) {
          if (typeof item?.field === 'string' && typeof item.message === 'string') fields.push({ field: item.field, message: item.message });
        }
      } else {
        // A value refused before validation (e.g. an impossible date): the message names it.
        const field = typeof error.extensions?.field === 'string' ? error.extensions.field : '';
        fields.push({ field, message: error.message });
      }
    }
    return { kind: 'invalid', fields };
  }
  if (codes.includes('NOT_FOUND')) return { kind: 'notFound' };
  return { kind: 'unavailable' };
}

/** The problem behind whatever a mutation rejected with. */
export function problemFromError(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) return problemFromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { kind: 'unauthenticated' };
    if (error.statusCode === 403) return { kind: 'forbidden' };
  }
  return { kind: 'unavailable' };
}

/**
 * Maps the API's field paths (`input.territory.communeCode`) onto the form's own keys. A path that
 * names no key of the form falls back to its closest known ancestor, then to an alias; what still
 * matches nothing is returned apart, to be listed in the error summary.
 */
export function mapFieldProblems(
  problems: readonly FieldProblem[],
  keys: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): { byKey: Record<string, string[]>; unmatched: string[]; order: string[] } {
  const known = new Set(keys);
  const byKey: Record<string, string[]> = {};
  const unmatched: string[] = [];
  for (const problem of problems) {
    let path = problem.field.replace(/^input\./, '');
    let key: string | undefined;
    while (path) {
      if (aliases[path] && known.has(aliases[path])) { key = aliases[path]; break; }
      if (known.has(path)) { key = path; break; }
      const dot = path.lastIndexOf('.');
      path = dot > 0 ? path.slice(0, dot) : '';
    }
    if (key) (byKey[key] ??= []).push(problem.message);
    else unmatched.push(problem.message);
  }
  // Focus order: the order of the inputs in the form, not of the API's list.
  const order = keys.filter((key) => byKey[key]);
  return { byKey, unmatched, order };
}

/** French wording of the API's most common validation messages; anything else is shown as sent. */
const FRENCH: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^Required\.$/, () => 'Champ obligatoire.'],
  [/^At most (\d+) characters\.$/, (m) => `${m[1]} caractères au plus.`],
  [/^Must be an http\(s\) URL\.$/, () => 'Saisissez une adresse web commençant par http:// ou https://.'],
  [/^Must be an http\(s\) or mailto: URL\.$/, () => 'Saisissez une adresse web (http:// ou https://) ou une adresse « mailto: ».'],
  [/^Give at least a région, a département, an EPCI or a commune\.$/, () => 'Indiquez au moins une région, un département ou une commune.'],
  [/^"(.+)" is not the INSEE code of a current commune\.$/, (m) => `« ${m[1]} » n'est le code INSEE d'aucune commune actuelle.`],
  [/^"(.+)" is not a département code\.$/, (m) => `« ${m[1]} » n'est pas un code de département.`],
  [/^"(.+)" is not a région code\.$/, (m) => `« ${m[1]} » n'est pas un code de région.`],
  [/^"(.+)" does not contain the given commune \(which is in (.+)\)\.$/, (m) => `« ${m[1]} » ne contient pas la commune choisie (qui est en ${m[2]}).`],
  [/^Must be an actor id\.$/, () => 'Choisissez un acteur dans la liste.'],
  [/^Between 1 and 120 months\.$/, () => 'Entre 1 et 120 mois.'],
  [/^Between 1 and 5\.$/, () => 'Entre 1 et 5.'],
  [/^The host is not its own partner\.$/, () => "La structure d'accueil ne peut pas être aussi partenaire."],
  [/^An actor cannot partner with itself\.$/, () => 'Un acteur ne peut pas être son propre partenaire.'],
  [/^These two actors already have a partnership with this tool\.$/, () => 'Ces deux acteurs ont déjà un partenariat avec cet outil.'],
  [/^An actor cannot be its own parent\.$/, () => 'Un acteur ne peut pas être son propre rattachement.'],
  [/^This parent is below the actor: it would make a cycle\.$/, () => 'Ce rattachement dépend lui-même de cet acteur : cela ferait une boucle.'],
  [/^A collectivité needs its level/, () => 'Une collectivité a besoin de son niveau (région, département, EPCI ou commune).'],
  [/^Only a collectivité \(kind COLLECTIVITY\) has a level\.$/, () => "Seule une collectivité a un niveau."],
  [/^Must be an e-mail address/, () => 'Saisissez une adresse e-mail, par exemple « prenom.nom@example.fr ».'],
  [/^Must be a phone number/, () => 'Saisissez un numéro de 6 à 30 caractères : chiffres, espaces, +, points et parenthèses.'],
  [/^An actor with (\w+) (\S+) already exists \((\S+)\): edit it instead/, (m) =>
    `Une fiche a déjà ${({ UAI: "l'UAI", RNSR: 'le numéro RNSR', ROR: "l'identifiant ROR", INSEE: 'le code INSEE' } as Record<string, string>)[m[1]!] ?? `le ${m[1]}`} ${m[2]} (${m[3]}) : modifiez-la plutôt que d'en créer une seconde.`],
];

/** The message in the page's language when we know its wording, with the language it is in. */
export function localizeProblem(message: string, language: 'fr' | 'en'): { text: string; lang: 'fr' | 'en' } {
  if (language === 'fr') {
    for (const [pattern, render] of FRENCH) {
      const match = message.match(pattern);
      if (match) return { text: render(match), lang: 'fr' };
    }
  }
  return { text: message, lang: 'en' };
}
