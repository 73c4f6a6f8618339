import { Button, TextControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useEffect, useState } from 'react';
import type { Client } from '../../app/api';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { Link, navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { RelativeTime } from '../../components/RelativeTime';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { formatCount, offsetOf } from '../../lib/paging';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useSession } from '../../app/session';
import { useResource } from '../../lib/use-resource';
import { DEFAULT_FLEET_QUERY, fleetQueryToSearch } from '../fleet/fleet-query';
import { ImportSitesModal } from '../sites/ImportSitesModal';
import { SiteFormModal } from '../sites/SiteFormModal';
import { ClientFormModal } from './ClientFormModal';
import { localeLabel } from './client-form';
import { deleteClient, listClients } from './clients-api';

const PAGE_SIZE = 50;

type Dialog = { kind: 'import' } | { kind: 'create' } | { kind: 'edit'; client: Client } | { kind: 'delete'; client: Client } | { kind: 'add-site'; client: Client } | null;

export function ClientsPage() {
  const notify = useNotify();
  const { session } = useSession();
  const owner = session.status === 'signed-in' && session.user.role === 'owner';
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const clients = useResource(
    (signal) => listClients({ limit: PAGE_SIZE, offset: offsetOf(page, PAGE_SIZE), q }, signal),
    [page, q],
  );
  const { search: locationSearch } = useLocation();
  const openCreate = new URLSearchParams(locationSearch).has('new');
  const [dialog, setDialog] = useState<Dialog>(() => (openCreate ? { kind: 'create' } : null));
  // `/clients?new=1` (from the empty fleet) opens the form once; the address goes back to plain.
  useEffect(() => {
    if (!openCreate) return;
    setDialog({ kind: 'create' });
    navigate(paths.clients(), { replace: true });
  }, [openCreate]);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function confirmDelete(client: Client) {
    setDeleting(true);
    try {
      await deleteClient(client.id);
      notify(`${client.name} was deleted.`);
      setDeleteError(null);
      clients.reload();
    } catch (error) {
      setDeleteError(
        errorMessage(error, {
          CONFLICT: `${client.name} still has sites. Move them to another client or delete them first.`,
        }),
      );
    } finally {
      setDeleting(false);
      setDialog(null);
    }
  }

  const data = clients.data;
  let body;
  if (clients.error && !data) {
    body = <ErrorState error={clients.error} onRetry={clients.reload} title="The clients could not be loaded." />;
  } else if (!data) {
    body = <LoadingState label="Loading clients…" />;
  } else if (data.total === 0 && q === '') {
    body = (
      <EmptyState title="No clients yet">
        <p>Add the businesses you maintain sites for. Each site belongs to one client.</p>
        <Button variant="primary" __next40pxDefaultSize onClick={() => setDialog({ kind: 'create' })}>
          Add your first client
        </Button>
      </EmptyState>
    );
  } else if (data.items.length === 0) {
    body = <EmptyState title="No clients match this search" />;
  } else {
    body = (
      <>
        <div className="retainer-table-wrap">
          <table className="retainer-table" data-testid="clients-table" aria-busy={clients.loading}>
            <caption className="retainer-visually-hidden">Clients</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Contact email</th>
                <th scope="col" className="retainer-col-optional">
                  Language
                </th>
                <th scope="col" className="retainer-num">
                  Sites
                </th>
                <th scope="col" className="retainer-col-optional">
                  Added
                </th>
                <th scope="col">
                  <span className="retainer-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((client) => (
                <tr key={client.id} data-testid="client-row" data-client-id={client.id}>
                  <td>
                    <Link to={paths.client(client.id)}>
                      <strong>{client.name}</strong>
                    </Link>
                  </td>
                  <td>
                    <a href={`mailto:${client.contact_email}`}>{client.contact_email}</a>
                  </td>
                  <td className="retainer-col-optional">{localeLabel(client.locale)}</td>
                  <td className="retainer-num">
                    {client.site_count > 0 ? (
                      <Link
                        to={paths.fleet(fleetQueryToSearch({ ...DEFAULT_FLEET_QUERY, clientId: client.id }))}
                        aria-label={`${client.site_count} ${client.site_count === 1 ? 'site' : 'sites'} of ${client.name}`}
                      >
                        {formatCount(client.site_count)}
                      </Link>
                    ) : (
                      <span className="retainer-muted">0</span>
                    )}
                  </td>
                  <td className="retainer-col-optional">
                    <RelativeTime value={client.created_at} />
                  </td>
                  <td className="retainer-actions-cell">
                    <Button variant="secondary" size="compact" onClick={() => setDialog({ kind: 'add-site', client })} aria-label={`Add site for ${client.name}`}>
                      Add site
                    </Button>
                    <Button variant="tertiary" size="compact" onClick={() => setDialog({ kind: 'edit', client })} aria-label={`Edit ${client.name}`}>
                      Edit
                    </Button>
                    <Button
                      variant="tertiary"
                      size="compact"
                      isDestructive
                      onClick={() => {
                        setDeleteError(null);
                        setDialog({ kind: 'delete', client });
                      }}
                      aria-label={`Delete ${client.name}`}
                    >
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination total={data.total} page={page} pageSize={PAGE_SIZE} rowsOnPage={data.items.length} noun="clients" onPage={setPage} busy={clients.loading} />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Clients"
        actions={
          <>
            {owner ? (
              <Button variant="secondary" __next40pxDefaultSize onClick={() => setDialog({ kind: 'import' })}>
                Import sites
              </Button>
            ) : null}
            <Button variant="primary" __next40pxDefaultSize onClick={() => setDialog({ kind: 'create' })}>
              Add client
            </Button>
          </>
        }
      >
        <p className="retainer-page-header__meta" aria-live="polite">
          {data ? `${formatCount(data.total)} ${data.total === 1 ? 'client' : 'clients'}${q ? ' match this search' : ''}` : '\u00a0'}
        </p>
      </PageHeader>

      <div className="retainer-filters retainer-filters--single">
        <TextControl
          className="retainer-filters__search"
          label="Search clients"
          type="search"
          placeholder="Name or email"
          value={search}
          onChange={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
      </div>

      {deleteError ? (
        <div className="retainer-inline-error" role="alert">
          <p>{deleteError}</p>
        </div>
      ) : null}
      {clients.error && data ? <ErrorState error={clients.error} onRetry={clients.reload} title="The list could not be refreshed." /> : null}
      {body}

      <p className="retainer-muted">Open a client for their plan, billing settings, contract, hours used and invoices.</p>

      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <ClientFormModal
          {...(dialog.kind === 'edit' ? { client: dialog.client } : {})}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            notify(dialog.kind === 'edit' ? `${saved.name} was saved.` : `${saved.name} was added. Next, add their site.`);
            setDialog(null);
            clients.reload();
          }}
        />
      ) : null}

      {dialog?.kind === 'import' ? <ImportSitesModal onClose={() => setDialog(null)} onImported={() => clients.reload()} /> : null}

      {dialog?.kind === 'add-site' ? (
        <SiteFormModal
          clientId={dialog.client.id}
          onClose={() => setDialog(null)}
          onSaved={(site) => {
            setDialog(null);
            navigate(paths.site(site.id));
          }}
        />
      ) : null}

      <ConfirmDialog
        isOpen={dialog?.kind === 'delete'}
        title={dialog?.kind === 'delete' ? `Delete ${dialog.client.name}?` : 'Delete client?'}
        confirmButtonText="Delete client"
        isBusy={deleting}
        onConfirm={() => {
          if (dialog?.kind === 'delete') void confirmDelete(dialog.client);
        }}
        onCancel={() => setDialog(null)}
      >
        {dialog?.kind === 'delete' && dialog.client.site_count > 0
          ? `${dialog.client.name} still has ${dialog.client.site_count} ${dialog.client.site_count === 1 ? 'site' : 'sites'}. A client with sites cannot be deleted; move or delete the sites first.`
          : 'This removes the client from Retainer. This cannot be undone.'}
      </ConfirmDialog>
    </>
  );
}
