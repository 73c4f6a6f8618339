import type { ServerResponse } from 'node:http';
import type { Database } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import { createUpdateRunsRepository, toItem, type ChangeMark, type ItemRow, type SiteRow } from './update-runs.repository.js';
import type { UpdateRunsService } from './update-runs.service.js';

/*
 * GET /update-runs/:id/stream: Server-Sent Events. `snapshot` (the full run) first, then `site` and
 * `item` for every row that changed, `run` when the run itself changed while open (it started, a
 * cancel was asked for), `done` when the run ended. Rows carry the change number they were
 * written with; the stream reads rows changed since its last number, woken at once by this process's
 * own changes and every `pollMs` for changes other hub processes made. A number is taken before its
 * transaction commits, so a slow transaction can commit a smaller number after a larger one was read.
 * Each read therefore starts from a "low water" number below which every transaction has ended: a
 * mark (the sequence's last value with the snapshot's xmax) becomes the low water once the oldest
 * running transaction is newer than the mark's xmax and the mark is one poll old. `done` comes after a
 * last full comparison, so the final state a client holds is complete whatever the timing.
 */
export interface StreamDeps {
  db: Database;
  runs: Pick<UpdateRunsService, 'events' | 'get'>;
  pollMs: number;
  heartbeatMs?: number;
  /** Shortest gap between two reads woken by this process's own changes. */
  minGapMs?: number;
}

/** A change number with the first transaction id not yet started when it was read. */
interface Mark {
  seq: bigint;
  xmax: bigint;
  at: number;
}

type Row = ({ kind: 'site' } & SiteRow) | ({ kind: 'item' } & ItemRow);
const keyOf = (r: Row) => (r.kind === 'site' ? `s:${r.site_id}` : `i:${r.site_id}:${r.item_type}:${r.item_id}`);
const payload = (r: Row) =>
  r.kind === 'site' ? { site_id: r.site_id, site_label: r.site_label, status: r.status, command_id: r.command_id } : { site_id: r.site_id, ...toItem(r) };

