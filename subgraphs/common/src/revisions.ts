/**
 * Revisions: the one record of who changed what, when, from which state to which. Each subgraph
 * keeps a `revision` table in its own schema, written in the same transaction as the change it
 * records; it serves the admins' journal (issue 5), each record's history and reverts (issue 6)
 * and the optimistic locking of concurrent edits (issue 7): a record's `version` column and its
 * revisions' `version` numbers are the same counter.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { requireRole, type Viewer } from './auth.js';
import { quoteIdent } from './database.js';
import { looksLikeUuid } from './ids.js';
import { InputProblems, badUserInput, notFound } from './errors.js';
import { RevisionAction, RevisionEntityType, type Revision, type RevisionConnection, type RevisionFilter } from './graphql-types.js';
import { Connection, pageRequest, type PageRequest } from './pagination.js';

export type Snapshot = Record<string, unknown>;

export interface FieldChangeValue {
  /** Dotted path in the snapshot, e.g. `name` or `territory.communeCode`. */
  field: string;
  before: unknown;
  after: unknown;
}

/** One stored revision, as the GraphQL `Revision` type exposes it. */
export interface RevisionRecord {
  id: string;
  entityType: RevisionEntityType;
  entityId: string;
  version: number;
  action: RevisionAction;
  authorId: string | null;
  authorName: string | null;
  authorRole: string | null;
  at: Date;
  before: Snapshot | null;
  after: Snapshot | null;
  changes: FieldChangeValue[];
  revertedTo: number | null;
  /** When the change was a member's proposal accepted by a moderator (the author): the proposal and its proposer. */
  proposalId?: string | null;
  proposerId?: string | null;
  proposerName?: string | null;
  proposerRole?: string | null;
}

/**
 * Credit for a change that a member proposed and a moderator accepted (proposals.ts). The accept
 * runs the record's normal write path (createActor, updateContact…) inside `withRevisionCredit`,
 * so that path stays the one way to write, and the revision it records names both people.
 * `onRecorded` runs inside the write's transaction, right after the revision: it settles the
 * proposal there, so a record is never written for a proposal left pending, nor the reverse.
 */
export interface RevisionCredit {
  proposalId: string;
  proposer: { id: string | null; name: string | null; role: string | null };
  onRecorded(manager: EntityManager, entityId: string, version: number): Promise<void>;
}

const creditStorage = new AsyncLocalStorage<RevisionCredit>();

/** Runs `write` so that the revisions it records credit this proposal's proposer. */
export function withRevisionCredit<T>(credit: RevisionCredit, write: () => Promise<T>): Promise<T> {
  return creditStorage.run(credit, write);
}

export interface NewRevision {
  entityType: RevisionEntityType;
  entityId: string;
  version: number;
  action: RevisionAction;
  before: Snapshot | null;
  after: Snapshot | null;
  revertedTo?: number | null;
  /** diffSnapshots(before, after), when the caller has it already. */
  changes?: FieldChangeValue[];
}

// ---------------------------------------------------------------------------------------------
// Snapshots and diffs.

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

function toJson(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value === undefined ? null : value;
}

/** Row properties that are bookkeeping, not content: never snapshotted nor diffed. */
const BOOKKEEPING = new Set(['id', 'ref', 'version', 'createdAt', 'updatedAt', 'publishedAt', 'verifiedAt', 'verifiedById', 'verifiedByName']);

/**
 * The JSON state of a record row, as revisions store it: every content column, the embedded
 * `place` renamed `territory` like the API names it, dates as ISO strings.
 */
export function snapshotOf(row: object): Snapshot {
  const snapshot: Snapshot = {};
  for (const [key, value] of Object.entries(row)) {
    if (BOOKKEEPING.has(key)) continue;
    snapshot[key === 'place' ? 'territory' : key] = toJson(value);
  }
  return snapshot;
}

/** The field-level difference between two states (nested objects by leaf, lists as wholes). */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null, prefix = ''): FieldChangeValue[] {
  const changes: FieldChangeValue[] = [];
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  for (const key of keys) {
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    const field = `${prefix}${key}`;
    if (isPlainObject(a) || isPlainObject(b)) {
      changes.push(...diffSnapshots(isPlainObject(a) ? a : null, isPlainObject(b) ? b : null, `${field}.`));
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes.push({ field, before: a, after: b });
    }
  }
  return changes;
}

