/** Cursor pagination shared by every list: opaque cursors, bounded page sizes, lazy totals. */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors.js';
import { PageInfo } from './graphql-types.js';

export const MAX_PAGE_SIZE = 1000;

/** Where a page starts. Cursors are opaque to clients: today they carry an offset. */
export function decodeCursor(after: string | null | undefined): number {
  if (after === null || after === undefined || after === '') return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badUserInput([{ field: 'after', message: 'This cursor was not produced by this API.' }]);
  return Number(match[1]);
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function checkPageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput([{ field: 'first', message: `Ask for between 0 and ${MAX_PAGE_SIZE} items per page.` }]);
  }
  return size;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  return { offset: decodeCursor(after), limit: checkPageSize(first) };
}

/**
 * A page of results. `totalCount` is a getter returning a promise, so the count query only
 * runs when a client selects the field.
 */
export class Connection<T> {
  readonly nodes: T[];
  readonly pageInfo: PageInfo;

  constructor(rows: T[], page: PageRequest, private readonly count: () => Promise<number>) {
    // Stores fetch limit + 1 rows: the extra row only tells whether there is a next page.
    this.nodes = rows.slice(0, page.limit);
    const hasNextPage = rows.length > page.limit;
    this.pageInfo = { hasNextPage, endCursor: this.nodes.length ? encodeCursor(page.offset + this.nodes.length) : null };
  }

  get totalCount(): Promise<number> {
    return this.count();
  }
}

/** A `<Name>Connection` GraphQL type for `node`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Connection`, { description: `A page of ${name} results.` })
  class NamedConnection {
    @Field(() => Int, { description: 'Number of results across all pages.' })
    totalCount!: number;

    @Field(() => [node], { description: 'The results of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether a next page exists, and the cursor to ask for it.' })
    pageInfo!: PageInfo;
  }
  return NamedConnection;
}
