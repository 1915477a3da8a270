/** GraphiQL at /graphql in a real browser: bundled with the client, nothing fetched from elsewhere. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
beforeAll(async () => {
  // Written by the client's full build (npm run build), after the app.
  if (!existsSync(join(process.env.E2E_CLIENT_DIR ?? resolve(__dirname, '../dist'), 'graphiql.html'))) throw new Error('client/dist/graphiql.html is missing: run `npm run build`.');
  b = await startBrowserStack();
});
afterAll(() => b?.stop());

it('opens GraphiQL at /graphql, runs a typed query and shows the result, with no request leaving the origin', async () => {
  const page = await b.newPage({ language: 'en' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${b.base}/graphql`);
  expect(await page.title()).toBe('GraphiQL — Research–territory ecosystem API');
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await editor.waitFor();
  // The example query is there, and runs.
  await page.locator('.graphiql-query-editor').getByText('OpenCifreInLoire').first().waitFor();

  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('{ partnershipTool(slug: "cifre-recherche-action") { title family } }');
  // GraphiQL re-reads the operation name from the editor on a debounce: a person never clicks within it.
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: /Execute query/ }).click();
  const response = page.locator('.result-window');
  // Monaco draws one span per token: wait on the text of the whole response editor.
  await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('UNIVERSITY_TO_TERRITORY'));
  // Monaco renders spaces as no-break spaces.
  const text = (await response.innerText()).replace(/\s+/gu, ' ');
  expect(text).toContain('"partnershipTool"');
  expect(text).toContain('"title": "Thèse CIFRE (Conventions industrielles');
  expect(text).not.toContain('"errors"');

  // The schema was introspected: the docs explorer shows Query with its description and its fields'.
  await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByRole('link', { name: 'Query', exact: true }).click();
  await docs.getByText('Reading the directory', { exact: false }).first().waitFor();
  await docs.getByText('One actor by id, archived or not', { exact: false }).first().waitFor();

  const foreign = requests.filter((url) => !url.startsWith(`${b.base}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
  await b.screenshot(page, 'graphiql');
});

it('keeps /graphql an API for everything but a browser asking for a page', async () => {
  const api = await fetch(`${b.stack.url}?query=${encodeURIComponent('{ toolFamilies { family } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
  expect(api.status).toBe(200);
  expect(((await api.json()) as any).data.toolFamilies.length).toBe(4);
  const html = await fetch(b.stack.url, { headers: { accept: 'text/html,application/xhtml+xml' } });
  expect(html.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await html.text()).toContain('/graphiql-assets/');
  const post = await b.stack.query('{ toolFamilies { family } }');
  expect(post.data.toolFamilies.length).toBe(4);
});
