import '../billing/billing.css';
import { Button } from '@wordpress/components';
import { useState } from 'react';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { BillingSettingsPanel } from '../billing/BillingSettingsPanel';
import { ContractsPanel } from '../billing/ContractsPanel';
import { InvoicesPage } from '../billing/InvoicesPage';
import { DEFAULT_FLEET_QUERY, fleetQueryToSearch } from '../fleet/fleet-query';
import { todayIso } from '../worklog/entry-form';
import { UsagePanel } from '../worklog/UsagePanel';
import { ClientFormModal } from './ClientFormModal';
import { localeLabel } from './client-form';
import { getClient } from './clients-api';

/** Everything about one client: contact, plan and billing, contract, usage this month, invoices. */
export function ClientPage({ clientId }: { clientId: string }) {
  const client = useResource((signal) => getClient(clientId, signal), [clientId]);
  const [editing, setEditing] = useState(false);
  const [version, setVersion] = useState(0);
  const c = client.data;
  if (!c) {
    return (
      <>
        <PageHeader title="Client" />
        {client.error ? <ErrorState error={client.error} onRetry={client.reload} title="This client could not be loaded." /> : <LoadingState />}
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={c.name}
        actions={
          <Button variant="secondary" __next40pxDefaultSize onClick={() => setEditing(true)}>
            Edit contact
          </Button>
        }
      >
        <p className="retainer-page-header__meta">
          <a href={`mailto:${c.contact_email}`}>{c.contact_email}</a> · reports in {localeLabel(c.locale)} ·{' '}
          <Link to={paths.fleet(fleetQueryToSearch({ ...DEFAULT_FLEET_QUERY, clientId: c.id }))}>{`${c.site_count} ${c.site_count === 1 ? 'site' : 'sites'}`}</Link> ·{' '}
          <Link to={paths.worklog()}>Work log</Link> · <Link to={paths.clients()}>All clients</Link>
        </p>
      </PageHeader>
      <div className="retainer-client-grid">
        <div>
          <BillingSettingsPanel clientId={c.id} onSaved={() => setVersion((v) => v + 1)} />
          <ContractsPanel clientId={c.id} />
        </div>
        <UsagePanel clientId={c.id} month={todayIso(new Date()).slice(0, 7)} version={version} />
      </div>
      <InvoicesPage clientId={c.id} />
      {editing ? (
        <ClientFormModal
          client={c}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            client.setData(saved);
            setEditing(false);
          }}
        />
      ) : null}
    </>
  );
}
