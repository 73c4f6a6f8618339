import { Button, SelectControl } from '@wordpress/components';
import { formatCount, pageInfo } from '../lib/paging';

/** "Showing 26–50 of 1,234", previous/next, and optionally the page size. */
export function Pagination({
  total,
  page,
  pageSize,
  rowsOnPage,
  noun,
  onPage,
  pageSizes,
  onPageSize,
  busy = false,
}: {
  total: number;
  page: number;
  pageSize: number;
  rowsOnPage: number;
  /** Plural noun for the count, e.g. "sites". */
  noun: string;
  onPage: (page: number) => void;
  pageSizes?: readonly number[];
  onPageSize?: (size: number) => void;
  /** A new page is loading: the rows on screen are still the previous ones. */
  busy?: boolean;
}) {
  const info = pageInfo(total, page, pageSize, rowsOnPage);
  return (
    <nav className="retainer-pagination" aria-label={`Pages of ${noun}`}>
      <p className="retainer-pagination__summary" aria-live="polite">
        {busy
          ? 'Loading…'
          : rowsOnPage > 0
          ? `Showing ${formatCount(info.from)}–${formatCount(info.to)} of ${formatCount(total)} ${noun}`
          : `No ${noun} on this page`}
      </p>
      <div className="retainer-pagination__controls">
        {pageSizes && onPageSize ? (
          <SelectControl
            className="retainer-pagination__size"
            label="Rows per page"
            value={String(pageSize)}
            options={pageSizes.map((size) => ({ value: String(size), label: String(size) }))}
            onChange={(value: string) => onPageSize(Number(value))}
          />
        ) : null}
        <Button
          variant="secondary"
          __next40pxDefaultSize
          disabled={!info.hasPrevious}
          accessibleWhenDisabled
          onClick={() => onPage(page - 1)}
        >
          Previous
        </Button>
        <span className="retainer-pagination__page">
          Page {formatCount(page)} of {formatCount(info.pageCount)}
        </span>
        <Button
          variant="secondary"
          __next40pxDefaultSize
          disabled={!info.hasNext}
          accessibleWhenDisabled
          onClick={() => onPage(page + 1)}
        >
          Next
        </Button>
      </div>
    </nav>
  );
}
