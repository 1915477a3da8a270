/** The action plan as CSV: one line per target, RFC 4180, defused against spreadsheet formulas. */
import { csvField } from '../../../components/network/exports';
import type { Language } from '../../../i18n/i18n';

export interface CsvTarget {
  currentIntensity: number;
  aimedIntensity: number;
  nextIntensity?: number | null;
  notes?: string | null;
  dueOn?: string | null;
  actor: { id: string; name: string };
  recommendedTool?: { title: string } | null;
}

export const CSV_HEADERS: Record<Language, string[]> = {
  fr: ['Acteur', 'Intensité actuelle', 'Intensité visée', 'Prochain niveau', 'Outil recommandé', 'Échéance', 'Notes', 'Identifiant'],
  en: ['Actor', 'Current intensity', 'Aimed intensity', 'Next level', 'Recommended tool', 'Due date', 'Notes', 'Id'],
};

/** With a byte-order mark, so that spreadsheets read it as UTF-8; CRLF line ends. */
export function targetsCsv(targets: readonly CsvTarget[], language: Language): string {
  const lines = [CSV_HEADERS[language].map(csvField).join(',')];
  for (const t of targets) {
    lines.push([
      t.actor.name, t.currentIntensity, t.aimedIntensity, t.nextIntensity ?? '', t.recommendedTool?.title ?? '', t.dueOn ?? '', t.notes ?? '', t.actor.id,
    ].map(csvField).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
