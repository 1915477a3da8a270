/** @jest-environment jsdom */
import { EMPTY_FACETS, actorFilter, facetsFromParams, hasCriteria, mapLink, paramsFromFacets, parseList, parseThemes } from './params';
import { firstLine, formatPlace } from './place';

describe('search facets ⇄ URL', () => {
  it('reads every facet from the query string', () => {
    const facets = facetsFromParams(new URLSearchParams('q=saint+etienne&kinds=UNIVERSITY,LAB&niveau=COMMUNE&region=84&departement=42&themes=Innovation%20publique,%20sant%C3%A9&parent=abc'));
    expect(facets).toEqual({
      q: 'saint etienne',
      kinds: ['LAB', 'UNIVERSITY'],
      level: 'COMMUNE',
      region: '84',
      departement: '42',
      themes: ['innovation publique', 'santé'],
      parent: 'abc',
    });
  });

  it('ignores values the API would refuse', () => {
    const facets = facetsFromParams(new URLSearchParams('kinds=LAB,SPACESHIP&niveau=PLANET&region=8&departement=xyz'));
    expect(facets).toEqual({ ...EMPTY_FACETS, kinds: ['LAB'] });
  });

  it('accepts Corsican and overseas département codes', () => {
    expect(facetsFromParams(new URLSearchParams('departement=2a')).departement).toBe('2A');
    expect(facetsFromParams(new URLSearchParams('departement=974')).departement).toBe('974');
  });

  it('writes a stable query string without empty facets, and reads it back', () => {
    const facets = { ...EMPTY_FACETS, q: '  collectivites ', kinds: ['COLLECTIVITY' as const], departement: '93', themes: ['recherche'] };
    const params = paramsFromFacets(facets);
    expect(params.toString()).toBe('q=collectivites&kinds=COLLECTIVITY&departement=93&themes=recherche');
    expect(facetsFromParams(params)).toEqual({ ...facets, q: 'collectivites' });
    expect(paramsFromFacets(EMPTY_FACETS).toString()).toBe('');
    expect(hasCriteria(EMPTY_FACETS)).toBe(false);
    expect(hasCriteria(facets)).toBe(true);
  });

  it('builds the API filter with only the chosen criteria', () => {
    expect(actorFilter(EMPTY_FACETS)).toEqual({});
    expect(actorFilter({ ...EMPTY_FACETS, q: 'loire', level: 'DEPARTMENT', region: '84', parent: 'p1' })).toEqual({
      search: 'loire', collectivityLevels: ['DEPARTMENT'], regionCode: '84', parentId: 'p1',
    });
  });

  it('links to the same selection on the map', () => {
    expect(mapLink(EMPTY_FACETS)).toBe('/territoire');
    expect(mapLink({ ...EMPTY_FACETS, q: 'saint etienne', kinds: ['LAB', 'UNIVERSITY'], region: '84', departement: '42' })).toBe(
      '/territoire?q=saint+etienne&kinds=LAB%2CUNIVERSITY&departement=42',
    );
    expect(mapLink({ ...EMPTY_FACETS, region: '11' })).toBe('/territoire?region=11');
  });

  it('splits lists and themes', () => {
    expect(parseList(' a, b,,a ')).toEqual(['a', 'b']);
    expect(parseList(null)).toEqual([]);
    expect(parseThemes('Santé, ÉNERGIE')).toEqual(['santé', 'énergie']);
  });
});

describe('places and lines', () => {
  it('names the commune, département and région, leaving out the actor itself', () => {
    const territory = { communeName: 'Saint-Étienne', departmentName: 'Loire', departmentCode: '42', regionName: 'Auvergne-Rhône-Alpes' };
    expect(formatPlace(territory)).toBe('Saint-Étienne · Loire (42) · Auvergne-Rhône-Alpes');
    expect(formatPlace(territory, 'Saint-Étienne')).toBe('Loire (42) · Auvergne-Rhône-Alpes');
    expect(formatPlace(territory, 'Loire')).toBe('Saint-Étienne · Auvergne-Rhône-Alpes');
    expect(formatPlace({ regionName: 'Bretagne' }, 'Bretagne')).toBe('');
  });

  it('keeps the first sentence of a description, cut on a word', () => {
    expect(firstLine('Une MSH. Deuxième phrase.')).toBe('Une MSH.');
    expect(firstLine(null)).toBe('');
    const long = firstLine('mot '.repeat(100), 40);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long.endsWith('mot…')).toBe(true);
  });
});
