/** Create (/edition/interlocuteurs/nouveau) or edit (/edition/interlocuteurs/:id) a contact. */
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages, type Messages } from '../../i18n/i18n';
import { CONTACT_ROLES } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { evictContactLists } from './cache';
import { ArchiveButton, BackToStart, SavedNotice } from './EditorParts';
import { CheckboxGroup, DraftNotice, ErrorSummary, RequiredNote, TextField, useEditForm } from './fields';
import { CONTACT_ALIASES, CONTACT_KEYS, EMPTY_CONTACT, fromTerritory, joinThemes, toContactInput, type ContactFormState } from './formState';
import { draftKey, useDraftState } from './draft';
import { EDIT } from './messages';
import { ActorField, TerritoryFields } from './pickers';

const MESSAGES: Messages<{
  newTitle: string; editTitle: (name: string) => string; notFound: string;
  who: string; where: string; reach: string; reachHint: string;
  displayName: string; displayNameHint: string; jobTitle: string; roles: string; organization: string; organizationHint: string; themes: string;
  email: string; phone: string; phoneHint: string; lastVerifiedOn: string; lastVerifiedOnHint: string; create: string; save: string;
}> = {
  fr: {
    newTitle: 'Nouvel interlocuteur', editTitle: (name) => `Modifier l’interlocuteur « ${name} »`, notFound: 'Cet interlocuteur n’existe pas.',
    who: 'Qui', where: 'Où', reach: 'Coordonnées professionnelles', reachHint: 'Seulement les coordonnées publiées par la source ; elles ne sont visibles que des personnes connectées.',
    displayName: 'Nom', displayNameHint: 'Tel que la personne est connue publiquement, par exemple « Marie Jaisson ».', jobTitle: 'Fonction',
    roles: 'Rôles', organization: 'Structure', organizationHint: 'L’acteur pour lequel la personne travaille.', themes: 'Thèmes',
    email: 'E-mail professionnel', phone: 'Téléphone professionnel', phoneHint: 'Par exemple +33 1 23 45 67 89.',
    lastVerifiedOn: 'Vérifié le', lastVerifiedOnHint: 'Jour où ces informations ont été vérifiées auprès de la source.',
    create: 'Créer l’interlocuteur', save: 'Enregistrer les modifications',
  },
  en: {
    newTitle: 'New contact', editTitle: (name) => `Edit the contact “${name}”`, notFound: 'This contact does not exist.',
    who: 'Who', where: 'Where', reach: 'Professional details', reachHint: 'Only details published by the source; only signed-in people see them.',
    displayName: 'Name', displayNameHint: 'As the person is publicly known, e.g. “Marie Jaisson”.', jobTitle: 'Job title',
    roles: 'Roles', organization: 'Organisation', organizationHint: 'The actor the person works for.', themes: 'Themes',
    email: 'Professional e-mail', phone: 'Professional phone', phoneHint: 'E.g. +33 1 23 45 67 89.',
    lastVerifiedOn: 'Checked on', lastVerifiedOnHint: 'Day these details were checked against the source.',
    create: 'Create the contact', save: 'Save changes',
  },
};

const ContactFormFragment = graphql(`
  fragment ContactForm_contact on Contact {
    id
    displayName
    jobTitle
    roles
    themes
    email
    phone
    lastVerifiedOn
    archivedAt
    organization { id name kind }
    territory { regionCode departmentCode communeCode communeName }
  }
`);

const ContactEditorQuery = graphql(`
  query ContactEditor($id: ID!) {
    contact(id: $id) { id ...ContactForm_contact }
  }
`);

const CreateContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) { id ...ContactForm_contact }
  }
`);

const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) { id ...ContactForm_contact }
  }
`);

const ArchiveContactMutation = graphql(`
  mutation ArchiveContact($id: ID!) {
    archiveContact(id: $id) { id archivedAt }
  }
`);

type ContactRecord = ReturnType<typeof readContact>;
function readContact(data: FragmentType<typeof ContactFormFragment>) {
  return getFragmentData(ContactFormFragment, data);
}

export function contactFormFromRecord(record: ContactRecord): ContactFormState {
  return {
    displayName: record.displayName,
    jobTitle: record.jobTitle ?? '',
    roles: [...record.roles],
    organization: record.organization ? { id: record.organization.id, name: record.organization.name, kind: record.organization.kind } : null,
    themes: joinThemes(record.themes),
    territory: fromTerritory(record.territory),
    email: record.email ?? '',
    phone: record.phone ?? '',
    lastVerifiedOn: record.lastVerifiedOn ?? '',
  };
}

/** Contacts are listed on /interlocuteurs; a contact's own page is its organisation's, when it has one. */
function contactUrl(record: ContactRecord): string {
  return record.organization ? `/acteurs/${record.organization.id}` : `/interlocuteurs?q=${encodeURIComponent(record.displayName)}`;
}

export function ContactEditor() {
  const { id } = useParams();
  return id ? <ExistingContact id={id} /> : <ContactForm key="new" />;
}

