/** The action plan's CSV parses back to the targets, quotes and line breaks included, formulas defused. */
import { parse } from 'csv-parse/sync';
import { CSV_HEADERS, targetsCsv } from './csv';

it('parses back to the same cells', () => {
  const targets = [
    { currentIntensity: 0, aimedIntensity: 3, nextIntensity: 1, notes: 'Ligne 1\n"cité", virgule ; point-virgule', dueOn: '2027-02-01', actor: { id: 'a1', name: 'Mines Saint-Étienne' }, recommendedTool: { title: 'Connaissance mutuelle' } },
    { currentIntensity: 5, aimedIntensity: 5, nextIntensity: null, notes: '=HYPERLINK("http://x")', dueOn: null, actor: { id: 'a2', name: '@Saint-Étienne' }, recommendedTool: null },
  ];
  const csv = targetsCsv(targets, 'fr');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = parse(csv.slice(1));
  expect(rows).toEqual([
    CSV_HEADERS.fr,
    ['Mines Saint-Étienne', '0', '3', '1', 'Connaissance mutuelle', '2027-02-01', 'Ligne 1\n"cité", virgule ; point-virgule', 'a1'],
    ["'@Saint-Étienne", '5', '5', '', '', '', `'=HYPERLINK("http://x")`, 'a2'],
  ]);
  expect(parse(targetsCsv(targets, 'en').slice(1))[0]).toEqual(CSV_HEADERS.en);
});
