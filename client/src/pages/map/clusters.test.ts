/** @jest-environment jsdom */
import { ACTOR_KIND_COLOURS } from '../../ui/labels';
import { actorsInBox, addCounts, clusterBucket, kindRing, panelOrder, pointRadius, type LocatedActor } from './clusters';

const actor = (name: string, kind: string, collectivityLevel: string | null, latitude = 45, longitude = 4): LocatedActor => ({ id: name, name, kind, collectivityLevel, latitude, longitude });

describe('cluster bubbles', () => {
  it('grow by order of magnitude', () => {
    expect([2, 9, 10, 99, 100, 999, 1000, 35000].map((n) => clusterBucket(n).name)).toEqual(['small', 'small', 'medium', 'medium', 'large', 'large', 'huge', 'huge']);
    expect(clusterBucket(5).size).toBeLessThan(clusterBucket(5000).size);
  });

  it('draw a solid ring for one kind and a share per kind in the legend order otherwise', () => {
    expect(kindRing({ LAB: 4 })).toBe(ACTOR_KIND_COLOURS.LAB);
    expect(kindRing({ COLLECTIVITY: 1, LAB: 3 })).toBe(`conic-gradient(${ACTOR_KIND_COLOURS.LAB} 0.0deg 270.0deg, ${ACTOR_KIND_COLOURS.COLLECTIVITY} 270.0deg 360.0deg)`);
  });

  it('sum kind counts when clusters merge', () => {
    const into = { LAB: 1 };
    addCounts(into, { LAB: 2, COLLECTIVITY: 5 });
    expect(into).toEqual({ LAB: 3, COLLECTIVITY: 5 });
  });

  it('draw régions larger than communes', () => {
    expect(pointRadius({ kind: 'COLLECTIVITY', collectivityLevel: 'REGION' })).toBeGreaterThan(pointRadius({ kind: 'COLLECTIVITY', collectivityLevel: 'COMMUNE' }));
  });
});

describe('side panel list', () => {
  it('puts organisations first, then collectivités from régions to communes, each by name', () => {
    const list = [
      actor('Saint-Étienne', 'COLLECTIVITY', 'COMMUNE'),
      actor('Saint-Étienne Métropole', 'COLLECTIVITY', 'EPCI'),
      actor('Mines Saint-Étienne', 'UNIVERSITY', null),
      actor('Département de la Loire', 'COLLECTIVITY', 'DEPARTMENT'),
      actor('Écomusée', 'ASSOCIATION', null),
    ].sort(panelOrder);
    expect(list.map((a) => a.name)).toEqual(['Écomusée', 'Mines Saint-Étienne', 'Département de la Loire', 'Saint-Étienne Métropole', 'Saint-Étienne']);
  });

  it('keeps what lies in the view, in order', () => {
    const list = [actor('A', 'LAB', null, 45.4, 4.4), actor('B', 'LAB', null, 48.9, 2.35), actor('C', 'LAB', null, 45.5, 4.3)];
    expect(actorsInBox(list, { south: 45, west: 4, north: 46, east: 5 }).map((a) => a.name)).toEqual(['A', 'C']);
  });
});
