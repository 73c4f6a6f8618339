/**
 * A Server-Sent Events parser for streams read with fetch() + ReadableStream. EventSource cannot
 * send the bearer header the hub requires, so the dashboard reads the stream itself. Follows the
 * WHATWG event-stream rules that matter here: LF, CR or CRLF line ends (split across chunks too),
 * `:` comments (keep-alives), multi-line `data:`, `id:` kept across events, one optional space
 * after the colon, and an event dispatched only at a blank line.
 */
export interface SseEvent {
  /** `message` when the event had no `event:` field. */
  event: string;
  data: string;
  /** The last `id:` seen so far (what Last-Event-ID resumes from), or null before any. */
  id: string | null;
}

export interface SseParser {
  /** Feeds decoded text; returns the events completed by it. */
  push(text: string): SseEvent[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  let lastId: string | null = null;
  let eventName = '';
  let data: string[] = [];
  let hasData = false;
  // A chunk that ends in CR may be the first half of CRLF: the LF opening the next chunk is skipped.
  let skipLeadingLf = false;

  function line(text: string, out: SseEvent[]) {
    if (text === '') {
      if (hasData) out.push({ event: eventName || 'message', data: data.join('\n'), id: lastId });
      eventName = '';
      data = [];
      hasData = false;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') {
      data.push(value);
      hasData = true;
    } else if (field === 'id' && !value.includes('\0')) lastId = value;
    // `retry` and unknown fields are ignored: reconnecting is the caller's decision.
  }

  return {
    push(text) {
      const out: SseEvent[] = [];
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const ch = buffer[i];
        if (ch !== '\n' && ch !== '\r') continue;
        line(buffer.slice(start, i), out);
        if (ch === '\r') {
          if (i + 1 < buffer.length) {
            if (buffer[i + 1] === '\n') i++;
          } else {
            skipLeadingLf = true;
          }
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
  };
}
