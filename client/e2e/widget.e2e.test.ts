/**
 * The embeddable widget on a partner site: a page served by a second HTTP server, on another origin
 * (127.0.0.1 and its own port, the product being on localhost), with one script tag and the elements.
 */
import { stableId } from '@ecosystem/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBrowserStack, type BrowserStack } from './harness.js';

let b: BrowserStack;
let partner: Server;
let partnerOrigin: string;
let cifreLoire: string;
const host = stableId('commune:42218');
const organisation = stableId('org:mines-saint-etienne');
const EMAIL = 'widget.facilitatrice@example.fr';
const PHONE = '+33 4 77 00 11 22';

beforeAll(async () => {
  // Written by the client's full build (npm run build), after the app.
  if (!existsSync(join(process.env.E2E_CLIENT_DIR ?? resolve(__dirname, '../dist'), 'widget.js'))) throw new Error('client/dist/widget.js is missing: run `npm run build`.');
  b = await startBrowserStack();
  const admin = await b.stack.token('admin');
  const create = async (input: Record<string, unknown>) => {
    const { data, errors } = await b.stack.query(`mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`, { input }, admin);
    expect(errors).toBeUndefined();
    return data.createOpportunity.id as string;
  };
  cifreLoire = await create({ kind: 'CIFRE', title: 'Thèse CIFRE : mobilités du quotidien à Saint-Étienne', description: 'Une thèse avec la ville.', hostId: host, territory: { communeCode: '42218' }, deadline: '2027-03-31' });
  // Same kind elsewhere (Lyon): the territory filter must leave it out.
  await create({ kind: 'CIFRE', title: 'Thèse CIFRE à Lyon', description: 'Ailleurs.', hostId: stableId('commune:69123'), territory: { communeCode: '69123' }, deadline: '2027-01-15' });
  const contact = await b.stack.query(
    `mutation($org: ID!, $email: String!, $phone: String!) { createContact(input: {
       displayName: "Inès Widget", jobTitle: "Chargée de partenariats", roles: [FACILITATOR], organizationId: $org, organizationKind: UNIVERSITY,
       territory: { communeCode: "42218" }, email: $email, phone: $phone }) { id email } }`,
    { org: organisation, email: EMAIL, phone: PHONE },
    admin,
  );
  expect(contact.errors).toBeUndefined();
  expect(contact.data.createContact.email).toBe(EMAIL);

  // A port where nothing listens, for the error state.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const deadPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));

  partner = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Ville partenaire — thèses CIFRE</title>
<script src="${b.base}/widget.js" defer></script>
<style>body { font-family: Georgia, serif; color: rgb(20, 40, 60); } ecosystem-opportunities { --ecosystem-accent: rgb(150, 0, 50); }</style>
</head>
<body><main>
<h1>Nos offres de thèse</h1>
<h2>En français</h2>
<ecosystem-opportunities id="fr" kinds="CIFRE" departement="42" limit="5"></ecosystem-opportunities>
<h2>In English</h2>
<ecosystem-opportunities id="en" kinds="CIFRE" departement="42" lang="en"></ecosystem-opportunities>
<h2>Rien</h2>
<ecosystem-opportunities id="empty" kinds="CIFRE" departement="976"></ecosystem-opportunities>
<h2>Panne</h2>
<ecosystem-opportunities id="down" api="http://127.0.0.1:${deadPort}/graphql"></ecosystem-opportunities>
<h2>Interlocuteurs</h2>
<ecosystem-contacts id="contacts" actor="${organisation}"></ecosystem-contacts>
</main></body></html>`);
  });
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => partner?.close(resolve));
  await b?.stop();
});

/** Everything the elements render, shadow roots included. */
function renderedMarkup(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('ecosystem-opportunities, ecosystem-contacts')).map((el) => `${el.outerHTML}${el.shadowRoot?.innerHTML ?? ''}`).join('\n'),
  );
}

it('renders open CIFRE offers of the Loire on a partner site, in French and English, and contacts without e-mail or phone', async () => {
  const page = await b.newPage();
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().startsWith(b.stack.url)) bodies.push(await response.text().catch(() => ''));
  });
  await page.goto(`${partnerOrigin}/`);
  expect(new URL(page.url()).origin).not.toBe(new URL(b.base).origin);

  const fr = page.locator('#fr');
  const items = fr.getByRole('listitem');
  await items.first().waitFor();
  expect(await fr.getByRole('list', { name: 'Opportunités' }).count()).toBe(1);
  // Only the CIFRE of the Loire: not the Lyon one, not the Loire internship of the seed.
  expect(await items.count()).toBe(1);
  const link = fr.getByRole('link', { name: 'Thèse CIFRE : mobilités du quotidien à Saint-Étienne' });
  expect(await link.getAttribute('href')).toBe(`${b.base}/opportunites/${cifreLoire}`);
  await fr.getByText('Date limite : 31 mars 2027').waitFor();
  expect(await fr.locator('time').getAttribute('datetime')).toBe('2027-03-31');
  await fr.getByText('Thèse CIFRE · Saint-Étienne').waitFor();
  // Blends in: the page's font and colour, the partner's accent through the custom property.
  const style = await link.evaluate((a) => ({ font: getComputedStyle(a).fontFamily, colour: getComputedStyle(a).color, item: getComputedStyle(a.closest('li')!).color }));
  expect(style).toEqual({ font: 'Georgia, serif', colour: 'rgb(150, 0, 50)', item: 'rgb(20, 40, 60)' });

  const en = page.locator('#en');
  await en.getByText('Deadline: 31 March 2027').waitFor();
  await en.getByText('CIFRE PhD · Saint-Étienne').waitFor();
  expect(await en.getByRole('list', { name: 'Opportunities' }).count()).toBe(1);
  expect(await en.getByRole('link', { name: 'See it on the site' }).getAttribute('href')).toBe(`${b.base}/opportunites?kinds=CIFRE&departement=42&lang=en`);

  await page.locator('#empty').getByText('Aucune opportunité ouverte pour ces critères en ce moment.').waitFor();
  await page.locator('#down').getByRole('alert').filter({ hasText: "Le contenu n'a pas pu être chargé" }).waitFor();

  const contacts = page.locator('#contacts');
  await contacts.getByText('Inès Widget').waitFor();
  await contacts.getByText('Chargée de partenariats · Animateur·rice de partenariats · Saint-Étienne').waitFor();
  expect(await contacts.getByRole('link', { name: 'Mines Saint-Étienne' }).getAttribute('href')).toBe(`${b.base}/acteurs/${organisation}`);

  // No e-mail or phone anywhere: not on screen, not in the markup, not in what the API sent.
  const markup = await renderedMarkup(page);
  const everything = [markup, await page.locator('body').innerText(), ...bodies].join('\n');
  expect(bodies.length).toBeGreaterThanOrEqual(4);
  expect(everything).toContain('Inès Widget');
  for (const secret of [EMAIL, PHONE, 'mailto:', 'tel:', '@example.fr']) expect(everything).not.toContain(secret);

  expect(await b.accessibilityViolations(page)).toEqual([]);
  await b.screenshot(page, 'widget-partner-site');
});

it('re-renders when an attribute changes', async () => {
  const page = await b.newPage();
  await page.goto(`${partnerOrigin}/`);
  const fr = page.locator('#fr');
  await fr.getByText('Date limite : 31 mars 2027').waitFor();

  // The seed's internship at Mines Saint-Étienne (Loire).
  await fr.evaluate((el) => el.setAttribute('kinds', 'INTERNSHIP'));
  await fr.getByRole('link', { name: /^Stage de master/ }).waitFor();
  expect(await fr.getByText('Thèse CIFRE : mobilités du quotidien à Saint-Étienne').count()).toBe(0);
  await fr.getByText('Stage · Mines Saint-Étienne · Saint-Étienne').waitFor();
  await fr.getByText('Pas de date limite indiquée').waitFor();

  await fr.evaluate((el) => el.setAttribute('lang', 'en'));
  await fr.getByText('Internship · Mines Saint-Étienne · Saint-Étienne').waitFor();
  await fr.getByText('No deadline given').waitFor();

  // Several attributes at once: one request, the last state wins.
  await fr.evaluate((el) => {
    el.setAttribute('kinds', 'CIFRE');
    el.setAttribute('departement', '69');
  });
  await fr.getByRole('link', { name: 'Thèse CIFRE à Lyon' }).waitFor();
  await fr.getByText('Deadline: 15 January 2027').waitFor();
  expect(await fr.getByRole('listitem').count()).toBe(1);
});

it('serves /widget.js cacheable and revalidated, to any origin', async () => {
  const first = await fetch(`${b.base}/widget.js`, { headers: { origin: partnerOrigin } });
  expect(first.status).toBe(200);
  expect(first.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(first.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800');
  expect(first.headers.get('access-control-allow-origin')).toBe('*');
  expect(first.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  const body = await first.text();
  expect(body).toContain('ecosystem-opportunities');
  // Small and React-free.
  expect(body.length).toBeLessThan(20_000);
  expect(body).not.toMatch(/react/i);
  const etag = first.headers.get('etag');
  expect(etag).toBeTruthy();
  // As a browser revalidates (fetch adds `no-cache` to conditional requests unless told otherwise).
  const again = await fetch(`${b.base}/widget.js`, { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } });
  expect(again.status).toBe(304);
});
