import { Button, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useCallback, useState } from 'react';
import { isApiError, type SiteDetail } from '../../app/api';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { Link, navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { BackupsSection } from '../backups/BackupsSection';
import { getSiteBackups } from '../backups/backups-api';
import { UptimeSection } from '../uptime/UptimeSection';
import { listIncidents } from '../uptime/uptime-api';
import { RecentEvents } from './RecentEvents';
import { formatDateTime } from '../../lib/time';
import { useResource, type Resource } from '../../lib/use-resource';
import type { SiteBackups } from '../backups/backups-api';
import type { IncidentList } from '../uptime/uptime-api';
import { fleetQueryToSearch, DEFAULT_FLEET_QUERY } from '../fleet/fleet-query';
import { CommandsPanel } from './CommandsPanel';
import { EnrollmentPanel } from './EnrollmentPanel';
import { InventoryTables } from './InventoryTables';
import { SiteFormModal } from './SiteFormModal';
import { SiteStatusBadge } from './SiteStatusBadge';
import { canSync, describeUpdates, SITE_STATUS_HELP } from './site-presentation';
import { deleteSite, getSite, revokeSite } from './sites-api';
import { useSync } from './use-sync';

type Dialog = 'edit' | 'revoke' | 'delete' | null;

export function SiteDetailPage({ siteId }: { siteId: string }) {
  const site = useResource((signal) => getSite(siteId, signal), [siteId]);
  const [commandsKey, setCommandsKey] = useState(0);
  // Loaded here because both their own panels and the recent events use them.
  const backups = useResource((signal) => getSiteBackups(siteId, signal), [siteId]);
  const incidents = useResource((signal) => listIncidents(siteId, 10, signal), [siteId]);
  const onQueued = useCallback(() => setCommandsKey((n) => n + 1), []);
  const { sync, isSyncing } = useSync(onQueued);

  if (site.error && !site.data) {
    if (isApiError(site.error) && site.error.code === 'NOT_FOUND') {
      return (
        <>
          <PageHeader title="Site not found" />
          <EmptyState title="This site does not exist any more">
            <p>It may have been deleted. </p>
            <Link to={paths.fleet()}>Back to the fleet</Link>
          </EmptyState>
        </>
      );
    }
    return (
      <>
        <BackLink />
        <ErrorState error={site.error} onRetry={site.reload} title="This site could not be loaded." />
      </>
    );
  }
  if (!site.data) return <LoadingState label="Loading site…" />;

  const data = site.data;
  return (
    <SiteDetailView
      site={data}
      onChanged={(next) => site.setData(next)}
      reload={site.reload}
      loading={site.loading}
      refreshError={site.error}
      commandsKey={commandsKey}
      onSync={() => void sync(data.id, data.label || data.url)}
      syncing={isSyncing(data.id)}
      backups={backups}
      incidents={incidents}
    />
  );
}

function BackLink() {
  return (
    <p className="retainer-back">
      <Link to={paths.fleet()}>← Fleet</Link>
    </p>
  );
}

function SiteDetailView({
  site,
  onChanged,
  reload,
  loading,
  refreshError,
  commandsKey,
  onSync,
  syncing,
  backups,
  incidents,
}: {
  backups: Resource<SiteBackups>;
  incidents: Resource<IncidentList>;
  site: SiteDetail;
  onChanged: (site: SiteDetail) => void;
  reload: () => void;
  loading: boolean;
  refreshError: unknown;
  commandsKey: number;
  onSync: () => void;
  syncing: boolean;
}) {
  const notify = useNotify();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const name = site.label || site.url;
  const updates = describeUpdates(site.updates);

  async function revoke() {
    setBusy(true);
    try {
      const summary = await revokeSite(site.id);
      onChanged({ ...site, ...summary });
      notify(`The connection to ${name} was revoked.`);
      setDialog(null);
      setActionError(null);
    } catch (error) {
      setActionError(`Revoking failed. ${errorMessage(error)}`);
      setDialog(null);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await deleteSite(site.id);
      notify(`${name} was deleted.`);
      navigate(paths.fleet());
    } catch (error) {
      setActionError(`Deleting failed. ${errorMessage(error)}`);
      setDialog(null);
      setBusy(false);
    }
  }

  const clientFleetLink = paths.fleet(fleetQueryToSearch({ ...DEFAULT_FLEET_QUERY, clientId: site.client_id }));

  return (
    <>
      <BackLink />
      <PageHeader
        title={name}
        actions={
          <>
            <Button variant="secondary" __next40pxDefaultSize onClick={() => setDialog('edit')}>
              Edit
            </Button>
            {site.status !== 'revoked' ? (
              <Button variant="secondary" __next40pxDefaultSize isDestructive onClick={() => setDialog('revoke')}>
                Revoke
              </Button>
            ) : null}
            <Button variant="tertiary" __next40pxDefaultSize isDestructive onClick={() => setDialog('delete')}>
              Delete
            </Button>
          </>
        }
      >
        <p className="retainer-page-header__meta">
          <a href={site.url} target="_blank" rel="noreferrer noopener">
            {site.url}
            <span className="retainer-visually-hidden"> (opens in a new tab)</span>
          </a>{' '}
          <SiteStatusBadge status={site.status} />
          {loading ? <span className="retainer-muted"> · Updating…</span> : null}
        </p>
      </PageHeader>

      {actionError ? (
        <div className="retainer-inline-error" role="alert">
          <p>{actionError}</p>
        </div>
      ) : null}
      {refreshError ? <ErrorState error={refreshError} onRetry={reload} title="This page could not be refreshed." /> : null}

      <section className="retainer-panel" aria-labelledby="summary-title">
        <h2 id="summary-title">Summary</h2>
        <dl className="retainer-facts retainer-facts--wide">
          <dt>Client</dt>
          <dd>
            <Link to={clientFleetLink} title={`All sites of ${site.client_name}`}>
              {site.client_name}
            </Link>
          </dd>
          <dt>Status</dt>
          <dd>{SITE_STATUS_HELP[site.status]}</dd>
          <dt>Last report</dt>
          <dd>
            <RelativeTime value={site.last_report_at} />
            {site.last_report_at ? <span className="retainer-muted"> ({formatDateTime(site.last_report_at)})</span> : null}
          </dd>
          <dt>Pending updates</dt>
          <dd>{site.updates.total > 0 ? <strong>{`${site.updates.total}: ${updates}`}</strong> : site.last_report_at ? 'None' : '—'}</dd>
          <dt>WordPress</dt>
          <dd>{site.wp_version ?? '—'}</dd>
          <dt>PHP</dt>
          <dd>{site.php_version ?? '—'}</dd>
          <dt>Agent</dt>
          <dd>{site.agent_version ?? '—'}</dd>
          <dt>Added</dt>
          <dd>
            <RelativeTime value={site.created_at} />
          </dd>
        </dl>
      </section>

      <EnrollmentPanel site={site} />

      <CommandsPanel
        siteId={site.id}
        canSync={canSync(site.status)}
        syncing={syncing}
        onSync={onSync}
        refreshKey={commandsKey}
        onCommandFinished={reload}
      />

      <section className="retainer-section" aria-labelledby="inventory-title">
        <h2 id="inventory-title">Inventory</h2>
        {site.inventory ? (
          <InventoryTables inventory={site.inventory} />
        ) : (
          <p className="retainer-muted">
            No report yet. The site sends its first report as soon as the Retainer Agent plugin connects.
          </p>
        )}
      </section>

      <BackupsSection backups={backups} />
      <UptimeSection siteId={site.id} incidents={incidents} />

      <RecentEvents site={site} backups={backups.data} incidents={incidents.data} refreshKey={commandsKey} />

      <p className="retainer-section">
        <Link to={paths.updateHistory(site.id)}>Update history of this site</Link>
        <span className="retainer-muted"> — every update applied or refused, with rollbacks explained.</span>
      </p>

      {dialog === 'edit' ? (
        <SiteFormModal
          site={site}
          onClose={() => setDialog(null)}
          onSaved={(summary) => {
            onChanged({ ...site, ...summary });
            notify('Site saved.');
            setDialog(null);
          }}
        />
      ) : null}

      <ConfirmDialog
        isOpen={dialog === 'revoke'}
        title={`Revoke the connection to ${name}?`}
        confirmButtonText="Revoke connection"
        isBusy={busy}
        onConfirm={() => void revoke()}
        onCancel={() => setDialog(null)}
      >
        The agent on this site will no longer be able to send reports or receive commands. To reconnect it, create a new
        enrollment code and enter it in the plugin.
      </ConfirmDialog>

      <ConfirmDialog
        isOpen={dialog === 'delete'}
        title={`Delete ${name}?`}
        confirmButtonText="Delete site"
        isBusy={busy}
        onConfirm={() => void remove()}
        onCancel={() => setDialog(null)}
      >
        This removes the site from Retainer and revokes its agent. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
