/** The contacts page in a real browser, on the seeded stack. */
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

it('lists Marie Jaisson for département 93, without e-mail or phone for an anonymous visitor', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/interlocuteurs`);
  await page.getByRole('heading', { level: 1, name: 'Interlocuteurs' }).waitFor();
  await page.getByRole('status').filter({ hasText: /interlocuteurs? trouvés?/ }).waitFor();

  await page.getByLabel('Département').selectOption('93');
  await page.waitForURL(/departement=93/);
  const card = page.locator('.contact-card').filter({ has: page.getByRole('heading', { name: 'Marie Jaisson' }) });
  await card.waitFor();
  await expect(card.textContent()).resolves.toMatch(/Co-directrice de la MSH Paris Nord/);
  await expect(card.textContent()).resolves.toMatch(/Chercheur·se/);
  await card.getByRole('link', { name: "Maison des sciences de l'Homme Paris Nord" }).waitFor();
  await expect(card.textContent()).resolves.toMatch(/Seine-Saint-Denis \(93\)/);
  expect(await page.locator('a[href^="mailto:"], a[href^="tel:"]').count()).toBe(0);
  expect(await page.getByRole('link', { name: 'Connectez-vous pour voir les coordonnées' }).getAttribute('href')).toBe('/connexion');
  // Every contact listed works in Seine-Saint-Denis.
  for (const text of await page.locator('.contact-card .place').allTextContents()) expect(text).toContain('Seine-Saint-Denis (93)');
  await b.screenshot(page, 'contacts-93');
  expect(await b.accessibilityViolations(page)).toEqual([]);

  // The organisation link opens the actor page.
  await card.getByRole('link', { name: "Maison des sciences de l'Homme Paris Nord" }).click();
  await page.getByRole('heading', { level: 1, name: /MSH Paris Nord/ }).waitFor();
});

it('filters by role and text from the URL, and in English', async () => {
  const page = await b.newPage({ language: 'en' });
  await page.goto(`${b.base}/interlocuteurs?role=FACILITATOR&q=jaisson`);
  await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
  expect(await page.getByLabel('Role').inputValue()).toBe('FACILITATOR');
  expect(await page.getByLabel('Name, job title or theme').inputValue()).toBe('jaisson');
  await page.getByRole('status').filter({ hasText: '1 contact found' }).waitFor();
  await page.getByRole('heading', { name: 'Marie Jaisson' }).waitFor();
  await page.getByRole('link', { name: 'Sign in to see contact details' }).waitFor();

  await page.getByLabel('Role').selectOption('ELECTED_OFFICIAL');
  await page.waitForURL(/role=ELECTED_OFFICIAL/);
  await page.getByRole('status').filter({ hasText: 'No contact found' }).waitFor();
  await b.screenshot(page, 'contacts-en');
  expect(await b.accessibilityViolations(page)).toEqual([]);
});
