/** E-mails and phones are only given to signed-in people: say so, and where to sign in. */
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { useMessages, type Messages } from '../../i18n/i18n';
import './contacts.css';

const MESSAGES: Messages<{ note: string }> = {
  fr: { note: 'Connectez-vous pour voir les coordonnées' },
  en: { note: 'Sign in to see contact details' },
};

/** Nothing for a signed-in person; otherwise a link to the sign-in page. */
export function SignInNote() {
  const t = useMessages(MESSAGES);
  const { user } = useSession();
  if (user) return null;
  return (
    <p className="sign-in-note">
      <Link to="/connexion">{t.note}</Link>
    </p>
  );
}
