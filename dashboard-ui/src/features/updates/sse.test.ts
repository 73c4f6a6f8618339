import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse';

describe('createSseParser', () => {
  it('parses named events with ids and JSON data', () => {
    const parser = createSseParser();
    const events = parser.push('event: snapshot\nid: 3\ndata: {"a":1}\n\nevent: item\nid: 4\ndata: {"b":2}\n\n');
    expect(events).toEqual([
      { event: 'snapshot', data: '{"a":1}', id: '3' },
      { event: 'item', data: '{"b":2}', id: '4' },
    ]);
  });

  it('waits for the blank line before dispatching, across chunk boundaries', () => {
    const parser = createSseParser();
    expect(parser.push('event: si')).toEqual([]);
    expect(parser.push('te\nid: 7\ndata: {"x"')).toEqual([]);
    expect(parser.push(':1}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'site', data: '{"x":1}', id: '7' }]);
  });

  it('accepts CRLF and CR line ends, even when CRLF is split between chunks', () => {
    const parser = createSseParser();
    expect(parser.push('event: a\r\ndata: 1\r')).toEqual([]);
    // the LF completing the CRLF must not count as a blank line
    expect(parser.push('\ndata: 2\r\r')).toEqual([{ event: 'a', data: '1\n2', id: null }]);
    expect(parser.push('data: 3\r\n\r\n')).toEqual([{ event: 'message', data: '3', id: null }]);
  });

  it('ignores comments (keep-alives), unknown fields and events without data', () => {
    const parser = createSseParser();
    expect(parser.push(': keep-alive\n\nretry: 100\nfoo: bar\n\nevent: lonely\n\n')).toEqual([]);
    expect(parser.push('data:no-space\n\n')).toEqual([{ event: 'message', data: 'no-space', id: null }]);
  });

  it('keeps the last id for later events and joins multi-line data', () => {
    const parser = createSseParser();
    parser.push('id: 10\ndata: x\n\n');
    expect(parser.push('data: first\ndata:  second\n\n')).toEqual([{ event: 'message', data: 'first\n second', id: '10' }]);
  });

  it('resets the event name after each dispatch', () => {
    const parser = createSseParser();
    expect(parser.push('event: done\ndata: {}\n\ndata: plain\n\n').map((e) => e.event)).toEqual(['done', 'message']);
  });
});
