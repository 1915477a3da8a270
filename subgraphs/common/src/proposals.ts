/**
 * Contributions and moderation (issue 6): a member proposes a new record or a correction; the
 * editors of the record's territory accept it (possibly edited) or reject it with a reason; the
 * proposer follows the outcome. A proposal is a pending change against one record type, so it
 * lives in the subgraph that owns that type (a `proposal` table per subgraph schema), and its
 * payload is that type's own create/update input, checked at proposal time with the same
 * validators. Accepting runs the record's normal write path (createActor, updateContact…) inside
 * `withRevisionCredit`, so the write is checked, versioned and journaled like any edit and its
 * revision names the moderator (author) and the proposer (proposedBy).
 *
 * Each subgraph gets the same API under its own names (proposeActor, actorProposals,
 * acceptActorProposal…) from `proposalResolvers(adapter)`: root fields must be unique across the
 * supergraph, and one set per record type keeps each list typed (`record: Actor`).
 *
 * Privacy: proposals are seen only by their proposer (myXProposals) and by the moderators who
 * cover their territory (xProposals; admins everywhere): a proposed contact's e-mail and phone
 * reach no one else. Every proposal type and root field is PRIVATE for caches.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import {
  Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType, type ClassType,
} from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { requireEditorFor, requireRole, type Viewer } from './auth.js';
import { cacheHint } from './cache-control.js';
import { quoteIdent } from './database.js';
import { looksLikeUuid } from './ids.js';
import { InputProblems, badUserInput, forbidden, notFound, unauthenticated } from './errors.js';
import { FieldChange, RevisionAuthor, RevisionEntityType, Territory } from './graphql-types.js';
import { DateTimeScalar } from './scalars.js';
import { Connection, ConnectionType, pageRequest, type PageRequest } from './pagination.js';
import { provenanceFromInput } from './provenance.js';
import { lockRecord, snapshotOf, withRevisionCredit, type FieldChangeValue, type Snapshot, type VersionedRow } from './revisions.js';
import { territories, type TerritoryCodes } from './territory.js';
import { isStale, staleAfterDays, staleSql, territoryScopeSql, type VerifiableRow } from './verification.js';
import type { BaseContext } from './subgraph.js';

export enum ProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Where a proposal stands in moderation.',
  valuesConfig: {
    PENDING: { description: 'Waiting for an editor of its territory.' },
    ACCEPTED: { description: 'Accepted (possibly with edits): the record was created or changed.' },
    REJECTED: { description: 'Rejected; `reason` says why.' },
  },
});

export enum ProposalAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
}

registerEnumType(ProposalAction, {
  name: 'ProposalAction',
  description: 'What a proposal asks for.',
  valuesConfig: {
    CREATE: { description: 'A new record.' },
    UPDATE: { description: 'A correction of an existing record (`recordId`), based on the version the proposer saw (`baseVersion`).' },
  },
});

// ---------------------------------------------------------------------------------------------
// Storage.

/** SQL of the `proposal` table and of the revision columns that credit a proposer (one migration per subgraph). */
export function proposalTableSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE ${s}.proposal (
       id uuid PRIMARY KEY,
       entity_type text NOT NULL,
       action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE')),
       status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
       record_id uuid,
       base_version integer,
       payload jsonb NOT NULL,
       note text,
       region_code text,
       department_code text,
       proposer_id text NOT NULL,
       proposer_name text,
       proposer_role text,
       created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
       decided_at timestamptz,
       moderator_id text,
       moderator_name text,
       moderator_role text,
       reason text,
       accepted_payload jsonb,
       accepted_version integer,
       CHECK (action = 'CREATE' OR (record_id IS NOT NULL AND base_version IS NOT NULL)),
       CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
     )`,
    `CREATE INDEX proposal_queue_idx ON ${s}.proposal (status, created_at)`,
    `CREATE INDEX proposal_proposer_idx ON ${s}.proposal (proposer_id, created_at DESC)`,
    `ALTER TABLE ${s}.revision ADD COLUMN proposal_id uuid, ADD COLUMN proposer_id text, ADD COLUMN proposer_name text, ADD COLUMN proposer_role text`,
  ];
}

export interface ProposalRow {
  id: string;
  entityType: RevisionEntityType;
  action: ProposalAction;
  status: ProposalStatus;
  recordId: string | null;
  baseVersion: number | null;
  payload: Snapshot;
  note: string | null;
  regionCode: string | null;
  departmentCode: string | null;
  proposerId: string;
  proposerName: string | null;
  proposerRole: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  moderatorId: string | null;
  moderatorName: string | null;
  moderatorRole: string | null;
  reason: string | null;
  acceptedPayload: Snapshot | null;
  acceptedVersion: number | null;
}

const COLUMNS = `id, entity_type AS "entityType", action, status, record_id AS "recordId", base_version AS "baseVersion", payload, note,
  region_code AS "regionCode", department_code AS "departmentCode", proposer_id AS "proposerId", proposer_name AS "proposerName",
  proposer_role AS "proposerRole", created_at AS "createdAt", decided_at AS "decidedAt", moderator_id AS "moderatorId",
  moderator_name AS "moderatorName", moderator_role AS "moderatorRole", reason, accepted_payload AS "acceptedPayload",
  accepted_version AS "acceptedVersion"`;

/** All SQL about one subgraph's proposals. */
export class ProposalStore {
  private readonly table: string;

  constructor(private readonly dataSource: DataSource, schema: string) {
    this.table = `${quoteIdent(schema)}.proposal`;
  }

  async insert(row: Omit<ProposalRow, 'status' | 'createdAt' | 'decidedAt' | 'moderatorId' | 'moderatorName' | 'moderatorRole' | 'reason' | 'acceptedPayload' | 'acceptedVersion'>): Promise<ProposalRow> {
    const [created] = await this.dataSource.query(
      `INSERT INTO ${this.table} (id, entity_type, action, record_id, base_version, payload, note, region_code, department_code, proposer_id, proposer_name, proposer_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${COLUMNS}`,
      [row.id, row.entityType, row.action, row.recordId, row.baseVersion, JSON.stringify(row.payload), row.note, row.regionCode, row.departmentCode,
        row.proposerId, row.proposerName, row.proposerRole],
    );
    return created;
  }

  async byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<ProposalRow | null> {
    if (!looksLikeUuid(id)) return null;
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM ${this.table} WHERE id = $1`, [id.toLowerCase()]);
    return row ?? null;
  }

  /** A moderation queue: the proposals of these statuses in the viewer's territories, oldest first. */
  async queue(viewer: Viewer, statuses: ProposalStatus[], page: PageRequest): Promise<ProposalRow[]> {
    const { where, params } = this.queueWhere(viewer, statuses);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.table} p ${where} ORDER BY created_at, id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, page.offset, page.limit + 1],
    );
  }

  async queueCount(viewer: Viewer, statuses: ProposalStatus[]): Promise<number> {
    const { where, params } = this.queueWhere(viewer, statuses);
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ${this.table} p ${where}`, params);
    return row.count;
  }

  private queueWhere(viewer: Viewer, statuses: ProposalStatus[]): { where: string; params: unknown[] } {
    const scope = territoryScopeSql(viewer, 'p', 2);
    return { where: `WHERE p.status = ANY($1::text[])${scope ? ` AND ${scope.sql}` : ''}`, params: [statuses, ...(scope?.params ?? [])] };
  }

  /** A proposer's own proposals, newest first. */
  async mine(proposerId: string, page: PageRequest): Promise<ProposalRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${this.table} WHERE proposer_id = $1 ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT $3`,
      [proposerId, page.offset, page.limit + 1],
    );
  }

  async mineCount(proposerId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ${this.table} WHERE proposer_id = $1`, [proposerId]);
    return row.count;
  }

  /**
   * Settles a pending proposal. Returns false when it was no longer pending (another moderator
   * decided first): the caller refuses, and in an accept its transaction rolls back.
   */
  async decide(
    manager: EntityManager,
    id: string,
    moderator: Viewer,
    decision: { status: ProposalStatus; reason: string | null; recordId?: string | null; acceptedPayload?: Snapshot | null; acceptedVersion?: number | null },
  ): Promise<boolean> {
    const [, count] = await manager.query(
      `UPDATE ${this.table} SET status = $2, reason = $3, decided_at = clock_timestamp(), moderator_id = $4, moderator_name = $5, moderator_role = $6,
         record_id = coalesce($7, record_id), accepted_payload = $8, accepted_version = $9
       WHERE id = $1 AND status = 'PENDING'`,
      [id, decision.status, decision.reason, moderator.id, moderator.name, moderator.role, decision.recordId ?? null,
        decision.acceptedPayload ? JSON.stringify(decision.acceptedPayload) : null, decision.acceptedVersion ?? null],
    );
    return count > 0;
  }
}

// ---------------------------------------------------------------------------------------------
// GraphQL views.

/** The fields every `<Record>Proposal` type shares. */
// Never reachable itself (only its subclasses are returned), so never emitted into a schema.
@ObjectType({ description: 'Fields shared by every <Record>Proposal type.' })
export abstract class ProposalFields {
  @Field(() => ID, { description: 'Id of the proposal.' })
  id!: string;

  @Field(() => ProposalAction, { description: 'A new record (CREATE) or a correction of `recordId` (UPDATE).' })
  action!: ProposalAction;

  @Field(() => ProposalStatus, { description: 'Where it stands: PENDING, ACCEPTED or REJECTED.' })
  status!: ProposalStatus;

  @Field(() => RevisionAuthor, { description: 'The member who proposed it.' })
  proposer!: RevisionAuthor;

  @Field(() => String, { nullable: true, description: 'What the proposer wrote to the moderators (their source, why the change).' })
  note!: string | null;

  @Field(() => GraphQLJSON, {
    description: 'The proposed input, as a JSON object of the same shape as the create or update mutation\'s input (without expectedVersion).',
  })
  proposed!: Snapshot;

  @Field(() => Int, { nullable: true, description: 'For a correction: the version of the record the proposer saw.' })
  baseVersion!: number | null;

  @Field(() => ID, { nullable: true, description: 'The record corrected (UPDATE), or created on acceptance (CREATE); null for a pending or rejected creation.' })
  recordId!: string | null;

  @Field(() => Territory, { description: 'The territory whose editors moderate it: the record\'s (correction) or the proposed one (creation).' })
  territory!: Territory;

  @Field(() => DateTimeScalar, { description: 'When it was proposed.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was accepted or rejected.' })
  decidedAt!: Date | null;

  @Field(() => RevisionAuthor, { nullable: true, description: 'The editor who accepted or rejected it.' })
  moderator!: RevisionAuthor | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (always given), or the moderator\'s note on acceptance.' })
  reason!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'What the moderator wrote instead of the proposed input when accepting with edits; null when accepted as proposed.' })
  accepted!: Snapshot | null;

  @Field(() => Int, { nullable: true, description: 'The version of the record the acceptance produced; null when it changed nothing.' })
  acceptedVersion!: number | null;
}

export function proposalView(row: ProposalRow): ProposalFields {
  return {
    id: row.id,
    action: row.action,
    status: row.status,
    proposer: { id: row.proposerId, name: row.proposerName, role: row.proposerRole },
    note: row.note,
    proposed: row.payload,
    baseVersion: row.baseVersion,
    recordId: row.recordId,
    territory: territories().resolve(placeOf(row)) as Territory,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    moderator: row.moderatorId || row.moderatorName ? { id: row.moderatorId, name: row.moderatorName, role: row.moderatorRole } : null,
    reason: row.reason,
    accepted: row.acceptedPayload,
    acceptedVersion: row.acceptedVersion,
  };
}

function placeOf(row: Pick<ProposalRow, 'regionCode' | 'departmentCode'>): TerritoryCodes {
  return { regionCode: row.regionCode, departmentCode: row.departmentCode, epciCode: null, communeCode: null };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The fields a proposal sets, each with the record's current value: only what the input gives
 * (a correction of the commune does not list the région it leaves unsaid), nested inputs by leaf.
 */
export function proposedChanges(payload: Snapshot, current: Snapshot | null, prefix = ''): FieldChangeValue[] {
  const changes: FieldChangeValue[] = [];
  for (const key of Object.keys(payload).sort()) {
    const after = payload[key] ?? null;
    const before = current ? current[key] ?? null : null;
    if (isObject(after)) {
      changes.push(...proposedChanges(after, isObject(before) ? before : null, `${prefix}${key}.`));
    } else if (JSON.stringify(before) !== JSON.stringify(after)) {
      changes.push({ field: `${prefix}${key}`, before, after });
    }
  }
  return changes;
}

/** A GraphQL input (class instance, maybe with undefined fields) as plain JSON. */
function toPayload(input: object): Snapshot {
  return JSON.parse(JSON.stringify(input)) as Snapshot;
}

function alreadyDecided(row: ProposalRow): GraphQLError {
  return new GraphQLError(
    `Cette proposition a déjà été ${row.status === ProposalStatus.ACCEPTED ? 'acceptée' : 'refusée'}${row.moderatorName ? ` par ${row.moderatorName}` : ''} : rien n’a été écrit.`,
    { extensions: { code: 'CONFLICT', id: row.id, status: row.status } },
  );
}

// ---------------------------------------------------------------------------------------------
// The API of one record type.

export interface ProposableRow extends VersionedRow, VerifiableRow {
  place: TerritoryCodes;
  archivedAt: Date | null;
  verifiedById?: string | null;
  verifiedByName?: string | null;
}

/** What a subgraph tells the proposal machinery about one of its record types. */
export interface ProposalAdapter<Row extends ProposableRow, Ctx extends BaseContext, CreateInput extends object, UpdateInput extends { expectedVersion?: number | null }> {
  /** Type name, e.g. "Actor": root fields are proposeActor, actorProposals, acceptActorProposal… */
  name: string;
  /** Plural for the stale list, e.g. "Actors" → staleActors. */
  plural: string;
  entityType: RevisionEntityType;
  recordType: ClassType<Row>;
  recordConnection: ClassType<object>;
  createInput: ClassType<CreateInput>;
  updateInput: ClassType<UpdateInput>;
  /** Record table, schema-qualified and quoted, e.g. `actors.actor`. */
  table: string;
  dataSource(ctx: Ctx): DataSource;
  proposals(ctx: Ctx): ProposalStore;
  /** The per-request loader of records by id. */
  load(ctx: Ctx, id: string): Promise<Row | null>;
  /** The record's create validation; returns its place (throws BAD_USER_INPUT naming every bad field). */
  checkCreate(input: CreateInput, viewer: Viewer): TerritoryCodes;
  /** The record's update validation against the current row (throws BAD_USER_INPUT). */
  checkUpdate(existing: Row, input: UpdateInput, viewer: Viewer): void;
  /** The normal write paths: the createX / updateX mutations themselves. */
  create(input: CreateInput, ctx: Ctx): Promise<Row>;
  update(id: string, input: UpdateInput, ctx: Ctx): Promise<Row>;
}

/** Members and above may propose; anonymous viewers are asked to sign in. */
function requireMember(viewer: Viewer): void {
  requireRole(viewer, 'member');
  if (!viewer.id) throw unauthenticated('Your token names no account: sign in again to propose.');
}

/** Moderators: editors with a territory (the queue is theirs) and admins. */
function requireModerator(viewer: Viewer): void {
  requireRole(viewer, 'editor');
  if (viewer.role === 'editor' && !viewer.territories.length) {
    throw forbidden('Aucun territoire ne vous est attribué : un éditeur sans territoire ne modère aucune proposition.');
  }
}

/** `(first, after)` arguments, described once. */
const FIRST = { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' } as const;
const AFTER = { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' } as const;

/**
 * The resolvers of proposals, verification and staleness for one record type: add them to the
 * subgraph's schema. Returns the `<Name>Proposal` type too.
 */
export function proposalResolvers<Row extends ProposableRow, Ctx extends BaseContext, CreateInput extends object, UpdateInput extends { expectedVersion?: number | null }>(
  adapter: ProposalAdapter<Row, Ctx, CreateInput, UpdateInput>,
) {
  const { name, plural } = adapter;
  // Read and checked when the subgraph builds its schema, i.e. at start: a bad STALE_AFTER_DAYS stops it there.
  staleAfterDays();
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const aName = `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;

  @Directive(cacheHint.viewerDependent)
  @ObjectType(`${name}Proposal`, {
    description: `A member's proposal of a new ${name} or of a correction to one, and its moderation. Seen only by its proposer and by the editors of its territory.`,
  })
  class RecordProposal extends ProposalFields {}

  const ProposalConnection = ConnectionType(RecordProposal, `${name}Proposal`);

  const view = (row: ProposalRow) => Object.assign(new RecordProposal(), proposalView(row));

  @Resolver(() => RecordProposal)
  class ProposalFieldResolver {
    @FieldResolver(() => adapter.recordType, {
      nullable: true,
      description: `The ${name} corrected or created, as it is now; null for a creation not (yet) accepted.`,
    })
    async record(@Root() proposal: RecordProposal, @Ctx() ctx: Ctx): Promise<Row | null> {
      return proposal.recordId ? adapter.load(ctx, proposal.recordId) : null;
    }

    @FieldResolver(() => Int, { nullable: true, description: 'The record\'s version now; compare with baseVersion.' })
    async currentVersion(@Root() proposal: RecordProposal, @Ctx() ctx: Ctx): Promise<number | null> {
      return proposal.recordId ? (await adapter.load(ctx, proposal.recordId))?.version ?? null : null;
    }

    @FieldResolver(() => Boolean, {
      description:
        'A pending correction whose record changed since the proposer saw it (currentVersion ≠ baseVersion): accepting it needs the moderator to pass the current version as expectedVersion, after reviewing.',
    })
    async conflicting(@Root() proposal: RecordProposal, @Ctx() ctx: Ctx): Promise<boolean> {
      if (proposal.action !== ProposalAction.UPDATE || proposal.status !== ProposalStatus.PENDING || !proposal.recordId) return false;
      const record = await adapter.load(ctx, proposal.recordId);
      return !!record && record.version !== proposal.baseVersion;
    }

    @FieldResolver(() => [FieldChange], {
      description: 'The fields the proposal sets, each with the record\'s current value (before) and the proposed one (after); for a creation, before is null.',
    })
    async changes(@Root() proposal: RecordProposal, @Ctx() ctx: Ctx): Promise<FieldChangeValue[]> {
      const record = proposal.action === ProposalAction.UPDATE && proposal.recordId ? await adapter.load(ctx, proposal.recordId) : null;
      return proposedChanges(proposal.proposed, record ? snapshotOf(record) : null);
    }
  }

  @Resolver(() => adapter.recordType)
  class VerificationFieldResolver {
    @FieldResolver(() => String, {
      nullable: true,
      description: 'Who last verified this record: the editor who created, edited, accepted a proposal on or marked it verified. Null when no editor has yet.',
    })
    verifiedBy(@Root() row: Row): string | null {
      return row.verifiedByName ?? null;
    }

    @FieldResolver(() => Boolean, {
      description: 'True when nobody has vouched for the record for more than STALE_AFTER_DAYS days (default 365): neither an editor (verifiedAt) nor its source (source.retrievedOn).',
    })
    stale(@Root() row: Row): boolean {
      return isStale(row);
    }
  }

  @Resolver()
  class ProposalRootResolver {
    @Mutation(() => RecordProposal, {
      name: `propose${name}`,
      description: `Proposes a new ${name} for moderation, checked as create${name} checks it. Needs to be signed in (member or above).`,
    })
    async propose(
      @Arg('input', () => adapter.createInput, { description: `The proposed ${name}, as create${name} takes it.` }) input: CreateInput,
      @Ctx() ctx: Ctx,
      @Arg('note', () => String, { nullable: true, description: 'A word for the moderators: your source, your link to the record (1,000 characters at most).' }) note?: string | null,
    ): Promise<RecordProposal> {
      requireMember(ctx.viewer);
      const checkedNote = checkNote(note);
      const place = adapter.checkCreate(input, ctx.viewer);
      const payload = toPayload(input);
      // Credited to the proposer, not to the moderator who will accept it.
      if (!payload.source) payload.source = { ...provenanceFromInput(null, ctx.viewer, 'input.source', new InputProblems()) } as unknown as Snapshot;
      const row = await adapter.proposals(ctx).insert({
        id: randomUUID(), entityType: adapter.entityType, action: ProposalAction.CREATE, recordId: null, baseVersion: null, payload, note: checkedNote,
        ...scopeOf(place), proposerId: ctx.viewer.id!, proposerName: ctx.viewer.name, proposerRole: ctx.viewer.role,
      });
      return view(row);
    }

    @Mutation(() => RecordProposal, {
      name: `propose${name}Correction`,
      description: `Proposes a correction of ${aName} for moderation, checked as update${name} checks it. Needs to be signed in (member or above).`,
    })
    async proposeCorrection(
      @Arg('id', () => ID, { description: `Id of the ${name} to correct.` }) id: string,
      @Arg('input', () => adapter.updateInput, {
        description: `The corrected fields, as update${name} takes them; expectedVersion is the version you saw (default: the current one).`,
      }) input: UpdateInput,
      @Ctx() ctx: Ctx,
      @Arg('note', () => String, { nullable: true, description: 'A word for the moderators: your source, why the change (1,000 characters at most).' }) note?: string | null,
    ): Promise<RecordProposal> {
      requireMember(ctx.viewer);
      const checkedNote = checkNote(note);
      const existing = await adapter.load(ctx, id);
      if (!existing) throw notFound(name, id);
      const { expectedVersion, ...fields } = toPayload(input) as Snapshot & { expectedVersion?: number | null };
      if (!Object.keys(fields).length) throw badUserInput([{ field: 'input', message: 'Propose at least one change.' }]);
      if (expectedVersion != null && (!Number.isInteger(expectedVersion) || expectedVersion < 1 || expectedVersion > existing.version)) {
        throw badUserInput([{ field: 'input.expectedVersion', message: `A version of this record, from 1 to ${existing.version}.` }]);
      }
      adapter.checkUpdate(existing, input, ctx.viewer);
      const row = await adapter.proposals(ctx).insert({
        id: randomUUID(), entityType: adapter.entityType, action: ProposalAction.UPDATE, recordId: existing.id, baseVersion: expectedVersion ?? existing.version,
        payload: fields, note: checkedNote, ...scopeOf(existing.place), proposerId: ctx.viewer.id!, proposerName: ctx.viewer.name, proposerRole: ctx.viewer.role,
      });
      return view(row);
    }

    @Mutation(() => RecordProposal, {
      name: `accept${name}Proposal`,
      description:
        `Accepts a pending proposal, as proposed or with the moderator's edits, through create${name} / update${name} (same checks, a new version, ` +
        'a revision crediting the moderator and the proposer). Needs the editor role on the proposal\'s territory. A correction whose record changed ' +
        'since its baseVersion is refused with CONFLICT unless expectedVersion gives the current version.',
    })
    async accept(
      @Arg('id', () => ID, { description: 'Id of the proposal.' }) id: string,
      @Ctx() ctx: Ctx,
      @Arg('create', () => adapter.createInput, { nullable: true, description: `For a creation: the ${name} to create instead of the proposed one (the moderator's edits).` }) create?: CreateInput | null,
      @Arg('update', () => adapter.updateInput, { nullable: true, description: 'For a correction: the changes to write instead of the proposed ones (the moderator\'s edits).' }) update?: UpdateInput | null,
      @Arg('expectedVersion', () => Int, { nullable: true, description: 'For a correction: the record version the moderator reviewed; default the proposal\'s baseVersion.' }) expectedVersion?: number | null,
      @Arg('note', () => String, { nullable: true, description: 'A word for the proposer (1,000 characters at most).' }) note?: string | null,
    ): Promise<RecordProposal> {
      requireModerator(ctx.viewer);
      const store = adapter.proposals(ctx);
      const proposal = await store.byId(id);
      if (!proposal || proposal.entityType !== adapter.entityType) throw notFound(`${name}Proposal`, id);
      requireEditorFor(ctx.viewer, placeOf(proposal));
      if (proposal.status !== ProposalStatus.PENDING) throw alreadyDecided(proposal);
      const checkedNote = checkNote(note);
      const problems = new InputProblems();
      problems.check(!(proposal.action === ProposalAction.CREATE && update), 'update', 'This proposal is a creation: give edits as `create`.');
      problems.check(!(proposal.action === ProposalAction.UPDATE && create), 'create', 'This proposal is a correction: give edits as `update`.');
      problems.throwIfAny();
      const edited = create ?? update ?? null;
      const acceptedPayload = edited ? toPayload(edited) : null;
      if (acceptedPayload) delete acceptedPayload.expectedVersion;
      const settle = (manager: EntityManager, recordId: string | null, version: number | null) =>
        store.decide(manager, proposal.id, ctx.viewer, { status: ProposalStatus.ACCEPTED, reason: checkedNote, recordId, acceptedPayload, acceptedVersion: version });
      const credit = {
        proposalId: proposal.id,
        proposer: { id: proposal.proposerId, name: proposal.proposerName, role: proposal.proposerRole },
        async onRecorded(manager: EntityManager, entityId: string, version: number) {
          if (!(await settle(manager, entityId, version))) throw alreadyDecided((await store.byId(proposal.id, manager))!);
        },
      };
      const payload = (acceptedPayload ?? proposal.payload) as Snapshot;
      const record = await withRevisionCredit(credit, () =>
        proposal.action === ProposalAction.CREATE
          ? adapter.create(Object.assign(new adapter.createInput(), payload), ctx)
          : adapter.update(proposal.recordId!, Object.assign(new adapter.updateInput(), payload, { expectedVersion: expectedVersion ?? proposal.baseVersion }), ctx),
      );
      // A correction that changes nothing (already so) writes no revision: settle it here.
      const after = await store.byId(proposal.id);
      if (after?.status === ProposalStatus.PENDING && !(await settle(adapter.dataSource(ctx).manager, record.id, null))) {
        throw alreadyDecided((await store.byId(proposal.id))!);
      }
      return view((await store.byId(proposal.id))!);
    }

    @Mutation(() => RecordProposal, {
      name: `reject${name}Proposal`,
      description: 'Rejects a pending proposal with a reason the proposer will read. Needs the editor role on the proposal\'s territory.',
    })
    async reject(
      @Arg('id', () => ID, { description: 'Id of the proposal.' }) id: string,
      @Arg('reason', () => String, { description: 'Why, for the proposer (required, 1,000 characters at most).' }) reason: string,
      @Ctx() ctx: Ctx,
    ): Promise<RecordProposal> {
      requireModerator(ctx.viewer);
      const store = adapter.proposals(ctx);
      const proposal = await store.byId(id);
      if (!proposal || proposal.entityType !== adapter.entityType) throw notFound(`${name}Proposal`, id);
      requireEditorFor(ctx.viewer, placeOf(proposal));
      if (proposal.status !== ProposalStatus.PENDING) throw alreadyDecided(proposal);
      const text = reason.trim();
      const problems = new InputProblems();
      problems.check(text.length > 0, 'reason', 'Say why, for the proposer.');
      problems.check(text.length <= 1000, 'reason', 'At most 1,000 characters.');
      problems.throwIfAny();
      if (!(await store.decide(adapter.dataSource(ctx).manager, proposal.id, ctx.viewer, { status: ProposalStatus.REJECTED, reason: text }))) {
        throw alreadyDecided((await store.byId(proposal.id))!);
      }
      return view((await store.byId(proposal.id))!);
    }

    @Mutation(() => adapter.recordType, {
      name: `verify${name}`,
      description:
        `Marks ${aName} verified by the signed-in editor, now (verifiedBy, verifiedAt), without changing its content or version. ` +
        'Needs the editor role on its territory.',
    })
    async verify(@Arg('id', () => ID, { description: `Id of the ${name}.` }) id: string, @Ctx() ctx: Ctx): Promise<Row> {
      requireRole(ctx.viewer, 'editor');
      // No new version nor revision: the content did not change, and bumping the version would
      // make every editor with the record open meet a CONFLICT for nothing.
      return adapter.dataSource(ctx).transaction(async (manager) => {
        const repository = manager.getRepository(adapter.recordType);
        const existing = await lockRecord(repository, id, name);
        requireEditorFor(ctx.viewer, existing.place);
        await repository.update({ id: existing.id } as never, { verifiedAt: new Date(), verifiedById: ctx.viewer.id, verifiedByName: ctx.viewer.name ?? ctx.viewer.id } as never);
        return repository.findOneOrFail({ where: { id: existing.id } as never });
      });
    }

    @Directive(cacheHint.viewerDependent)
    @Query(() => ProposalConnection, {
      name: `${lower}Proposals`,
      description: `The moderation queue of ${name} proposals in the viewer's territories (admins: everywhere), oldest first. Editors and admins.`,
    })
    async queue(
      @Ctx() ctx: Ctx,
      @Arg('statuses', () => [ProposalStatus], { nullable: true, description: 'Which statuses; omitted, PENDING only.' }) statuses?: ProposalStatus[] | null,
      @Arg('first', () => Int, FIRST) first?: number | null,
      @Arg('after', () => String, AFTER) after?: string | null,
    ): Promise<Connection<RecordProposal>> {
      requireModerator(ctx.viewer);
      const wanted = statuses?.length ? statuses : [ProposalStatus.PENDING];
      const page = pageRequest(first, after);
      const store = adapter.proposals(ctx);
      const rows = await store.queue(ctx.viewer, wanted, page);
      return new Connection(rows.map(view), page, () => store.queueCount(ctx.viewer, wanted));
    }

    @Directive(cacheHint.viewerDependent)
    @Query(() => ProposalConnection, {
      name: `my${name}Proposals`,
      description: `The signed-in viewer's own ${name} proposals, newest first, with their outcome. Needs to be signed in.`,
    })
    async mine(
      @Ctx() ctx: Ctx,
      @Arg('first', () => Int, FIRST) first?: number | null,
      @Arg('after', () => String, AFTER) after?: string | null,
    ): Promise<Connection<RecordProposal>> {
      requireMember(ctx.viewer);
      const page = pageRequest(first, after);
      const store = adapter.proposals(ctx);
      const rows = await store.mine(ctx.viewer.id!, page);
      return new Connection(rows.map(view), page, () => store.mineCount(ctx.viewer.id!));
    }

    @Directive(cacheHint.viewerDependent)
    @Query(() => adapter.recordConnection, {
      name: `stale${plural}`,
      description: `Live ${plural.toLowerCase()} of the viewer's territories (admins: everywhere) that nobody vouched for in STALE_AFTER_DAYS days, least recently first. Editors and admins.`,
    })
    async stale(
      @Ctx() ctx: Ctx,
      @Arg('first', () => Int, FIRST) first?: number | null,
      @Arg('after', () => String, AFTER) after?: string | null,
    ): Promise<Connection<Row>> {
      requireModerator(ctx.viewer);
      const page = pageRequest(first, after);
      const scope = territoryScopeSql(ctx.viewer, 'r', 2);
      const where = `WHERE r.archived_at IS NULL AND ${staleSql('r', '$1')}${scope ? ` AND ${scope.sql}` : ''}`;
      const params = [staleAfterDays(), ...(scope?.params ?? [])];
      const dataSource = adapter.dataSource(ctx);
      const ids: Array<{ id: string }> = await dataSource.query(
        `SELECT r.id FROM ${adapter.table} r ${where} ORDER BY greatest(r.verified_at, r.source_retrieved_on::timestamptz), r.id
         OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
        [...params, page.offset, page.limit + 1],
      );
      const rows: Array<Row | null> = await Promise.all(ids.map((r) => adapter.load(ctx, r.id)));
      return new Connection(rows.filter((r): r is Row => r !== null), page, async () => {
        const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM ${adapter.table} r ${where}`, params);
        return row.count;
      });
    }
  }

  return { RecordProposal, resolvers: [ProposalFieldResolver, VerificationFieldResolver, ProposalRootResolver] as const };
}

function checkNote(note: string | null | undefined): string | null {
  const text = note?.trim() || null;
  if (text && text.length > 1000) throw badUserInput([{ field: 'note', message: 'At most 1,000 characters.' }]);
  return text;
}

function scopeOf(place: TerritoryCodes): { regionCode: string | null; departmentCode: string | null } {
  const department = place.departmentCode ?? null;
  const region = place.regionCode ?? (department ? territories().department(department)?.region ?? null : null);
  return { regionCode: region, departmentCode: department };
}