export function createProgressStreams(deps: StreamDeps) {
  const open = new Set<() => void>();
  const minGapMs = deps.minGapMs ?? 100;

  async function stream(runId: string, lastEventId: string | undefined, res: ServerResponse, startResponse: () => void): Promise<void> {
    const repo = createUpdateRunsRepository(deps.db);
    const head = await repo.findRun(runId);
    if (!head) throw notFound('Update run');
    const resume = lastEventId && /^[0-9]{1,18}$/.test(lastEventId) ? BigInt(lastEventId) : undefined;
    startResponse();
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });

    let lastId = 0n;
    /** The run's own change number last sent (resuming: anything after the client's last id is new). */
    let runSent = resume ?? BigInt(head.seq);
    // Frames are collected and written once per read: one socket write for a whole batch of changes.
    let pending = '';
    const write = (event: string, id: bigint, data: unknown) => {
      if (id > lastId) lastId = id;
      pending += `event: ${event}\nid: ${lastId}\ndata: ${JSON.stringify(data)}\n\n`;
    };
    const flush = () => {
      if (pending && !res.writableEnded) res.write(pending);
      pending = '';
    };
    /** The change number each row was last sent with (or shown in the snapshot with). */
    const sent = new Map<string, bigint>();
    /** Marks not yet known to be safe, oldest first. */
    const marks: Mark[] = [];
    const toMark = (m: ChangeMark): Mark & { xmin: bigint } => ({ seq: BigInt(m.n), xmin: BigInt(m.xmin), xmax: BigInt(m.xmax), at: Date.now() });
    const readMark = async () => toMark(await repo.mark());
    let floor: bigint;
    // Until a mark is safe, reads cover the whole run (rows already shown are skipped by `sent`).
    let lowWater = 0n;
    if (resume === undefined) {
      // Change numbers are read before the snapshot, so nothing written during it is missed.
      const mark = await readMark();
      marks.push(mark);
      const before = mark.seq;
      const rows = await repo.detail(runId);
      for (const s of rows.sites) sent.set(`s:${s.site_id}`, BigInt(s.seq));
      for (const i of rows.items) sent.set(`i:${i.site_id}:${i.item_type}:${i.item_id}`, BigInt(i.seq));
      write('snapshot', before, await deps.runs.get(runId));
      flush();
      floor = before;
    } else {
      floor = resume;
      lastId = resume;
      lowWater = resume;
    }

    let closed = false;
    let busy = false;
    let dirty = false;
    const emitChanges = (rows: Row[]) => {
      rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
      for (const r of rows) {
        const seq = BigInt(r.seq);
        const key = keyOf(r);
        if (seq <= (sent.get(key) ?? floor)) continue;
        sent.set(key, seq);
        write(r.kind, seq, payload(r));
      }
    };
    const read = async (since: bigint): Promise<{ status: string | undefined; runSeq: bigint; rows: Row[]; mark: Mark & { xmin: bigint } }> => {
      const c = await repo.changedSince(runId, since.toString());
      return {
        status: c.status,
        runSeq: c.runSeq === undefined ? 0n : BigInt(c.runSeq),
        rows: [...c.sites.map((s) => ({ kind: 'site' as const, ...s })), ...c.items.map((i) => ({ kind: 'item' as const, ...i }))],
        mark: toMark(c.mark),
      };
    };
    // Rare (a run changes itself a few times), so the run with its counts is read only then.
    const emitRun = async (runSeq: bigint) => {
      runSent = runSeq;
      const run = await repo.findRun(runId);
      if (!run) return;
      const { seq: _seq, ...view } = run;
      write('run', runSeq, { run: view });
    };
    const poll = async () => {
      if (closed) return;
      if (busy) {
        dirty = true;
        return;
      }
      busy = true;
      lastPoll = Date.now();
      try {
        // This read starts at the current low water and takes a mark in the same statement (as if
        // read alone just before it); marks that are safe now raise the low water for the next read,
        // since every row numbered up to them committed before this read's snapshot was taken.
        const { status, runSeq, rows, mark: now } = await read(lowWater);
        while (marks.length > 0 && marks[0]!.xmax <= now.xmin && now.at - marks[0]!.at >= deps.pollMs) lowWater = marks.shift()!.seq;
        marks.push(now);
        emitChanges(rows);
        if ((status === 'queued' || status === 'running') && runSeq > runSent) await emitRun(runSeq);
        flush();
        if (status !== 'queued' && status !== 'running' && !closed) {
          emitChanges((await read(0n)).rows);
          const final = await deps.runs.get(runId);
          write('done', lastId, { run: final.run });
          flush();
          close();
        }
      } catch {
        close();
      } finally {
        busy = false;
        if (dirty && !closed) {
          dirty = false;
          void poll();
        }
      }
    };
    // Own changes wake the stream, at most every `minGapMs`: a busy run changes hundreds of rows a
    // second, and one read sends them all.
    let lastPoll = 0;
    let wake: NodeJS.Timeout | undefined;
    const onChange = (id: string) => {
      if (id !== runId || wake) return;
      wake = setTimeout(() => {
        wake = undefined;
        void poll();
      }, Math.max(0, lastPoll + minGapMs - Date.now()));
    };
    // Other processes' changes: a read every `pollMs`, unless one woken by an own change ran within half of it.
    const timer = setInterval(() => {
      if (Date.now() - lastPoll >= deps.pollMs / 2) void poll();
    }, deps.pollMs);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), deps.heartbeatMs ?? 15_000);
    function close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      clearInterval(heartbeat);
      if (wake) clearTimeout(wake);
      deps.runs.events.off('change', onChange);
      open.delete(close);
      res.end();
    }
    open.add(close);
    deps.runs.events.on('change', onChange);
    res.on('close', close);
    await poll();
  }

  return {
    stream,
    /** Ends every open stream (hub shutdown). */
    closeAll() {
      for (const c of [...open]) c();
    },
  };
}
export type ProgressStreams = ReturnType<typeof createProgressStreams>;