function ExistingContact({ id }: { id: string }) {
  const m = useMessages(MESSAGES);
  const { data, loading, error, refetch } = useQuery(ContactEditorQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data?.contact) return <><h1>{m.notFound}</h1><Empty>{m.notFound}</Empty><BackToStart /></>;
  return <ContactForm key={id} record={readContact(data.contact)} />;
}

function ContactForm({ record }: { record?: ContactRecord }) {
  const t = useMessages(EDIT);
  const m = useMessages(MESSAGES);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const initial = record ? contactFormFromRecord(record) : EMPTY_CONTACT;
  const draft = useDraftState(draftKey('contact', record?.id), initial);
  const form = useEditForm(record ? `contact-${record.id}` : 'contact-new', CONTACT_KEYS, CONTACT_ALIASES);
  const archiveForm = useEditForm('contact-archive', []);
  const [create] = useMutation(CreateContactMutation);
  const [update] = useMutation(UpdateContactMutation);
  const [archive] = useMutation(ArchiveContactMutation);
  const s = draft.value;
  const set = <K extends keyof ContactFormState>(key: K) => (value: ContactFormState[K]) => draft.update({ [key]: value } as Partial<ContactFormState>);
  const related = () => [s.organization?.id, record?.organization?.id];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toContactInput(s);
    if (!record) {
      let createdId = '';
      const ok = await form.run(async () => {
        const result = await create({ variables: { input }, update: (cache) => evictContactLists(cache, related()) });
        createdId = result.data!.createContact.id;
      });
      if (ok) {
        draft.clear();
        navigate(`/edition/interlocuteurs/${createdId}?statut=cree`);
      }
    } else {
      const ok = await form.run(() => update({ variables: { id: record.id, input }, update: (cache) => evictContactLists(cache, related()) }));
      if (ok) {
        draft.clear();
        setParams({ statut: 'enregistre', n: String(Date.now()) });
      }
    }
  };

  const onArchive = async () => {
    if (!record) return;
    const ok = await archiveForm.run(() => archive({ variables: { id: record.id }, update: (cache) => evictContactLists(cache, related()) }));
    if (ok) {
      draft.clear();
      setParams({ statut: 'archive', n: String(Date.now()) });
    }
  };

  const roles = Object.entries(CONTACT_ROLES).map(([value, labels]) => ({ value, label: labels[language] }));

  return (
    <div className="editor">
      <BackToStart />
      <h1>{record ? m.editTitle(record.displayName) : m.newTitle}</h1>
      {record && <SavedNotice recordUrl={contactUrl(record)} />}
      <DraftNotice restored={draft.restored} onDiscard={() => draft.reset(initial)} />
      <ErrorSummary form={form} />
      <form noValidate onSubmit={submit} className="edit-form" aria-busy={form.busy || undefined}>
        <RequiredNote />
        <section aria-labelledby={`${form.id}-who`}>
          <h2 id={`${form.id}-who`}>{m.who}</h2>
          <div className="grid-2">
            <TextField form={form} name="displayName" label={m.displayName} hint={m.displayNameHint} required value={s.displayName} onChange={set('displayName')} />
            <TextField form={form} name="jobTitle" label={m.jobTitle} value={s.jobTitle} onChange={set('jobTitle')} />
          </div>
          <CheckboxGroup form={form} name="roles" label={m.roles} required value={s.roles} onChange={set('roles')} options={roles} />
          <ActorField form={form} name="organizationId" label={m.organization} hint={m.organizationHint} value={s.organization}
            onChange={(organization) => draft.update({ organization })} />
          <TextField form={form} name="themes" label={m.themes} hint={t.themesHint} value={s.themes} onChange={set('themes')} />
        </section>
        <section aria-labelledby={`${form.id}-where`}>
          <h2 id={`${form.id}-where`}>{m.where}</h2>
          <TerritoryFields form={form} value={s.territory} onChange={set('territory')} />
        </section>
        <section aria-labelledby={`${form.id}-reach`}>
          <h2 id={`${form.id}-reach`}>{m.reach}</h2>
          <p className="hint">{m.reachHint}</p>
          <div className="grid-2">
            <TextField form={form} name="email" label={m.email} type="email" autoComplete="off" value={s.email} onChange={set('email')} />
            <TextField form={form} name="phone" label={m.phone} hint={m.phoneHint} type="tel" autoComplete="off" value={s.phone} onChange={set('phone')} />
          </div>
          <TextField form={form} name="lastVerifiedOn" label={m.lastVerifiedOn} hint={m.lastVerifiedOnHint} type="date" value={s.lastVerifiedOn} onChange={set('lastVerifiedOn')} />
        </section>
        <div className="actions">
          <button type="submit" disabled={form.busy}>{form.busy ? t.saving : record ? m.save : m.create}</button>
        </div>
      </form>
      {record && (
        <section className="danger-zone" aria-label={t.archive}>
          <ErrorSummary form={archiveForm} />
          <ArchiveButton onArchive={() => void onArchive()} busy={archiveForm.busy} archived={!!record.archivedAt} />
        </section>
      )}
    </div>
  );
}
