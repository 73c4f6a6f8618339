/**
 * Builds a list query's WHERE clause from optional filters with numbered parameters, so every
 * repository filters the same way: `add('client_id = ?', id)` puts the value in the parameter list and
 * every `?` of that condition becomes its `$n` (a condition may use its value twice).
 */
export interface WhereBuilder {
  /** The values, in `$1…$n` order. */
  readonly params: unknown[];
  add(condition: string, value: unknown): WhereBuilder;
  /** A condition without a value (e.g. `updates_total > 0`). */
  raw(condition: string): WhereBuilder;
  /** `WHERE a AND b`, or '' when nothing was added. */
  sql(): string;
}

export function whereBuilder(): WhereBuilder {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const builder: WhereBuilder = {
    params,
    add(condition, value) {
      params.push(value);
      conditions.push(condition.replaceAll('?', `$${params.length}`));
      return builder;
    },
    raw(condition) {
      conditions.push(condition);
      return builder;
    },
    sql: () => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''),
  };
  return builder;
}
