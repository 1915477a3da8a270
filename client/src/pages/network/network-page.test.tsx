/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { computeCentrality } from '../../components/network/centrality';
import type { NetworkGraph } from '../../components/network/graph';
import { LanguageProvider, type Language } from '../../i18n/i18n';
import { ActorsTable, HubsList, IsolatedList } from './NetworkLists';
import { NodeDetails } from './NodeDetails';
import { ORGANISATION_KINDS, readParams, writeParams } from './params';

describe('URL state', () => {
  it('reads the defaults from a bare URL and writes them back as nothing', () => {
    const params = readParams(new URLSearchParams(''));
    expect(params).toEqual({
      territory: null, kinds: [...ORGANISATION_KINDS], collectivities: true, communes: false, contacts: true, opportunities: true,
      measure: 'degree', selected: null,
    });
    expect(writeParams(params).toString()).toBe('');
  });

  it('round-trips every choice', () => {
    const url = 'departement=2A&types=LAB%2CUNIVERSITY&collectivites=non&communes=oui&interlocuteurs=non&opportunites=non&mesure=intermediarite&noeud=actor%3Ax';
    const params = readParams(new URLSearchParams(url));
    expect(params).toMatchObject({ territory: { level: 'departement', code: '2A' }, kinds: ['LAB', 'UNIVERSITY'], measure: 'betweenness', selected: 'actor:x' });
    expect(writeParams(params).toString()).toBe(url);
  });

  it('ignores codes and kinds that do not exist', () => {
    expect(readParams(new URLSearchParams('departement=999&region=xx')).territory).toBeNull();
    expect(readParams(new URLSearchParams('region=84')).territory).toEqual({ level: 'region', code: '84' });
    expect(readParams(new URLSearchParams('types=LAB,NOPE')).kinds).toEqual(['LAB']);
    expect(readParams(new URLSearchParams('types=')).kinds).toEqual([]);
    expect(readParams(new URLSearchParams('mesure=pagerank')).measure).toBe('degree');
  });
});

const node = (id: string, label: string, kind = 'LAB', extra = {}) => ({ id: `actor:${id}`, type: 'actor' as const, entityId: id, label, kind, outside: false, ...extra });
const graph: NetworkGraph = {
  nodes: [
    node('msh', 'MSH Paris Nord'),
    node('condorcet', 'Campus Condorcet', 'UNIVERSITY'),
    node('dep', 'Département de la Seine-Saint-Denis', 'COLLECTIVITY', { collectivityLevel: 'DEPARTMENT' }),
    node('mines', 'Mines Saint-Étienne', 'UNIVERSITY', { outside: true }),
    { id: 'contact:marie', type: 'contact', entityId: 'marie', label: 'Marie Jaisson', kind: 'CONTACT', outside: false, roles: ['FACILITATOR'] },
  ],
  edges: [
    { id: 'p1', type: 'partnership', source: 'actor:condorcet', target: 'actor:msh', intensity: 2, tool: 'Recherche sur le territoire' },
    { id: 'p2', type: 'partnership', source: 'actor:mines', target: 'actor:msh', intensity: 4, tool: 'Les chaires' },
    { id: 'c1', type: 'contact', source: 'contact:marie', target: 'actor:msh' },
  ],
};
const centrality = computeCentrality(graph);
const wrap = (ui: React.ReactNode, language: Language = 'fr') => render(<LanguageProvider initial={language}><MemoryRouter>{ui}</MemoryRouter></LanguageProvider>);

describe('lists beside the graph', () => {
  it('ranks the hubs with links to their pages, and leaves out partners outside the territory', () => {
    wrap(<HubsList graph={graph} centrality={centrality} measure="degree" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['MSH Paris Nord (Laboratoire) : 3 lien(s)', 'Campus Condorcet (Université ou école) : 1 lien(s)']);
    expect(screen.getByRole('link', { name: 'MSH Paris Nord' }).getAttribute('href')).toBe('/acteurs/msh');
  });

  it('lists the isolated actors as priority targets, with the collectivité level as kind', () => {
    wrap(<IsolatedList graph={graph} />, 'en');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Isolated actors: priority targets');
    expect(screen.getByRole('listitem').textContent).toBe('Département de la Seine-Saint-Denis (Département)');
    expect(screen.getByRole('link').getAttribute('href')).toBe('/acteurs/dep');
  });

  it('says so when no actor is isolated', () => {
    const linked: NetworkGraph = { nodes: graph.nodes.slice(0, 2), edges: graph.edges.slice(0, 1) };
    wrap(<IsolatedList graph={linked} />);
    expect(screen.getByText('Chaque acteur du territoire a au moins un partenariat.')).toBeTruthy();
  });

  it('tables every actor with its measures and lets a keyboard user select one', () => {
    const shown: string[] = [];
    wrap(<ActorsTable graph={graph} centrality={centrality} measure="strength" onShow={(id) => shown.push(id)} />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'MSH Paris Nord', 'Mines Saint-Étienne (hors du territoire)', 'Campus Condorcet', 'Département de la Seine-Saint-Denis',
    ]);
    expect(within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 5)).toEqual(['Laboratoire', '2', '3', '7', '0,500']); // on 3 of the 6 shortest paths between the 4 other nodes
    fireEvent.click(screen.getByRole('button', { name: 'Afficher le détail de Campus Condorcet' }));
    expect(shown).toEqual(['actor:condorcet']);
  });
});

describe('selected node', () => {
  it('shows the partnerships with their tool and intensity, and a link to the page', () => {
    let closed = false;
    wrap(<NodeDetails graph={graph} centrality={centrality} selectedId="actor:msh" onClose={() => { closed = true; }} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('MSH Paris Nord');
    expect(screen.getByText(/Les chaires, intensité 4 sur 5/)).toBeTruthy();
    expect(screen.getByRole('link', { name: "Ouvrir la fiche de l'acteur" }).getAttribute('href')).toBe('/acteurs/msh');
    expect(screen.getByText(/Marie Jaisson/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Désélectionner' }));
    expect(closed).toBe(true);
  });

  it('invites to select a node when none is', () => {
    wrap(<NodeDetails graph={graph} centrality={centrality} selectedId={null} onClose={() => undefined} />, 'en');
    expect(screen.getByText(/Click a node of the graph/)).toBeTruthy();
  });
});
