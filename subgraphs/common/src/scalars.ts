/** The contract's `DateTime` and `Date` scalars, shared by every subgraph so that they compose identically. */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` into the same string when it names a real calendar day, else null. */
export function parseIsoDate(value: string): string | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? value : null;
}

function invalidDate(value: unknown): GraphQLError {
  return new GraphQLError(`Date must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, ISO 8601 `YYYY-MM-DD`, with no time zone.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && parseIsoDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new GraphQLError(`Cannot serialize ${String(value)} as Date`);
  },
  parseValue(value) {
    if (typeof value === 'string' && parseIsoDate(value)) return value;
    throw invalidDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && parseIsoDate(ast.value)) return ast.value;
    throw invalidDate(ast.kind === Kind.STRING ? ast.value : ast.kind);
  },
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with time zone, e.g. `2026-11-24T09:30:00.000Z`.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError(`Cannot serialize ${String(value)} as DateTime`);
    return date.toISOString();
  },
  parseValue(value) {
    const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(date.getTime()) || !/T/.test(String(value))) {
      throw new GraphQLError(`DateTime must be ISO 8601, got ${JSON.stringify(value)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string.', { extensions: { code: 'BAD_USER_INPUT' } });
    return this.parseValue!(ast.value) as Date;
  },
});
