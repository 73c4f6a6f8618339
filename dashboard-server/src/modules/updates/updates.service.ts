import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { createAdvisoriesRepository } from '../advisories/advisories.repository.js';
import { createAdvisoryMatcher } from '../advisories/matcher.js';
import { holdFor } from './holds.js';
import { createUpdatesRepository } from './updates.repository.js';
import type { UpdateItemType } from '@retainer/protocol';
import type { CreateHold, FleetFilter, FleetUpdateItem, FleetUpdates, FleetUpdateSite, FleetUpdatesQuery, Hold } from './updates.schemas.js';

/** The fleet's pending updates grouped by item, and the hold list. */
export function createUpdatesService(deps: { db: Database; clock: Clock }) {
  const repo = createUpdatesRepository(deps.db);
  const advisories = createAdvisoriesRepository(deps.db);

  const service = {
    /**
     * Every pending update grouped by (type, id, to_version): "akismet 5.3 → 5.3.2 on 14 sites". The
     * search matches an item (all its sites) or a site's label (that site's updates only).
     */
    async fleet(q: FleetUpdatesQuery): Promise<FleetUpdates> {
      // Security-relevant means "crosses a recorded advisory's fixed version" on at least one site.
      const [pending, holds, rules] = await Promise.all([repo.pending({ clientId: q.client_id, siteId: q.site_id, type: q.type, itemId: q.item_id }), repo.listHolds(), advisories.list()]);
      const matcher = createAdvisoryMatcher(rules);
      const needle = q.q?.trim().toLowerCase();
      const withSites = q.include_sites !== false;
      const groups = new Map<string, FleetUpdateItem & { froms: Set<string>; sites: FleetUpdateSite[] }>();
      for (const p of pending) {
        if (needle && !p.name.toLowerCase().includes(needle) && !p.id.toLowerCase().includes(needle) && !p.site_label.toLowerCase().includes(needle)) continue;
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
        if (withSites) g.sites.push({ site_id: p.site_id, site_label: p.site_label, client_id: p.client_id, client_name: p.client_name, from_version: p.from_version, held: !!hold, hold_reason: hold?.reason ?? null });
      }
      const items = [...groups.values()]
        .filter((g) => q.security !== true || g.security)
        .map(({ froms, sites, ...g }) => ({ ...g, from_versions: [...froms].sort(), ...(withSites ? { sites } : {}) }));
      items.sort((a, b) => b.site_count - a.site_count || a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
      const totalPending = items.reduce((n, g) => n + g.site_count - g.held_count, 0);
      return { items, total_items: items.length, total_pending: totalPending };
    },

    /**
     * Whole items picked in the fleet view, as (site, item) pairs: every site that offers the item at
     * that version under the same filters, without held sites and the ones the freelancer unticked.
     */
    async expand(picks: { type: UpdateItemType; id: string; to_version: string; except_site_ids?: string[] }[], filter: FleetFilter): Promise<Map<string, { type: UpdateItemType; id: string; to_version: string }[]>> {
      const wanted = new Map(picks.map((p) => [`${p.type}\u0000${p.id}\u0000${p.to_version}`, new Set((p.except_site_ids ?? []).map((s) => s.toLowerCase()))]));
      // One read of the fleet for all picks (per item it would be one whole-fleet query each); narrowed
      // to one item type when every pick shares it.
      const types = new Set(picks.map((p) => p.type));
      const view = await service.fleet({ ...filter, ...(types.size === 1 ? { type: picks[0]!.type } : {}), ...(picks.length === 1 ? { item_id: picks[0]!.id } : {}), include_sites: true });
      const bySite = new Map<string, { type: UpdateItemType; id: string; to_version: string }[]>();
      for (const item of view.items) {
        const except = wanted.get(`${item.type}\u0000${item.id}\u0000${item.to_version}`);
        if (!except) continue;
        for (const site of item.sites ?? []) {
          if (site.held || except.has(site.site_id)) continue;
          let list = bySite.get(site.site_id);
          if (!list) bySite.set(site.site_id, (list = []));
          list.push({ type: item.type, id: item.id, to_version: item.to_version });
        }
      }
      return bySite;
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
  return service;
}
export type UpdatesService = ReturnType<typeof createUpdatesService>;
