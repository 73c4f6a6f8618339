import { describe, expect, it } from 'vitest';
import { listQueryToApi, listQueryToSearch, parseListQuery } from './list-query';

const STATUSES = ['up', 'down'] as const;

describe('list query', () => {
  it('reads a valid address and ignores invalid values', () => {
    expect(parseListQuery('?status=down&page=3', STATUSES)).toEqual({ status: 'down', page: 3 });
    expect(parseListQuery('?status=sideways&page=-1', STATUSES)).toEqual({ status: '', page: 1 });
    expect(parseListQuery('?page=2.5', STATUSES).page).toBe(1);
    expect(parseListQuery('', STATUSES)).toEqual({ status: '', page: 1 });
  });

  it('writes only what differs from the defaults and round-trips', () => {
    expect(listQueryToSearch({ status: '', page: 1 })).toBe('');
    expect(listQueryToSearch({ status: 'up', page: 4 })).toBe('?status=up&page=4');
    expect(parseListQuery(listQueryToSearch({ status: 'up' as const, page: 4 }), STATUSES)).toEqual({ status: 'up', page: 4 });
  });

  it('maps to the hub parameters with its own filter name', () => {
    expect(listQueryToApi({ status: 'down', page: 3 }, 50, 'status')).toEqual({ limit: 50, offset: 100, status: 'down' });
    expect(listQueryToApi({ status: '', page: 1 }, 25, 'verdict')).toEqual({ limit: 25, offset: 0 });
  });
});
