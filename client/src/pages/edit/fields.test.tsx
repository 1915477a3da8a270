/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { LanguageProvider } from '../../i18n/i18n';
import { enumOptions, SelectField, TextField, useEditForm } from './fields';

function Form() {
  const form = useEditForm('test', ['name', 'kind']);
  return (
    <>
      <TextField form={form} name="name" label="Nom" hint="Tel qu’il est connu." required value="Mines" onChange={() => undefined} />
      <SelectField form={form} name="kind" label="Type" value="" onChange={() => undefined} options={enumOptions({ LAB: { fr: 'Laboratoire', en: 'Research lab' } }, 'fr')} />
    </>
  );
}

it('labels each input, marks the required ones and ties the hint to the input', () => {
  render(<LanguageProvider initial="fr"><Form /></LanguageProvider>);
  const name = screen.getByRole('textbox', { name: 'Nom (obligatoire)' });
  expect(name).toHaveProperty('value', 'Mines');
  expect(name.getAttribute('aria-required')).toBe('true');
  expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('Tel qu’il est connu.');
  const kind = screen.getByRole('combobox', { name: 'Type' });
  expect(kind.getAttribute('aria-required')).toBeNull();
  expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['— Choisir —', 'Laboratoire']);
});
