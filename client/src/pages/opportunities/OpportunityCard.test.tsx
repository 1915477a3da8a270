/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { makeFragmentData } from '../../gql';
import { LanguageProvider } from '../../i18n/i18n';
import { OpportunityCard, OpportunityCard_opportunity, placeOf } from './OpportunityCard';

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const opportunity = (deadline: string | null) => makeFragmentData({
  id: 'o1', kind: 'INTERNSHIP', status: 'OPEN', title: 'Stage de master', deadline, placeName: 'Saint-Étienne',
  host: { id: 'h1', name: 'Mines Saint-Étienne' },
  territory: { communeName: 'Saint-Étienne', departmentName: 'Loire', regionName: 'Auvergne-Rhône-Alpes' },
  tool: { slug: 'apprentissage-stages', title: 'Apprentissage et accueil de stagiaires' },
}, OpportunityCard_opportunity);

it('shows kind, title, host, place, deadline and tool, with links', () => {
  render(<LanguageProvider initial="fr"><MemoryRouter><OpportunityCard opportunity={opportunity(inDays(5))} /></MemoryRouter></LanguageProvider>);
  expect(screen.getByText('Stage')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Stage de master' }).getAttribute('href')).toBe('/opportunites/o1');
  expect(screen.getByRole('link', { name: 'Mines Saint-Étienne' }).getAttribute('href')).toBe('/acteurs/h1');
  expect(screen.getByRole('link', { name: 'Apprentissage et accueil de stagiaires' }).getAttribute('href')).toBe('/boite-a-outils/apprentissage-stages');
  expect(screen.getByText('Saint-Étienne, Loire')).toBeTruthy();
  expect(screen.getByText(/Clôture dans 5 jours/)).toBeTruthy();
});

it('says when no deadline is given', () => {
  render(<LanguageProvider initial="en"><MemoryRouter><OpportunityCard opportunity={opportunity(null)} /></MemoryRouter></LanguageProvider>);
  expect(screen.getByText('No deadline given')).toBeTruthy();
  expect(screen.queryByText(/Closes/)).toBeNull();
});

it('words the place from the posting first, then the territory', () => {
  expect(placeOf(null, { communeName: 'Reims', departmentName: 'Marne', regionName: 'Grand Est' })).toBe('Reims, Marne');
  expect(placeOf('Plaine Commune (Seine-Saint-Denis)', { departmentName: 'Seine-Saint-Denis', regionName: 'Île-de-France' })).toBe('Plaine Commune (Seine-Saint-Denis), Île-de-France');
  expect(placeOf(null, {})).toBe('');
});
