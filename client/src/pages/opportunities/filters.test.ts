/** @jest-environment jsdom */
import { boardFiltersToParams, cutOffAfter, hasActiveFilters, parseBoardFilters, toOpportunityFilter } from './filters';

const parse = (query: string) => parseBoardFilters(new URLSearchParams(query));

describe('URL ⇄ board filters', () => {
  it('defaults to open opportunities of every kind, everywhere', () => {
    expect(parse('')).toEqual({ kinds: [], statuses: ['OPEN'], region: '', department: '', theme: '', after: '', before: '', q: '' });
    expect(hasActiveFilters(parse(''))).toBe(false);
    expect(boardFiltersToParams(parse('')).toString()).toBe('');
  });

  it('reads every filter and writes it back the same way', () => {
    const query = 'q=non+participation&kinds=CIFRE%2CINTERNSHIP&statuses=OPEN%2CCLOSED&region=84&departement=42&theme=recherche&after=2026-01-01&before=2026-06-30';
    const filters = parse(query);
    expect(filters).toEqual({
      kinds: ['CIFRE', 'INTERNSHIP'], statuses: ['OPEN', 'CLOSED'], region: '84', department: '42',
      theme: 'recherche', after: '2026-01-01', before: '2026-06-30', q: 'non participation',
    });
    expect(boardFiltersToParams(filters).toString()).toBe(query);
  });

  it('keeps kinds in a stable order and drops unknown values', () => {
    const filters = parse('kinds=JOB,nonsense,cifre&statuses=DRAFT,FILLED&region=<script>&after=2026-13-45&before=tomorrow');
    expect(filters.kinds).toEqual(['CIFRE', 'JOB']);
    expect(filters.statuses).toEqual(['FILLED']);
    expect(filters.region).toBe('');
    expect(filters.after).toBe('');
    expect(filters.before).toBe('');
  });

  it('tells "no status ticked" (every published one) apart from the default', () => {
    const all = parse('statuses=');
    expect(all.statuses).toEqual([]);
    expect(boardFiltersToParams(all).toString()).toBe('statuses=');
    expect(toOpportunityFilter(all).statuses).toBeUndefined();
    expect(boardFiltersToParams(parse('statuses=OPEN')).toString()).toBe('');
  });

  it('accepts Corsican département codes', () => {
    expect(parse('departement=2a').department).toBe('2A');
  });
});

describe('the API filter', () => {
  it('maps each filter to its API field, the theme as a lower-case keyword', () => {
    expect(toOpportunityFilter(parse('kinds=INTERNSHIP&region=84&departement=42&theme=Recherche&after=2026-01-01&before=2026-06-30&q=stage'))).toEqual({
      kinds: ['INTERNSHIP'], statuses: ['OPEN'], regionCode: '84', departmentCode: '42', themes: ['recherche'], deadlineAfter: '2026-01-01', search: 'stage',
    });
  });
});

describe('closing before a day', () => {
  const nodes = [{ deadline: '2026-03-01' }, { deadline: '2026-04-15' }, { deadline: '2026-07-01' }, { deadline: null }];

  it('keeps those closing on or before the day, and knows the list is complete once one closes later', () => {
    const result = cutOffAfter(nodes, '2026-04-15', { ordered: true, hasNextPage: true });
    expect(result.nodes).toEqual(nodes.slice(0, 2));
    expect(result.complete).toBe(true);
  });

  it('cannot tell yet while every loaded one closes before the day', () => {
    expect(cutOffAfter(nodes.slice(0, 2), '2026-05-01', { ordered: true, hasNextPage: true }).complete).toBe(false);
    expect(cutOffAfter(nodes.slice(0, 2), '2026-05-01', { ordered: true, hasNextPage: false }).complete).toBe(true);
  });

  it('waits for the last page when a text search ranks the results', () => {
    expect(cutOffAfter(nodes, '2026-04-15', { ordered: false, hasNextPage: true }).complete).toBe(false);
  });

  it('changes nothing without a day', () => {
    expect(cutOffAfter(nodes, '', { ordered: true, hasNextPage: true })).toEqual({ nodes, complete: false });
  });
});
