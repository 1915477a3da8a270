/** Create (/edition/interlocuteurs/nouveau) or edit (/edition/interlocuteurs/:id) a contact. */
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages, type Messages } from '../../i18n/i18n';
import { CONTACT_ROLES } from '../../ui/labels';
import { evictContactLists } from './cache';
import { EditorPage, FormSection, RecordMissing } from './EditorParts';
import { CheckboxGroup, TextField, enumOptions } from './fields';
import { CONTACT_ALIASES, CONTACT_KEYS, EMPTY_CONTACT, fromTerritory, joinThemes, toContactInput, type ContactFormState } from './formState';
import { clearDraft, draftKey } from './draft';
import { HistoryPanel } from './History';
import { CONTACT_MERGE } from './workspace/messages';
import { EDIT } from './messages';
import { ActorField, TerritoryFields } from './pickers';
import { useRecordEditor } from './useRecordEditor';
import { changedInput, useProposeMessages, useProposeMode } from './proposeMode';

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
    version
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
  const query = useQuery(ContactEditorQuery, { variables: { id } });
  const proposing = !!useProposeMode();
  const contactMerge = useMessages(CONTACT_MERGE);
  // A revert changes the record under the form: forget the draft, read the record again, remount the form.
  const [generation, setGeneration] = useState(0);
  const afterRevert = async () => {
    clearDraft(window.sessionStorage, draftKey('contact', id));
    await query.refetch();
    setGeneration((n) => n + 1);
  };
  if (!query.data?.contact) return <RecordMissing query={query} notFound={m.notFound} />;
  const record = readContact(query.data.contact);
  return (
    <>
      <ContactForm key={`${id}-${generation}`} record={record} />
      {!proposing && <HistoryPanel kind="contact" id={id} version={record.version} onReverted={afterRevert} />}
      {!proposing && !record.archivedAt && <p><Link to={`/edition/fusion-interlocuteurs?a=${id}`}>{contactMerge.link}</Link></p>}
    </>
  );
}

function ContactForm({ record }: { record?: ContactRecord }) {
  const t = useMessages(EDIT);
  const m = useMessages(MESSAGES);
  const { language } = useLanguage();
  const [create] = useMutation(CreateContactMutation);
  const [update] = useMutation(UpdateContactMutation);
  const [archive] = useMutation(ArchiveContactMutation);
  const evict = (s: ContactFormState) => (cache: ApolloCache) => evictContactLists(cache, [s.organization?.id, record?.organization?.id]);
  // In propose mode (/contribuer), saving sends a proposal instead (proposeMode.tsx).
  const propose = useProposeMode();
  const p = useProposeMessages();
  const initial = record ? contactFormFromRecord(record) : EMPTY_CONTACT;
  const editor = useRecordEditor({
    name: propose ? 'contact-proposal' : 'contact', id: record?.id, initial,
    keys: CONTACT_KEYS, aliases: CONTACT_ALIASES, editPath: '/edition/interlocuteurs',
    create: propose
      ? (s) => propose.create('Contact', toContactInput(s) as Record<string, unknown>, propose.note)
      : async (s) => (await create({ variables: { input: toContactInput(s) }, update: evict(s) })).data!.createContact.id,
    update: propose
      ? (id, s) => propose.update('Contact', id, {
        ...changedInput(toContactInput(initial) as Record<string, unknown>, toContactInput(s) as Record<string, unknown>), expectedVersion: record?.version,
      }, propose.note)
      : (id, s) => update({ variables: { id, input: { ...toContactInput(s), expectedVersion: record?.version } }, update: evict(s) }),
    archive: (id, s) => archive({ variables: { id }, update: evict(s) }),
    afterSave: propose?.afterSave,
  });
  const { form, state: s, set, draft } = editor;

  return (
    <EditorPage editor={editor} title={propose ? (record ? p.correctTitle(record.displayName) : p.newTitle.Contact) : record ? m.editTitle(record.displayName) : m.newTitle} recordUrl={record && contactUrl(record)}
      archived={!!record?.archivedAt} submitLabel={propose ? (record ? p.correct : p.submit) : record ? m.save : m.create}>
      <FormSection form={form} name="who" title={m.who}>
        <div className="grid-2">
          <TextField form={form} name="displayName" label={m.displayName} hint={m.displayNameHint} required value={s.displayName} onChange={set('displayName')} />
          <TextField form={form} name="jobTitle" label={m.jobTitle} value={s.jobTitle} onChange={set('jobTitle')} />
        </div>
        <CheckboxGroup form={form} name="roles" label={m.roles} required value={s.roles} onChange={set('roles')} options={enumOptions(CONTACT_ROLES, language)} />
        <ActorField form={form} name="organizationId" label={m.organization} hint={m.organizationHint} value={s.organization}
          onChange={(organization) => draft.update({ organization })} />
        <TextField form={form} name="themes" label={m.themes} hint={t.themesHint} value={s.themes} onChange={set('themes')} />
      </FormSection>
      <FormSection form={form} name="where" title={m.where}>
        <TerritoryFields form={form} value={s.territory} onChange={set('territory')} />
      </FormSection>
      <FormSection form={form} name="reach" title={m.reach}>
        <p className="hint">{m.reachHint}</p>
        <div className="grid-2">
          <TextField form={form} name="email" label={m.email} type="email" autoComplete="off" value={s.email} onChange={set('email')} />
          <TextField form={form} name="phone" label={m.phone} hint={m.phoneHint} type="tel" autoComplete="off" value={s.phone} onChange={set('phone')} />
        </div>
        <TextField form={form} name="lastVerifiedOn" label={m.lastVerifiedOn} hint={m.lastVerifiedOnHint} type="date" value={s.lastVerifiedOn} onChange={set('lastVerifiedOn')} />
      </FormSection>
    </EditorPage>
  );
}
