import './updates.css';
import { Button, SelectControl, TextControl, ToggleControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useEffect, useMemo, useState } from 'react';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { Link, navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { formatCount } from '../../lib/paging';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useResource } from '../../lib/use-resource';
import { ClientPicker } from '../clients/ClientPicker';
import { HoldDialog } from './HoldDialog';
import { SelectBox } from './SelectBox';
import { ItemSiteRows } from './ItemSiteRows';
import { buildRunInput, countUpdates, EMPTY_SELECTION, itemKey, itemState, selectableCount, toggleItem, togglePair, type Selection } from './selection';
import { ITEM_TYPE_LABELS } from './update-presentation';
import { deleteHold, listFleetUpdates, listHolds, startRun, type FleetFilter, type FleetUpdateItem, type Hold, type ItemType } from './updates-api';

const TYPE_OPTIONS = [
  { value: '', label: 'All types' },
  ...(Object.keys(ITEM_TYPE_LABELS) as ItemType[]).map((t) => ({ value: t, label: ITEM_TYPE_LABELS[t] })),
];

type HoldTarget = { item: FleetUpdateItem; siteId?: string; siteLabel?: string } | null;

/** The fleet's update center: pending updates grouped by item, holds, and starting a run. */
export function UpdatesPage() {
  const notify = useNotify();
  const [clientId, setClientId] = useState('');
  const [type, setType] = useState('');
  const [securityOnly, setSecurityOnly] = useState(false);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  // The filters a run started from this list repeats, so the hub picks the same sites (type is per item).
  const filter: FleetFilter = useMemo(() => ({ ...(clientId ? { client_id: clientId } : {}), ...(securityOnly ? { security: true } : {}), ...(q ? { q } : {}) }), [clientId, securityOnly, q]);
  // Counts only: an item's sites are loaded when it is opened (ItemSiteRows).
  const updates = useResource((signal) => listFleetUpdates({ ...filter, ...(type ? { type: type as ItemType } : {}), include_sites: false }, signal), [filter, type]);
  const holds = useResource((signal) => listHolds(signal), []);
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  // The client and the search decide which sites an item stands for: what was ticked under other ones
  // starts again rather than run on sites not shown. (Type and "security only" hide whole items; a
  // hidden item is neither counted nor sent, and comes back ticked.)
  useEffect(() => {
    setSelection(EMPTY_SELECTION);
    setExpanded(new Set());
  }, [clientId, q]);
  const [holdTarget, setHoldTarget] = useState<HoldTarget>(null);
  const [confirmRun, setConfirmRun] = useState(false);
  const [concurrency, setConcurrency] = useState('10');
  const [starting, setStarting] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  const items = updates.data?.items ?? [];
  const pairCount = useMemo(() => countUpdates(selection, items), [selection, items]);
  const updatesWord = (n: number) => `${formatCount(n)} ${n === 1 ? 'update' : 'updates'}`;

  // Bumped when holds change, so opened items read their sites' held flags again.
  const [holdsGeneration, setHoldsGeneration] = useState(0);
  function reloadAll() {
    updates.reload();
    holds.reload();
    setHoldsGeneration((n) => n + 1);
  }

  async function release(hold: Hold) {
    setActionError(null);
    try {
      await deleteHold(hold.id);
      notify('The hold was released.');
      reloadAll();
    } catch (error) {
      setActionError(error);
    }
  }

  async function start() {
    setStarting(true);
    setActionError(null);
    try {
      const limit = Math.min(50, Math.max(1, Number.parseInt(concurrency, 10) || 10));
      const run = await startRun({ ...buildRunInput(selection, items, filter), concurrency: limit });
      notify(`Update run started on ${formatCount(run.counts.sites)} ${run.counts.sites === 1 ? 'site' : 'sites'}.`);
      navigate(paths.updateRun(run.id));
    } catch (error) {
      setActionError(error);
      setStarting(false);
      setConfirmRun(false);
    }
  }

  const holdFor = (item: FleetUpdateItem, siteId: string | null): Hold | undefined =>
    holds.data?.find((h) => h.type === item.type && h.item_id === item.id && h.site_id === siteId);

  let body;
  if (updates.error && !updates.data) body = <ErrorState error={updates.error} onRetry={updates.reload} title="Pending updates could not be loaded." />;
  else if (!updates.data) body = <LoadingState label="Loading pending updates…" />;
  else if (items.length === 0)
    body = (
      <EmptyState title={clientId || type || securityOnly || q ? 'No pending updates match these filters' : 'Everything is up to date'}>
        <p>Sites report their available updates with each report; new ones appear here.</p>
      </EmptyState>
    );
  else
    body = (
      <div className="retainer-table-wrap">
        <table className="retainer-table" data-testid="updates-table" aria-busy={updates.loading}>
          <caption className="retainer-visually-hidden">Pending updates by item</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="retainer-visually-hidden">Select</span>
              </th>
              <th scope="col">Item</th>
              <th scope="col">Version</th>
              <th scope="col" className="retainer-num">
                Sites
              </th>
              <th scope="col">
                <span className="retainer-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const key = itemKey(item);
              const state = itemState(selection, item);
              const open = expanded.has(key);
              const globalHold = holdFor(item, null);
              const selectable = selectableCount(item);
              return [
                <tr key={key} data-testid="update-item" data-item-id={item.id}>
                  <td>
                    <SelectBox
                      label={`Select ${item.name} on every site`}
                      checked={state === 'all'}
                      indeterminate={state === 'some'}
                      disabled={selectable === 0}
                      onChange={(on) => setSelection((s) => toggleItem(s, item, on))}
                    />
                  </td>
                  <td>
                    <strong>{item.name}</strong> <span className="retainer-muted">{ITEM_TYPE_LABELS[item.type]}</span>{' '}
                    {item.security ? <Badge tone="error">Security</Badge> : null}
                    {globalHold ? <Badge tone="warning" title={globalHold.reason}>Held everywhere</Badge> : null}
                  </td>
                  <td>
                    <span className="retainer-update-version">
                      {item.from_versions.length > 0 ? `${item.from_versions.join(', ')} → ${item.to_version}` : `new: ${item.to_version}`}
                    </span>
                  </td>
                  <td className="retainer-num">
                    {formatCount(item.site_count)}
                    {item.held_count > 0 ? <span className="retainer-muted"> ({item.held_count} held)</span> : null}
                  </td>
                  <td className="retainer-actions-cell">
                    <Button
                      variant="tertiary"
                      size="compact"
                      aria-expanded={open}
                      onClick={() => setExpanded((s) => { const n = new Set(s); if (open) n.delete(key); else n.add(key); return n; })}
                    >
                      {open ? 'Hide sites' : 'Show sites'}
                      <span className="retainer-visually-hidden"> for {item.name}</span>
                    </Button>
                    {globalHold ? (
                      <Button variant="tertiary" size="compact" onClick={() => void release(globalHold)} aria-label={`Release hold on ${item.name}`}>
                        Release hold
                      </Button>
                    ) : (
                      <Button variant="tertiary" size="compact" onClick={() => setHoldTarget({ item })} aria-label={`Hold ${item.name} on every site`}>
                        Hold
                      </Button>
                    )}
                  </td>
                </tr>,
                open ? (
                  <ItemSiteRows
                    key={`${key}-sites`}
                    item={item}
                    filter={filter}
                    generation={holdsGeneration}
                    selection={selection}
                    onToggle={(siteId, on) => setSelection((sel) => togglePair(sel, item, siteId, on))}
                    holdFor={(siteId) => holdFor(item, siteId)}
                    onHold={(siteId, siteLabel) => setHoldTarget({ item, siteId, siteLabel })}
                    onRelease={(hold) => void release(hold)}
                  />
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
    );

  return (
    <>
      <PageHeader
        title="Updates"
        actions={
          <>
            <Link to={paths.updateRuns()}>Run history</Link>
            <Link to={paths.updateHistory()}>Update history</Link>
            <Link to={paths.securityAdvisories()}>Security advisories</Link>
          </>
        }
      >
        <p className="retainer-page-header__meta" aria-live="polite">
          {updates.data ? `${formatCount(updates.data.total_items)} items · ${formatCount(updates.data.total_pending)} pending updates` : '\u00a0'}
        </p>
      </PageHeader>

      <div className="retainer-filters">
        <TextControl label="Search updates" type="search" placeholder="Plugin, theme or site" value={search} onChange={setSearch} />
        <ClientPicker label="Client" value={clientId} onChange={setClientId} placeholder="All clients" />
        <SelectControl label="Type" value={type} options={TYPE_OPTIONS} onChange={setType} __next40pxDefaultSize />
        <div className="retainer-filters__toggle">
          <ToggleControl label="Security updates only" checked={securityOnly} onChange={setSecurityOnly} />
        </div>
      </div>

      <InlineError error={actionError} />
      {updates.error && updates.data ? <ErrorState error={updates.error} onRetry={updates.reload} title="The list could not be refreshed." /> : null}
      {body}

      <div className="retainer-run-bar" role="region" aria-label="Selected updates">
        <p aria-live="polite">{pairCount === 0 ? 'Select updates to run.' : `${updatesWord(pairCount)} selected.`}</p>
        <TextControl label="Sites at a time" type="number" min={1} max={50} value={concurrency} onChange={setConcurrency} __next40pxDefaultSize />
        <Button variant="secondary" __next40pxDefaultSize disabled={items.length === 0} accessibleWhenDisabled onClick={() => setSelection((sel) => items.reduce((acc, item) => toggleItem(acc, item, true), sel))}>
          Select all shown
        </Button>
        <Button variant="secondary" __next40pxDefaultSize disabled={pairCount === 0} accessibleWhenDisabled onClick={() => setSelection(EMPTY_SELECTION)}>
          Clear
        </Button>
        <Button variant="primary" __next40pxDefaultSize disabled={pairCount === 0} accessibleWhenDisabled onClick={() => setConfirmRun(true)} data-testid="start-run">
          Start update run
        </Button>
      </div>

      {holdTarget ? (
        <HoldDialog
          item={holdTarget.item}
          {...(holdTarget.siteId ? { siteId: holdTarget.siteId } : {})}
          {...(holdTarget.siteLabel ? { siteLabel: holdTarget.siteLabel } : {})}
          onClose={() => setHoldTarget(null)}
          onSaved={() => {
            setHoldTarget(null);
            notify('The update is held.');
            setSelection(EMPTY_SELECTION);
            reloadAll();
          }}
        />
      ) : null}

      <ConfirmDialog isOpen={confirmRun} title="Start this update run?" confirmButtonText="Start update run" isBusy={starting} onConfirm={() => void start()} onCancel={() => setConfirmRun(false)}>
        {`${updatesWord(pairCount)} will be applied. Each site checks its health before and after every update and rolls back an update that breaks it.`}
      </ConfirmDialog>
      {actionError ? <p className="retainer-visually-hidden" role="alert">{errorMessage(actionError)}</p> : null}
    </>
  );
}