/** A revision with `fields` (e.g. e-mail and phone) blanked in its states and changes. */
export function redactRevision(revision: RevisionRecord, fields: readonly string[]): RevisionRecord {
  const hidden = new Set(fields);
  const blank = (state: Snapshot | null) =>
    state && Object.fromEntries(Object.entries(state).map(([k, v]) => [k, hidden.has(k) && v !== null ? null : v]));
  return {
    ...revision,
    before: blank(revision.before),
    after: blank(revision.after),
    // A change to a hidden field stays listed (something changed), without its values.
    changes: revision.changes.map((c) => (hidden.has(c.field) ? { field: c.field, before: null, after: null } : c)),
  };
}

// ---------------------------------------------------------------------------------------------
// Errors.

/**
 * The record changed since the editor loaded it: nothing is written. The extensions say what
 * to reload: the current version and every field changed after the version the editor had.
 */
export function conflict(entityType: RevisionEntityType, id: string, expectedVersion: number, currentVersion: number, since: RevisionRecord[]): GraphQLError {
  const changedFields = [...new Set(since.flatMap((r) => r.changes.map((c) => c.field)))].sort();
  const last = since[since.length - 1];
  return new GraphQLError(
    `Cette fiche a été modifiée depuis que vous l’avez ouverte (version ${expectedVersion}, elle est maintenant en version ${currentVersion}` +
      `${changedFields.length ? ` ; champs modifiés : ${changedFields.join(', ')}` : ''}). Rechargez-la avant d’enregistrer : rien n’a été écrit.`,
    {
      extensions: {
        // No HTTP status here: a subgraph answering 409 would be read by the gateway as a failed
        // fetch, and these extensions would not reach the client.
        code: 'CONFLICT',
        entityType,
        id,
        expectedVersion,
        currentVersion,
        changedFields,
        lastChangedBy: last ? { name: last.authorName, at: last.at.toISOString() } : null,
      },
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Storage.

interface RevisionSqlRow {
  id: string;
  entity_type: RevisionEntityType;
  entity_id: string;
  version: number;
  action: RevisionAction;
  author_id: string | null;
  author_name: string | null;
  author_role: string | null;
  created_at: Date;
  before: Snapshot | null;
  after: Snapshot | null;
  changes: FieldChangeValue[];
  reverted_to: number | null;
  proposal_id?: string | null;
  proposer_id?: string | null;
  proposer_name?: string | null;
  proposer_role?: string | null;
}

function fromSql(row: RevisionSqlRow): RevisionRecord {
  return {
    id: row.id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    version: row.version,
    action: row.action,
    authorId: row.author_id,
    authorName: row.author_name,
    authorRole: row.author_role,
    at: row.created_at,
    before: row.before,
    after: row.after,
    changes: row.changes,
    revertedTo: row.reverted_to,
    proposalId: row.proposal_id ?? null,
    proposerId: row.proposer_id ?? null,
    proposerName: row.proposer_name ?? null,
    proposerRole: row.proposer_role ?? null,
  };
}

/** SQL of the `revision` table; each subgraph's migration creates it in its own schema. */
export function revisionTableSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE ${s}.revision (
       id uuid PRIMARY KEY,
       entity_type text NOT NULL,
       entity_id uuid NOT NULL,
       version integer NOT NULL CHECK (version > 0),
       action text NOT NULL,
       author_id text,
       author_name text,
       author_role text,
       created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
       before jsonb,
       after jsonb,
       changes jsonb NOT NULL DEFAULT '[]',
       reverted_to integer,
       -- One revision per version: two writers can never both claim version n.
       UNIQUE (entity_type, entity_id, version)
     )`,
    `CREATE INDEX revision_created_idx ON ${s}.revision (created_at DESC, id DESC)`,
    `CREATE INDEX revision_author_idx ON ${s}.revision (author_id, created_at DESC)`,
  ];
}

export interface JournalCriteria {
  authorId?: string;
  entityTypes?: RevisionEntityType[];
  entityId?: string;
  actions?: RevisionAction[];
  since?: Date;
  until?: Date;
}

/** Checks a journal filter, naming every bad field at once. */
export function journalCriteria(filter: RevisionFilter | null | undefined): JournalCriteria {
  const problems = new InputProblems();
  if (filter?.entityId) problems.check(looksLikeUuid(filter.entityId), 'filter.entityId', 'Must be a record id.');
  if (filter?.since && filter.until) problems.check(filter.since <= filter.until, 'filter.until', 'Must not be before since.');
  problems.throwIfAny();
  return {
    authorId: filter?.authorId?.trim() || undefined,
    entityTypes: filter?.entityTypes?.length ? filter.entityTypes : undefined,
    entityId: filter?.entityId?.toLowerCase() || undefined,
    actions: filter?.actions?.length ? filter.actions : undefined,
    since: filter?.since ?? undefined,
    until: filter?.until ?? undefined,
  };
}

/** All SQL about one subgraph's revisions. Reads are one statement whatever the number of records. */
export class RevisionStore {
  private readonly table: string;

  constructor(private readonly dataSource: DataSource, schema: string) {
    this.table = `${quoteIdent(schema)}.revision`;
  }

  /** Records revisions inside the caller's transaction. Importers may call it with many at once. */
  async record(manager: EntityManager, viewer: Viewer, revisions: readonly NewRevision[]): Promise<void> {
    if (!revisions.length) return;
    const credit = creditStorage.getStore();
    const rows = revisions.map((r) => ({
      id: randomUUID(),
      entity_type: r.entityType,
      entity_id: r.entityId,
      version: r.version,
      action: r.action,
      author_id: viewer.id,
      author_name: viewer.name,
      author_role: viewer.role,
      before: r.before,
      after: r.after,
      changes: r.changes ?? diffSnapshots(r.before, r.after),
      reverted_to: r.revertedTo ?? null,
      proposal_id: credit?.proposalId ?? null,
      proposer_id: credit?.proposer.id ?? null,
      proposer_name: credit?.proposer.name ?? null,
      proposer_role: credit?.proposer.role ?? null,
    }));
    await manager.query(
      `INSERT INTO ${this.table} (id, entity_type, entity_id, version, action, author_id, author_name, author_role, before, after, changes, reverted_to,
         proposal_id, proposer_id, proposer_name, proposer_role)
       SELECT id, entity_type, entity_id, version, action, author_id, author_name, author_role, before, after, changes, reverted_to,
         proposal_id, proposer_id, proposer_name, proposer_role
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, entity_type text, entity_id uuid, version integer, action text, author_id text,
         author_name text, author_role text, before jsonb, after jsonb, changes jsonb, reverted_to integer,
         proposal_id uuid, proposer_id text, proposer_name text, proposer_role text)`,
      [JSON.stringify(rows)],
    );
    if (credit) for (const r of revisions) await credit.onRecorded(manager, r.entityId, r.version);
  }

  /** Every revision of these records, newest first. */
  async historyOf(entityType: RevisionEntityType, ids: readonly string[]): Promise<RevisionRecord[]> {
    if (!ids.length) return [];
    const rows: RevisionSqlRow[] = await this.dataSource.query(
      `SELECT * FROM ${this.table} WHERE entity_type = $1 AND entity_id = ANY($2::uuid[]) ORDER BY version DESC`,
      [entityType, [...ids]],
    );
    return rows.map(fromSql);
  }

  /** Revisions of one record after `version`, oldest first (what a stale editor missed). */
  async since(manager: EntityManager, entityType: RevisionEntityType, id: string, version: number): Promise<RevisionRecord[]> {
    const rows: RevisionSqlRow[] = await manager.query(
      `SELECT * FROM ${this.table} WHERE entity_type = $1 AND entity_id = $2 AND version > $3 ORDER BY version`,
      [entityType, id, version],
    );
    return rows.map(fromSql);
  }

  /**
   * The state of a record at `version`: the `after` of that revision, or else the `before` of the
   * next one (records seeded before revisions existed have no revision for their first version).
   */
  async stateAt(manager: EntityManager, entityType: RevisionEntityType, id: string, version: number): Promise<Snapshot | null> {
    const rows: Array<{ version: number; before: Snapshot | null; after: Snapshot | null }> = await manager.query(
      `SELECT version, before, after FROM ${this.table} WHERE entity_type = $1 AND entity_id = $2 AND version IN ($3, $3 + 1)`,
      [entityType, id, version],
    );
    const at = rows.find((r) => r.version === version);
    if (at) return at.after;
    return rows.find((r) => r.version === version + 1)?.before ?? null;
  }

  /** A page of the journal, newest first. */
  async journal(criteria: JournalCriteria, page: PageRequest): Promise<RevisionRecord[]> {
    const { where, params } = this.where(criteria);
    const rows: RevisionSqlRow[] = await this.dataSource.query(
      `SELECT * FROM ${this.table} ${where} ORDER BY created_at DESC, id DESC OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, page.offset, page.limit + 1],
    );
    return rows.map(fromSql);
  }

  async journalCount(criteria: JournalCriteria): Promise<number> {
    const { where, params } = this.where(criteria);
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ${this.table} ${where}`, params);
    return row.count;
  }

  private where(c: JournalCriteria): { where: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    };
    if (c.authorId) add('author_id = ?', c.authorId);
    if (c.entityTypes) add('entity_type = ANY(?)', c.entityTypes);
    if (c.entityId) add('entity_id = ?', c.entityId);
    if (c.actions) add('action = ANY(?)', c.actions);
    if (c.since) add('created_at >= ?', c.since);
    if (c.until) add('created_at <= ?', c.until);
    return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }
}

// ---------------------------------------------------------------------------------------------
// Versioned writes: the one path by which the API changes a record.

/** What every versioned row has. */
export interface VersionedRow extends ObjectLiteral {
  id: string;
  version: number;
}

export interface VersionedTarget<Row extends VersionedRow> {
  dataSource: DataSource;
  revisions: RevisionStore;
  entity: EntityTarget<Row>;
  entityType: RevisionEntityType;
  /** Name used in NOT_FOUND messages, e.g. "Actor". */
  label: string;
  /** The row's state as revisions store it (default: snapshotOf). */
  snapshot?: (row: Row) => Snapshot;
  /**
   * The row has `verifiedAt` / `verifiedById` / `verifiedByName` (verification.ts): an editor's
   * creation, update or revert counts as a verification and sets them (an archive does not).
   */
  verifiable?: boolean;
}

export interface ReviseOptions<Row extends VersionedRow> {
  id: string;
  viewer: Viewer;
  action: RevisionAction;
  /** The version the editor loaded: when given and stale, CONFLICT and nothing written. */
  expectedVersion?: number | null;
  /** Territory and role checks on the current (locked) row; runs before the version check, so a refused viewer learns nothing. */
  authorize(existing: Row): void;
  /**
   * The columns to write, validated; null when there is nothing to do (e.g. already archived).
   * Receives the transaction so that reverts read the target state in it.
   */
  change(existing: Row, manager: EntityManager): Promise<Partial<Row> | null>;
  revertedTo?: number;
}

/** The record `id` of `repository`, locked for this transaction (FOR UPDATE); NOT_FOUND when there is none (or the id is malformed). */
export async function lockRecord<Row extends ObjectLiteral>(repository: Repository<Row>, id: string, label: string): Promise<Row> {
  const existing = looksLikeUuid(id) ? await repository.findOne({ where: { id: id.toLowerCase() } as never, lock: { mode: 'pessimistic_write' } }) : null;
  if (!existing) throw notFound(label, id);
  return existing;
}

/**
 * Changes a record and records the revision in one transaction. The row is locked first
 * (`SELECT … FOR UPDATE`), so concurrent writers queue, each sees the other's result, and version
 * numbers never fork; a write that changes no field writes nothing and keeps the version.
 */
export async function reviseRecord<Row extends VersionedRow>(target: VersionedTarget<Row>, options: ReviseOptions<Row>): Promise<Row> {
  const snapshot = target.snapshot ?? snapshotOf;
  if (options.expectedVersion !== undefined && options.expectedVersion !== null && (!Number.isInteger(options.expectedVersion) || options.expectedVersion < 1)) {
    throw badUserInput([{ field: 'input.expectedVersion', message: 'A version is a whole number from 1.' }]);
  }
  return target.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(target.entity);
    const existing = await lockRecord(repository, options.id, target.label);
    options.authorize(existing);
    const expected = options.expectedVersion;
    if (expected !== undefined && expected !== null && expected !== existing.version) {
      throw conflict(target.entityType, existing.id, expected, existing.version, await target.revisions.since(manager, target.entityType, existing.id, expected));
    }
    const values = await options.change(existing, manager);
    if (!values) return existing;
    const before = snapshot(existing);
    const after = snapshot({ ...existing, ...values } as Row);
    const changes = diffSnapshots(before, after);
    if (!changes.length) return existing;
    const version = existing.version + 1;
    const verified = target.verifiable && options.action !== RevisionAction.ARCHIVE ? verificationBy(options.viewer) : {};
    await repository.update({ id: existing.id } as never, { ...values, ...verified, version, updatedAt: new Date() } as never);
    await target.revisions.record(manager, options.viewer, [
      { entityType: target.entityType, entityId: existing.id, version, action: options.action, before, after, changes, revertedTo: options.revertedTo ?? null },
    ]);
    return repository.findOneOrFail({ where: { id: existing.id } as never });
  });
}

/**
 * The verification columns an editor's own write sets. A person with the editor role who saves a
 * record had the whole record in front of them in the form and stood behind it: that is what
 * "verified" means here, so their direct edits count as one (importers, which bypass this path,
 * and members, who cannot write, never verify).
 */
export function verificationBy(viewer: Viewer): { verifiedAt?: Date; verifiedById?: string | null; verifiedByName?: string | null } {
  if (viewer.role !== 'editor' && viewer.role !== 'admin') return {};
  return { verifiedAt: new Date(), verifiedById: viewer.id, verifiedByName: viewer.name ?? viewer.id };
}

/** Inserts a record at version 1 and records its creation, in one transaction. */
export async function createRecord<Row extends VersionedRow>(target: VersionedTarget<Row>, viewer: Viewer, row: Row): Promise<Row> {
  const snapshot = target.snapshot ?? snapshotOf;
  return target.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(target.entity);
    await repository.insert({ ...row, ...(target.verifiable ? verificationBy(viewer) : {}), version: 1 } as never);
    const created = await repository.findOneOrFail({ where: { id: row.id } as never });
    await target.revisions.record(manager, viewer, [
      { entityType: target.entityType, entityId: row.id, version: 1, action: RevisionAction.CREATE, before: null, after: snapshot(created) },
    ]);
    return created;
  });
}

/**
 * Reverts a record to the state it had at `version`: a new revision (action REVERT) whose content
 * is that state, re-validated by `restore` as any write (the world may have changed: a parent
 * archived, a territory no longer covered). Bookkeeping fields are never reverted.
 */
export async function revertRecord<Row extends VersionedRow>(
  target: VersionedTarget<Row>,
  options: Omit<ReviseOptions<Row>, 'action' | 'change' | 'revertedTo'> & {
    version: number;
    /** The row values of `state`, validated (throws BAD_USER_INPUT / FORBIDDEN like any write). */
    restore(state: Snapshot, existing: Row, manager: EntityManager): Promise<Partial<Row>>;
  },
): Promise<Row> {
  if (!Number.isInteger(options.version) || options.version < 1) {
    throw badUserInput([{ field: 'version', message: 'A version is a whole number from 1.' }]);
  }
  return reviseRecord(target, {
    ...options,
    action: RevisionAction.REVERT,
    revertedTo: options.version,
    change: async (existing, manager) => {
      if (options.version >= existing.version) {
        throw badUserInput([{ field: 'version', message: `Pick an earlier version than the current one (${existing.version}).` }]);
      }
      const state = await target.revisions.stateAt(manager, target.entityType, existing.id, options.version);
      if (!state) throw badUserInput([{ field: 'version', message: `Version ${options.version} of this record is not recorded.` }]);
      return options.restore(state, existing, manager);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Reading: who may, and the GraphQL views.

/**
 * A record's history is for editors and admins (any territory: records are public, and a history
 * helps an editor understand a record before proposing a change). Members and anonymous viewers
 * get FORBIDDEN / UNAUTHENTICATED on the (nullable) field, not an empty list, so that a missing
 * right is never mistaken for a record without history.
 */
export function requireHistoryReader(viewer: Viewer): void {
  // Field errors without an HTTP status (unlike requireRole's): a 401/403 answer would make the
  // gateway drop the whole subgraph response, nulling the record instead of just its history.
  if (viewer.role === 'anonymous') {
    throw new GraphQLError('Sign in as an editor to read the history of a record.', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (viewer.role !== 'editor' && viewer.role !== 'admin') {
    throw new GraphQLError(`The history of a record is for editors and admins; you are signed in as ${viewer.role}.`, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** The journal of every change is for admins only. */
export function requireJournalReader(viewer: Viewer): void {
  requireRole(viewer, 'admin');
}

export function revisionView(record: RevisionRecord): Revision {
  return {
    id: record.id,
    entityType: record.entityType,
    entityId: record.entityId,
    version: record.version,
    action: record.action,
    author: { id: record.authorId, name: record.authorName, role: record.authorRole },
    at: record.at,
    before: record.before,
    after: record.after,
    changes: record.changes,
    revertedTo: record.revertedTo,
    proposedBy: record.proposerId || record.proposerName ? { id: record.proposerId ?? null, name: record.proposerName ?? null, role: record.proposerRole ?? null } : null,
    proposalId: record.proposalId ?? null,
  };
}

/**
 * The admin journal of one subgraph: checks the viewer, the filter and the page, then reads.
 * `view` may redact what this viewer must not see (contacts' e-mails and phones).
 */
export async function readJournal(
  revisions: RevisionStore,
  viewer: Viewer,
  filter: RevisionFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  view: (record: RevisionRecord) => RevisionRecord = (record) => record,
): Promise<RevisionConnection> {
  requireJournalReader(viewer);
  const criteria = journalCriteria(filter);
  const page = pageRequest(first, after);
  const rows = await revisions.journal(criteria, page);
  const connection = new Connection(rows.map((row) => revisionView(view(row))), page, () => revisions.journalCount(criteria));
  return connection as unknown as RevisionConnection;
}
