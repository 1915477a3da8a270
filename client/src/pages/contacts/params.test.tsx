/** @jest-environment jsdom */
import { EMPTY_CONTACT_FACETS, contactFacetsFromParams, contactFilter, paramsFromContactFacets } from './params';

describe('contacts filters ⇄ URL', () => {
  it('reads the filters, ignoring unknown values', () => {
    expect(contactFacetsFromParams(new URLSearchParams('q=jaisson&role=FACILITATOR&organisation=LAB&region=11&departement=93&themes=Recherche'))).toEqual({
      q: 'jaisson', role: 'FACILITATOR', organisation: 'LAB', region: '11', departement: '93', themes: ['recherche'],
    });
    expect(contactFacetsFromParams(new URLSearchParams('role=ASTRONAUT&organisation=ROCKET&departement=999x'))).toEqual(EMPTY_CONTACT_FACETS);
  });

  it('writes them back and builds the API filter', () => {
    const facets = { ...EMPTY_CONTACT_FACETS, role: 'RESEARCHER' as const, departement: '93' };
    expect(paramsFromContactFacets(facets).toString()).toBe('role=RESEARCHER&departement=93');
    expect(contactFacetsFromParams(paramsFromContactFacets(facets))).toEqual(facets);
    expect(contactFilter(facets)).toEqual({ roles: ['RESEARCHER'], departmentCode: '93' });
    expect(contactFilter({ ...EMPTY_CONTACT_FACETS, organisation: 'COLLECTIVITY', themes: ['formation'], q: 'x' })).toEqual({
      organizationKinds: ['COLLECTIVITY'], themes: ['formation'], search: 'x',
    });
    expect(contactFilter(EMPTY_CONTACT_FACETS)).toEqual({});
  });
});
