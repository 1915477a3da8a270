/** @jest-environment jsdom */
import { ALL_ACTOR_KINDS, DEFAULT_LEVELS, actorFilters, contactFilter, opportunityFilter, parseMapState, parseView, writeMapState } from './mapState';

const parse = (query: string) => parseMapState(new URLSearchParams(query));

describe('URL ⇄ map state', () => {
  it('reads an empty URL as the defaults: every kind, collectivités down to the EPCI, no territory', () => {
    const state = parse('');
    expect(state).toEqual({
      territory: null, kinds: ALL_ACTOR_KINDS, levels: DEFAULT_LEVELS, themes: [], oppKinds: [], q: '', choropleth: null, view: null, tiles: false,
    });
    expect(writeMapState(state).toString()).toBe('');
  });

  it('reads the brief example and writes it back unchanged', () => {
    const query = 'departement=42&kinds=LAB%2CUNIVERSITY&themes=innovation+publique%2Csant%C3%A9&oppKinds=CIFRE';
    const state = parse(query);
    expect(state.territory).toEqual({ level: 'departement', code: '42' });
    expect(state.kinds).toEqual(['LAB', 'UNIVERSITY']);
    expect(state.themes).toEqual(['innovation publique', 'santé']);
    expect(state.oppKinds).toEqual(['CIFRE']);
    expect(writeMapState(state).toString()).toBe(query);
  });

  it('keeps the finest territory and ignores malformed codes and unknown values', () => {
    expect(parse('region=84&departement=2a').territory).toEqual({ level: 'departement', code: '2A' });
    expect(parse('region=84&commune=42218').territory).toEqual({ level: 'commune', code: '42218' });
    expect(parse('epci=244200770').territory).toEqual({ level: 'epci', code: '244200770' });
    expect(parse('departement=4242').territory).toBeNull();
    expect(parse('region=84&departement=xx').territory).toEqual({ level: 'region', code: '84' });
    expect(parse('kinds=LAB,DRAGON,lab').kinds).toEqual(['LAB']);
    expect(parse('choropleth=volcanoes').choropleth).toBeNull();
    expect(parse('choropleth=opportunities').choropleth).toBe('opportunities');
  });

  it('tells an explicitly empty kind list from an absent one', () => {
    expect(parse('kinds=').kinds).toEqual([]);
    expect(writeMapState(parse('kinds=')).toString()).toBe('kinds=');
  });

  it('reads and writes the pan/zoom as zoom/lat/lng', () => {
    expect(parseView('9/45.4339/4.3872')).toEqual({ zoom: 9, lat: 45.4339, lng: 4.3872 });
    expect(parseView('9/95/4')).toBeNull();
    expect(parseView('nine/45/4')).toBeNull();
    const state = parse('view=7.5/46.1234567/2.5&q=saint%20etienne&tiles=1');
    expect(writeMapState(state).toString()).toBe('q=saint+etienne&view=8%2F46.1235%2F2.5000&tiles=1');
  });
});

describe('API filters', () => {
  it('asks separately for organisations and for collectivités of the chosen levels', () => {
    const { others, collectivities } = actorFilters(parse('departement=42&themes=recherche&q=mines'));
    expect(others).toEqual({ departmentCode: '42', themes: ['recherche'], search: 'mines', kinds: ALL_ACTOR_KINDS.filter((k) => k !== 'COLLECTIVITY') });
    expect(collectivities).toEqual({ departmentCode: '42', themes: ['recherche'], search: 'mines', kinds: ['COLLECTIVITY'], collectivityLevels: ['REGION', 'DEPARTMENT', 'EPCI'] });
  });

  it('leaves out a half nobody asked for', () => {
    expect(actorFilters(parse('kinds=LAB')).collectivities).toBeNull();
    expect(actorFilters(parse('kinds=COLLECTIVITY&levels=COMMUNE'))).toEqual({ others: null, collectivities: { kinds: ['COLLECTIVITY'], collectivityLevels: ['COMMUNE'] } });
    expect(actorFilters(parse('levels=')).collectivities).toBeNull();
    expect(actorFilters(parse('region=84'), false).others).not.toHaveProperty('regionCode');
  });

  it('scopes opportunities and contacts by territory, an EPCI through its département', () => {
    expect(opportunityFilter(parse('region=84&oppKinds=CIFRE'), null)).toEqual({ statuses: ['OPEN'], kinds: ['CIFRE'], regionCode: '84' });
    expect(opportunityFilter(parse('commune=42218'), '42')).toEqual({ statuses: ['OPEN'], communeCode: '42218' });
    expect(opportunityFilter(parse('epci=244200770'), '42')).toEqual({ statuses: ['OPEN'], departmentCode: '42' });
    expect(contactFilter(parse('commune=42218&themes=recherche'), '42')).toEqual({ themes: ['recherche'], departmentCode: '42' });
    expect(contactFilter(parse(''), null)).toEqual({});
  });
});
