/** A contact's e-mail and phone, as the API returns them (only to signed-in people). */
import { useMessages, type Messages } from '../../i18n/i18n';
import './contacts.css';

const MESSAGES: Messages<{ email: string; phone: string }> = {
  fr: { email: 'Courriel', phone: 'Téléphone' },
  en: { email: 'E-mail', phone: 'Phone' },
};

export function ContactCoordinates({ email, phone }: { email?: string | null; phone?: string | null }) {
  const t = useMessages(MESSAGES);
  if (!email && !phone) return null;
  return (
    <dl className="coordinates">
      {email && (
        <div>
          <dt>{t.email}</dt>
          <dd><a href={`mailto:${email}`}>{email}</a></dd>
        </div>
      )}
      {phone && (
        <div>
          <dt>{t.phone}</dt>
          <dd><a href={`tel:${phone.replace(/[^\d+]/g, '')}`}>{phone}</a></dd>
        </div>
      )}
    </dl>
  );
}
