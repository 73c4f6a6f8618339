/** Page arithmetic shared by the fleet and clients tables. Pages are 1-based. */

export interface PageInfo {
  /** 1-based index of the first row shown; 0 when there are none. */
  from: number;
  /** 1-based index of the last row shown. */
  to: number;
  pageCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

export function pageInfo(total: number, page: number, pageSize: number, rowsOnPage: number): PageInfo {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const from = rowsOnPage > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = rowsOnPage > 0 ? from + rowsOnPage - 1 : 0;
  return { from, to, pageCount, hasPrevious: page > 1, hasNext: page < pageCount };
}

/**
 * When the list shrank under the user (rows deleted, a stale link), the requested page can be
 * past the end. Returns the last page that has rows, or null when the page is fine.
 */
export function pageToCorrect(total: number, page: number, pageSize: number): number | null {
  if (total === 0) return page > 1 ? 1 : null;
  const last = Math.ceil(total / pageSize);
  return page > last ? last : null;
}

export function offsetOf(page: number, pageSize: number): number {
  return (Math.max(1, page) - 1) * pageSize;
}

const countFormat = new Intl.NumberFormat('en');

/** 1234 → "1,234". */
export function formatCount(n: number): string {
  return countFormat.format(n);
}
