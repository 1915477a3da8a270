/** The Territoire map in a real browser: a département's markers and side panel, and a région's thousands of points. */
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

it("opens a département's map with its markers, legend and side panel", async () => {
  const page = await b.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${b.base}/territoire?departement=42`);
  await page.getByRole('heading', { level: 1, name: /Territoire.*Loire \(42\)/ }).waitFor();
  const map = page.getByRole('region', { name: /Carte des acteurs : Loire \(42\)/ });
  await map.waitFor();

  // The side panel, the accessible equivalent of the markers.
  const panel = page.getByRole('complementary', { name: 'Sur la carte' });
  await panel.getByRole('link', { name: 'Mines Saint-Étienne', exact: true }).waitFor();
  await panel.getByRole('heading', { name: 'Opportunités ouvertes : Loire (42)' }).waitFor();
  const internship = panel.getByRole('link', { name: /Stage de master : co-création de politiques publiques locales/ });
  await internship.waitFor();
  expect(await internship.getAttribute('href')).toMatch(/^\/opportunites\/.+/);
  expect(await panel.getByRole('link', { name: 'Mines Saint-Étienne', exact: true }).getAttribute('href')).toMatch(/^\/acteurs\/.+/);
  await panel.getByRole('heading', { name: 'Interlocuteurs : Loire (42)' }).waitFor();

  // Markers are drawn: canvas points and numbered cluster bubbles, and the legend names the kinds.
  await page.locator('.map-canvas canvas').first().waitFor();
  const legend = page.locator('.map-legend');
  await legend.getByText('Laboratoire').waitFor();
  await legend.getByText('Collectivité').waitFor();
  // The Loire seen whole: its département, EPCI and organisations, some grouped into clusters.
  await page.locator('.map-canvas .map-cluster span').first().waitFor();
  const counts = await page.locator('.map-canvas .map-cluster span').allTextContents();
  expect(counts.every((text) => Number(text.replace(/\D/g, '')) >= 2)).toBe(true);
  // The département is outlined on the shipped boundaries: no tile was requested.
  expect(await page.locator('.leaflet-tile').count()).toBe(0);
  // Keyboard: the map and its zoom buttons are reachable.
  expect(await map.getAttribute('tabindex')).toBe('0');
  await page.getByRole('button', { name: 'Zoomer', exact: true }).waitFor();

  await b.screenshot(page, 'map-departement-42');
  expect(await b.accessibilityViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it('keeps filters in the URL and colours the départements on request', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/territoire?departement=93&kinds=LAB,UNIVERSITY&choropleth=actors`);
  const panel = page.getByRole('complementary', { name: 'Sur la carte' });
  await panel.getByRole('link', { name: /MSH Paris Nord/ }).first().waitFor();
  await panel.getByRole('link', { name: /Marie Jaisson|MSH Paris Nord/ }).first().waitFor();
  await panel.getByText('Marie Jaisson').waitFor();
  const legend = page.locator('.map-legend');
  await legend.getByRole('heading', { name: "Nombre d'acteurs par département" }).waitFor();
  // Only the kinds asked for are in the legend.
  expect(await legend.getByText('Collectivité').count()).toBe(0);
  // Picking a région from the select changes the URL.
  await page.getByRole('combobox', { name: 'Région' }).selectOption('84');
  await page.waitForURL(/region=84/);
  expect(page.url()).toContain('kinds=LAB%2CUNIVERSITY');
  expect(page.url()).not.toContain('departement=');
  await page.getByRole('heading', { level: 1, name: /Auvergne-Rhône-Alpes/ }).waitFor();
  await b.screenshot(page, 'map-choropleth');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  // A commune through the search box: its name, its opportunities, the URL.
  await page.getByRole('searchbox', { name: 'Intercommunalité ou commune' }).fill('saint etienne');
  await page.getByRole('button', { name: /^Saint-Étienne\s*Commune · Loire/ }).click();
  await page.waitForURL(/commune=42218/);
  await page.getByRole('heading', { level: 1, name: /Territoire.*Saint-Étienne/ }).waitFor();
  await panel.getByRole('link', { name: /Stage de master/ }).waitFor();
  await panel.getByRole('heading', { name: 'Interlocuteurs : Saint-Étienne' }).waitFor();
  expect(await page.getByRole('combobox', { name: 'Département' }).inputValue()).toBe('42');
});

it('shows the whole of France without the communes by default, in English too', async () => {
  const page = await b.newPage({ language: 'en' });
  await page.goto(`${b.base}/territoire`);
  await page.getByRole('heading', { level: 1, name: /Territory.*All of France/ }).waitFor();
  await page.getByText(/located actors with these filters/).waitFor();
  // Régions, départements, EPCI and organisations: about 1,400, not the 35,000 communes.
  const located = Number((await page.getByText(/located actors/).textContent())!.replace(/\D/g, ''));
  expect(located).toBeGreaterThan(1300);
  expect(located).toBeLessThan(2000);
  await page.getByRole('region', { name: 'Map of actors: All of France' }).waitFor();
  await page.locator('.map-canvas .map-cluster').first().waitFor();
  await page.getByRole('heading', { name: 'Open opportunities: All of France' }).waitFor();
  await b.screenshot(page, 'map-france-en');
  expect(await b.accessibilityViolations(page)).toEqual([]);
});

it('stays responsive with more than 10,000 markers', async () => {
  const page = await b.newPage();
  const started = Date.now();
  // Every commune of France: the API sends up to 20,000 located points at once.
  await page.goto(`${b.base}/territoire?kinds=COLLECTIVITY&levels=COMMUNE`);
  await page.getByText(/\d[\d\s  ]{3,} acteurs localisés/).waitFor({ timeout: 30_000 });
  const located = Number((await page.getByText(/acteurs localisés/).textContent())!.replace(/\D/g, ''));
  expect(located).toBeGreaterThan(10_000);
  await page.locator('.map-canvas .map-cluster').first().waitFor();

  // Zooming in and out twice: each step redraws clusters in well under a second.
  const durations = await page.evaluate(async () => {
    const container = document.querySelector('.map-canvas') as HTMLElement & { _leaflet_id?: number };
    const button = (name: string) => document.querySelector(`.leaflet-control-zoom-${name}`) as HTMLElement;
    const waitMoveEnd = () => new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => { observer.disconnect(); resolve(); });
      observer.observe(container.querySelector('.leaflet-marker-pane')!, { childList: true });
    });
    const out: number[] = [];
    for (const step of ['in', 'in', 'out', 'out']) {
      const t0 = performance.now();
      const done = waitMoveEnd();
      button(step).click();
      await done;
      out.push(performance.now() - t0);
    }
    return out;
  });
  for (const duration of durations) expect(duration).toBeLessThan(1000);
  // The main thread answers promptly after the redraws.
  const lag = await page.evaluate(() => new Promise<number>((resolve) => { const t0 = performance.now(); setTimeout(() => resolve(performance.now() - t0), 0); }));
  expect(lag).toBeLessThan(200);
  expect(Date.now() - started).toBeLessThan(45_000);
  await b.screenshot(page, 'map-france-communes');
}, 90_000);
