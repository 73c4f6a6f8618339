import { Button, Card, CardBody, CardHeader, Flex, FlexItem, Notice, Spinner, TextControl } from '@wordpress/components';
import { useCallback, useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import * as api from './api';
import type { ReactNode } from 'react';
import type { AgentStatus, PresetView } from './types';

type NoticeState = { status: 'success' | 'error' | 'warning' | 'info'; message: string } | null;
type Busy = 'connect' | 'disconnect' | 'send' | null;

function formatTime(iso: string | null): string {
  if (!iso) {
    return __('Never', 'retainer-agent');
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex justify="flex-start" gap={4} className="retainer-agent-row">
      <FlexItem style={{ minWidth: '14em' }}>
        <strong>{label}</strong>
      </FlexItem>
      <FlexItem>{children}</FlexItem>
    </Flex>
  );
}

/** What happens with the hub address and code set in wp-config.php, while the site is not connected. */
function PresetNotice({ preset }: { preset: PresetView }) {
  const lead = sprintf(
    /* translators: %s: the hub address from wp-config.php. */
    __('wp-config.php sets a hub (%s) and an enrollment code.', 'retainer-agent'),
    preset.hub_url,
  );
  let status: 'info' | 'warning' | 'error' = 'info';
  let text: string;
  switch (preset.status) {
    case 'waiting':
      text = __('This site connects with them by itself at the next scheduled WordPress task (within a few minutes of the next visit).', 'retainer-agent');
      break;
    case 'retrying':
      status = 'warning';
      text = sprintf(
        /* translators: %s: date and time. */
        __('The hub could not be reached; the next attempt is at %s.', 'retainer-agent'),
        formatTime(preset.next_attempt_at),
      );
      break;
    case 'refused':
      status = 'error';
      text = __('The hub refused the code; put a new one in wp-config.php (or connect below).', 'retainer-agent');
      break;
    default:
      text = __('That code was used to connect this site before; it is not used again. Connect below, or put a new code in wp-config.php.', 'retainer-agent');
  }
  return (
    <Notice status={status} isDismissible={false} className="retainer-agent-preset">
      {lead} {text}
      {preset.error && (
        <>
          {' '}
          <code>
            {preset.error.code}: {preset.error.message}
          </code>
        </>
      )}
    </Notice>
  );
}

function ConnectForm({ busy, onConnect }: { busy: boolean; onConnect: (hubUrl: string, code: string) => void }) {
  const [hubUrl, setHubUrl] = useState('');
  const [code, setCode] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onConnect(hubUrl.trim(), code.trim());
      }}
    >
      <p>
        {__(
          'Paste the hub address and the one-time enrollment code from your Retainer dashboard. Nothing is sent to any hub before you connect.',
          'retainer-agent',
        )}
      </p>
      <TextControl
        __nextHasNoMarginBottom
        __next40pxDefaultSize
        label={__('Hub URL', 'retainer-agent')}
        type="url"
        placeholder="https://hub.example.com"
        value={hubUrl}
        onChange={setHubUrl}
        required
      />
      <div style={{ height: 12 }} />
      <TextControl
        __nextHasNoMarginBottom
        __next40pxDefaultSize
        label={__('Enrollment code', 'retainer-agent')}
        value={code}
        onChange={setCode}
        autoComplete="off"
        required
      />
      <div style={{ height: 16 }} />
      <Button variant="primary" type="submit" isBusy={busy} disabled={busy || hubUrl === '' || code === ''} __next40pxDefaultSize>
        {__('Connect', 'retainer-agent')}
      </Button>
    </form>
  );
}

