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

      <section aria-labelledby="plugins-title">
        <h3 id="plugins-title">
          Plugins <span className="retainer-muted">({plugins.length}{pluginUpdates ? `, ${pluginUpdates} with updates` : ''})</span>
        </h3>
        {plugins.length === 0 ? (
          <p className="retainer-muted">No plugins reported.</p>
        ) : (
          <div className="retainer-table-wrap">
            <table className="retainer-table" data-testid="plugins-table">
              <caption className="retainer-visually-hidden">Plugins, those with updates first</caption>
              <thead>
                <tr>
                  <th scope="col">Plugin</th>
                  <th scope="col">Version</th>
                  <th scope="col">Active</th>
                  <th scope="col">Auto-updates</th>
                </tr>
              </thead>
              <tbody>
                {plugins.map((plugin) => (
                  <tr key={plugin.file}>
                    <td>
                      {plugin.name}
                      <span className="retainer-fleet-table__url">{plugin.file}</span>
                    </td>
                    <UpdateCell current={plugin.version} update={plugin.update_version} />
                    <td>{plugin.network_active ? 'Network' : plugin.active ? 'Yes' : 'No'}</td>
                    <td>
                      <YesNo value={plugin.auto_update} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="themes-title">
        <h3 id="themes-title">
          Themes <span className="retainer-muted">({themes.length}{themeUpdates ? `, ${themeUpdates} with updates` : ''})</span>
        </h3>
        {themes.length === 0 ? (
          <p className="retainer-muted">No themes reported.</p>
        ) : (
          <div className="retainer-table-wrap">
            <table className="retainer-table" data-testid="themes-table">
              <caption className="retainer-visually-hidden">Themes, those with updates first</caption>
              <thead>
                <tr>
                  <th scope="col">Theme</th>
                  <th scope="col">Version</th>
                  <th scope="col">Active</th>
                  <th scope="col">Auto-updates</th>
                </tr>
              </thead>
              <tbody>
                {themes.map((theme) => (
                  <tr key={theme.stylesheet}>
                    <td>
                      {theme.name}
                      <span className="retainer-fleet-table__url">{theme.stylesheet}</span>
                    </td>
                    <UpdateCell current={theme.version} update={theme.update_version} />
                    <td>
                      <YesNo value={theme.active} />
                    </td>
                    <td>
                      <YesNo value={theme.auto_update} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

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
