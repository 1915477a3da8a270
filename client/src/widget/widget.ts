/**
 * The embeddable widget for partner sites: `<script src="https://HOST/widget.js" defer></script>`, then
 * `<ecosystem-opportunities kinds="CIFRE" departement="42" limit="5" lang="fr">` or
 * `<ecosystem-contacts actor="<id>">`. Built alone (vite.widget.config.ts → dist/widget.js, no React),
 * it calls the public GraphQL API of the origin that served it (or the `api` attribute) with plain
 * fetch, renders in a Shadow DOM that inherits the page's font and colour, and exposes CSS custom
 * properties (`--ecosystem-accent`, `--ecosystem-muted`, `--ecosystem-gap`) and parts for theming.
 */
import { CONTACT_ROLES, OPPORTUNITY_KINDS, label } from '../ui/labels';
import { WIDGET_MESSAGES, type WidgetLanguage, type WidgetMessages } from './messages';

// Read while the script runs: `document.currentScript` is null afterwards (and for modules).
const SCRIPT_SRC = (document.currentScript as HTMLScriptElement | null)?.src || '';
const SCRIPT_ORIGIN = SCRIPT_SRC ? new URL(SCRIPT_SRC).origin : window.location.origin;

const CODE = /^[0-9AB]{1,5}$/i;
const ENUM = /^[A-Z_]+$/;
const MAX_LIMIT = 50;

const STYLE = `
:host { display: block; font: inherit; color: inherit; }
:host([hidden]) { display: none; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--ecosystem-gap, .75rem); }
li { margin: 0; }
a { color: var(--ecosystem-accent, inherit); }
a:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.title { font-weight: 600; }
.meta, .deadline, .status, .more { display: block; color: var(--ecosystem-muted, inherit); font-size: .9em; }
.deadline { font-weight: 600; }
.error { color: var(--ecosystem-error, #b00020); }
.more { margin-top: var(--ecosystem-gap, .75rem); }
`;

/** The element's `lang`, else the page's around it; French unless English is asked for. */
function languageOf(element: HTMLElement): WidgetLanguage {
  const own = element.closest('[lang]')?.getAttribute('lang')?.toLowerCase() ?? '';
  return own.startsWith('en') ? 'en' : 'fr';
}

function listAttribute(element: HTMLElement, name: string, pattern?: RegExp): string[] {
  return (element.getAttribute(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value && (!pattern || pattern.test(value)));
}

function codeAttribute(element: HTMLElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim();
    if (value && CODE.test(value)) return value.toUpperCase();
  }
  return undefined;
}

function limitOf(element: HTMLElement): number {
  const value = Number.parseInt(element.getAttribute('limit') ?? '', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_LIMIT) : 5;
}

/** "12 mars 2027" / "12 March 2027", for a YYYY-MM-DD day, whatever the visitor's time zone. */
export function formatDay(day: string, language: WidgetLanguage): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  );
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function place(territory: Territory | null | undefined): string {
  return territory?.communeName ?? territory?.departmentName ?? territory?.regionName ?? '';
}

interface Territory {
  communeName?: string | null;
  departmentName?: string | null;
  regionName?: string | null;
}

class GraphQLRequestError extends Error {}

/** Shared behaviour: attributes → one GraphQL request → a list, re-rendered when an attribute changes. */
abstract class EcosystemList extends HTMLElement {
  private readonly root: ShadowRoot;
  private controller?: AbortController;
  private scheduled = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback() {
    this.schedule();
  }

  disconnectedCallback() {
    this.controller?.abort();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.schedule();
  }

  protected abstract request(language: WidgetLanguage): { query: string; variables: Record<string, unknown> };
  protected abstract render(data: any, messages: WidgetMessages, language: WidgetLanguage): Node[];

  protected get productOrigin(): string {
    const api = this.getAttribute('api');
    return api ? new URL(api, window.location.href).origin : SCRIPT_ORIGIN;
  }

  protected link(path: string, text: string, part: string): HTMLAnchorElement {
    return element('a', { href: new URL(path, this.productOrigin).href, part }, text);
  }

