/** Create (/edition/opportunites/nouvelle) or edit (/edition/opportunites/:id) an opportunity. */
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages, type Messages } from '../../i18n/i18n';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES } from '../../ui/labels';
import { evictOpportunityLists } from './cache';
import { EditorPage, FormSection, RecordMissing } from './EditorParts';
import { SelectField, TextAreaField, TextField, enumOptions } from './fields';
import {
  EMPTY_OPPORTUNITY, OPPORTUNITY_KEYS, TERRITORY_ALIASES, fromTerritory, joinThemes, toOpportunityInput, type OpportunityFormState,
} from './formState';
import { clearDraft, draftKey } from './draft';
import { HistoryPanel } from './History';
import { EDIT } from './messages';
import { ActorField, ActorListField, TerritoryFields, useToolGroups } from './pickers';
import { useRecordEditor } from './useRecordEditor';
import { changedInput, useProposeMessages, useProposeMode } from './proposeMode';

const MESSAGES: Messages<{
  newTitle: string; editTitle: (title: string) => string; notFound: string;
  essentials: string; who: string; details: string; apply: string;
  kind: string; status: string; statusHint: string; title: string; description: string; host: string; hostHint: string; partners: string; partnersHint: string;
  tool: string; toolHint: string; noTool: string; themes: string; placeName: string; placeNameHint: string; startsOn: string; deadline: string;
  durationMonths: string; remuneration: string; contractType: string; contractTypeHint: string; missions: string; missionsHint: string;
  profile: string; howToApply: string; applyUrl: string; applyUrlHint: string; create: string; save: string;
}> = {
  fr: {
    newTitle: 'Nouvelle opportunité', editTitle: (title) => `Modifier l’opportunité « ${title} »`, notFound: 'Cette opportunité n’existe pas.',
    essentials: 'L’essentiel', who: 'Qui et où', details: 'Détails', apply: 'Candidater',
    kind: 'Type', status: 'Statut', statusHint: 'Un brouillon n’est visible que des éditeurs.', title: 'Titre', description: 'Description',
    host: 'Structure d’accueil', hostHint: 'Recherchez par nom ou sigle, puis choisissez dans la liste.',
    partners: 'Ajouter un partenaire', partnersHint: 'Facultatif. Recherchez par nom ou sigle.',
    tool: 'Outil de la boîte à outils', toolHint: 'L’outil de partenariat que cette opportunité met en œuvre.', noTool: '— Aucun —',
    themes: 'Thèmes', placeName: 'Lieu', placeNameHint: 'En toutes lettres : site, campus, « télétravail possible »…',
    startsOn: 'Date de début', deadline: 'Date limite de candidature', durationMonths: 'Durée (mois)', remuneration: 'Rémunération',
    contractType: 'Type de contrat', contractTypeHint: 'CDD, CDI, convention de stage, CIFRE…',
    missions: 'Missions', missionsHint: 'Une mission par ligne.', profile: 'Profil recherché', howToApply: 'Comment candidater',
    applyUrl: 'Lien pour candidater', applyUrlHint: 'Adresse web (https://…) ou adresse e-mail (mailto:…).',
    create: 'Publier l’opportunité', save: 'Enregistrer les modifications',
  },
  en: {
    newTitle: 'New opportunity', editTitle: (title) => `Edit the opportunity “${title}”`, notFound: 'This opportunity does not exist.',
    essentials: 'Essentials', who: 'Who and where', details: 'Details', apply: 'Applying',
    kind: 'Type', status: 'Status', statusHint: 'A draft is only visible to editors.', title: 'Title', description: 'Description',
    host: 'Host organisation', hostHint: 'Search by name or acronym, then choose from the list.',
    partners: 'Add a partner', partnersHint: 'Optional. Search by name or acronym.',
    tool: 'Toolbox tool', toolHint: 'The partnership tool this opportunity uses.', noTool: '— None —',
    themes: 'Themes', placeName: 'Place', placeNameHint: 'In words: site, campus, “remote work possible”…',
    startsOn: 'Start date', deadline: 'Application deadline', durationMonths: 'Duration (months)', remuneration: 'Pay',
    contractType: 'Contract type', contractTypeHint: 'Fixed-term, permanent, internship agreement, CIFRE…',
    missions: 'Missions', missionsHint: 'One mission per line.', profile: 'Profile sought', howToApply: 'How to apply',
    applyUrl: 'Link to apply', applyUrlHint: 'Web address (https://…) or e-mail address (mailto:…).',
    create: 'Publish the opportunity', save: 'Save changes',
  },
};

