/** @jest-environment jsdom */
import { boardFiltersToParams, hasActiveFilters, parseBoardFilters, toOpportunityFilter } from './filters';

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
      kinds: ['INTERNSHIP'], statuses: ['OPEN'], regionCode: '84', departmentCode: '42', themes: ['recherche'], deadlineAfter: '2026-01-01', deadlineBefore: '2026-06-30', search: 'stage',
    });
  });
});
