/** The actor's contacts: name, job title, roles; e-mail and phone when the API gives them (signed in). */
import { useSession } from '../../auth/session';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { CONTACT_ROLES, label } from '../../ui/labels';
import { ContactCoordinates } from '../contacts/ContactCoordinates';
import { SignInNote } from '../contacts/SignInNote';
import { ACTOR_MESSAGES } from './messages';

export const ActorContacts_actor = graphql(`
  fragment ActorContacts_actor on Actor {
    contacts { id displayName jobTitle roles email phone }
  }
`);

export function ActorContacts(props: { actor: FragmentType<typeof ActorContacts_actor> }) {
  const actor = getFragmentData(ActorContacts_actor, props.actor);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  const { user } = useSession();
  return (
    <section aria-labelledby="actor-contacts" className="actor-section">
      <h2 id="actor-contacts">{t.contacts}</h2>
      {actor.contacts == null ? (
        <p className="state" role="status">{t.unavailable}</p>
      ) : actor.contacts.length === 0 ? (
        <p className="state">{t.noContacts}</p>
      ) : (
        <>
          <SignInNote />
          <ul className="contact-list">
            {actor.contacts.map((contact) => (
              <li key={contact.id}>
                <h3>{contact.displayName}</h3>
                {contact.jobTitle && <p className="job">{contact.jobTitle}</p>}
                {contact.roles.length > 0 && (
                  <p className="roles">
                    <span className="visually-hidden">{t.roles}</span>
                    {contact.roles.map((role) => (
                      <span key={role} className="badge">{label(CONTACT_ROLES, role, language)}</span>
                    ))}
                  </p>
                )}
                <ContactCoordinates email={contact.email} phone={contact.phone} />
                {user && !contact.email && !contact.phone && <p className="state">{t.noCoordinates}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
