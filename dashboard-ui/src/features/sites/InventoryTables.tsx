import type { ReactNode } from 'react';
import type { Inventory } from '../../app/api';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/time';
import { HEALTH_LABEL, HEALTH_TONE, updatesFirst } from './site-presentation';

function UpdateCell({ current, update }: { current: string; update: string | null }) {
  if (!update) return <td>{current}</td>;
  return (
    <td className="retainer-has-update">
      {current} <span aria-hidden="true">→</span>
      <span className="retainer-visually-hidden">, update available to version</span>{' '}
      <strong className="retainer-update-version">{update}</strong>
    </td>
  );
}

function YesNo({ value }: { value: boolean }) {
  return <>{value ? 'Yes' : 'No'}</>;
}

interface ExtensionRow {
  key: string;
  name: string;
  slug: string;
  version: string;
  update: string | null;
  active: ReactNode;
  autoUpdate: boolean;
}

/** Plugins and themes share one table: name and slug, version (with its update), active, auto-updates. */
function ExtensionTable({ kind, singular, title, rows, updates }: { kind: 'plugins' | 'themes'; singular: string; title: string; rows: ExtensionRow[]; updates: number }) {
  return (
    <section aria-labelledby={`${kind}-title`}>
      <h3 id={`${kind}-title`}>
        {title} <span className="retainer-muted">({rows.length}{updates ? `, ${updates} with updates` : ''})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="retainer-muted">No {kind} reported.</p>
      ) : (
        <div className="retainer-table-wrap">
          <table className="retainer-table" data-testid={`${kind}-table`}>
            <caption className="retainer-visually-hidden">{title}, those with updates first</caption>
            <thead>
              <tr>
                <th scope="col">{singular}</th>
                <th scope="col">Version</th>
                <th scope="col">Active</th>
                <th scope="col">Auto-updates</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>
                    {row.name}
                    <span className="retainer-fleet-table__url">{row.slug}</span>
                  </td>
                  <UpdateCell current={row.version} update={row.update} />
                  <td>{row.active}</td>
                  <td>
                    <YesNo value={row.autoUpdate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What the site last reported: core, environment, health, plugins, themes and translations. */
export function InventoryTables({ inventory }: { inventory: Inventory }) {
  const { core, environment, health } = inventory;
  const plugins = updatesFirst(inventory.plugins);
  const themes = updatesFirst(inventory.themes);
  const pluginUpdates = plugins.filter((p) => p.update_version).length;
  const themeUpdates = themes.filter((t) => t.update_version).length;

  return (
    <div className="retainer-inventory">
      <p className="retainer-muted">
        From the report made <RelativeTime value={inventory.generated_at} /> ({formatDateTime(inventory.generated_at)}).
      </p>

      <div className="retainer-inventory__grid">
        <section className="retainer-panel" aria-labelledby="core-title">
          <h3 id="core-title">WordPress</h3>
          <dl className="retainer-facts">
            <dt>Version</dt>
            <dd className={core.update_version ? 'retainer-has-update' : undefined}>
              {core.version}
              {core.update_version ? (
                <>
                  {' '}
                  <span aria-hidden="true">→</span>
                  <span className="retainer-visually-hidden">, update available to version</span>{' '}
                  <strong className="retainer-update-version">{core.update_version}</strong>
                </>
              ) : (
                <span className="retainer-muted"> (up to date)</span>
              )}
            </dd>
            <dt>Language</dt>
            <dd>{core.locale}</dd>
            <dt>Multisite</dt>
            <dd>
              <YesNo value={core.multisite} />
            </dd>
          </dl>
        </section>

        <section className="retainer-panel" aria-labelledby="env-title">
          <h3 id="env-title">Server</h3>
          <dl className="retainer-facts">
            <dt>PHP</dt>
            <dd>{environment.php_version}</dd>
            <dt>Database</dt>
            <dd>
              {environment.db_server}
              {environment.db_version ? ` ${environment.db_version}` : ''}
            </dd>
            <dt>Web server</dt>
            <dd>{environment.web_server || '—'}</dd>
          </dl>
        </section>

        <section className="retainer-panel" aria-labelledby="health-title">
          <h3 id="health-title">Site Health</h3>
          <p>
            <Badge tone={HEALTH_TONE[health.status] ?? 'neutral'}>{HEALTH_LABEL[health.status] ?? health.status}</Badge>
          </p>
          <dl className="retainer-facts">
            <dt>Critical</dt>
            <dd className={health.critical > 0 ? 'retainer-text-error' : undefined}>{health.critical}</dd>
            <dt>Recommended</dt>
            <dd>{health.recommended}</dd>
            <dt>Passed</dt>
            <dd>{health.good}</dd>
            <dt>Checked</dt>
            <dd>
              <RelativeTime value={health.checked_at} fallback="Not yet" />
            </dd>
          </dl>
        </section>
      </div>

      <ExtensionTable
        kind="plugins"
        singular="Plugin"
        title="Plugins"
        rows={plugins.map((p) => ({ key: p.file, name: p.name, slug: p.file, version: p.version, update: p.update_version, active: p.network_active ? 'Network' : <YesNo value={p.active} />, autoUpdate: p.auto_update }))}
        updates={pluginUpdates}
      />

      <ExtensionTable
        kind="themes"
        singular="Theme"
        title="Themes"
        rows={themes.map((t) => ({ key: t.stylesheet, name: t.name, slug: t.stylesheet, version: t.version, update: t.update_version, active: <YesNo value={t.active} />, autoUpdate: t.auto_update }))}
        updates={themeUpdates}
      />

      <section aria-labelledby="translations-title">
        <h3 id="translations-title">
          Translation updates <span className="retainer-muted">({inventory.translations.length})</span>
        </h3>
        {inventory.translations.length === 0 ? (
          <p className="retainer-muted">No translation updates waiting.</p>
        ) : (
          <div className="retainer-table-wrap">
            <table className="retainer-table" data-testid="translations-table">
              <caption className="retainer-visually-hidden">Translation updates waiting</caption>
              <thead>
                <tr>
                  <th scope="col">For</th>
                  <th scope="col">Name</th>
                  <th scope="col">Language</th>
                  <th scope="col">Version</th>
                </tr>
              </thead>
              <tbody>
                {inventory.translations.map((t) => (
                  <tr key={`${t.type}:${t.slug}:${t.language}`}>
                    <td>{t.type}</td>
                    <td>{t.slug}</td>
                    <td>{t.language}</td>
                    <td className="retainer-has-update">
                      <strong className="retainer-update-version">{t.version}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
