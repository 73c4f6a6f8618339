import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { createAdvisoriesRepository, type AdvisoryRow } from './advisories.repository.js';
import type { Advisory, CreateAdvisory, ListAdvisoriesQuery } from './advisories.schemas.js';
import { compareVersions, createAdvisoryMatcher, isAffected, slugOf, type AdvisoryMatcher } from './matcher.js';

/** The advisory list, and the matcher every reader of updates uses. */
export function createAdvisoriesService(deps: { db: Queryable; clock: Clock }) {
  const repo = createAdvisoriesRepository(deps.db);

  /** Each advisory with the number of connected sites still on an affected version. */
  async function withExposure(rows: AdvisoryRow[]): Promise<Advisory[]> {
    const installed = await repo.installed([...new Set(rows.map((r) => r.slug))]);
    return rows.map((r) => {
      const sites = new Set(installed.filter((i) => i.type === r.type && slugOf(i.type, i.id) === r.slug && isAffected(r, i.version)).map((i) => i.site_id));
      return {
        id: r.id,
        type: r.type,
        slug: r.slug,
        fixed_in: r.fixed_in,
        affected_from: r.affected_from,
        severity: r.severity,
        title: r.title,
        reference_url: r.reference_url,
        created_at: r.created_at.toISOString(),
        affected_sites: sites.size,
      };
    });
  }

  return {
    async list(q: ListAdvisoriesQuery): Promise<Advisory[]> {
      return withExposure(await repo.list(q));
    },
    async create(input: CreateAdvisory, userId: string | null): Promise<Advisory> {
      if (input.type === 'core' && input.slug !== 'wordpress') {
        throw new AppError(ErrorCode.VALIDATION_FAILED, 'body/slug must be "wordpress" for a core advisory', [{ path: '/slug', message: 'must be "wordpress" for core' }]);
      }
      if (input.affected_from && (compareVersions(input.affected_from, input.fixed_in) ?? 0) >= 0) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, 'body/affected_from must be a version before fixed_in', [{ path: '/affected_from', message: 'must be before fixed_in' }]);
      }
      const id = randomUUID();
      if (!(await repo.insert(id, input, userId, deps.clock.now()))) {
        throw new AppError(ErrorCode.CONFLICT, `There is already an advisory for ${input.type} ${input.slug} fixed in ${input.fixed_in}`);
      }
      return (await withExposure([(await repo.find(id))!]))[0]!;
    },
    async remove(id: string): Promise<void> {
      if (!(await repo.delete(id))) throw notFound('Security advisory');
    },
    /** A matcher over every advisory, for one request or one report. */
    async matcher(): Promise<AdvisoryMatcher> {
      return createAdvisoryMatcher(await repo.list());
    },
  };
}
export type AdvisoriesService = ReturnType<typeof createAdvisoriesService>;
