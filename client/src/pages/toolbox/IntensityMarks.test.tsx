/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { LanguageProvider } from '../../i18n/i18n';
import { IntensityMarks } from './IntensityMarks';

it('shows five numbered marks, the served ones filled, and says the levels in words', () => {
  const { container } = render(<LanguageProvider initial="fr"><IntensityMarks levels={[4, 3]} /></LanguageProvider>);
  expect(screen.getByText("Niveaux d'intensité 3 et 4")).toBeTruthy();
  const marks = [...container.querySelectorAll('.mark')];
  expect(marks.map((m) => m.textContent)).toEqual(['1', '2', '3', '4', '5']);
  expect(marks.map((m) => m.classList.contains('on'))).toEqual([false, false, true, true, false]);
});

it('speaks English too', () => {
  render(<LanguageProvider initial="en"><IntensityMarks levels={[1]} /></LanguageProvider>);
  expect(screen.getByText('Intensity level 1')).toBeTruthy();
});