export function App() {
  const [status, setStatus] = useState<AgentStatus | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<NoticeState>(null);

  const load = useCallback(() => {
    api
      .getStatus()
      .then((s) => {
        setStatus(s);
        setLoadError(null);
      })
      .catch((e: unknown) => setLoadError(api.errorMessage(e)));
  }, []);

  useEffect(load, [load]);

  const onConnect = (hubUrl: string, code: string) => {
    setBusy('connect');
    setNotice(null);
    api
      .connect(hubUrl, code)
      .then((r) => {
        setStatus(r.status);
        if (r.first_report.delivered) {
          setNotice({ status: r.warning ? 'warning' : 'success', message: r.warning ?? __('Connected. The first report was delivered to the hub.', 'retainer-agent') });
        } else {
          setNotice({
            status: 'warning',
            message: sprintf(
              /* translators: %s: why the first report is not delivered yet. */
              __('Connected, but the first report is not delivered yet: %s', 'retainer-agent'),
              r.first_report.error?.message ?? '',
            ),
          });
        }
      })
      .catch((e: unknown) => setNotice({ status: 'error', message: api.errorMessage(e) }))
      .finally(() => setBusy(null));
  };

  const onDisconnect = () => {
    // eslint-disable-next-line no-alert
    if (!window.confirm(__('Disconnect this site from the hub? Its keys are deleted and you will need a new enrollment code to connect again.', 'retainer-agent'))) {
      return;
    }
    setBusy('disconnect');
    setNotice(null);
    api
      .disconnect()
      .then((r) => {
        setStatus(r.status);
        setNotice({ status: 'success', message: __('Disconnected. This site no longer reports to the hub.', 'retainer-agent') });
      })
      .catch((e: unknown) => setNotice({ status: 'error', message: api.errorMessage(e) }))
      .finally(() => setBusy(null));
  };

  const onSend = () => {
    setBusy('send');
    setNotice(null);
    api
      .sendReport()
      .then((r) => {
        setStatus(r.status);
        setNotice(
          r.delivered
            ? { status: 'success', message: __('Report delivered to the hub.', 'retainer-agent') }
            : { status: 'warning', message: r.error?.message ?? __('The report is queued and will be retried.', 'retainer-agent') },
        );
      })
      .catch((e: unknown) => setNotice({ status: 'error', message: api.errorMessage(e) }))
      .finally(() => setBusy(null));
  };

  if (loadError) {
    return (
      <Notice status="error" isDismissible={false}>
        {loadError}{' '}
        <Button variant="link" onClick={load}>
          {__('Retry', 'retainer-agent')}
        </Button>
      </Notice>
    );
  }
  if (!status) {
    return (
      <p>
        <Spinner /> {__('Loading…', 'retainer-agent')}
      </p>
    );
  }

  const updates = status.pending_updates;
  const totalUpdates = updates.core + updates.plugins + updates.themes + updates.translations;

  return (
    <div className="retainer-agent-app" style={{ maxWidth: 760, display: 'grid', gap: 16, marginTop: 16 }}>
      {notice && (
        <Notice status={notice.status} onRemove={() => setNotice(null)}>
          {notice.message}
        </Notice>
      )}
      {status.connected && status.warning && (
        <Notice status="warning" isDismissible={false}>
          {status.warning}
        </Notice>
      )}

      <Card>
        <CardHeader>
          <h2 style={{ margin: 0 }}>{__('Connection', 'retainer-agent')}</h2>
          <strong className="retainer-agent-state" style={{ color: status.connected ? '#008a20' : '#996800' }}>
            {status.connected ? __('Connected', 'retainer-agent') : __('Not connected', 'retainer-agent')}
          </strong>
        </CardHeader>
        <CardBody>
          {status.connected ? (
            <div style={{ display: 'grid', gap: 8 }}>
              <Row label={__('Hub', 'retainer-agent')}>
                <code>{status.hub_url}</code>
              </Row>
              <Row label={__('Site ID', 'retainer-agent')}>
                <code>{status.site_id}</code>
              </Row>
              <Row label={__('Connected since', 'retainer-agent')}>{formatTime(status.connected_at)}</Row>
              <div>
                <Button variant="secondary" isDestructive isBusy={busy === 'disconnect'} disabled={busy !== null} onClick={onDisconnect} __next40pxDefaultSize>
                  {__('Disconnect', 'retainer-agent')}
                </Button>
              </div>
            </div>
          ) : (
            <>
              {status.preset && <PresetNotice preset={status.preset} />}
              <ConnectForm busy={busy === 'connect'} onConnect={onConnect} />
            </>
          )}
        </CardBody>
      </Card>

      {status.connected && (
        <Card>
          <CardHeader>
            <h2 style={{ margin: 0 }}>{__('Reports', 'retainer-agent')}</h2>
          </CardHeader>
          <CardBody>
            <div style={{ display: 'grid', gap: 8 }}>
              <Row label={__('Last successful report', 'retainer-agent')}>
                <span className="retainer-agent-last-report">{formatTime(status.last_report_at)}</span>
              </Row>
              <Row label={__('Waiting to be sent', 'retainer-agent')}>
                {sprintf(
                  /* translators: %d: number of queued messages. */
                  _n('%d message', '%d messages', status.outbox.pending, 'retainer-agent'),
                  status.outbox.pending,
                )}
                {status.outbox.pending > 0 && status.outbox.next_attempt_at
                  ? ` — ${sprintf(
                      /* translators: %s: date and time. */
                      __('next attempt %s', 'retainer-agent'),
                      formatTime(status.outbox.next_attempt_at),
                    )}`
                  : ''}
              </Row>
              {status.outbox.dead > 0 && (
                <Row label={__('Refused by the hub', 'retainer-agent')}>
                  {sprintf(
                    /* translators: %d: number of messages the hub refused for good. */
                    _n('%d message (not retried)', '%d messages (not retried)', status.outbox.dead, 'retainer-agent'),
                    status.outbox.dead,
                  )}
                </Row>
              )}
              {status.last_error && (
                <Notice status="error" isDismissible={false}>
                  <strong>{__('Last error:', 'retainer-agent')}</strong> {status.last_error.message}{' '}
                  <code>
                    {status.last_error.code}
                    {status.last_error.hub_message ? `: ${status.last_error.hub_message}` : ''}
                  </code>{' '}
                  ({formatTime(status.last_error.at)})
                </Notice>
              )}
              <div>
                <Button variant="primary" isBusy={busy === 'send'} disabled={busy !== null} onClick={onSend} __next40pxDefaultSize>
                  {__('Send report now', 'retainer-agent')}
                </Button>
              </div>
            </div>
          </CardBody>
        </Card>
      )}

      <Card>
        <CardHeader>
          <h2 style={{ margin: 0 }}>{__('Pending updates', 'retainer-agent')}</h2>
          <span>{totalUpdates === 0 ? __('Everything is up to date', 'retainer-agent') : ''}</span>
        </CardHeader>
        <CardBody>
          <div style={{ display: 'grid', gap: 8 }}>
            <Row label={__('WordPress core', 'retainer-agent')}>{updates.core}</Row>
            <Row label={__('Plugins', 'retainer-agent')}>{updates.plugins}</Row>
            <Row label={__('Themes', 'retainer-agent')}>{updates.themes}</Row>
            <Row label={__('Translations', 'retainer-agent')}>{updates.translations}</Row>
          </div>
        </CardBody>
      </Card>
    </div>
  );
}
