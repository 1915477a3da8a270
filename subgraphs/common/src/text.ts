/** Normalisation of free text typed into the API. */
import type { InputProblems } from './errors.js';

export const MAX_THEMES = 30;

/** Themes are lower-case, trimmed, de-duplicated keywords. */
export function normalizeThemes(themes: readonly string[] | null | undefined, field: string, problems: InputProblems): string[] {
  const cleaned = [...new Set((themes ?? []).map((t) => t.trim().toLocaleLowerCase('fr')).filter(Boolean))];
  problems.check(cleaned.length <= MAX_THEMES, field, `At most ${MAX_THEMES} themes.`);
  problems.check(cleaned.every((t) => t.length <= 80), field, 'A theme is at most 80 characters long.');
  return cleaned;
}

/** A trimmed optional text: empty becomes null; too long is a problem. */
export function optionalText(value: string | null | undefined, field: string, max: number, problems: InputProblems): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  problems.check(trimmed.length <= max, field, `At most ${max} characters.`);
  return trimmed.length ? trimmed : null;
}

export function requiredText(value: string | null | undefined, field: string, max: number, problems: InputProblems): string {
  const trimmed = (value ?? '').trim();
  problems.check(trimmed.length > 0, field, 'Required.');
  problems.check(trimmed.length <= max, field, `At most ${max} characters.`);
  return trimmed;
}

/** A search string fit for websearch_to_tsquery, or null when there is nothing to search. */
export function searchText(value: string | null | undefined, problems: InputProblems, field = 'filter.search'): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  problems.check(trimmed.length <= 200, field, 'Search at most 200 characters.');
  return trimmed.length ? trimmed : null;
}
