/** The levels a tool serves, as five numbered marks (filled when served) and in words. */
import { useMessages } from '../../i18n/i18n';
import { TOP_LEVEL } from './advice';
import { MARKS } from './messages';

export function IntensityMarks({ levels, showText = true }: { levels: readonly number[]; showText?: boolean }) {
  const t = useMessages(MARKS);
  const served = [...new Set(levels)].filter((n) => n >= 1 && n <= TOP_LEVEL).sort((a, b) => a - b);
  return (
    <span className="intensity">
      <span className="intensity-marks" aria-hidden="true">
        {Array.from({ length: TOP_LEVEL }, (_, i) => i + 1).map((n) => (
          <span key={n} className={served.includes(n) ? 'mark on' : 'mark'}>{n}</span>
        ))}
      </span>
      {showText && <span className="intensity-text">{served.length ? t.levels(served) : ''}</span>}
    </span>
  );
}
