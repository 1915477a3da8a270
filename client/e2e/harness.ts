/**
 * Browser tests: the real stack (seeded database clone, three subgraphs, gateway serving the built
 * client) driven by Debian's chromium through playwright-core. Never downloads a browser.
 */
import { mintToken } from '@ecosystem/common';
import { TEST_JWT_SECRET } from '@ecosystem/common/testing';
import { startStack, type Stack, type StackOptions } from '@ecosystem/gateway/testing';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = resolve(__dirname, '../../test-results/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserStack {
  stack: Stack;
  browser: Browser;
  base: string;
  newPage(options?: { language?: 'fr' | 'en' }): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  /** Serious or critical axe-core violations on the page, as readable lines. */
  accessibilityViolations(page: Page): Promise<string[]>;
  stop(): Promise<void>;
}

/** `options.gateway` passes extra gateway settings (e.g. OpenID Connect sign-in). */
export async function startBrowserStack(options: Pick<StackOptions, 'gateway'> = {}): Promise<BrowserStack> {
  if (!existsSync(CHROMIUM)) throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does.`);
  if (!existsSync(join(process.env.E2E_CLIENT_DIR ?? resolve(__dirname, '../dist'), 'index.html'))) throw new Error('The client is not built: run `npm run build` (npm test does).');
  const stack = await startStack({ ...options, client: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const base = stack.url.replace(/\/graphql$/, '');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return {
    stack,
    browser,
    base,
    newPage: async ({ language = 'fr' } = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
      // The starting language, unless the page already chose one (a reload keeps the person's choice).
      await context.addInitScript((lang) => {
        if (!window.localStorage.getItem('ecosystem.language')) window.localStorage.setItem('ecosystem.language', lang);
      }, language);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    screenshot: async (page, name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    accessibilityViolations: async (page) => {
      await page.addScriptTag({ content: axeSource });
      const results = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        return axe.run(document, { resultTypes: ['violations'] });
      });
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    },
    stop: async () => {
      await browser.close();
      await stack.stop();
    },
  };
}

/** A token for tests that need a signed-in person, until the sign-in flow is used instead. */
export function testToken(role: 'member' | 'editor' | 'admin', territories: string[] = []): Promise<string> {
  return mintToken({ sub: `e2e-${role}`, role, name: `E2E ${role}`, territories }, TEST_JWT_SECRET);
}
