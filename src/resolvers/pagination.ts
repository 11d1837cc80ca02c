import { appError, ErrorCode } from '../errors';

/** Opaque cursors: the base64 of the last id of a page (keyset pagination on ids). */
export function encodeCursor(id: string): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('id:')) {
    throw appError(ErrorCode.BAD_USER_INPUT, 'invalid cursor: pass the endCursor of a previous page', {
      problems: [{ path: ['after'], message: 'not a cursor from this API' }],
    });
  }
  return text.slice(3);
}

/** A connection from a page fetched with `first + 1` rows: the extra row only says there is more. */
export function connection<T extends { id: string }>(fetched: T[], totalCount: number, first: number) {
  const nodes = fetched.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: fetched.length > first, endCursor: last ? encodeCursor(last.id) : null },
  };
}
