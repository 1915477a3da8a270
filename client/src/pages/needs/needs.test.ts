/** The research-need list's URL → API filter, and reasons worded in English from their data. */
import { needFilterFromParams } from './filter';
import { reasonText, type ReasonData } from './messages';

const reason = (data: Partial<ReasonData>): ReasonData => ({ kind: 'SHARED_THEMES', label: 'libellé', weight: 3, themes: [], ...data });

it('turns the URL into the filter the API (and saved alerts) take', () => {
  expect(needFilterFromParams(new URLSearchParams('departement=42&theme=+mobilités+&q=air'))).toEqual({
    statuses: ['OPEN'], departmentCode: '42', themes: ['mobilités'], search: 'air',
  });
  expect(needFilterFromParams(new URLSearchParams('devenus=1&region=84'))).toEqual({ statuses: ['OPEN', 'TURNED_INTO_OPPORTUNITY'], regionCode: '84' });
});

it('keeps the API\'s French label in French and rebuilds each kind of reason in English', () => {
  expect(reasonText(reason({ label: '2 thèmes en commun : a, b', themes: ['a', 'b'] }), 'fr')).toBe('2 thèmes en commun : a, b');
  expect(reasonText(reason({ themes: ['a', 'b'] }), 'en')).toBe('2 shared themes: a, b');
  expect(reasonText(reason({ kind: 'DISTANCE', distanceKm: 3.44 }), 'en')).toBe('3.4 km away');
  expect(reasonText(reason({ kind: 'DISTANCE', distanceKm: 48.6 }), 'en')).toBe('49 km away');
  expect(reasonText(reason({ kind: 'EXISTING_PARTNERSHIP', partnerName: 'Saint-Étienne', intensity: 2 }), 'en')).toBe('already a partner of Saint-Étienne (level 2)');
  expect(reasonText(reason({ kind: 'ERC_PANEL', ercPanel: 'SH3' }), 'en')).toBe('ERC panel SH3');
  expect(reasonText(reason({ kind: 'SAME_TERRITORY', territoryLevel: 'DEPARTMENT', territoryName: 'Loire' }), 'en')).toBe('works in the same département (Loire)');
  expect(reasonText(reason({ kind: 'FACILITATOR', territoryName: 'Loire' }), 'en')).toBe('facilitator of the territory: Loire');
});
