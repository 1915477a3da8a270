/** @jest-environment jsdom */
import { featureBounds, toBoundaries } from './boundaries';
import { FRANCE_TOPOLOGY } from './france-boundaries';

describe('shipped boundaries', () => {
  const boundaries = toBoundaries(FRANCE_TOPOLOGY);

  it('hold the 101 départements and 18 régions with their INSEE codes', () => {
    const departments = boundaries.departments.features.map((f) => f.properties.code);
    expect(departments).toHaveLength(101);
    expect(departments).toEqual(expect.arrayContaining(['01', '2A', '2B', '42', '93', '971', '974', '976']));
    expect(boundaries.regions.features).toHaveLength(18);
    const loire = boundaries.departments.features.find((f) => f.properties.code === '42')!;
    expect(loire.properties).toEqual({ code: '42', name: 'Loire', region: '84' });
  });

  it('place Saint-Étienne inside the Loire, and the Loire inside Auvergne-Rhône-Alpes', () => {
    const [[south, west], [north, east]] = featureBounds(boundaries.departments.features.find((f) => f.properties.code === '42')!);
    expect(45.43).toBeGreaterThan(south);
    expect(45.43).toBeLessThan(north);
    expect(4.39).toBeGreaterThan(west);
    expect(4.39).toBeLessThan(east);
    const [[rs, rw], [rn, re]] = featureBounds(boundaries.regions.features.find((f) => f.properties.code === '84')!);
    expect(rs).toBeLessThanOrEqual(south);
    expect(rw).toBeLessThanOrEqual(west);
    expect(rn).toBeGreaterThanOrEqual(north);
    expect(re).toBeGreaterThanOrEqual(east);
  });

  it('draw région borders as lines', () => {
    expect(boundaries.regionBorders.geometry.type).toBe('MultiLineString');
    expect(boundaries.regionBorders.geometry.coordinates.length).toBeGreaterThan(10);
  });
});
