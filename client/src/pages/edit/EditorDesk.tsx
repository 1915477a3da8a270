/**
 * The editors' home sections of issue 6: how many proposals wait in their territories (a link to
 * /edition/moderation), and the records nobody vouched for in STALE_AFTER_DAYS days, each with
 * "verified" (verifyActor…: the editor confirms it as it is) and a link to edit it.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { formatDate, useLanguage, useMessages, type Messages } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/states';
import { MODERATION } from './moderation.messages';
import './moderation.css';

const MESSAGES: Messages<{
  moderation: string; stale: string; staleIntro: string; none: string; more: (n: number) => string;
  lastVouched: (date: string) => string; verify: (name: string) => string; verifyLabel: string; edit: string;
}> = {
  fr: {
    moderation: 'Modération', stale: 'Fiches à revérifier',
    staleIntro: 'Ces fiches de vos territoires n’ont été vérifiées par personne depuis longtemps. Relisez-les : corrigez-les, ou confirmez-les telles quelles.',
    none: 'Aucune fiche à revérifier.', more: (n) => `… et ${n} autres.`,
    lastVouched: (date) => `dernière vérification ou lecture de la source : ${date}`,
    verify: (name) => `Marquer « ${name} » comme vérifiée`, verifyLabel: 'Vérifiée', edit: 'Modifier',
  },
  en: {
    moderation: 'Moderation', stale: 'Records to check again',
    staleIntro: 'Nobody has verified these records of your territories for a long time. Review them: correct them, or confirm them as they are.',
    none: 'No record to check again.', more: (n) => `… and ${n} more.`,
    lastVouched: (date) => `last verified or source read: ${date}`,
    verify: (name) => `Mark “${name}” as verified`, verifyLabel: 'Verified', edit: 'Edit',
  },
};

const DeskQuery = graphql(`
  query EditorDesk {
    actorProposals(first: 0) { totalCount }
    opportunityProposals(first: 0) { totalCount }
    contactProposals(first: 0) { totalCount }
    staleActors(first: 5) { totalCount nodes { id name verifiedAt source { retrievedOn } } }
    staleOpportunities(first: 5) { totalCount nodes { id title verifiedAt source { retrievedOn } } }
    staleContacts(first: 5) { totalCount nodes { id displayName verifiedAt source { retrievedOn } } }
  }
`);

const VerifyActor = graphql(`mutation VerifyActor($id: ID!) { verifyActor(id: $id) { id verifiedAt verifiedBy stale } }`);
const VerifyOpportunity = graphql(`mutation VerifyOpportunity($id: ID!) { verifyOpportunity(id: $id) { id verifiedAt verifiedBy stale } }`);
const VerifyContact = graphql(`mutation VerifyContact($id: ID!) { verifyContact(id: $id) { id verifiedAt verifiedBy stale } }`);

interface StaleItem { id: string; name: string; editUrl: string; vouched: string; verify(): Promise<unknown> }

export function EditorDesk() {
  const t = useMessages(MESSAGES);
  const m = useMessages(MODERATION);
  const { language } = useLanguage();
  const { data, error, refetch } = useQuery(DeskQuery, { fetchPolicy: 'cache-and-network' });
  const options = { onCompleted: () => void refetch() };
  const [verifyActor] = useMutation(VerifyActor, options);
  const [verifyOpportunity] = useMutation(VerifyOpportunity, options);
  const [verifyContact] = useMutation(VerifyContact, options);
  // An editor without territory moderates nothing (the API says FORBIDDEN): no section then.
  if (error && !data && !error.message.includes('territoire')) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const pending = data.actorProposals.totalCount + data.opportunityProposals.totalCount + data.contactProposals.totalCount;
  const vouched = (r: { verifiedAt?: string | null; source: { retrievedOn: string } }) =>
    formatDate(r.verifiedAt && r.verifiedAt.slice(0, 10) > r.source.retrievedOn ? r.verifiedAt : r.source.retrievedOn, language);
  const items: StaleItem[] = [
    ...data.staleActors.nodes.map((r) => ({ id: r.id, name: r.name, editUrl: `/edition/acteurs/${r.id}`, vouched: vouched(r), verify: () => verifyActor({ variables: { id: r.id } }) })),
    ...data.staleOpportunities.nodes.map((r) => ({ id: r.id, name: r.title, editUrl: `/edition/opportunites/${r.id}`, vouched: vouched(r), verify: () => verifyOpportunity({ variables: { id: r.id } }) })),
    ...data.staleContacts.nodes.map((r) => ({ id: r.id, name: r.displayName, editUrl: `/edition/interlocuteurs/${r.id}`, vouched: vouched(r), verify: () => verifyContact({ variables: { id: r.id } }) })),
  ];
  const staleTotal = data.staleActors.totalCount + data.staleOpportunities.totalCount + data.staleContacts.totalCount;
  return (
    <>
      <section aria-labelledby="edit-moderation">
        <h2 id="edit-moderation">{t.moderation}</h2>
        <p><Link to="/edition/moderation">{m.link(pending)}</Link></p>
      </section>
      <section aria-labelledby="edit-stale" className="stale-records">
        <h2 id="edit-stale">{t.stale} <span className="count">({staleTotal})</span></h2>
        <p className="hint">{t.staleIntro}</p>
        {items.length === 0 ? <p>{t.none}</p> : (
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <Link to={item.editUrl} aria-label={`${t.edit} ${item.name}`}>{item.name}</Link>
                <span className="detail"> — {t.lastVouched(item.vouched)}</span>{' '}
                <button type="button" className="secondary" aria-label={t.verify(item.name)} onClick={() => void item.verify()}>{t.verifyLabel}</button>
              </li>
            ))}
          </ul>
        )}
        {staleTotal > items.length && <p>{t.more(staleTotal - items.length)}</p>}
      </section>
    </>
  );
}
