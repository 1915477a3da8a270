/** An actor's partnerships on its edit page: the list with a remove button each, and a form to add one. */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { formatDate, useLanguage, useMessages, type Messages } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { evictActorLists } from './cache';
import { DraftNotice, ErrorSummary, ProblemNotice, SelectField, TextAreaField, TextField, useEditForm } from './fields';
import { EMPTY_PARTNERSHIP, PARTNERSHIP_KEYS, toPartnershipInput, type PartnershipFormState } from './formState';
import { draftKey, useDraftState } from './draft';
import { problemFromError, type ApiProblem } from './apiErrors';
import { EDIT } from './messages';
import { ActorField, useToolGroups } from './pickers';

const MESSAGES: Messages<{
  title: string; none: string; add: string; partner: string; partnerHint: string; tool: string; intensity: string; intensityHint: string;
  startedOn: string; note: string; submit: string; added: string; removed: (name: string) => string; remove: (name: string) => string;
  level: (level: number, title: string) => string; since: (date: string) => string; removing: string;
}> = {
  fr: {
    title: 'Partenariats', none: 'Aucun partenariat enregistré.', add: 'Ajouter un partenariat',
    partner: 'Partenaire', partnerHint: 'Recherchez par nom ou sigle.', tool: 'Outil de la boîte à outils',
    intensity: 'Intensité', intensityHint: 'L’échelle de la boîte à outils, de 1 (interconnaissance) à 5.',
    startedOn: 'Début du partenariat', note: 'Note', submit: 'Ajouter le partenariat', added: 'Partenariat ajouté.',
    removed: (name) => `Partenariat avec ${name} retiré.`, remove: (name) => `Retirer le partenariat avec ${name}`,
    level: (level, title) => `${level} – ${title}`, since: (date) => `depuis le ${date}`, removing: 'Retrait…',
  },
  en: {
    title: 'Partnerships', none: 'No partnership recorded.', add: 'Add a partnership',
    partner: 'Partner', partnerHint: 'Search by name or acronym.', tool: 'Toolbox tool',
    intensity: 'Intensity', intensityHint: 'The toolbox scale, from 1 (mutual knowledge) to 5.',
    startedOn: 'Start of the partnership', note: 'Note', submit: 'Add the partnership', added: 'Partnership added.',
    removed: (name) => `Partnership with ${name} removed.`, remove: (name) => `Remove the partnership with ${name}`,
    level: (level, title) => `${level} – ${title}`, since: (date) => `since ${date}`, removing: 'Removing…',
  },
};

const PartnershipItem = graphql(`
  fragment Partnerships_partnership on Partnership {
    id
    intensity
    startedOn
    note
    partner { id name }
    tool { slug title }
  }
`);

const ActorPartnershipsQuery = graphql(`
  query ActorPartnerships($id: ID!) {
    actor(id: $id) {
      id
      partnerships { id ...Partnerships_partnership }
    }
    intensityLevels { level title titleEn }
  }
`);

const AddPartnershipMutation = graphql(`
  mutation AddPartnership($input: AddPartnershipInput!) {
    addPartnership(input: $input) { id ...Partnerships_partnership }
  }
`);

const RemovePartnershipMutation = graphql(`
  mutation RemovePartnership($id: ID!) {
    removePartnership(id: $id)
  }
`);

