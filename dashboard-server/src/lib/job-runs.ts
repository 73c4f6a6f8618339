import type { Queryable } from '../db/index.js';

/*
 * Run-once claims for scheduled work (daily rollups, daily backup evaluation, …) in the job_runs table:
 * with N hub processes ticking, `INSERT … ON CONFLICT DO NOTHING/UPDATE … RETURNING` hands each
 * (job, period) to exactly one of them. Advisory locks alone would not do: they do not remember that a
 * period already ran.
 */

/**
 * Claims (job, period) for this process. Only one process gets `true` for a period; a claim that was
 * never finished (its process died) can be taken over once `staleAfterMs` has passed.
 */
export async function claimJob(db: Queryable, job: string, period: string, now: Date, staleAfterMs = 3_600_000): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO job_runs (job, period, claimed_at) VALUES ($1, $2, $3)
     ON CONFLICT (job, period) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
       WHERE job_runs.finished_at IS NULL AND job_runs.claimed_at < $4
     RETURNING job`,
    [job, period, now, new Date(now.getTime() - staleAfterMs)],
  );
  return r.rowCount === 1;
}

export async function finishJob(db: Queryable, job: string, period: string, now: Date, result: unknown): Promise<void> {
  await db.query('UPDATE job_runs SET finished_at = $3, result = $4::jsonb WHERE job = $1 AND period = $2', [job, period, now, JSON.stringify(result)]);
}
