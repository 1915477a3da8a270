/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { ContactCoordinates } from '../contacts/ContactCoordinates';
import { intensityMarks } from './intensity';
import { buildBreadcrumb } from './breadcrumb';
import { identifierList } from './identifiers';

describe('breadcrumb', () => {
  it('walks the nested parents from the top down to the direct parent', () => {
    const commune = {
      id: 'c', name: 'Saint-Étienne', kind: 'COLLECTIVITY', collectivityLevel: 'COMMUNE',
      parent: {
        id: 'e', name: 'Saint-Étienne Métropole', kind: 'COLLECTIVITY', collectivityLevel: 'EPCI',
        parent: {
          id: 'd', name: 'Loire', kind: 'COLLECTIVITY', collectivityLevel: 'DEPARTMENT',
          parent: { id: 'r', name: 'Auvergne-Rhône-Alpes', kind: 'COLLECTIVITY', collectivityLevel: 'REGION', parent: null },
        },
      },
    };
    expect(buildBreadcrumb(commune).map((crumb) => `${crumb.collectivityLevel} ${crumb.name}`)).toEqual([
      'REGION Auvergne-Rhône-Alpes', 'DEPARTMENT Loire', 'EPCI Saint-Étienne Métropole',
    ]);
  });

  it('handles a lab under a university, an actor without parent, and a loop', () => {
    expect(buildBreadcrumb({ id: 'l', name: 'Lab', kind: 'LAB', parent: { id: 'u', name: 'Université', kind: 'UNIVERSITY' } })).toEqual([
      { id: 'u', name: 'Université', kind: 'UNIVERSITY', collectivityLevel: null },
    ]);
    expect(buildBreadcrumb({ id: 'r', name: 'Bretagne', kind: 'COLLECTIVITY', parent: null })).toEqual([]);
    expect(buildBreadcrumb({ id: 'a', name: 'A', kind: 'LAB', parent: { id: 'b', name: 'B', kind: 'LAB', parent: { id: 'a', name: 'A', kind: 'LAB' } } }).map((c) => c.id)).toEqual(['b']);
  });
});

describe('identifiers', () => {
  it('lists only the identifiers present, labelled, in a fixed order', () => {
    expect(identifierList({ insee: '42218', siren: '214202186', rnsr: null, uai: '', ror: undefined }, 'fr')).toEqual([
      { key: 'insee', label: 'Code INSEE', value: '42218' },
      { key: 'siren', label: 'SIREN', value: '214202186', url: 'https://annuaire-entreprises.data.gouv.fr/entreprise/214202186' },
    ]);
    expect(identifierList({ ror: '02feahw73', rnsr: '200212720X' }, 'en').map((item) => [item.label, item.value, item.url])).toEqual([
      ['RNSR (French research structures)', '200212720X', undefined],
      ['ROR (Research Organization Registry)', '02feahw73', 'https://ror.org/02feahw73'],
    ]);
    expect(identifierList({}, 'fr')).toEqual([]);
  });
});

describe('partnership intensity', () => {
  it('draws five marks filled up to the level', () => {
    expect(intensityMarks(3)).toBe('●●●○○');
    expect(intensityMarks(5)).toBe('●●●●●');
    expect(intensityMarks(9)).toBe('●●●●●');
  });
});

describe('contact coordinates', () => {
  it('shows what the API returned, as links', () => {
    render(<ContactCoordinates email="a.b@example.org" phone="02 32 08 71 09" />);
    expect(screen.getByRole('link', { name: 'a.b@example.org' }).getAttribute('href')).toBe('mailto:a.b@example.org');
    expect(screen.getByRole('link', { name: '02 32 08 71 09' }).getAttribute('href')).toBe('tel:0232087109');
  });

  it('shows nothing when the API returned nothing (anonymous visitor)', () => {
    const { container } = render(<ContactCoordinates email={null} phone={null} />);
    expect(container.innerHTML).toBe('');
  });
});
