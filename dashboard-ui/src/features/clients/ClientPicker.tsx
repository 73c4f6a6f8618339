import { ComboboxControl } from '@wordpress/components';
import { useEffect, useMemo, useState } from 'react';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useResource } from '../../lib/use-resource';
import { getClient, listClients } from './clients-api';

const SUGGESTIONS = 20;

interface Option {
  value: string;
  label: string;
}

/**
 * Pick one client by typing part of its name. Searches on the hub (there may be thousands of
 * clients), showing the first matches; an empty value means "none chosen".
 */
export function ClientPicker({
  label,
  value,
  onChange,
  help,
  placeholder = 'Type to search clients',
  allowReset = true,
}: {
  label: string;
  value: string;
  onChange: (clientId: string) => void;
  help?: string;
  placeholder?: string;
  allowReset?: boolean;
}) {
  const [filter, setFilter] = useState('');
  const debouncedFilter = useDebouncedValue(filter, 250);
  const suggestions = useResource(
    (signal) => listClients({ limit: SUGGESTIONS, offset: 0, q: debouncedFilter }, signal),
    [debouncedFilter],
  );
  const [selected, setSelected] = useState<Option | null>(null);

  // A value set from outside (a link, a pre-selected client) needs its name.
  const known = suggestions.data?.items.find((c) => c.id === value);
  useEffect(() => {
    if (!value || selected?.value === value) return;
    if (known) {
      setSelected({ value: known.id, label: known.name });
      return;
    }
    const controller = new AbortController();
    getClient(value, controller.signal).then(
      (client) => setSelected({ value: client.id, label: client.name }),
      () => setSelected({ value, label: 'Unknown client' }),
    );
    return () => controller.abort();
  }, [value, known, selected?.value]);

  const options = useMemo(() => {
    const list: Option[] = (suggestions.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
    if (selected && selected.value === value && !list.some((o) => o.value === selected.value)) list.unshift(selected);
    return list;
  }, [suggestions.data, selected, value]);

  const more = suggestions.data && suggestions.data.total > suggestions.data.items.length;

  return (
    <ComboboxControl
      __next40pxDefaultSize
      className="retainer-client-picker"
      label={label}
      value={value || null}
      options={options}
      onChange={(next) => {
        const id = next ?? '';
        const option = options.find((o) => o.value === id);
        setSelected(option ?? null);
        onChange(id);
      }}
      onFilterValueChange={setFilter}
      isLoading={suggestions.loading}
      allowReset={allowReset}
      placeholder={placeholder}
      help={help ?? (more ? `Showing the first ${SUGGESTIONS} matches; type more of the name to narrow them down.` : undefined)}
      messages={{ selected: 'Client selected.' }}
    />
  );
}
