/** Create (/edition/acteurs/nouveau) or edit (/edition/acteurs/:id) an actor, and its partnerships. */
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages, type Messages } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS } from '../../ui/labels';
import { evictActorLists } from './cache';
import { EditorPage, FormSection, RecordMissing } from './EditorParts';
import { SelectField, TextAreaField, TextField, enumOptions } from './fields';
import { ACTOR_KEYS, EMPTY_ACTOR, TERRITORY_ALIASES, fromTerritory, joinThemes, toActorInput, type ActorFormState } from './formState';
import { clearDraft, draftKey } from './draft';
import { HistoryPanel } from './History';
import { EDIT } from './messages';
import { Partnerships } from './Partnerships';
import { PossibleDuplicates } from './PossibleDuplicates';
import { ActorField, TerritoryFields } from './pickers';
import { useRecordEditor } from './useRecordEditor';
import { changedInput, useProposeMessages, useProposeMode } from './proposeMode';

const MESSAGES: Messages<{
  newTitle: string; editTitle: (name: string) => string; notFound: string;
  essentials: string; where: string; identifiers: string; identifiersHint: string;
  kind: string; collectivityLevel: string; name: string; acronym: string; description: string; themes: string; website: string; websiteHint: string;
  siren: string; rnsr: string; uai: string; ror: string; insee: string; sirenHint: string; rnsrHint: string; uaiHint: string; rorHint: string; inseeHint: string;
  parent: string; parentHint: string; create: string; save: string;
}> = {
  fr: {
    newTitle: 'Nouvel acteur', editTitle: (name) => `Modifier l’acteur « ${name} »`, notFound: 'Cet acteur n’existe pas.',
    essentials: 'L’essentiel', where: 'Où et rattachement', identifiers: 'Identifiants officiels', identifiersHint: 'Facultatifs : laissez vide ce que vous ne connaissez pas.',
    kind: 'Type d’acteur', collectivityLevel: 'Niveau de la collectivité', name: 'Nom', acronym: 'Sigle', description: 'Description', themes: 'Thèmes',
    website: 'Site web', websiteHint: 'Adresse commençant par https://',
    siren: 'SIREN', rnsr: 'Numéro RNSR', uai: 'UAI', ror: 'Identifiant ROR', insee: 'Code INSEE',
    sirenHint: '9 chiffres.', rnsrHint: 'Par exemple 200212720X.', uaiHint: 'Par exemple 0751717J.', rorHint: 'Par exemple 02feahw73.', inseeHint: 'Code de la commune, du département ou de la région.',
    parent: 'Rattachement', parentHint: 'La structure au-dessus : université d’un laboratoire, intercommunalité d’une commune…',
    create: 'Créer l’acteur', save: 'Enregistrer les modifications',
  },
  en: {
    newTitle: 'New actor', editTitle: (name) => `Edit the actor “${name}”`, notFound: 'This actor does not exist.',
    essentials: 'Essentials', where: 'Where and parent', identifiers: 'Official identifiers', identifiersHint: 'Optional: leave empty what you do not know.',
    kind: 'Kind of actor', collectivityLevel: 'Level of the local authority', name: 'Name', acronym: 'Acronym', description: 'Description', themes: 'Themes',
    website: 'Website', websiteHint: 'Address starting with https://',
    siren: 'SIREN', rnsr: 'RNSR number', uai: 'UAI', ror: 'ROR identifier', insee: 'INSEE code',
    sirenHint: '9 digits.', rnsrHint: 'E.g. 200212720X.', uaiHint: 'E.g. 0751717J.', rorHint: 'E.g. 02feahw73.', inseeHint: 'Code of the municipality, département or region.',
    parent: 'Parent', parentHint: 'The structure above: a lab’s university, a municipality’s intercommunality…',
    create: 'Create the actor', save: 'Save changes',
  },
};