export function Partnerships({ actorId }: { actorId: string }) {
  const t = useMessages(EDIT);
  const m = useMessages(MESSAGES);
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(ActorPartnershipsQuery, { variables: { id: actorId } });
  const draft = useDraftState(draftKey('partnership', actorId), EMPTY_PARTNERSHIP);
  const form = useEditForm(`partnership-${actorId}`, PARTNERSHIP_KEYS);
  const tools = useToolGroups();
  const [add] = useMutation(AddPartnershipMutation);
  const [remove] = useMutation(RemovePartnershipMutation);
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeProblem, setRemoveProblem] = useState<ApiProblem | null>(null);
  const s = draft.value;
  const set = <K extends keyof PartnershipFormState>(key: K) => (value: PartnershipFormState[K]) => draft.update({ [key]: value } as Partial<PartnershipFormState>);
  const partnerships = (data?.actor?.partnerships ?? []).map((p) => getFragmentData(PartnershipItem, p));
  const levels = data?.intensityLevels ?? [];
  const refetchList = [{ query: ActorPartnershipsQuery, variables: { id: actorId } }];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const partnerId = s.partner?.id;
    const ok = await form.run(() => add({
      variables: { input: toPartnershipInput(actorId, s) },
      update: (cache) => evictActorLists(cache, [actorId, partnerId]),
      refetchQueries: refetchList,
      awaitRefetchQueries: true,
    }));
    if (ok) {
      draft.reset(EMPTY_PARTNERSHIP);
      setAnnouncement(m.added);
    }
  };

  const onRemove = async (id: string, partner: { id: string; name: string }) => {
    setRemoving(id);
    setRemoveProblem(null);
    try {
      await remove({ variables: { id }, update: (cache) => evictActorLists(cache, [actorId, partner.id]), refetchQueries: refetchList, awaitRefetchQueries: true });
      setAnnouncement(m.removed(partner.name));
    } catch (e) {
      setRemoveProblem(problemFromError(e));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section className="partnerships" aria-labelledby="partnerships-title">
      <h2 id="partnerships-title">{m.title}</h2>
      <p role="status" className="announcement">{announcement}</p>
      {removeProblem && <ProblemNotice problem={removeProblem} />}
      {loading && !data ? <Loading /> : error && !data ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : partnerships.length === 0 ? <Empty>{m.none}</Empty> : (
        <ul className="partnership-list">
          {partnerships.map((p) => {
            const level = levels.find((l) => l.level === p.intensity);
            return (
              <li key={p.id}>
                <div>
                  <Link to={`/acteurs/${p.partner.id}`}>{p.partner.name}</Link>
                  <span className="detail"> · {p.tool.title} · {m.intensity} {level ? m.level(p.intensity, language === 'fr' ? level.title : level.titleEn) : p.intensity}
                    {p.startedOn ? ` · ${m.since(formatDate(p.startedOn, language))}` : ''}</span>
                  {p.note && <p className="hint">{p.note}</p>}
                </div>
                <button type="button" className="secondary small" disabled={removing === p.id} onClick={() => void onRemove(p.id, p.partner)}>
                  {removing === p.id ? m.removing : m.remove(p.partner.name)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{m.add}</h3>
      <ErrorSummary form={form} />
      <form noValidate onSubmit={submit} className="edit-form" aria-label={m.add}>
        <DraftNotice restored={draft.restored} onDiscard={() => draft.reset(EMPTY_PARTNERSHIP)} />
        <ActorField form={form} name="partnerId" label={m.partner} hint={m.partnerHint} required value={s.partner} onChange={(partner) => draft.update({ partner })}
          excludeIds={[actorId]} />
        <div className="grid-2">
          <SelectField form={form} name="toolSlug" label={m.tool} required value={s.toolSlug} onChange={set('toolSlug')} groups={tools.groups} />
          <SelectField form={form} name="intensity" label={m.intensity} hint={m.intensityHint} required value={s.intensity} onChange={set('intensity')}
            options={levels.map((l) => ({ value: String(l.level), label: m.level(l.level, language === 'fr' ? l.title : l.titleEn) }))} />
        </div>
        <TextField form={form} name="startedOn" label={m.startedOn} type="date" value={s.startedOn} onChange={set('startedOn')} />
        <TextAreaField form={form} name="note" label={m.note} value={s.note} onChange={set('note')} rows={2} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>{form.busy ? t.saving : m.submit}</button>
        </div>
      </form>
    </section>
  );
}
