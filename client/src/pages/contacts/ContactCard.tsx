/** One contact: name, job title, roles, organisation (link), territory, and coordinates when given. */
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { CONTACT_ROLES, label } from '../../ui/labels';
import { formatPlace } from '../search/place';
import { ContactCoordinates } from './ContactCoordinates';
import { SuggestCorrection, VerifiedBy } from '../contribute/RecordVerification';
import { CONTACTS_MESSAGES } from './messages';

export const ContactCard_contact = graphql(`
  fragment ContactCard_contact on Contact {
    id
    displayName
    jobTitle
    roles
    themes
    email
    phone
    organization { id name }
    territory { communeName departmentName departmentCode regionName }
    verifiedBy
    verifiedAt
  }
`);

export const ContactCard = forwardRef<HTMLHeadingElement, { contact: FragmentType<typeof ContactCard_contact> }>(function ContactCard(props, ref) {
  const contact = getFragmentData(ContactCard_contact, props.contact);
  const t = useMessages(CONTACTS_MESSAGES);
  const { language } = useLanguage();
  const { user } = useSession();
  const place = formatPlace(contact.territory);
  return (
    <li className="contact-card">
      <h3 ref={ref} tabIndex={ref ? -1 : undefined}>{contact.displayName}</h3>
      {contact.jobTitle && <p>{contact.jobTitle}</p>}
      {contact.roles.length > 0 && (
        <p className="roles">
          <span className="visually-hidden">{t.roles}</span>
          {contact.roles.map((role) => (
            <span key={role} className="badge">{label(CONTACT_ROLES, role, language)}</span>
          ))}
        </p>
      )}
      {contact.organization && (
        <p>
          <span className="visually-hidden">{t.organisationOf}</span>
          <Link to={`/acteurs/${encodeURIComponent(contact.organization.id)}`}>{contact.organization.name}</Link>
        </p>
      )}
      {place && (
        <p className="place">
          <span className="visually-hidden">{t.place}</span>
          {place}
        </p>
      )}
      {contact.themes.length > 0 && (
        <p className="themes">
          <span className="visually-hidden">{t.themesOf}</span>
          {contact.themes.join(', ')}
        </p>
      )}
      <p className="verification">
        <VerifiedBy verifiedBy={contact.verifiedBy} verifiedAt={contact.verifiedAt} />{' '}
        <SuggestCorrection to={`/contribuer/interlocuteurs/${contact.id}`} name={contact.displayName} />
      </p>
      <ContactCoordinates email={contact.email} phone={contact.phone} />
      {user && !contact.email && !contact.phone && <p className="state">{t.noCoordinates}</p>}
    </li>
  );
});
