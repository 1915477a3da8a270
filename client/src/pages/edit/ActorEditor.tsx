/** Create (/edition/acteurs/nouveau) or edit (/edition/acteurs/:id) an actor, and its partnerships. */
import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages, type Messages } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { evictActorLists } from './cache';
import { ArchiveButton, BackToStart, SavedNotice } from './EditorParts';
import { DraftNotice, ErrorSummary, RequiredNote, SelectField, TextAreaField, TextField, useEditForm } from './fields';
import { ACTOR_KEYS, EMPTY_ACTOR, TERRITORY_ALIASES, fromTerritory, joinThemes, toActorInput, type ActorFormState } from './formState';
import { draftKey, useDraftState } from './draft';
import { EDIT } from './messages';
import { Partnerships } from './Partnerships';
import { ActorField, TerritoryFields } from './pickers';

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
  const { data, loading, error, refetch } = useQuery(ActorEditorQuery, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data?.actor) return <><h1>{m.notFound}</h1><Empty>{m.notFound}</Empty><BackToStart /></>;
  const record = readActor(data.actor);
  return (
    <>
      <ActorForm key={id} record={record} />
      {!record.archivedAt && <Partnerships actorId={id} />}
    </>
  );
}

function ActorForm({ record }: { record?: ActorRecord }) {
  const t = useMessages(EDIT);
  const m = useMessages(MESSAGES);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const initial = record ? actorFormFromRecord(record) : EMPTY_ACTOR;
  const draft = useDraftState(draftKey('actor', record?.id), initial);
  const form = useEditForm(record ? `actor-${record.id}` : 'actor-new', ACTOR_KEYS, TERRITORY_ALIASES);
  const archiveForm = useEditForm('actor-archive', []);
  const [create] = useMutation(CreateActorMutation);
  const [update] = useMutation(UpdateActorMutation);
  const [archive] = useMutation(ArchiveActorMutation);
  const s = draft.value;
  const set = <K extends keyof ActorFormState>(key: K) => (value: ActorFormState[K]) => draft.update({ [key]: value } as Partial<ActorFormState>);
  const setIdentifier = (key: keyof ActorFormState['identifiers']) => (value: string) =>
    draft.update((current) => ({ ...current, identifiers: { ...current.identifiers, [key]: value } }));
  const related = () => [s.parent?.id, record?.parent?.id, record?.id];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toActorInput(s);
    if (!record) {
      let createdId = '';
      const ok = await form.run(async () => {
        const result = await create({ variables: { input }, update: (cache) => evictActorLists(cache, related()) });
        createdId = result.data!.createActor.id;
      });
      if (ok) {
        draft.clear();
        navigate(`/edition/acteurs/${createdId}?statut=cree`);
      }
    } else {
      const ok = await form.run(() => update({ variables: { id: record.id, input }, update: (cache) => evictActorLists(cache, related()) }));
      if (ok) {
        draft.clear();
        setParams({ statut: 'enregistre', n: String(Date.now()) });
      }
    }
  };

  const onArchive = async () => {
    if (!record) return;
    const ok = await archiveForm.run(() => archive({ variables: { id: record.id }, update: (cache) => evictActorLists(cache, related()) }));
    if (ok) {
      draft.clear();
      setParams({ statut: 'archive', n: String(Date.now()) });
    }
  };

  const kinds = Object.entries(ACTOR_KINDS).map(([value, labels]) => ({ value, label: labels[language] }));
  const levels = Object.entries(COLLECTIVITY_LEVELS).map(([value, labels]) => ({ value, label: labels[language] }));
  const identifierHints = { siren: m.sirenHint, rnsr: m.rnsrHint, uai: m.uaiHint, ror: m.rorHint, insee: m.inseeHint };

  return (
    <div className="editor">
      <BackToStart />
      <h1>{record ? m.editTitle(record.name) : m.newTitle}</h1>
      {record && <SavedNotice recordUrl={`/acteurs/${record.id}`} />}
      <DraftNotice restored={draft.restored} onDiscard={() => draft.reset(initial)} />
      <ErrorSummary form={form} />
      <form noValidate onSubmit={submit} className="edit-form" aria-busy={form.busy || undefined}>
        <RequiredNote />
        <section aria-labelledby={`${form.id}-essentials`}>
          <h2 id={`${form.id}-essentials`}>{m.essentials}</h2>
          <div className="grid-2">
            <SelectField form={form} name="kind" label={m.kind} required value={s.kind} onChange={set('kind')} options={kinds} />
            {s.kind === 'COLLECTIVITY' && (
              <SelectField form={form} name="collectivityLevel" label={m.collectivityLevel} required value={s.collectivityLevel} onChange={set('collectivityLevel')} options={levels} />
            )}
          </div>
          <div className="grid-2">
            <TextField form={form} name="name" label={m.name} required value={s.name} onChange={set('name')} />
            <TextField form={form} name="acronym" label={m.acronym} value={s.acronym} onChange={set('acronym')} />
          </div>
          <TextAreaField form={form} name="description" label={m.description} value={s.description} onChange={set('description')} rows={5} />
          <TextField form={form} name="themes" label={m.themes} hint={t.themesHint} value={s.themes} onChange={set('themes')} />
          <TextField form={form} name="website" label={m.website} hint={m.websiteHint} type="url" value={s.website} onChange={set('website')} />
        </section>
        <section aria-labelledby={`${form.id}-where`}>
          <h2 id={`${form.id}-where`}>{m.where}</h2>
          <TerritoryFields form={form} value={s.territory} onChange={set('territory')} />
          <ActorField form={form} name="parentId" label={m.parent} hint={m.parentHint} value={s.parent} onChange={(parent) => draft.update({ parent })}
            excludeIds={record ? [record.id] : []} />
        </section>
        <section aria-labelledby={`${form.id}-identifiers`}>
          <h2 id={`${form.id}-identifiers`}>{m.identifiers}</h2>
          <p className="hint">{m.identifiersHint}</p>
          <div className="grid-3">
            {(['siren', 'rnsr', 'uai', 'ror', 'insee'] as const).map((key) => (
              <TextField key={key} form={form} name={`identifiers.${key}`} label={m[key]} hint={identifierHints[key]} value={s.identifiers[key]} onChange={setIdentifier(key)} />
            ))}
          </div>
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
