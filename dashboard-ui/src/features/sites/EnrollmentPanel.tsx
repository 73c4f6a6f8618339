import { Button } from '@wordpress/components';
import { useState } from 'react';
import type { EnrollmentCode, SiteDetail } from '../../app/api';
import { CopyField } from '../../components/CopyField';
import { RelativeTime } from '../../components/RelativeTime';
import { InlineError } from '../../components/StateViews';
import { formatDateTime } from '../../lib/time';
import { createEnrollmentCode } from './sites-api';

/** The agent plugin as this hub packages it (a public download: the code is open, nothing of this hub's is in it). */
export const AGENT_PLUGIN_URL = '/downloads/retainer-agent.zip';

/**
 * Connecting the WordPress site: a one-time code that the site's admin pastes, together with this
 * hub's address, into the Retainer Agent plugin. The code is shown once, right after it is made.
 */
export function EnrollmentPanel({ site }: { site: SiteDetail }) {
  const [code, setCode] = useState<EnrollmentCode | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The hub says which address agents must use; the dashboard's own origin is only a fallback.
  const hubUrl = code?.hub_url ?? window.location.origin;

  async function create() {
    setBusy(true);
    setError(null);
    try {
      setCode(await createEnrollmentCode(site.id));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (site.status === 'connected') {
    return (
      <section className="retainer-panel" aria-labelledby="enrollment-title">
        <h2 id="enrollment-title">Connection</h2>
        <p>
          The Retainer Agent plugin is connected to this hub
          {site.enrollment.enrolled_at ? (
            <>
              {' '}
              since {formatDateTime(site.enrollment.enrolled_at)} (<RelativeTime value={site.enrollment.enrolled_at} />)
            </>
          ) : null}
          .
        </p>
      </section>
    );
  }

  const pendingExpiry = site.enrollment.active_code_expires_at;

  return (
    <section className="retainer-panel" aria-labelledby="enrollment-title">
      <h2 id="enrollment-title">Connect this site</h2>
      {site.status === 'revoked' ? (
        <p>This site’s connection was revoked. To connect it again, create a new code and enter it in the plugin.</p>
      ) : null}
      <ol className="retainer-steps">
        <li>
          <a href={AGENT_PLUGIN_URL} download data-testid="agent-plugin-download">
            Download the Retainer Agent plugin
          </a>{' '}
          and install it on the WordPress site (Plugins → Add New → Upload Plugin), then activate it.
        </li>
        <li>Create an enrollment code here. It works once and expires after 24 hours.</li>
        <li>In the site’s WordPress admin, open the Retainer Agent page, paste the hub address and the code, and connect.</li>
      </ol>

      {code ? (
        <div className="retainer-enrollment" aria-live="polite">
          <CopyField label="Hub address" value={hubUrl} />
          <CopyField label="Enrollment code" value={code.code} testId="enrollment-code" />
          <p className="retainer-muted">
            Expires <RelativeTime value={code.expires_at} /> ({formatDateTime(code.expires_at)}). This code is shown
            only now; create a new one if you lose it.
          </p>
        </div>
      ) : pendingExpiry ? (
        <p className="retainer-muted">
          A code created earlier is valid until {formatDateTime(pendingExpiry)}. Codes are shown only once; create a
          new one if you no longer have it.
        </p>
      ) : null}

      <InlineError error={error} />
      <Button variant={code ? 'secondary' : 'primary'} __next40pxDefaultSize onClick={create} isBusy={busy} disabled={busy} accessibleWhenDisabled>
        {code ? 'Create another code' : 'Create enrollment code'}
      </Button>
    </section>
  );
}
