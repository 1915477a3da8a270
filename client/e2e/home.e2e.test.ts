/** The home page in a real browser: French first, English on request, accessible. */
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

it('opens in French, switches to English, and has no serious accessibility violation', async () => {
  const page = await b.newPage();
  // An anonymous visitor has no session to restore, nor signs out: the page asks /auth nothing.
  const authCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/auth/')) authCalls.push(request.url());
  });
  await page.goto(`${b.base}/`);
  await page.getByRole('heading', { level: 1, name: /Cartographier son écosystème/ }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('fr');
  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'home-fr');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { level: 1, name: /Map your research–territory ecosystem/ }).waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  await b.screenshot(page, 'home-en');
  // The choice survives a reload.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /Map your/ }).waitFor();
  expect(authCalls).toEqual([]);
});

it('answers unknown URLs with a not-found page inside the app', async () => {
  const page = await b.newPage();
  await page.goto(`${b.base}/nulle-part`);
  await page.getByRole('heading', { name: "Cette page n'existe pas." }).waitFor();
});
