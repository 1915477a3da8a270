/** How far a deadline is, in calendar days, and how to say it. */
import type { Language } from '../../i18n/i18n';

/** Deadlines this close (in days) are flagged "closes in N days". */
export const SOON_DAYS = 30;

/** Calendar days from `today` (local day) to `deadline` (YYYY-MM-DD): 0 today, 1 tomorrow, negative when past. */
export function daysUntil(deadline: string, today: Date = new Date()): number {
  const [year, month, day] = deadline.split('-').map(Number);
  const target = Date.UTC(year, month - 1, day);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - start) / 86_400_000);
}

/** "Clôture dans 3 jours" when the deadline is near, "Date limite passée" when over, null otherwise. */
export function closingText(deadline: string | null | undefined, language: Language, today: Date = new Date()): string | null {
  if (!deadline) return null;
  const days = daysUntil(deadline, today);
  if (days > SOON_DAYS) return null;
  if (language === 'fr') {
    if (days < 0) return 'Date limite passée';
    if (days === 0) return "Clôture aujourd'hui";
    if (days === 1) return 'Clôture demain';
    return `Clôture dans ${days} jours`;
  }
  if (days < 0) return 'Deadline passed';
  if (days === 0) return 'Closes today';
  if (days === 1) return 'Closes tomorrow';
  return `Closes in ${days} days`;
}
