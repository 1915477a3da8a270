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
  const defined = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_LIMITS, ...defined };
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
  return {
    async requestDidStart() {
      return {
        // After the standard validation, before any subgraph is asked.
        async didResolveOperation({ schema, document, request }) {
          const [shapeError] = validate(schema, document, shapeRules);
          if (shapeError) throw shapeError;
          const priced = inlinePageSizes(document, request.variables ?? {});
          const [costError] = validate(schema, priced, [costLimitRule({ maxCost: limits.maxCost, ...reject(LIMIT_CODES.cost) })]);
          if (costError) throw costError;
        },
      };
    },
  };
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
    } else {
      next(error);
    }
  };
}

/** Gives up on a subgraph that has not answered within `timeoutMs` (the caller gets an error, not a hang). */
export function withSubgraphTimeout<T extends { fetcher: RemoteGraphQLDataSource['fetcher'] }>(dataSource: T, timeoutMs: number): T {
  const send = dataSource.fetcher;
  dataSource.fetcher = (target, init = {}) => send(target, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return dataSource;
}
