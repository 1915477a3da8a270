/** Words of the Écosystème page. */
import type { Messages } from '../../i18n/i18n';
import type { Measure } from '../../components/network/centrality';

/** French puts 0 and 1 in the singular, English only 1. */
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const pluralEn = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const PAGE_MESSAGES: Messages<{
  title: string; intro: string; filters: string; territory: string; chooseTerritory: string; regions: string; departments: string;
  kinds: string; include: string; collectivities: string; communes: string; communesHint: string; contacts: string; opportunities: string;
  pickFirst: string; noActors: string; truncated: (shown: number, total: number) => string;
  summary: (c: { actors: number; partnerships: number; contacts: number; opportunities: number; outside: number }) => string;
  graphTitle: string; measure: string; measures: Record<Measure, string>; measureHelp: Record<Measure, string>;
  graphDescription: (territory: string, actors: number, partnerships: number) => string; graphHint: string;
  exports: string; exportPng: string; exportJson: string; exportCsv: string; exported: (name: string) => string; exportFailed: string;
  hubsTitle: string; hubsIntro: string; noHubs: string; isolatedTitle: string; isolatedIntro: string; noIsolated: string;
  tableTitle: (n: number) => string; actor: string; kind: string; partnerships: string; degree: string; strength: string; betweenness: string;
  show: string; showLabel: (name: string) => string; outside: string;
  detailsTitle: string; noSelection: string; unselect: string; openActor: string; openOpportunity: string; linkedActors: string;
  partnershipLine: (tool: string, intensity: number) => string; roles: string; organisation: string; contact: string;
  value: (measure: Measure, value: string) => string;
}> = {
  fr: {
    title: "L'écosystème d'un territoire",
    intro: "Qui travaille avec qui ? Choisissez une région ou un département : le graphe relie ses acteurs par leurs partenariats, avec leurs interlocuteur·rices et leurs opportunités ouvertes. Les pôles ressortent, les acteurs isolés aussi : ce sont des cibles prioritaires pour de nouveaux partenariats.",
    filters: 'Territoire et contenu du graphe',
    territory: 'Territoire',
    chooseTerritory: '— Choisir une région ou un département —',
    regions: 'Régions',
    departments: 'Départements',
    kinds: "Types d'organisations",
    include: 'Inclure',
    collectivities: 'Collectivités (région, département, intercommunalités)',
    communes: 'Communes',
    communesHint: '(nombreuses : graphe plus lent)',
    contacts: 'Interlocuteur·rices',
    opportunities: 'Opportunités ouvertes',
    pickFirst: 'Choisissez une région ou un département pour afficher son écosystème.',
    noActors: 'Aucun acteur ne correspond à ces critères dans ce territoire.',
    truncated: (shown, total) => `Seuls les ${shown} premiers acteurs sur ${total} sont affichés : affinez les critères.`,
    summary: ({ actors, partnerships, contacts, opportunities, outside }) =>
      `${plural(actors, 'acteur du territoire', 'acteurs du territoire')}, ${plural(partnerships, 'partenariat', 'partenariats')}, ${plural(contacts, 'interlocuteur·rice', 'interlocuteur·rices')}, ${plural(opportunities, 'opportunité ouverte', 'opportunités ouvertes')}, ${plural(outside, 'partenaire hors du territoire', 'partenaires hors du territoire')}.`,
    graphTitle: 'Graphe',
    measure: 'Taille des nœuds selon',
    measures: { degree: 'le nombre de liens (degré)', strength: "l'intensité cumulée des liens", betweenness: "l'intermédiarité (rôle de passerelle)" },
    measureHelp: {
      degree: "Degré : nombre d'acteurs, d'interlocuteur·rices et d'opportunités directement reliés.",
      strength: "Intensité cumulée : chaque partenariat compte son intensité (1 à 5), tout autre lien compte 1.",
      betweenness: "Intermédiarité : part des plus courts chemins entre deux autres nœuds qui passent par ce nœud (0 à 1). Un acteur fort en intermédiarité fait le pont entre des groupes.",
    },
    graphDescription: (territory, actors, partnerships) =>
      `Graphe de l'écosystème de ${territory} : ${plural(actors, 'acteur', 'acteurs')} et ${plural(partnerships, 'partenariat', 'partenariats')}. Les listes des pôles, des acteurs isolés et le tableau de tous les acteurs donnent les mêmes informations.`,
    graphHint: "Cliquez sur un nœud pour afficher son détail ; survolez un partenariat pour voir l'outil utilisé. Molette : zoom ; glisser : déplacer.",
    exports: 'Exporter',
    exportPng: 'Image PNG',
    exportJson: 'Données JSON (nœuds, liens, centralité)',
    exportCsv: 'Tableau CSV des nœuds',
    exported: (name) => `Fichier ${name} prêt : le téléchargement a commencé.`,
    exportFailed: "L'image n'a pas pu être produite : attendez que le graphe soit dessiné, puis réessayez.",
    hubsTitle: 'Pôles du réseau',
    hubsIntro: 'Les acteurs du territoire les plus centraux selon la mesure choisie.',
    noHubs: 'Aucun acteur relié pour l’instant.',
    isolatedTitle: 'Acteurs isolés : cibles prioritaires',
    isolatedIntro: "Acteurs du territoire sans aucun partenariat enregistré : des candidats pour un premier contact (niveau 1 de la boîte à outils, l'interconnaissance).",
    noIsolated: 'Chaque acteur du territoire a au moins un partenariat.',
    tableTitle: (n) => `Tous les acteurs du graphe (${n})`,
    actor: 'Acteur',
    kind: 'Type',
    partnerships: 'Partenariats',
    degree: 'Liens',
    strength: 'Intensité cumulée',
    betweenness: 'Intermédiarité',
    show: 'Détail',
    showLabel: (name) => `Afficher le détail de ${name}`,
    outside: 'hors du territoire',
    detailsTitle: 'Nœud sélectionné',
    noSelection: 'Cliquez sur un nœud du graphe, ou sur « Détail » dans le tableau, pour afficher ici ses liens.',
    unselect: 'Désélectionner',
    openActor: "Ouvrir la fiche de l'acteur",
    openOpportunity: "Ouvrir l'opportunité",
    linkedActors: 'Acteurs reliés',
    partnershipLine: (tool, intensity) => `${tool}, intensité ${intensity} sur 5`,
    roles: 'Rôles',
    organisation: 'Organisation',
    contact: 'Interlocuteur·rice',
    value: (measure, value) => (measure === 'degree' ? `${value} lien(s)` : measure === 'strength' ? `intensité cumulée ${value}` : `intermédiarité ${value}`),
  },
  en: {
    title: "A territory's ecosystem",
    intro: 'Who works with whom? Choose a region or a département: the graph links its actors through their partnerships, with their contact people and open opportunities. Hubs stand out, and so do isolated actors: priority targets for new partnerships.',
    filters: 'Territory and graph content',
    territory: 'Territory',
    chooseTerritory: '— Choose a region or a département —',
    regions: 'Regions',
    departments: 'Départements',
    kinds: 'Kinds of organisations',
    include: 'Include',
    collectivities: 'Local authorities (region, département, intercommunalities)',
    communes: 'Municipalities',
    communesHint: '(many: slower graph)',
    contacts: 'Contact people',
    opportunities: 'Open opportunities',
    pickFirst: 'Choose a region or a département to see its ecosystem.',
    noActors: 'No actor of this territory matches these criteria.',
    truncated: (shown, total) => `Only the first ${shown} of ${total} actors are shown: narrow the criteria.`,
    summary: ({ actors, partnerships, contacts, opportunities, outside }) =>
      `${pluralEn(actors, 'actor of the territory', 'actors of the territory')}, ${pluralEn(partnerships, 'partnership', 'partnerships')}, ${pluralEn(contacts, 'contact person', 'contact people')}, ${pluralEn(opportunities, 'open opportunity', 'open opportunities')}, ${pluralEn(outside, 'partner outside the territory', 'partners outside the territory')}.`,
    graphTitle: 'Graph',
    measure: 'Node size by',
    measures: { degree: 'number of links (degree)', strength: 'total intensity of links', betweenness: 'betweenness (bridging role)' },
    measureHelp: {
      degree: 'Degree: number of actors, contact people and opportunities directly linked.',
      strength: 'Total intensity: each partnership counts its intensity (1 to 5), any other link counts 1.',
      betweenness: 'Betweenness: share of the shortest paths between two other nodes that go through this node (0 to 1). An actor with high betweenness bridges groups.',
    },
    graphDescription: (territory, actors, partnerships) =>
      `Ecosystem graph of ${territory}: ${pluralEn(actors, 'actor', 'actors')} and ${pluralEn(partnerships, 'partnership', 'partnerships')}. The lists of hubs and isolated actors and the table of all actors give the same information.`,
    graphHint: 'Click a node to see its details; hover a partnership to see the tool used. Wheel: zoom; drag: pan.',
    exports: 'Export',
    exportPng: 'PNG image',
    exportJson: 'JSON data (nodes, links, centrality)',
    exportCsv: 'CSV table of nodes',
    exported: (name) => `File ${name} ready: the download has started.`,
    exportFailed: 'The image could not be produced: wait for the graph to be drawn, then try again.',
    hubsTitle: 'Network hubs',
    hubsIntro: 'The most central actors of the territory by the chosen measure.',
    noHubs: 'No linked actor yet.',
    isolatedTitle: 'Isolated actors: priority targets',
    isolatedIntro: 'Actors of the territory without any recorded partnership: candidates for a first contact (level 1 of the toolbox, mutual knowledge).',
    noIsolated: 'Every actor of the territory has at least one partnership.',
    tableTitle: (n) => `All actors of the graph (${n})`,
    actor: 'Actor',
    kind: 'Kind',
    partnerships: 'Partnerships',
    degree: 'Links',
    strength: 'Total intensity',
    betweenness: 'Betweenness',
    show: 'Details',
    showLabel: (name) => `Show the details of ${name}`,
    outside: 'outside the territory',
    detailsTitle: 'Selected node',
    noSelection: 'Click a node of the graph, or “Details” in the table, to see its links here.',
    unselect: 'Unselect',
    openActor: "Open the actor's page",
    openOpportunity: 'Open the opportunity',
    linkedActors: 'Linked actors',
    partnershipLine: (tool, intensity) => `${tool}, intensity ${intensity} out of 5`,
    roles: 'Roles',
    organisation: 'Organisation',
    contact: 'Contact person',
    value: (measure, value) => (measure === 'degree' ? `${value} link(s)` : measure === 'strength' ? `total intensity ${value}` : `betweenness ${value}`),
  },
};
