/** One server-sent event as the progress stream sends it. */
export interface SseEvent {
  event: string;
  id: string;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Reads an event stream the way the dashboard does (fetch() with the bearer header, then the body
 * stream) and collects its events. `until` waits (up to 30 s: a busy machine is slow) for a condition
 * on the events received so far and fails at once if the stream ends first.
 */
export async function openEventStream(url: string, token: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, ...headers } });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: SseEvent[] = [];
  let buffer = '';
  let ended = false;
  const waiters: Array<() => void> = [];
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const fields = Object.fromEntries(frame.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
        if (fields.event) events.push({ event: fields.event, id: fields.id!, data: JSON.parse(fields.data!) });
      }
      waiters.splice(0).forEach((w) => w());
    }
    ended = true;
    waiters.splice(0).forEach((w) => w());
  })();
  const until = async (pred: (e: SseEvent[]) => boolean) => {
    const deadline = Date.now() + 30_000;
    while (!pred(events)) {
      if (ended || Date.now() > deadline) throw new Error(`stream ended or timed out; got ${JSON.stringify(events.map((e) => [e.event, e.data.status]))}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 200);
      });
    }
  };
  return { res, events, until, ended: () => ended, cancel: () => reader.cancel() };
}
