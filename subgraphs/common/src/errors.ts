/** The API's expected failures, each with a stable `extensions.code` that clients can switch on. */
import { GraphQLError } from 'graphql';

export interface FieldProblem {
  /** Path of the offending input field, e.g. `input.deadline`. */
  field: string;
  message: string;
}

export function badUserInput(problems: FieldProblem[]): GraphQLError {
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid input. ${summary}`, {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, fields: problems },
  });
}

export function unauthenticated(message = 'Sign in to do this: send a valid bearer token.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function notFound(what: string, id: string): GraphQLError {
  return new GraphQLError(`${what} ${id} does not exist.`, { extensions: { code: 'NOT_FOUND', id } });
}

/** Collects input problems so that one error names every bad field at once. */
export class InputProblems {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  check(condition: boolean, field: string, message: string): void {
    if (!condition) this.add(field, message);
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw badUserInput(this.problems);
  }
}

/** PostgreSQL SQLSTATEs of a server going away or not there yet: class 08 and shutdowns (57P01–57P03). */
const DATABASE_DOWN_STATES = /^(08...|57P0[123])$/;
const DATABASE_DOWN_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
/** What node-postgres and pg-pool say, without a code, when a connection dies or cannot be made. */
const DATABASE_DOWN_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|is not queryable|Connection ended unexpectedly/i;

/**
 * Whether an error comes from the database being unreachable (restarting, stopped, network cut)
 * rather than from the request: follows TypeORM's driverError, `cause`, AggregateError's errors
 * and graphql-js's wrappers.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown; originalError?: unknown; thrownValue?: unknown };
  if (typeof e.code === 'string' && (DATABASE_DOWN_STATES.test(e.code) || DATABASE_DOWN_NODE_CODES.has(e.code))) return true;
  if (typeof e.message === 'string' && DATABASE_DOWN_MESSAGES.test(e.message)) return true;
  // TypeORM releases a transaction's connection when that connection errors (the server went
  // away); the transaction's next statement or its rollback then meets one of these instead of the network error.
  if (/^QueryRunner(Provider)?AlreadyReleasedError$/.test(String((error as Error).name))) return true;
  // thrownValue: graphql-js wraps a thrown value that is not an Error (another realm's, in jest) in NonErrorThrown.
  const inner = [e.driverError, e.cause, e.originalError, e.thrownValue, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((x) => x !== error && isDatabaseUnavailable(x, depth + 1));
}

/** The answer for a request that met an unreachable database: nothing was written, try again. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The database is unavailable for a moment; nothing was changed. Try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}
