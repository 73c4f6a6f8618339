import { Button } from '@wordpress/components';
import { useState } from 'react';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { formatCount } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { SelectBox } from './SelectBox';
import { isPairSelected, type Selection } from './selection';
import { listItemSites, type FleetFilter, type FleetUpdateItem, type Hold } from './updates-api';

/** Site rows drawn at first and per "Show more": thousands of rows at once take seconds to draw. */
export const SITE_ROWS_PAGE = 100;

/**
 * The sites of an item the freelancer opened, loaded when it is opened: the list itself carries
 * counts only, so a fleet of thousands of sites does not download every (item, site) pair up front.
 */
export function ItemSiteRows(props: {
  item: FleetUpdateItem;
  filter: FleetFilter;
  /** Changes when holds change, so the held flags are read again. */
  generation: number;
  selection: Selection;
  onToggle: (siteId: string, on: boolean) => void;
  holdFor: (siteId: string) => Hold | undefined;
  onHold: (siteId: string, siteLabel: string) => void;
  onRelease: (hold: Hold) => void;
}) {
  const { item, filter } = props;
  const sites = useResource((signal) => listItemSites(item, filter, signal), [item.type, item.id, item.to_version, filter.client_id, filter.q, filter.security, props.generation]);
  const [shown, setShown] = useState(SITE_ROWS_PAGE);

  if (!sites.data) {
    return (
      <tr className="retainer-subrow" data-testid="update-sites-state">
        <td />
        <td colSpan={4}>
          {sites.error ? (
            <ErrorState error={sites.error} onRetry={sites.reload} title={`The sites of ${item.name} could not be loaded.`} />
          ) : (
            <LoadingState label={`Loading the sites of ${item.name}…`} />
          )}
        </td>
      </tr>
    );
  }
  if (sites.data.length === 0) {
    return (
      <tr className="retainer-subrow">
        <td />
        <td colSpan={4} className="retainer-muted">
          No site offers this update any more. Reload the list.
        </td>
      </tr>
    );
  }
  const rest = sites.data.length - shown;
  return (
    <>
      {sites.data.slice(0, shown).map((site) => {
        const siteHold = props.holdFor(site.site_id);
        return (
          <tr key={site.site_id} className="retainer-subrow" data-testid="update-site" data-site-id={site.site_id}>
            <td>
              <SelectBox
                label={`Update ${item.name} on ${site.site_label}`}
                checked={!site.held && isPairSelected(props.selection, item, site.site_id)}
                disabled={site.held}
                onChange={(on) => props.onToggle(site.site_id, on)}
              />
            </td>
            <td>
              <Link to={paths.site(site.site_id)}>{site.site_label}</Link> <span className="retainer-muted">{site.client_name}</span>{' '}
              {site.held ? <Badge tone="warning" title={site.hold_reason ?? undefined}>{`Held: ${site.hold_reason ?? 'no reason given'}`}</Badge> : null}
            </td>
            <td>{site.from_version ? `${site.from_version} → ${item.to_version}` : `new: ${item.to_version}`}</td>
            <td />
            <td className="retainer-actions-cell">
              {siteHold ? (
                <Button variant="tertiary" size="compact" onClick={() => props.onRelease(siteHold)} aria-label={`Release hold on ${item.name} for ${site.site_label}`}>
                  Release hold
                </Button>
              ) : !site.held ? (
                <Button variant="tertiary" size="compact" onClick={() => props.onHold(site.site_id, site.site_label)} aria-label={`Hold ${item.name} on ${site.site_label}`}>
                  Hold
                </Button>
              ) : null}
            </td>
          </tr>
        );
      })}
      {rest > 0 ? (
        <tr className="retainer-subrow" data-testid="update-sites-more">
          <td />
          <td colSpan={4}>
            <span className="retainer-muted">{`Showing ${formatCount(shown)} of ${formatCount(sites.data.length)} sites. `}</span>
            <Button variant="tertiary" size="compact" onClick={() => setShown((n) => n + SITE_ROWS_PAGE * 5)}>
              {`Show ${formatCount(Math.min(rest, SITE_ROWS_PAGE * 5))} more`}
              <span className="retainer-visually-hidden">{` sites for ${item.name}`}</span>
            </Button>
          </td>
        </tr>
      ) : null}
    </>
  );
}
