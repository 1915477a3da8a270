/** "Créer une alerte" on the opportunities board: opens /alertes/nouvelle with the board's current filters. */
import { Link, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/i18n';
import { ALERTS } from './messages';

export function CreateAlertLink() {
  const t = useMessages(ALERTS);
  const [params] = useSearchParams();
  const query = params.toString();
  return (
    <p className="create-alert">
      <Link className="button secondary" to={`/alertes/nouvelle${query ? `?${query}` : ''}`} aria-describedby="create-alert-hint">{t.createFromBoard}</Link>{' '}
      <span className="hint" id="create-alert-hint">{t.createFromBoardHint}</span>
    </p>
  );
}