  // Several attributes set in a row give one request.
  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      void this.load();
    });
  }

  private show(...nodes: Node[]) {
    this.root.replaceChildren(element('style', {}, STYLE), ...nodes);
  }

  private async load() {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const language = languageOf(this);
    const messages = WIDGET_MESSAGES[language];
    this.show(element('p', { role: 'status', class: 'status', part: 'status' }, messages.loading));
    const api = new URL(this.getAttribute('api') || '/graphql', SCRIPT_ORIGIN).href;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const key = this.getAttribute('api-key');
    if (key) headers['x-api-key'] = key;
    try {
      const response = await fetch(api, { method: 'POST', headers, body: JSON.stringify(this.request(language)), signal: controller.signal, credentials: 'omit' });
      const body = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: Array<{ message: string }> };
      if (!response.ok || body.errors?.length || !body.data) throw new GraphQLRequestError(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
      if (controller.signal.aborted) return;
      this.show(...this.render(body.data, messages, language));
      this.dispatchEvent(new CustomEvent('ecosystem-load', { detail: body.data }));
    } catch (error) {
      if (controller.signal.aborted) return;
      const detail = error instanceof GraphQLRequestError ? error.message : messages.network;
      this.show(element('p', { role: 'alert', class: 'error', part: 'error' }, `${messages.error} (${detail})`));
      this.dispatchEvent(new CustomEvent('ecosystem-error', { detail }));
    }
  }
}

const OPPORTUNITIES_QUERY = `query EcosystemWidgetOpportunities($filter: OpportunityFilter, $first: Int) {
  opportunities(filter: $filter, first: $first) {
    totalCount
    nodes { id kind title deadline host { id name } territory { communeName departmentName regionName } }
  }
}`;

/** `<ecosystem-opportunities kinds="CIFRE,INTERNSHIP" region="84" departement="42" commune="42218" theme="mobilité" statuses="OPEN" limit="5" lang="fr">` */
export class EcosystemOpportunities extends EcosystemList {
  static get observedAttributes() {
    return ['kinds', 'statuses', 'region', 'departement', 'department', 'commune', 'theme', 'themes', 'search', 'host', 'limit', 'lang', 'api', 'api-key'];
  }

  private filter() {
    const kinds = listAttribute(this, 'kinds', ENUM).map((kind) => kind.toUpperCase());
    const statuses = listAttribute(this, 'statuses', ENUM);
    const themes = [...listAttribute(this, 'themes'), ...listAttribute(this, 'theme')];
    return {
      ...(kinds.length ? { kinds } : {}),
      // Open ones by default: a partner page lists what people can still apply to.
      statuses: statuses.length ? statuses : ['OPEN'],
      ...(themes.length ? { themes } : {}),
      regionCode: codeAttribute(this, 'region'),
      departmentCode: codeAttribute(this, 'departement', 'department'),
      communeCode: codeAttribute(this, 'commune'),
      search: this.getAttribute('search')?.trim() || undefined,
      hostId: this.getAttribute('host')?.trim() || undefined,
    };
  }

  protected request() {
    return { query: OPPORTUNITIES_QUERY, variables: { filter: this.filter(), first: limitOf(this) } };
  }