const OpportunityFormFragment = graphql(`
  fragment OpportunityForm_opportunity on Opportunity {
    id
    version
    kind
    status
    title
    description
    themes
    placeName
    startsOn
    deadline
    durationMonths
    remuneration
    contractType
    missions
    profile
    howToApply
    applyUrl
    archivedAt
    host { id name kind }
    partners { id name kind }
    tool { slug }
    territory { regionCode departmentCode communeCode communeName }
  }
`);

const OpportunityEditorQuery = graphql(`
  query OpportunityEditor($id: ID!) {
    opportunity(id: $id) { id ...OpportunityForm_opportunity }
  }
`);

const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) { id ...OpportunityForm_opportunity }
  }
`);

const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, input: $input) { id ...OpportunityForm_opportunity }
  }
`);

const ArchiveOpportunityMutation = graphql(`
  mutation ArchiveOpportunity($id: ID!) {
    archiveOpportunity(id: $id) { id archivedAt }
  }
`);

type OpportunityRecord = ReturnType<typeof readOpportunity>;
function readOpportunity(data: FragmentType<typeof OpportunityFormFragment>) {
  return getFragmentData(OpportunityFormFragment, data);
}

export function opportunityFormFromRecord(record: OpportunityRecord): OpportunityFormState {
  return {
    kind: record.kind,
    status: record.status,
    title: record.title,
    description: record.description,
    host: { id: record.host.id, name: record.host.name, kind: record.host.kind },
    partners: record.partners.map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    toolSlug: record.tool?.slug ?? '',
    themes: joinThemes(record.themes),
    territory: fromTerritory(record.territory),
    placeName: record.placeName ?? '',
    startsOn: record.startsOn ?? '',
    deadline: record.deadline ?? '',
    durationMonths: record.durationMonths?.toString() ?? '',
    remuneration: record.remuneration ?? '',
    contractType: record.contractType ?? '',
    missions: record.missions.join('\n'),
    profile: record.profile ?? '',
    howToApply: record.howToApply ?? '',
    applyUrl: record.applyUrl ?? '',
  };
}

export function OpportunityEditor() {
  const { id } = useParams();
  return id ? <ExistingOpportunity id={id} /> : <OpportunityForm key="new" />;
}

function ExistingOpportunity({ id }: { id: string }) {
  const m = useMessages(MESSAGES);
  const query = useQuery(OpportunityEditorQuery, { variables: { id } });
  const proposing = !!useProposeMode();
  // A revert changes the record under the form: forget the draft, read the record again, remount the form.
  const [generation, setGeneration] = useState(0);
  const afterRevert = async () => {
    clearDraft(window.sessionStorage, draftKey('opportunity', id));
    await query.refetch();
    setGeneration((n) => n + 1);
  };
  if (!query.data?.opportunity) return <RecordMissing query={query} notFound={m.notFound} />;
  const record = readOpportunity(query.data.opportunity);
  return (
    <>
      <OpportunityForm key={`${id}-${generation}`} record={record} />
      {!proposing && <HistoryPanel kind="opportunity" id={id} version={record.version} onReverted={afterRevert} />}
    </>
  );
}

