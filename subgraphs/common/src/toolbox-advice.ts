/**
 * The toolbox's step-by-step rule, in one place: the API (nextPartnershipTools, workspace targets)
 * and the client ("Et ensuite ?") all import it. The toolbox advises climbing the 1–5 intensity
 * scale one step at a time and starting with mutual knowledge: "il est difficile de s'impliquer dans
 * des expérimentations (niveau 4) sans interconnaissance préalable (niveau 1)".
 *
 * No imports on purpose: the client bundles this file (`@ecosystem/common/toolbox-advice`).
 */

/** The top of the scale (capitalisation). */
export const TOP_INTENSITY = 5;

/** The tool every first step starts from: "Connaissance mutuelle" (bridge tools, level 1). */
export const MUTUAL_KNOWLEDGE_TOOL = 'connaissance-mutuelle';

/** The level to aim for next from `current` (0 = no relation yet): one step up; the top stays the top. */
export function nextIntensity(current: number): number {
  const level = Number.isFinite(current) ? Math.trunc(current) : 0;
  return Math.min(Math.max(level, 0) + 1, TOP_INTENSITY);
}

/**
 * The next step between two actors at `current` who aim for `aimed`: the next level, never more
 * than one step up, or null once the aim is reached (or the top of the scale).
 */
export function nextStepToward(current: number, aimed: number): number | null {
  if (current >= aimed || current >= TOP_INTENSITY) return null;
  return nextIntensity(current);
}

/**
 * The tools of `level`, best first: at level 1 the mutual-knowledge tool leads (the toolbox starts
 * there); then tools that serve only this level (the most specific), then multi-level ones, each in
 * the document's order.
 */
export function toolsForStep<T extends { slug: string; intensities: readonly number[] }>(tools: readonly T[], level: number): T[] {
  const serving = tools.filter((tool) => tool.intensities.includes(level));
  const rank = (tool: T) => (level === 1 && tool.slug === MUTUAL_KNOWLEDGE_TOOL ? 0 : tool.intensities.length === 1 ? 1 : 2);
  return serving
    .map((tool, index) => ({ tool, index }))
    .sort((a, b) => rank(a.tool) - rank(b.tool) || a.index - b.index)
    .map(({ tool }) => tool);
}
