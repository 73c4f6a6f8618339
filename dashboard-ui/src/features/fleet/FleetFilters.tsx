import { Button, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { useEffect, useState } from 'react';
import type { SiteStatus } from '../../app/api';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { ClientPicker } from '../clients/ClientPicker';
import { SITE_STATUS_LABEL } from '../sites/site-presentation';
import { hasActiveFilters, MAX_SEARCH_LENGTH, SITE_STATUSES, type FleetFilters as Filters, type FleetQuery } from './fleet-query';

const SEARCH_DELAY_MS = 300;

export function FleetFilters({
  query,
  onChange,
  onClear,
}: {
  query: FleetQuery;
  /** `replace` is true for search typing, so each keystroke does not become a history entry. */
  onChange: (patch: Partial<Filters>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}) {
  const [text, setText] = useState(query.q);
  const debounced = useDebouncedValue(text, SEARCH_DELAY_MS);

  useEffect(() => {
    if (debounced !== query.q) onChange({ q: debounced }, { replace: true });
    // Only the settled text triggers a search; `query` and `onChange` are read as they are then.
  }, [debounced]);

  // Back/forward or "Clear filters" changed the search from outside.
  useEffect(() => setText(query.q), [query.q]);

  return (
    <section className="retainer-filters" aria-label="Filter sites">
      <TextControl
        className="retainer-filters__search"
        label="Search"
        type="search"
        placeholder="Site label or address"
        value={text}
        onChange={setText}
        maxLength={MAX_SEARCH_LENGTH}
        data-testid="fleet-search"
      />
      <div className="retainer-filters__client">
        <ClientPicker
          label="Client"
          placeholder="All clients"
          value={query.clientId}
          onChange={(clientId) => onChange({ clientId })}
        />
      </div>
      <SelectControl
        className="retainer-filters__status"
        label="Status"
        value={query.status}
        options={[
          { value: '', label: 'All statuses' },
          ...SITE_STATUSES.map((status) => ({ value: status, label: SITE_STATUS_LABEL[status] })),
        ]}
        onChange={(value: string) => onChange({ status: value as SiteStatus | '' })}
      />
      <div className="retainer-filters__toggle">
        <ToggleControl
          label="Only sites with updates"
          checked={query.hasUpdates}
          onChange={(hasUpdates) => onChange({ hasUpdates })}
        />
      </div>
      {hasActiveFilters(query) ? (
        <Button variant="tertiary" __next40pxDefaultSize onClick={onClear} className="retainer-filters__clear">
          Clear filters
        </Button>
      ) : null}
    </section>
  );
}
