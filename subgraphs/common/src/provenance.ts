/** Provenance of data typed in through the API. */
import type { Viewer } from './auth.js';
import { InputProblems } from './errors.js';
import type { ProvenanceColumns } from './columns.js';
import type { ProvenanceInput } from './graphql-types.js';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The given source, checked; or, when none is given, the editor who typed it in. */
export function provenanceFromInput(input: ProvenanceInput | null | undefined, viewer: Viewer, field: string, problems: InputProblems): ProvenanceColumns {
  if (!input) {
    return { name: `Contribution de ${viewer.name ?? viewer.id ?? 'un éditeur'}`, url: null, license: 'Licence Ouverte / Open Licence 2.0', retrievedOn: today() };
  }
  problems.check(input.name.trim().length > 0, `${field}.name`, 'Name the source.');
  problems.check(input.license.trim().length > 0, `${field}.license`, 'Give the licence of the source.');
  if (input.url) problems.check(isHttpUrl(input.url), `${field}.url`, 'Must be an http(s) URL.');
  return { name: input.name.trim(), url: input.url ?? null, license: input.license.trim(), retrievedOn: input.retrievedOn ?? today() };
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