  protected render(data: any, messages: WidgetMessages, language: WidgetLanguage): Node[] {
    const { totalCount, nodes } = data.opportunities as {
      totalCount: number;
      nodes: Array<{ id: string; kind: string; title: string; deadline: string | null; host: { id: string; name: string } | null; territory: Territory }>;
    };
    if (nodes.length === 0) return [element('p', { class: 'status', part: 'empty' }, messages.noOpportunities)];
    const list = element('ul', { part: 'list', 'aria-label': messages.opportunitiesLabel });
    for (const opportunity of nodes) {
      // A commune hosting in its own territory is named once.
      const meta = [...new Set([label(OPPORTUNITY_KINDS, opportunity.kind, language), opportunity.host?.name, place(opportunity.territory)].filter(Boolean))].join(' · ');
      list.append(
        element(
          'li',
          { part: 'item' },
          element('span', { class: 'title', part: 'title' }, this.link(`/opportunites/${encodeURIComponent(opportunity.id)}`, opportunity.title, 'link')),
          element('span', { class: 'meta', part: 'meta' }, meta),
          opportunity.deadline
            ? element('span', { class: 'deadline', part: 'deadline' }, messages.deadline, element('time', { datetime: opportunity.deadline }, formatDay(opportunity.deadline, language)))
            : element('span', { class: 'deadline', part: 'deadline' }, messages.noDeadline),
        ),
      );
    }
    const filter = this.filter();
    const board = new URLSearchParams();
    if (filter.kinds) board.set('kinds', filter.kinds.join(','));
    if (filter.regionCode) board.set('region', filter.regionCode);
    if (filter.departmentCode) board.set('departement', filter.departmentCode);
    if (filter.themes) board.set('theme', filter.themes[0]);
    if (language === 'en') board.set('lang', 'en');
    const query = board.toString();
    return [list, element('p', { class: 'more', part: 'more' }, this.link(`/opportunites${query ? `?${query}` : ''}`, messages.allOpportunities(totalCount), 'more-link'))];
  }
}

const CONTACTS_QUERY = `query EcosystemWidgetContacts($filter: ContactFilter, $first: Int) {
  contacts(filter: $filter, first: $first) {
    totalCount
    nodes { id displayName jobTitle roles organization { id name } territory { communeName departmentName regionName } }
  }
}`;

/**
 * `<ecosystem-contacts actor="<id>" roles="FACILITATOR" departement="42" limit="5">`. Never asks for
 * e-mail or phone: a partner page is anonymous, and the API would give null anyway.
 */
export class EcosystemContacts extends EcosystemList {
  static get observedAttributes() {
    return ['actor', 'roles', 'region', 'departement', 'department', 'theme', 'themes', 'search', 'limit', 'lang', 'api', 'api-key'];
  }

  protected request() {
    const roles = listAttribute(this, 'roles', ENUM);
    const themes = [...listAttribute(this, 'themes'), ...listAttribute(this, 'theme')];
    const filter = {
      organizationId: this.getAttribute('actor')?.trim() || undefined,
      ...(roles.length ? { roles } : {}),
      ...(themes.length ? { themes } : {}),
      regionCode: codeAttribute(this, 'region'),
      departmentCode: codeAttribute(this, 'departement', 'department'),
      search: this.getAttribute('search')?.trim() || undefined,
    };
    return { query: CONTACTS_QUERY, variables: { filter, first: limitOf(this) } };
  }

  protected render(data: any, messages: WidgetMessages, language: WidgetLanguage): Node[] {
    const { nodes } = data.contacts as {
      nodes: Array<{ id: string; displayName: string; jobTitle: string | null; roles: string[]; organization: { id: string; name: string } | null; territory: Territory }>;
    };
    if (nodes.length === 0) return [element('p', { class: 'status', part: 'empty' }, messages.noContacts)];
    const list = element('ul', { part: 'list', 'aria-label': messages.contactsLabel });
    for (const contact of nodes) {
      const roles = contact.roles.map((role) => label(CONTACT_ROLES, role, language)).join(', ');
      const item = element(
        'li',
        { part: 'item' },
        element('span', { class: 'title', part: 'title' }, contact.displayName),
        element('span', { class: 'meta', part: 'meta' }, [contact.jobTitle, roles, place(contact.territory)].filter(Boolean).join(' · ')),
      );
      if (contact.organization) {
        item.append(element('span', { class: 'meta', part: 'organization' }, this.link(`/acteurs/${encodeURIComponent(contact.organization.id)}`, contact.organization.name, 'link')));
      }
      list.append(item);
    }
    return [list, element('p', { class: 'more', part: 'more' }, messages.signInForDetails, ' ', this.link(`/interlocuteurs${language === 'en' ? '?lang=en' : ''}`, messages.allContacts, 'more-link'))];
  }
}

if (!customElements.get('ecosystem-opportunities')) customElements.define('ecosystem-opportunities', EcosystemOpportunities);
if (!customElements.get('ecosystem-contacts')) customElements.define('ecosystem-contacts', EcosystemContacts);
