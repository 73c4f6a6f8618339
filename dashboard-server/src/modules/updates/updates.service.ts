import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { createAdvisoriesRepository } from '../advisories/advisories.repository.js';
import { createAdvisoryMatcher } from '../advisories/matcher.js';
import { holdFor } from './holds.js';
import { createUpdatesRepository } from './updates.repository.js';
import type { CreateHold, FleetUpdateItem, FleetUpdates, FleetUpdatesQuery, Hold } from './updates.schemas.js';

/** The fleet's pending updates grouped by item, and the hold list. */
export function createUpdatesService(deps: { db: Database; clock: Clock }) {
  const repo = createUpdatesRepository(deps.db);
  const advisories = createAdvisoriesRepository(deps.db);

  return {
    /** Every pending update grouped by (type, id, to_version): "akismet 5.3 → 5.3.2 on 14 sites". */
    async fleet(q: FleetUpdatesQuery): Promise<FleetUpdates> {
      // Security-relevant means "crosses a recorded advisory's fixed version" on at least one site.
      const [pending, holds, rules] = await Promise.all([repo.pending({ clientId: q.client_id, siteId: q.site_id, type: q.type }), repo.listHolds(), advisories.list()]);
      const matcher = createAdvisoryMatcher(rules);
      const needle = q.q?.trim().toLowerCase();
      const groups = new Map<string, FleetUpdateItem & { froms: Set<string> }>();
      for (const p of pending) {
        if (needle && !p.name.toLowerCase().includes(needle) && !p.id.toLowerCase().includes(needle)) continue;
        const key = `${p.type}\u0000${p.id}\u0000${p.to_version}`;
        let g = groups.get(key);
        if (!g) {
          g = { type: p.type, id: p.id, name: p.name, from_versions: [], to_version: p.to_version, security: false, site_count: 0, held_count: 0, sites: [], froms: new Set() };
          groups.set(key, g);
        }
        const hold = holdFor(holds, p.site_id, p.type, p.id, p.to_version);
        if (p.from_version) g.froms.add(p.from_version);
        if (!g.security && matcher.fixes(p.type, p.id, p.from_version, p.to_version).length > 0) g.security = true;
        g.site_count++;
        if (hold) g.held_count++;
        g.sites.push({ site_id: p.site_id, site_label: p.site_label, client_id: p.client_id, client_name: p.client_name, from_version: p.from_version, held: !!hold, hold_reason: hold?.reason ?? null });
      }
      const items = [...groups.values()].filter((g) => q.security !== true || g.security).map(({ froms, ...g }) => ({ ...g, from_versions: [...froms].sort() }));
      items.sort((a, b) => b.site_count - a.site_count || a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
      const totalPending = items.reduce((n, g) => n + g.site_count - g.held_count, 0);
      return { items, total_items: items.length, total_pending: totalPending };
    },

    /** History events with `security` set where the update crossed a recorded advisory's fixed version. */
    async markSecurity<E extends { item_type: string; item_id: string; from_version: string | null; to_version: string | null; security: boolean }>(events: E[]): Promise<E[]> {
      if (events.length === 0) return events;
      const matcher = createAdvisoryMatcher(await advisories.list());
      return events.map((e) => (e.security || matcher.fixes(e.item_type, e.item_id, e.from_version, e.to_version).length === 0 ? e : { ...e, security: true }));
    },

    listHolds: (): Promise<Hold[]> => repo.listHolds(),

    async createHold(input: CreateHold, userId: string | null): Promise<Hold> {
      if (input.site_id) {
        const site = await deps.db.query('SELECT 1 FROM sites WHERE id = $1', [input.site_id]);
        if (site.rowCount === 0) throw notFound('Site');
      }
      const hold = await repo.insertHold({ id: randomUUID(), siteId: input.site_id, type: input.type, itemId: input.id, belowVersion: input.below_version ?? null, reason: input.reason, createdBy: userId, now: deps.clock.now() });
      if (!hold) throw new AppError(ErrorCode.CONFLICT, 'This item is already held for this scope; delete the existing hold first', { site_id: input.site_id, type: input.type, id: input.id });
      return hold;
    },

    async deleteHold(id: string): Promise<void> {
      if (!(await repo.deleteHold(id))) throw notFound('Hold');
    },
  };
}
export type UpdatesService = ReturnType<typeof createUpdatesService>;
