/** @jest-environment jsdom */
import { closingText, daysUntil } from './deadline';

const today = new Date(2026, 2, 10, 18, 30); // 10 March 2026, evening, local time

describe('"closes in N days"', () => {
  it('counts calendar days, whatever the hour', () => {
    expect(daysUntil('2026-03-10', today)).toBe(0);
    expect(daysUntil('2026-03-11', today)).toBe(1);
    expect(daysUntil('2026-04-09', today)).toBe(30);
    expect(daysUntil('2026-03-09', today)).toBe(-1);
  });

  it('counts across a daylight-saving change', () => {
    expect(daysUntil('2026-03-31', today)).toBe(21);
  });

  it('says it in French and in English when the deadline is near', () => {
    expect(closingText('2026-03-13', 'fr', today)).toBe('Clôture dans 3 jours');
    expect(closingText('2026-03-13', 'en', today)).toBe('Closes in 3 days');
    expect(closingText('2026-03-11', 'fr', today)).toBe('Clôture demain');
    expect(closingText('2026-03-10', 'en', today)).toBe('Closes today');
    expect(closingText('2026-03-01', 'fr', today)).toBe('Date limite passée');
  });

  it('says nothing when the deadline is far or unknown', () => {
    expect(closingText('2026-04-10', 'fr', today)).toBeNull();
    expect(closingText('2026-04-09', 'fr', today)).toBe('Clôture dans 30 jours');
    expect(closingText(null, 'fr', today)).toBeNull();
  });
});
