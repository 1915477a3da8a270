/** The toolbox's step-by-step rule: never more than one level up, mutual knowledge first. */
import fc from 'fast-check';
import { MUTUAL_KNOWLEDGE_TOOL, nextIntensity, nextStepToward, toolsForStep } from './toolbox-advice.js';
import { PARTNERSHIP_TOOLS } from './toolbox.js';

it('climbs one level at a time and never skips one, whatever the aim', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }), (current, aimed) => {
    const next = nextStepToward(current, aimed);
    if (current >= aimed) expect(next).toBeNull();
    else expect(next).toBe(current + 1);
  }));
  expect([0, 1, 2, 3, 4, 5].map(nextIntensity)).toEqual([1, 2, 3, 4, 5, 5]);
});

it('starts with mutual knowledge, and every tool advised serves the next level', () => {
  const first = toolsForStep(PARTNERSHIP_TOOLS, nextStepToward(0, 4)!);
  expect(first[0]!.slug).toBe(MUTUAL_KNOWLEDGE_TOOL);
  for (const level of [1, 2, 3, 4, 5] as const) {
    const tools = toolsForStep(PARTNERSHIP_TOOLS, level);
    expect(tools.length).toBe(PARTNERSHIP_TOOLS.filter((t) => t.intensities.includes(level)).length);
    expect(tools.every((t) => t.intensities.includes(level))).toBe(true);
  }
});
