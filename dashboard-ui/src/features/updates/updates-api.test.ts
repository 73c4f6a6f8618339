import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../app/api';
import { readRunStream } from './updates-api';
import type { SseEvent } from './sse';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      // split inside a multi-byte character too: the decoder must keep it whole
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('readRunStream', () => {
  it('reads the progress stream with the resume header and returns the last event id', async () => {
    const bytes = new TextEncoder().encode('event: snapshot\nid: 5\ndata: {"name":"Café"}\n\n');
    const split = bytes.indexOf(0xc3) + 1; // between the two bytes of "é"
    const fetchMock = vi.fn(async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(bytes.slice(0, split));
            c.enqueue(bytes.slice(split));
            c.enqueue(new TextEncoder().encode(': keep-alive\n\nevent: done\nid: 6\ndata: {}\n\n'));
            c.close();
          },
        }),
        { status: 200, headers: { 'content-type': 'text/event-stream' } },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const events: SseEvent[] = [];
    const last = await readRunStream('run 1', (e) => events.push(e), { signal: new AbortController().signal, lastEventId: '4' });
    expect(events).toEqual([
      { event: 'snapshot', data: '{"name":"Café"}', id: '5' },
      { event: 'done', data: '{}', id: '6' },
    ]);
    expect(last).toBe('6');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/update-runs/run%201/stream');
    expect((init.headers as Record<string, string>)['Last-Event-ID']).toBe('4');
    expect((init.headers as Record<string, string>).Accept).toBe('text/event-stream');
  });

  it('turns an error answer into an ApiError with the hub’s code', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Update run not found' } }), { status: 404 })));
    const error = await readRunStream('missing', () => {}, { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('keeps the previous id when the stream ends before any event', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(streamOf([': keep-alive\n\n']), { status: 200 })));
    await expect(readRunStream('r', () => {}, { signal: new AbortController().signal, lastEventId: '9' })).resolves.toBe('9');
  });
});
