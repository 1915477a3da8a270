/** @jest-environment jsdom */
import { CHOROPLETH_COLOURS, NONE_COLOUR, choroplethClasses, colourFor, countsByCode } from './choropleth';

describe('choropleth colour scale', () => {
  it('has no class when every count is zero', () => {
    expect(choroplethClasses([0, 0])).toEqual([]);
    expect(colourFor(0, [])).toBe(NONE_COLOUR);
  });

  it('gives few distinct counts one class each, the darkest for the largest', () => {
    const classes = choroplethClasses([0, 1, 1, 3]);
    expect(classes).toEqual([
      { min: 1, max: 1, colour: CHOROPLETH_COLOURS[3] },
      { min: 2, max: 3, colour: CHOROPLETH_COLOURS[4] },
    ]);
    expect(colourFor(0, classes)).toBe(NONE_COLOUR);
    expect(colourFor(2, classes)).toBe(CHOROPLETH_COLOURS[4]);
  });

  it('cuts many counts at quantiles into five contiguous classes ending at the maximum', () => {
    const counts = Array.from({ length: 100 }, (_, i) => i + 1);
    const classes = choroplethClasses(counts);
    expect(classes.map((c) => [c.min, c.max])).toEqual([[1, 20], [21, 40], [41, 60], [61, 80], [81, 100]]);
    expect(classes.map((c) => c.colour)).toEqual(CHOROPLETH_COLOURS);
    expect(colourFor(100, classes)).toBe(CHOROPLETH_COLOURS[4]);
    expect(colourFor(500, classes)).toBe(CHOROPLETH_COLOURS[4]);
    expect(colourFor(20, classes)).toBe(CHOROPLETH_COLOURS[0]);
  });

  it('merges classes when a skewed distribution repeats a bound', () => {
    const classes = choroplethClasses([1, 1, 1, 1, 1, 1, 1, 1, 2, 40, 400, 4000]);
    for (let i = 1; i < classes.length; i += 1) expect(classes[i].min).toBe(classes[i - 1].max + 1);
    expect(classes[classes.length - 1].max).toBe(4000);
    expect(classes[classes.length - 1].colour).toBe(CHOROPLETH_COLOURS[4]);
  });

  it('adds up counts from several answers', () => {
    const counts = countsByCode([{ code: '42', count: 3 }, { code: '93', count: 1 }], undefined, [{ code: '42', count: 10 }]);
    expect([...counts]).toEqual([['42', 13], ['93', 1]]);
  });
});