function OpportunityForm({ record }: { record?: OpportunityRecord }) {
  const t = useMessages(EDIT);
  const m = useMessages(MESSAGES);
  const { language } = useLanguage();
  const tools = useToolGroups();
  const [create] = useMutation(CreateOpportunityMutation);
  const [update] = useMutation(UpdateOpportunityMutation);
  const [archive] = useMutation(ArchiveOpportunityMutation);
  const evict = (s: OpportunityFormState) => (cache: ApolloCache) => evictOpportunityLists(cache, [
    s.host?.id, ...s.partners.map((p) => p.id), record?.host.id, ...(record?.partners.map((p) => p.id) ?? []),
  ]);
  // In propose mode (/contribuer), saving sends a proposal instead (proposeMode.tsx).
  const propose = useProposeMode();
  const p = useProposeMessages();
  const initial = record ? opportunityFormFromRecord(record) : EMPTY_OPPORTUNITY;
  const editor = useRecordEditor({
    name: propose ? 'opportunity-proposal' : 'opportunity', id: record?.id, initial,
    keys: OPPORTUNITY_KEYS, aliases: TERRITORY_ALIASES, editPath: '/edition/opportunites',
    create: propose
      ? (s) => propose.create('Opportunity', toOpportunityInput(s) as Record<string, unknown>, propose.note)
      : async (s) => (await create({ variables: { input: toOpportunityInput(s) }, update: evict(s) })).data!.createOpportunity.id,
    update: propose
      ? (id, s) => propose.update('Opportunity', id, {
        ...changedInput(toOpportunityInput(initial) as Record<string, unknown>, toOpportunityInput(s) as Record<string, unknown>), expectedVersion: record?.version,
      }, propose.note)
      : (id, s) => update({ variables: { id, input: { ...toOpportunityInput(s), expectedVersion: record?.version } }, update: evict(s) }),
    archive: (id, s) => archive({ variables: { id }, update: evict(s) }),
    afterSave: propose?.afterSave,
  });
  const { form, state: s, set, draft } = editor;

  return (
    <EditorPage editor={editor} title={propose ? (record ? p.correctTitle(record.title) : p.newTitle.Opportunity) : record ? m.editTitle(record.title) : m.newTitle} recordUrl={record && `/opportunites/${record.id}`}
      archived={!!record?.archivedAt} submitLabel={propose ? (record ? p.correct : p.submit) : record ? m.save : m.create}>
      <FormSection form={form} name="essentials" title={m.essentials}>
        <div className="grid-2">
          <SelectField form={form} name="kind" label={m.kind} required value={s.kind} onChange={set('kind')} options={enumOptions(OPPORTUNITY_KINDS, language)} />
          <SelectField form={form} name="status" label={m.status} hint={m.statusHint} required value={s.status} onChange={set('status')}
            options={enumOptions(OPPORTUNITY_STATUSES, language)} />
        </div>
        <TextField form={form} name="title" label={m.title} required value={s.title} onChange={set('title')} />
        <TextAreaField form={form} name="description" label={m.description} required value={s.description} onChange={set('description')} rows={6} />
        <SelectField form={form} name="toolSlug" label={m.tool} hint={m.toolHint} value={s.toolSlug} onChange={set('toolSlug')} groups={tools.groups} placeholder={m.noTool} />
        <TextField form={form} name="themes" label={m.themes} hint={t.themesHint} value={s.themes} onChange={set('themes')} />
      </FormSection>
      <FormSection form={form} name="who" title={m.who}>
        <ActorField form={form} name="hostId" label={m.host} hint={m.hostHint} required value={s.host} onChange={(host) => draft.update({ host })}
          excludeIds={s.partners.map((p) => p.id)} />
        <ActorListField form={form} name="partnerIds" label={m.partners} hint={m.partnersHint} value={s.partners} onChange={set('partners')}
          excludeIds={s.host ? [s.host.id] : []} />
        <TerritoryFields form={form} value={s.territory} onChange={set('territory')} />
        <TextField form={form} name="placeName" label={m.placeName} hint={m.placeNameHint} value={s.placeName} onChange={set('placeName')} />
      </FormSection>
      <FormSection form={form} name="details" title={m.details}>
        <div className="grid-3">
          <TextField form={form} name="startsOn" label={m.startsOn} type="date" value={s.startsOn} onChange={set('startsOn')} />
          <TextField form={form} name="deadline" label={m.deadline} type="date" value={s.deadline} onChange={set('deadline')} />
          <TextField form={form} name="durationMonths" label={m.durationMonths} type="number" min={1} max={120} inputMode="numeric" value={s.durationMonths} onChange={set('durationMonths')} />
        </div>
        <div className="grid-2">
          <TextField form={form} name="contractType" label={m.contractType} hint={m.contractTypeHint} value={s.contractType} onChange={set('contractType')} />
          <TextField form={form} name="remuneration" label={m.remuneration} value={s.remuneration} onChange={set('remuneration')} />
        </div>
        <TextAreaField form={form} name="missions" label={m.missions} hint={m.missionsHint} value={s.missions} onChange={set('missions')} />
        <TextAreaField form={form} name="profile" label={m.profile} value={s.profile} onChange={set('profile')} />
      </FormSection>
      <FormSection form={form} name="apply" title={m.apply}>
        <TextAreaField form={form} name="howToApply" label={m.howToApply} value={s.howToApply} onChange={set('howToApply')} rows={3} />
        <TextField form={form} name="applyUrl" label={m.applyUrl} hint={m.applyUrlHint} type="url" value={s.applyUrl} onChange={set('applyUrl')} />
      </FormSection>
    </EditorPage>
  );
}
