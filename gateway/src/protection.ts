/**
 * Protection of the public endpoint against abusive operations: limits on tokens, depth, aliases,
 * directives and cost (graphql-armor's validation rules), a maximum body size and its JSON refusal.
 * Each refusal is one GraphQL error with a stable `extensions.code` and HTTP 400 (413 for a body).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { withDefaults } from '@ecosystem/common';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { DEFAULT_LIMITS, type ProtectionLimits } from './config.js';

/** The codes of the refusals, part of the public contract. */
export const LIMIT_CODES = {
  tokens: 'MAX_TOKENS_EXCEEDED',
  depth: 'MAX_DEPTH_EXCEEDED',
  aliases: 'MAX_ALIASES_EXCEEDED',
  directives: 'MAX_DIRECTIVES_EXCEEDED',
  cost: 'MAX_COST_EXCEEDED',
  body: 'PAYLOAD_TOO_LARGE',
} as const;

export function resolveLimits(limits: Partial<ProtectionLimits> = {}): ProtectionLimits {
  return withDefaults(DEFAULT_LIMITS, limits);
}

function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Counts the lexical tokens of a query, stopping at `max + 1`; a lexing error is left to the parser. */
export function countTokens(query: string, max = Infinity): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= max) count++;
  } catch {
    // Not GraphQL: the parser answers GRAPHQL_PARSE_FAILED.
  }
  return count;
}

/**
 * graphql-armor multiplies a list's cost by its `first`/`last` literal only: a variable would escape
 * the multiplier. Writes the request's values (or the variable's default) in their place before costing.
 */
function inlinePageSizes(document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const defaults = new Map<string, ValueNode>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue);
  }
  return visit(document, {
    Argument(node) {
      if ((node.name.value !== 'first' && node.name.value !== 'last') || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const value = variables[name];
      if (Number.isInteger(value)) return { ...node, value: { kind: Kind.INT, value: String(value) } };
      const fallback = defaults.get(name);
      return value == null && fallback ? { ...node, value: fallback } : undefined;
    },
  });
}

type Rejection = (context: ValidationContext | null, error: GraphQLError) => void;

/** Reports graphql-armor's refusal as our error, instead of letting it throw out of validation. */
const reject = (code: string): { onReject: Rejection[]; propagateOnRejection: false } => ({
  onReject: [(context, error) => context?.reportError(limitError(error.message.replace(/^Syntax Error: /, ''), code))],
  propagateOnRejection: false,
});

export function protectionPlugin(limits: ProtectionLimits): ApolloServerPlugin {
  const shapeRules: ValidationRule[] = [
    maxDepthRule({ n: limits.maxDepth, ...reject(LIMIT_CODES.depth) }),
    maxAliasesRule({ n: limits.maxAliases, ...reject(LIMIT_CODES.aliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reject(LIMIT_CODES.directives) }),
  ];
  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>) =>
    validate(schema, inlinePageSizes(document, variables), [costLimitRule({ maxCost: limits.maxCost, ...reject(LIMIT_CODES.cost) })])[0] ?? null;
  // What depends on the document alone is judged once per document: Apollo Server hands the same
  // DocumentNode to every request with the same query text (its document store), and these three
  // validations were a tenth of the gateway's CPU per request (npm run bench, bench/results).
  const verdicts = new WeakMap<DocumentNode, { schema: GraphQLSchema; documentError: GraphQLError | null; cost: GraphQLError | null | 'per-request' }>();
  return {
    async requestDidStart() {
      return {
        // After the standard validation, before any subgraph is asked.
        async didResolveOperation({ schema, document, request, operation }) {
          // With a gateway, an operationName that names no operation would otherwise surface as a 500.
          if (!operation) {
            throw new GraphQLError(
              request.operationName ? `No operation named "${request.operationName}" in the document.` : 'The document has several operations: name the one to run (operationName).',
              { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
            );
          }
          const variables = request.variables ?? {};
          // The variables first, as unstorableTextError does, then the document's own strings.
          const inVariables = Object.keys(variables).length ? unstorableTextError(EMPTY_DOCUMENT, variables) : null;
          if (inVariables) throw inVariables;
          let verdict = verdicts.get(document);
          if (!verdict || verdict.schema !== schema) {
            const documentError = unstorableTextError(document, {}) ?? validate(schema, document, shapeRules)[0] ?? null;
            verdict = { schema, documentError, cost: pageSizesFromVariables(document) ? 'per-request' : documentError ? null : costOf(schema, document, {}) };
            verdicts.set(document, verdict);
          }
          if (verdict.documentError) throw verdict.documentError;
          const costError = verdict.cost === 'per-request' ? costOf(schema, document, variables) : verdict.cost;
          if (costError) throw costError;
        },
      };
    },
  };
}

const EMPTY_DOCUMENT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

/** Whether a `first`/`last` argument takes a variable: then the cost depends on the request's values. */
function pageSizesFromVariables(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) found = true;
    },
  });
  return found;
}

/**
 * What runs before Apollo Server on /graphql, after express.json: its refusals as GraphQL-style
 * JSON, and the token limit, checked before parsing (Apollo Server turns an error thrown by a
 * plugin before parsing into an internal error, so it cannot be checked there).
 */