const ActorFormFragment = graphql(`
  fragment ActorForm_actor on Actor {
    id
    version
    kind
    collectivityLevel
    name
    acronym
    description
    themes
    website
    archivedAt
    identifiers { insee siren rnsr uai ror }
    territory { regionCode departmentCode communeCode communeName }
    parent { id name kind }
  }
`);

const ActorEditorQuery = graphql(`
  query ActorEditor($id: ID!) {
    actor(id: $id) { id ...ActorForm_actor }
  }
`);

const CreateActorMutation = graphql(`
  mutation CreateActor($input: CreateActorInput!) {
    createActor(input: $input) { id ...ActorForm_actor }
  }
`);

const UpdateActorMutation = graphql(`
  mutation UpdateActor($id: ID!, $input: UpdateActorInput!) {
    updateActor(id: $id, input: $input) { id ...ActorForm_actor }
  }
`);

const ArchiveActorMutation = graphql(`
  mutation ArchiveActor($id: ID!) {
    archiveActor(id: $id) { id archivedAt }
  }
`);

type ActorRecord = ReturnType<typeof readActor>;
function readActor(data: FragmentType<typeof ActorFormFragment>) {
  return getFragmentData(ActorFormFragment, data);
}

export function actorFormFromRecord(record: ActorRecord): ActorFormState {
  return {
    kind: record.kind,
    collectivityLevel: record.collectivityLevel ?? '',
    name: record.name,
    acronym: record.acronym ?? '',
    description: record.description ?? '',
    themes: joinThemes(record.themes),
    website: record.website ?? '',
    identifiers: {
      insee: record.identifiers.insee ?? '', siren: record.identifiers.siren ?? '', rnsr: record.identifiers.rnsr ?? '',
      uai: record.identifiers.uai ?? '', ror: record.identifiers.ror ?? '',
    },
    territory: fromTerritory(record.territory),
    parent: record.parent ? { id: record.parent.id, name: record.parent.name, kind: record.parent.kind } : null,
  };
}

export function ActorEditor() {
  const { id } = useParams();
  return id ? <ExistingActor id={id} /> : <ActorForm key="new" />;
}

function ExistingActor({ id }: { id: string }) {
  const m = useMessages(MESSAGES);
  const query = useQuery(ActorEditorQuery, { variables: { id } });
  const proposing = !!useProposeMode();
  // A revert changes the record under the form: forget the draft, read the record again, remount the form.
  const [generation, setGeneration] = useState(0);
  const afterRevert = async () => {
    clearDraft(window.sessionStorage, draftKey('actor', id));
    await query.refetch();
    setGeneration((n) => n + 1);
  };
  if (!query.data?.actor) return <RecordMissing query={query} notFound={m.notFound} />;
  const record = readActor(query.data.actor);
  return (
    <>
      <ActorForm key={`${id}-${generation}`} record={record} />
      {!record.archivedAt && !proposing && <Partnerships actorId={id} />}
      {!proposing && <HistoryPanel kind="actor" id={id} version={record.version} onReverted={afterRevert} />}
    </>
  );
}

