/** The Écosystème page and the actor's ego network in a real browser, on the seeded data. */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

async function downloadOf(page: Page, button: string): Promise<{ download: Download; content: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await download.path();
  return { download, content: await readFile(path) };
}

it('maps the ecosystem of Seine-Saint-Denis: graph, hubs, isolated actors, details and exports', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/ecosysteme?departement=93`);
  await page.getByRole('heading', { level: 1, name: "L'écosystème d'un territoire" }).waitFor();
  // The graph is drawn on a canvas, described for screen readers.
  const graph = page.getByRole('img', { name: /Graphe de l'écosystème de Seine-Saint-Denis \(93\)/ });
  await graph.locator('canvas').first().waitFor();
  await page.getByText('Chargement du graphe…').waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: /acteurs? du territoire, \d+ partenariats?/ }).waitFor();
  expect(await page.getByLabel('Territoire', { exact: true }).inputValue()).toBe('departement:93');

  // MSH Paris Nord partners with Campus Condorcet and Plaine Commune: hubs; the département has no partnership.
  const hubs = page.getByRole('region', { name: 'Pôles du réseau' });
  await hubs.getByRole('link', { name: 'MSH Paris Nord' }).waitFor();
  await hubs.getByRole('link', { name: 'Campus Condorcet' }).waitFor();
  const isolated = page.getByRole('region', { name: 'Acteurs isolés : cibles prioritaires' });
  await isolated.getByRole('link', { name: /Département de la Seine-Saint-Denis/ }).waitFor();
  expect(await isolated.getByRole('link', { name: 'MSH Paris Nord' }).count()).toBe(0);

  // The table of all actors selects a node: its details and the URL follow.
  await page.getByText(/Tous les acteurs du graphe/).click();
  await page.getByRole('button', { name: 'Afficher le détail de MSH Paris Nord' }).click();
  const details = page.getByRole('region', { name: 'Nœud sélectionné' });
  await details.getByRole('heading', { level: 3, name: 'MSH Paris Nord' }).waitFor();
  await details.getByText(/^Campus Condorcet : Actions et programmes de recherche portant sur le territoire, intensité 2 sur 5/).waitFor();
  await details.getByText(/^Plaine Commune : Actions et programmes de recherche portant sur le territoire, intensité 2 sur 5/).waitFor();
  await details.getByText('Marie Jaisson').waitFor();
  expect(new URL(page.url()).searchParams.get('noeud')).toMatch(/^actor:/);

  // Another measure: the URL says so.
  await page.getByLabel('Taille des nœuds selon').selectOption('betweenness');
  await page.getByText(/Intermédiarité : part des plus courts chemins/).waitFor();
  expect(new URL(page.url()).searchParams.get('mesure')).toBe('intermediarite');

  // Real downloads: a PNG image, the JSON data, the CSV of nodes.
  const png = await downloadOf(page, 'Image PNG');
  expect(png.download.suggestedFilename()).toBe('ecosysteme-departement-93.png');
  expect(png.content.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  await page.getByText('Fichier ecosysteme-departement-93.png prêt : le téléchargement a commencé.').waitFor();

  const json = await downloadOf(page, 'Données JSON (nœuds, liens, centralité)');
  expect(json.download.suggestedFilename()).toBe('ecosysteme-departement-93.json');
  const data = JSON.parse(json.content.toString('utf8')) as { territory: string; nodes: Array<{ label: string; partnerships: number; degree: number }>; edges: Array<{ type: string; tool: string | null }> };
  expect(data.territory).toBe('Seine-Saint-Denis (93)');
  expect(data.nodes.find((n) => n.label === 'MSH Paris Nord')).toMatchObject({ partnerships: expect.any(Number) });
  expect(data.nodes.find((n) => n.label === 'MSH Paris Nord')!.partnerships).toBeGreaterThanOrEqual(1);
  expect(data.edges.some((e) => e.type === 'partnership' && e.tool === 'Actions et programmes de recherche portant sur le territoire')).toBe(true);

  const csv = await downloadOf(page, 'Tableau CSV des nœuds');
  expect(csv.download.suggestedFilename()).toBe('ecosysteme-departement-93.csv');
  const text = csv.content.toString('utf8').replace(/^\ufeff/, '');
  expect(text.split('\r\n')[0]).toBe('id,type,entityId,label,kind,collectivityLevel,outside,partnerships,degree,weightedDegree,betweenness');
  expect(text).toContain(',MSH Paris Nord,LAB,');

  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'network-93');
});

it('changes territory and contents from the form, and keeps them in the URL', async () => {
  const page = await b.newPage({ language: 'en' });
  await page.goto(`${b.base}/ecosysteme`);
  await page.getByText('Choose a region or a département to see its ecosystem.').waitFor();
  await page.getByLabel('Territory', { exact: true }).selectOption('departement:42');
  await page.getByRole('img', { name: /Ecosystem graph of Loire \(42\)/ }).locator('canvas').first().waitFor();
  expect(new URL(page.url()).searchParams.get('departement')).toBe('42');
  // Mines Saint-Étienne works with a partner outside the Loire, and hosts an open internship.
  await page.getByRole('region', { name: 'Network hubs' }).getByRole('link', { name: /Mines Saint-Étienne/ }).waitFor();
  await page.getByRole('status').filter({ hasText: /1 open opportunity/ }).waitFor();
  await page.getByRole('status').filter({ hasText: /[1-9]\d* partners? outside the territory/ }).waitFor();

  // The URL changes first, then the controlled checkbox follows it.
  await page.getByLabel('Open opportunities').click();
  await page.getByRole('status').filter({ hasText: /0 open opportunities/ }).waitFor();
  expect(await page.getByLabel('Open opportunities').isChecked()).toBe(false);
  await page.getByLabel('Research lab').click();
  await page.waitForURL(/types=/);
  expect(await page.getByLabel('Research lab').isChecked()).toBe(false);
  const url = new URL(page.url());
  expect(url.searchParams.get('opportunites')).toBe('non');
  expect(url.searchParams.get('types')).not.toContain('LAB');
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'network-42-en');
});

it("draws an actor's ego network on its page, with a list for screen readers", async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/ecosysteme?departement=93`);
  await page.getByRole('region', { name: 'Pôles du réseau' }).getByRole('link', { name: 'MSH Paris Nord' }).click();
  const network = page.getByRole('region', { name: 'Réseau' });
  await network.getByRole('img', { name: /Graphe du réseau : 2 partenaire\(s\)/ }).locator('canvas').first().waitFor();
  await network.getByRole('heading', { name: 'Le réseau en liste' }).waitFor();
  await network.getByRole('link', { name: 'Campus Condorcet', exact: true }).waitFor();
  await network.getByText('Actions et programmes de recherche portant sur le territoire, intensité 2 sur 5').first().waitFor();
  await network.getByRole('link', { name: 'Plaine Commune', exact: true }).waitFor();
  await network.getByText('Marie Jaisson').waitFor();
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'network-actor-msh');
});
