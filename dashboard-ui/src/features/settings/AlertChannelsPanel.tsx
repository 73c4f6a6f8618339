import { Button, SelectControl, TextControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import {
  CHANNEL_TYPE_LABEL,
  EMPTY_CHANNEL_FORM,
  channelInput,
  describeChannelTarget,
  typeNeedsUrl,
  validateChannelForm,
  type ChannelForm,
  type ChannelFormErrors,
} from './channel-form';
import { createAlertChannel, deleteAlertChannel, listAlertChannels, setAlertChannelEnabled, testAlertChannel, type AlertChannel } from './settings-api';

/** Where uptime and backup alerts go: list, add, pause, test and delete channels. */
export function AlertChannelsPanel() {
  const channels = useResource((signal) => listAlertChannels(signal), []);
  const [deleting, setDeleting] = useState<AlertChannel | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const notify = useNotify();

  async function run(channel: AlertChannel, action: () => Promise<void>) {
    setBusyId(channel.id);
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(error);
    } finally {
      setBusyId(null);
    }
  }

  const sendTest = (channel: AlertChannel) =>
    run(channel, async () => {
      const result = await testAlertChannel(channel.id);
      notify(result.ok ? `Test message sent through “${channel.name}”.` : `The test through “${channel.name}” failed: ${result.error ?? 'no reason given'}.`);
    });
  const toggle = (channel: AlertChannel) =>
    run(channel, async () => {
      await setAlertChannelEnabled(channel.id, !channel.enabled);
      channels.reload();
    });
  const remove = (channel: AlertChannel) =>
    run(channel, async () => {
      await deleteAlertChannel(channel.id);
      setDeleting(null);
      notify(`Alert channel “${channel.name}” deleted.`);
      channels.reload();
    });

  return (
    <section className="retainer-panel" aria-labelledby="alert-channels-title" data-testid="alert-channels">
      <h2 id="alert-channels-title">Alert channels</h2>
      <p className="retainer-muted">Where the hub sends alerts when a site goes down, its agent goes silent or its backups fail.</p>
      <InlineError error={actionError} />
      {channels.error && !channels.data ? (
        <ErrorState error={channels.error} onRetry={channels.reload} title="The alert channels could not be loaded." />
      ) : !channels.data ? (
        <LoadingState label="Loading alert channels…" />
      ) : channels.data.items.length === 0 ? (
        <p>No alert channels yet. Add one below so that you hear about problems.</p>
      ) : (
        <div className="retainer-table-wrap">
          <table className="retainer-table" data-testid="alert-channels-table">
            <caption className="retainer-visually-hidden">Alert channels</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Sends to</th>
                <th scope="col">State</th>
                <th scope="col">
                  <span className="retainer-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.data.items.map((channel) => (
                <tr key={channel.id} data-testid="alert-channel-row">
                  <td>{channel.name}</td>
                  <td>{CHANNEL_TYPE_LABEL[channel.type] ?? channel.type}</td>
                  <td className="retainer-events__text">{describeChannelTarget(channel)}</td>
                  <td>
                    <Badge tone={channel.enabled ? 'success' : 'neutral'}>{channel.enabled ? 'On' : 'Paused'}</Badge>
                  </td>
                  <td className="retainer-actions-cell">
                    <Button variant="secondary" size="compact" isBusy={busyId === channel.id} disabled={busyId === channel.id} accessibleWhenDisabled onClick={() => void sendTest(channel)} aria-label={`Send test: ${channel.name}`}>
                      Send test
                    </Button>
                    <Button variant="tertiary" size="compact" disabled={busyId === channel.id} accessibleWhenDisabled onClick={() => void toggle(channel)} aria-label={`${channel.enabled ? 'Pause' : 'Turn on'}: ${channel.name}`}>
                      {channel.enabled ? 'Pause' : 'Turn on'}
                    </Button>
                    <Button variant="tertiary" size="compact" isDestructive onClick={() => setDeleting(channel)} aria-label={`Delete: ${channel.name}`}>
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {channels.data ? <NewChannelForm types={channels.data.types} onCreated={(c) => { notify(`Alert channel “${c.name}” added.`); channels.reload(); }} /> : null}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={`Delete the alert channel “${deleting?.name ?? ''}”?`}
        confirmButtonText="Delete channel"
        isBusy={deleting !== null && busyId === deleting.id}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        Alerts will no longer be sent through this channel. Deliveries already made stay in the log.
      </ConfirmDialog>
    </section>
  );
}

function NewChannelForm({ types, onCreated }: { types: string[]; onCreated: (channel: AlertChannel) => void }) {
  const [form, setForm] = useState<ChannelForm>({ ...EMPTY_CHANNEL_FORM, type: types.includes('email') ? 'email' : (types[0] ?? 'email') });
  const [errors, setErrors] = useState<ChannelFormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const set = (field: keyof ChannelForm) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateChannelForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const created = await createAlertChannel(channelInput(form));
      setForm({ ...EMPTY_CHANNEL_FORM, type: form.type });
      onCreated(created);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-channel-title">
      <h3 id="new-channel-title">Add a channel</h3>
      <div className="retainer-channel-form">
        <SelectControl
          label="Type"
          value={form.type}
          __next40pxDefaultSize
          options={types.map((t) => ({ value: t, label: CHANNEL_TYPE_LABEL[t] ?? t }))}
          onChange={set('type')}
        />
        <TextControl label="Name" value={form.name} onChange={set('name')} __next40pxDefaultSize help={errors.name} className={errors.name ? 'has-error' : undefined} />
        {typeNeedsUrl(form.type) ? (
          <TextControl label={form.type === 'slack' ? 'Slack webhook address' : 'Webhook address'} type="url" value={form.url} onChange={set('url')} __next40pxDefaultSize help={errors.url} />
        ) : (
          <TextControl label="Send to (optional)" type="email" value={form.to} onChange={set('to')} __next40pxDefaultSize help={errors.to ?? 'Empty: the hub’s default alert address.'} />
        )}
      </div>
      {failure ? <p className="retainer-text-error" role="alert">{errorMessage(failure)}</p> : null}
      {Object.keys(errors).length > 0 ? <p className="retainer-text-error" role="alert">Please check the form.</p> : null}
      <div className="retainer-button-row">
        <Button type="submit" variant="primary" __next40pxDefaultSize isBusy={saving} disabled={saving} accessibleWhenDisabled>
          Add channel
        </Button>
      </div>
    </form>
  );
}
