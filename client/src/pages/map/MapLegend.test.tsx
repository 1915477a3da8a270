/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { LanguageProvider } from '../../i18n/i18n';
import { MapLegend } from './MapLegend';

describe('MapLegend', () => {
  it('names each kind shown, explains clusters, and lists the choropleth classes', () => {
    render(
      <LanguageProvider initial="fr">
        <MapLegend kinds={['LAB', 'COLLECTIVITY']} choropleth={{ what: 'opportunities', classes: [{ min: 1, max: 1, colour: '#6baed6' }, { min: 2, max: 5, colour: '#08519c' }] }} />
      </LanguageProvider>,
    );
    expect(screen.getByText('Laboratoire')).toBeTruthy();
    expect(screen.getByText('Collectivité')).toBeTruthy();
    expect(screen.queryByText('Association')).toBeNull();
    expect(screen.getByText(/cercles chiffrés regroupent/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: "Nombre d'opportunités ouvertes par département" })).toBeTruthy();
    expect(screen.getByText('Aucun')).toBeTruthy();
    expect(screen.getByText('2 à 5')).toBeTruthy();
  });

  it('speaks English on request and shows no choropleth legend without one', () => {
    render(
      <LanguageProvider initial="en">
        <MapLegend kinds={['UNIVERSITY']} choropleth={null} />
      </LanguageProvider>,
    );
    expect(screen.getByText('University or school')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /per département/ })).toBeNull();
  });
});
