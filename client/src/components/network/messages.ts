/** Words shared by the network canvas, its legend and the actor's ego network. */
import type { Messages } from '../../i18n/i18n';

export const NETWORK_MESSAGES: Messages<{
  loadingGraph: string; graphFailed: string;
  legend: string; contact: string; opportunity: string; outside: string; outsideHint: string;
  partnershipEdge: string; contactEdge: string; opportunityEdge: string; hierarchyEdge: string;
  egoTitle: string; egoEmpty: string; egoSummary: (counts: { partners: number; contacts: number; opportunities: number; hierarchy: number }) => string;
  egoListTitle: string; parent: string; children: string; partners: string; contacts: string; opportunities: string;
  intensity: (level: number) => string; childrenCut: (shown: number) => string; canvasHint: string; openPage: (name: string) => string;
}> = {
  fr: {
    loadingGraph: 'Chargement du graphe…',
    graphFailed: "Le graphe n'a pas pu être affiché. Les listes donnent les mêmes informations.",
    legend: 'Légende',
    contact: 'Interlocuteur·rice',
    opportunity: 'Opportunité ouverte',
    outside: 'Bordure en pointillés : acteur hors du territoire',
    outsideHint: 'hors du territoire',
    partnershipEdge: "Trait plein : partenariat (plus épais quand l'intensité est plus forte, 1 à 5)",
    contactEdge: 'Pointillés gris : interlocuteur·rice de l’acteur',
    opportunityEdge: 'Tirets orange : opportunité portée ou partagée',
    hierarchyEdge: 'Pointillés bleus fléchés : rattachement (niveau supérieur vers niveau inférieur)',
    egoTitle: 'Réseau',
    egoEmpty: "Aucun lien enregistré pour cet acteur : ni partenariat, ni interlocuteur, ni opportunité ouverte, ni rattachement.",
    egoSummary: ({ partners, contacts, opportunities, hierarchy }) =>
      `Graphe du réseau : ${partners} partenaire(s), ${contacts} interlocuteur·rice(s), ${opportunities} opportunité(s) ouverte(s), ${hierarchy} rattachement(s). La liste qui suit en donne le détail.`,
    egoListTitle: 'Le réseau en liste',
    parent: 'Rattaché à',
    children: 'Entités rattachées',
    partners: 'Partenaires',
    contacts: 'Interlocuteur·rices',
    opportunities: 'Opportunités ouvertes',
    intensity: (level) => `intensité ${level} sur 5`,
    childrenCut: (shown) => `Seules les ${shown} premières entités rattachées sont dessinées.`,
    canvasHint: 'Cliquez sur un acteur ou une opportunité du graphe pour ouvrir sa page.',
    openPage: (name) => `Ouvrir la page de ${name}`,
  },
  en: {
    loadingGraph: 'Loading the graph…',
    graphFailed: 'The graph could not be drawn. The lists give the same information.',
    legend: 'Legend',
    contact: 'Contact person',
    opportunity: 'Open opportunity',
    outside: 'Dashed border: actor outside the territory',
    outsideHint: 'outside the territory',
    partnershipEdge: 'Solid line: partnership (thicker when the intensity is higher, 1 to 5)',
    contactEdge: "Grey dots: the actor's contact person",
    opportunityEdge: 'Orange dashes: opportunity hosted or shared',
    hierarchyEdge: 'Blue dotted arrows: hierarchy (upper level to lower level)',
    egoTitle: 'Network',
    egoEmpty: 'No link recorded for this actor: no partnership, contact, open opportunity or hierarchy.',
    egoSummary: ({ partners, contacts, opportunities, hierarchy }) =>
      `Network graph: ${partners} partner(s), ${contacts} contact(s), ${opportunities} open opportunit(ies), ${hierarchy} hierarchy link(s). The list below details it.`,
    egoListTitle: 'The network as a list',
    parent: 'Belongs to',
    children: 'Entities below',
    partners: 'Partners',
    contacts: 'Contacts',
    opportunities: 'Open opportunities',
    intensity: (level) => `intensity ${level} out of 5`,
    childrenCut: (shown) => `Only the first ${shown} entities below are drawn.`,
    canvasHint: 'Click an actor or an opportunity in the graph to open its page.',
    openPage: (name) => `Open the page of ${name}`,
  },
};