function ActorForm({ record }: { record?: ActorRecord }) {
  const t = useMessages(EDIT);
  const m = useMessages(MESSAGES);
  const { language } = useLanguage();
  const [create] = useMutation(CreateActorMutation);
  const [update] = useMutation(UpdateActorMutation);
  const [archive] = useMutation(ArchiveActorMutation);
  const evict = (s: ActorFormState) => (cache: ApolloCache) => evictActorLists(cache, [s.parent?.id, record?.parent?.id, record?.id]);
  // In propose mode (/contribuer), saving sends a proposal instead (proposeMode.tsx).
  const propose = useProposeMode();
  const p = useProposeMessages();
  const initial = record ? actorFormFromRecord(record) : EMPTY_ACTOR;
  const editor = useRecordEditor({
    name: propose ? 'actor-proposal' : 'actor', id: record?.id, initial,
    keys: ACTOR_KEYS, aliases: TERRITORY_ALIASES, editPath: '/edition/acteurs',
    create: propose
      ? (s) => propose.create('Actor', toActorInput(s) as Record<string, unknown>, propose.note)
      : async (s) => (await create({ variables: { input: toActorInput(s) }, update: evict(s) })).data!.createActor.id,
    update: propose
      ? (id, s) => propose.update('Actor', id, {
        ...changedInput(toActorInput(initial) as Record<string, unknown>, toActorInput(s) as Record<string, unknown>), expectedVersion: record?.version,
      }, propose.note)
      : (id, s) => update({ variables: { id, input: { ...toActorInput(s), expectedVersion: record?.version } }, update: evict(s) }),
    archive: (id, s) => archive({ variables: { id }, update: evict(s) }),
    afterSave: propose?.afterSave,
  });
  const { form, state: s, set, draft } = editor;
  const setIdentifier = (key: keyof ActorFormState['identifiers']) => (value: string) =>
    draft.update((current) => ({ ...current, identifiers: { ...current.identifiers, [key]: value } }));
  const identifierHints = { siren: m.sirenHint, rnsr: m.rnsrHint, uai: m.uaiHint, ror: m.rorHint, insee: m.inseeHint };

  return (
    <EditorPage editor={editor} title={propose ? (record ? p.correctTitle(record.name) : p.newTitle.Actor) : record ? m.editTitle(record.name) : m.newTitle} recordUrl={record && `/acteurs/${record.id}`}
      archived={!!record?.archivedAt} submitLabel={propose ? (record ? p.correct : p.submit) : record ? m.save : m.create}>
      <FormSection form={form} name="essentials" title={m.essentials}>
        <div className="grid-2">
          <SelectField form={form} name="kind" label={m.kind} required value={s.kind} onChange={set('kind')} options={enumOptions(ACTOR_KINDS, language)} />
          {s.kind === 'COLLECTIVITY' && (
            <SelectField form={form} name="collectivityLevel" label={m.collectivityLevel} required value={s.collectivityLevel} onChange={set('collectivityLevel')}
              options={enumOptions(COLLECTIVITY_LEVELS, language)} />
          )}
        </div>
        <div className="grid-2">
          <TextField form={form} name="name" label={m.name} required value={s.name} onChange={set('name')} />
          <TextField form={form} name="acronym" label={m.acronym} value={s.acronym} onChange={set('acronym')} />
        </div>
        <TextAreaField form={form} name="description" label={m.description} value={s.description} onChange={set('description')} rows={5} />
        <TextField form={form} name="themes" label={m.themes} hint={t.themesHint} value={s.themes} onChange={set('themes')} />
        <TextField form={form} name="website" label={m.website} hint={m.websiteHint} type="url" value={s.website} onChange={set('website')} />
      </FormSection>
      <FormSection form={form} name="where" title={m.where}>
        <TerritoryFields form={form} value={s.territory} onChange={set('territory')} />
        <ActorField form={form} name="parentId" label={m.parent} hint={m.parentHint} value={s.parent} onChange={(parent) => draft.update({ parent })}
          excludeIds={record ? [record.id] : []} />
      </FormSection>
      <FormSection form={form} name="identifiers" title={m.identifiers}>
        <p className="hint">{m.identifiersHint}</p>
        <div className="grid-3">
          {(['siren', 'rnsr', 'uai', 'ror', 'insee'] as const).map((key) => (
            <TextField key={key} form={form} name={`identifiers.${key}`} label={m[key]} hint={identifierHints[key]} value={s.identifiers[key]} onChange={setIdentifier(key)} />
          ))}
        </div>
      </FormSection>
      {/* Editors and contributors alike see likely duplicates before saving; only editors merge. */}
      <PossibleDuplicates state={s} excludeId={record?.id} canMerge={!propose} />
    </EditorPage>
  );
}
