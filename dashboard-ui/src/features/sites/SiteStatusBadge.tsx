import type { SiteStatus } from '../../app/api';
import { Badge } from '../../components/StatusBadge';
import { SITE_STATUS_HELP, SITE_STATUS_LABEL, SITE_STATUS_TONE } from './site-presentation';

export function SiteStatusBadge({ status }: { status: SiteStatus }) {
  return (
    <Badge tone={SITE_STATUS_TONE[status]} title={SITE_STATUS_HELP[status]} testId="site-status">
      {SITE_STATUS_LABEL[status]}
    </Badge>
  );
}
