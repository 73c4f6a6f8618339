import { Button, CheckboxControl, Modal, SelectControl, TextareaControl } from '@wordpress/components';
import { useMemo, useState, type FormEvent } from 'react';
import { callApi, isApiError } from '../../app/api';
import { InlineError } from '../../components/StateViews';
import { formatCount } from '../../lib/paging';
import { formatDateTime } from '../../lib/time';
import { AGENT_PLUGIN_URL } from './EnrollmentPanel';
import { codesCsv, parseImport, problemsByLine, type ImportResult } from './site-import';

/** A large fleet can take days to install: the codes may stay valid up to a week. */
const VALIDITY_OPTIONS = [
  { value: '24', label: '1 day' },
  { value: '72', label: '3 days' },
  { value: '168', label: '7 days' },
];

const EXAMPLE = 'Acme Bakery, acme-bakery.com, Shop\nNuovo Ristorante, nuovo.example, , ciao@nuovo.example';

/** Offers the imported sites' codes as a CSV file (nothing leaves the browser). */
function downloadCsv(result: ImportResult) {
  const url = URL.createObjectURL(new Blob([codesCsv(result)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'retainer-enrollment-codes.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Many sites at once, pasted from a spreadsheet: clients found by name or created, every site with its
 * one-time enrollment code, all or nothing. The codes are shown once, with a CSV to keep.
 */
export function ImportSitesModal({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const [text, setText] = useState('');
  const [codes, setCodes] = useState(true);
  const [validHours, setValidHours] = useState('24');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [hubProblems, setHubProblems] = useState<{ line: number; message: string }[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const parsed = useMemo(() => parseImport(text), [text]);
  const problems = [...parsed.problems, ...hubProblems].sort((a, b) => a.line - b.line);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (parsed.rows.length === 0 || parsed.problems.length > 0) return;
    setBusy(true);
    setError(null);
    setHubProblems([]);
    try {
      setResult(await callApi('post', '/api/v1/sites/import', { body: { rows: parsed.rows, enrollment_codes: codes, ...(codes ? { code_valid_hours: Number(validHours) } : {}) } }));
      onImported();
    } catch (caught) {
      const byLine = isApiError(caught) ? problemsByLine(caught.details, parsed) : [];
      setHubProblems(byLine);
      setError(byLine.length > 0 ? null : caught);
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    const withCodes = result.sites.some((s) => s.code);
    return (
      <Modal title="Sites imported" onRequestClose={onClose} size="large">
        <p>
          {`${formatCount(result.sites.length)} ${result.sites.length === 1 ? 'site was' : 'sites were'} added`}
          {result.created_clients.length > 0 ? `, with ${formatCount(result.created_clients.length)} new ${result.created_clients.length === 1 ? 'client' : 'clients'}` : ''}.
          {withCodes ? ` Each code works once and expires ${formatDateTime(result.sites[0]!.code_expires_at!)}. They are shown only now: download them.` : ' Create each site’s enrollment code on its page.'}
        </p>
        {withCodes ? (
          <p>
            Next, on each site: install the <a href={AGENT_PLUGIN_URL} download>Retainer Agent plugin</a>, then enter the hub address{' '}
            <code>{result.hub_url}</code> and the site’s code in Settings → Retainer Agent — or, without opening wp-admin, put them in
            the site’s wp-config.php as <code>RETAINER_AGENT_HUB_URL</code> and <code>RETAINER_AGENT_ENROLLMENT_CODE</code>: the site
            connects by itself.
          </p>
        ) : null}
        <div className="retainer-table-wrap">
          <table className="retainer-table" data-testid="import-result">
            <caption className="retainer-visually-hidden">Imported sites</caption>
            <thead>
              <tr>
                <th scope="col">Site</th>
                <th scope="col">Client</th>
                {withCodes ? <th scope="col">Enrollment code</th> : null}
              </tr>
            </thead>
            <tbody>
              {result.sites.map((s) => (
                <tr key={s.site_id}>
                  <td>
                    {s.label} <span className="retainer-muted">{s.url}</span>
                  </td>
                  <td>{s.client_name}</td>
                  {withCodes ? (
                    <td>
                      <code>{s.code}</code>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="retainer-button-row retainer-button-row--end">
          {withCodes ? (
            <Button variant="secondary" __next40pxDefaultSize onClick={() => downloadCsv(result)}>
              Download codes (CSV)
            </Button>
          ) : null}
          <Button variant="primary" __next40pxDefaultSize onClick={onClose}>
            Done
          </Button>
        </div>
      </Modal>
    );
  }

  const ready = parsed.rows.length > 0 && parsed.problems.length === 0;
  return (
    <Modal title="Import sites" onRequestClose={onClose} size="large" shouldCloseOnClickOutside={!busy}>
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        <p>
          One site per line, pasted from a spreadsheet or a CSV file: <strong>client, site address, label, client e-mail</strong>. The label is
          optional; the e-mail is needed once for a client the hub does not know yet. Commas, semicolons or tabs; a header line naming the
          columns may come first. Up to 1,000 sites; nothing is imported if any line has a problem.
        </p>
        <TextareaControl label="Sites" value={text} onChange={(v) => { setText(v); setHubProblems([]); }} rows={10} placeholder={EXAMPLE} className="retainer-import-text" />
        <CheckboxControl label="Create an enrollment code for each site" checked={codes} onChange={setCodes} />
        {codes ? <SelectControl label="Codes stay valid for" value={validHours} options={VALIDITY_OPTIONS} onChange={setValidHours} __next40pxDefaultSize /> : null}
        <p aria-live="polite" data-testid="import-summary">
          {parsed.rows.length === 0 && problems.length === 0
            ? 'Paste the sites above.'
            : `${formatCount(parsed.rows.length)} ${parsed.rows.length === 1 ? 'site' : 'sites'} ready${problems.length > 0 ? `, ${formatCount(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'} to fix first` : ''}.`}
        </p>
        {problems.length > 0 ? (
          <div role="alert" data-testid="import-problems">
            <ul className="retainer-import-problems">
              {problems.slice(0, 20).map((p, i) => (
                <li key={i}>{`Line ${p.line}: ${p.message}`}</li>
              ))}
              {problems.length > 20 ? <li>{`… and ${formatCount(problems.length - 20)} more.`}</li> : null}
            </ul>
          </div>
        ) : null}
        <InlineError error={error} />
        <div className="retainer-button-row retainer-button-row--end">
          <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy || !ready} accessibleWhenDisabled>
            {parsed.rows.length > 0 ? `Import ${formatCount(parsed.rows.length)} ${parsed.rows.length === 1 ? 'site' : 'sites'}` : 'Import'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
