/** Home: what the directory is, and a search box. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMessages, type Messages } from '../../i18n/i18n';

const MESSAGES: Messages<{ title: string; intro: string; label: string; placeholder: string; submit: string; start: string; links: Array<[string, string]> }> = {
  fr: {
    title: 'Cartographier son écosystème recherche–territoires',
    intro: "Laboratoires, universités, collectivités, associations : repérez les acteurs, leurs compétences et leurs thèmes, les interlocuteurs de chaque lieu, les opportunités (thèses CIFRE, stages, chaires…) et les outils pour construire des partenariats.",
    label: 'Rechercher un acteur, un lieu ou un thème', placeholder: 'saint etienne, innovation publique…', submit: 'Rechercher', start: 'Pour commencer',
    links: [['/territoire', 'Voir la carte de votre territoire'], ['/opportunites', 'Parcourir les opportunités'], ['/boite-a-outils', 'Découvrir la boîte à outils des partenariats']],
  },
  en: {
    title: 'Map your research–territory ecosystem',
    intro: 'Labs, universities, local authorities, associations: find the actors, their skills and themes, who to talk to in each place, the opportunities (CIFRE PhDs, internships, chairs…) and the tools to build partnerships.',
    label: 'Search for an actor, a place or a theme', placeholder: 'saint etienne, public innovation…', submit: 'Search', start: 'Get started',
    links: [['/territoire', 'See the map of your territory'], ['/opportunites', 'Browse opportunities'], ['/boite-a-outils', 'Discover the partnership toolbox']],
  },
};

export function HomePage() {
  const t = useMessages(MESSAGES);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/recherche?q=${encodeURIComponent(query.trim())}`);
  };
  return (
    <div className="home">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="home-search">{t.label}</label>
        <div className="row">
          <input id="home-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t.placeholder} />
          <button type="submit">{t.submit}</button>
        </div>
      </form>
      <h2>{t.start}</h2>
      <ul className="cards">
        {t.links.map(([to, text]) => (
          <li key={to}><Link to={to}>{text}</Link></li>
        ))}
      </ul>
    </div>
  );
}