export function requestGuards(limits: ProtectionLimits): [ErrorRequestHandler, RequestHandler] {
  return [bodyErrorHandler(limits), tokenGuard(limits)];
}

function tokenGuard(limits: ProtectionLimits): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && countTokens(query, limits.maxTokens) > limits.maxTokens) {
      res.status(400).json({ errors: [{ message: `Token limit of ${limits.maxTokens} exceeded.`, extensions: { code: LIMIT_CODES.tokens } }] });
      return;
    }
    next();
  };
}

/** express.json's refusals as GraphQL-style JSON bodies: 413 for a body too large, 400 for bad JSON. */
function bodyErrorHandler(limits: ProtectionLimits): ErrorRequestHandler {
  return (error, _req, res, next) => {
    const type = (error as { type?: string } | undefined)?.type;
    if (type === 'entity.too.large') {
      res.status(413).json({
        errors: [{ message: `The request body is larger than the ${limits.maxBodyBytes} bytes allowed.`, extensions: { code: LIMIT_CODES.body } }],
      });
    } else if (type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    } else if (isClientError(error)) {
      // body-parser's other refusals (a charset other than UTF-8, an unknown or corrupt
      // Content-Encoding or a corrupt compressed body…): the same shape, not express's HTML page.
      res.status(error.status).json({ errors: [{ message: `The request body could not be read: ${error.message}.`, extensions: { code: 'BAD_REQUEST' } }] });
    } else {
      next(error);
    }
  };
}

function isClientError(error: unknown): error is { status: number; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Text that PostgreSQL cannot store as sent: U+0000 (refused in text columns) and lone UTF-16
 * surrogates (not Unicode; refused in jsonb, silently replaced elsewhere). Either would fail deep in
 * a subgraph as an internal error, or change what is stored: refused here, for every argument and
 * variable, as bad input naming where.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function findUnstorable(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (!value || typeof value !== 'object' || depth > 64) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = findUnstorable(inner, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export function unstorableTextError(document: DocumentNode, variables: Record<string, unknown>): GraphQLError | null {
  let where = findUnstorable(variables, '$variables');
  if (!where) {
    visit(document, {
      StringValue(node) {
        if (!where && UNSTORABLE.test(node.value)) where = 'a string of the query';
      },
    });
  }
  if (!where) return null;
  const message = 'the NUL character (U+0000) or a lone UTF-16 surrogate is not valid text';
  return new GraphQLError(`Invalid text in ${where}: ${message}.`, {
    extensions: { code: 'BAD_USER_INPUT', field: where, fields: [{ field: where, message }], http: { status: 400 } },
  });
}

/** Gives up on a subgraph that has not answered within `timeoutMs` (the caller gets an error, not a hang). */
export function withSubgraphTimeout<T extends { fetcher: RemoteGraphQLDataSource['fetcher'] }>(dataSource: T, timeoutMs: number): T {
  const send = dataSource.fetcher;
  dataSource.fetcher = (target, init = {}) => send(target, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return dataSource;
}

/** The code of an answer a subgraph could not give (down, reset, too slow): retry later. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/** One line per subgraph every 10 s at most during an outage (each failed request would be one), with the count. */
const lastLogged = new Map<string, { at: number; suppressed: number }>();
function logThrottled(name: string, line: string): void {
  const now = Date.now();
  const last = lastLogged.get(name);
  if (last && now - last.at < 10_000) {
    last.suppressed += 1;
    return;
  }
  console.warn(last?.suppressed ? `${line} (and ${last.suppressed} more failures since the last report)` : line);
  lastLogged.set(name, { at: now, suppressed: 0 });
}

/**
 * Turns a failed exchange with subgraph `name` into a GraphQL error a caller can act on: refused,
 * reset or timed-out connections (and a 502/503/504 from a proxy in front of it) become
 * SUBGRAPH_UNAVAILABLE, naming the service, instead of an internal error. Anything else (bad JSON,
 * our own bugs) is returned as it was, for formatError to hide and log.
 */
export function subgraphFailure(name: string, error: unknown, status?: number): unknown {
  const e = error as { name?: string; code?: string; errno?: string; type?: string } | null;
  const timedOut = e?.name === 'AbortError' || e?.name === 'TimeoutError' || e?.type === 'aborted' || e?.type === 'request-timeout';
  const unreachable =
    NETWORK_CODES.has(String(e?.code ?? e?.errno)) || e?.type === 'system' || (status !== undefined && [502, 503, 504].includes(status));
  if (!timedOut && !unreachable) return error;
  logThrottled(name, `[gateway] subgraph ${name} ${timedOut ? 'timed out' : 'unreachable'}: ${String((error as Error)?.message ?? error)}`);
  return new GraphQLError(
    timedOut
      ? `The ${name} service did not answer in time; the fields it serves are missing. Try again shortly.`
      : `The ${name} service is unavailable; the fields it serves are missing. Try again shortly.`,
    { extensions: { code: SUBGRAPH_UNAVAILABLE, service: name, reason: timedOut ? 'timeout' : 'unreachable' } },
  );
}
