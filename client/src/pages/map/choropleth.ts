/** Colour classes of the per-département choropleth: counts in a few steps, always with a legend. */

/** Sequential blues (ColorBrewer "Blues", 5 classes), light to dark, after a neutral "none" class. */
export const CHOROPLETH_COLOURS = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
export const NONE_COLOUR = '#f4f4f4';

export interface ChoroplethClass { min: number; max: number; colour: string }

/**
 * At most five classes covering 1…max: one per value when there are few values, else bounds at the
 * quantiles of the non-zero counts, so that each colour holds about as many départements.
 */
export function choroplethClasses(counts: readonly number[]): ChoroplethClass[] {
  const values = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (!values.length) return [];
  const max = values[values.length - 1];
  const distinct = [...new Set(values)];
  let uppers: number[];
  if (distinct.length <= CHOROPLETH_COLOURS.length) {
    uppers = distinct;
  } else {
    uppers = [];
    for (let i = 1; i <= CHOROPLETH_COLOURS.length; i += 1) {
      const upper = values[Math.min(values.length - 1, Math.ceil((i * values.length) / CHOROPLETH_COLOURS.length) - 1)];
      if (!uppers.length || upper > uppers[uppers.length - 1]) uppers.push(upper);
    }
    uppers[uppers.length - 1] = max;
  }
  // Spread the colours over the scale: the darkest always means the largest counts.
  const offset = CHOROPLETH_COLOURS.length - uppers.length;
  return uppers.map((upper, i) => ({
    min: i === 0 ? 1 : uppers[i - 1] + 1,
    max: upper,
    colour: CHOROPLETH_COLOURS[i + offset],
  }));
}

export function colourFor(count: number, classes: readonly ChoroplethClass[]): string {
  if (count <= 0) return NONE_COLOUR;
  return (classes.find((c) => count <= c.max) ?? classes[classes.length - 1])?.colour ?? NONE_COLOUR;
}

/** Counts by département code; several answers (e.g. organisations and collectivités) add up. */
export function countsByCode(...answers: ReadonlyArray<ReadonlyArray<{ code: string; count: number }> | undefined>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const answer of answers) for (const { code, count } of answer ?? []) counts.set(code, (counts.get(code) ?? 0) + count);
  return counts;
}
