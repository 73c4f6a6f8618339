// Loaded into a hub process by run.mjs --count-statements (node --import): counts the SQL statements the
// hub sends, by prepared-statement name or opening text. Each SIGUSR2 writes the counts since the last one
// to `${STATEMENTS_OUT}.<n>` (n = 1, 2, …) as JSON and starts again. Bench use only.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pg = createRequire(process.env.STATEMENTS_FROM)('pg');
let counts = new Map();
let n = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, ...rest) {
  const text = typeof config === 'string' ? config : (config?.text ?? '');
  const key = config?.name ?? text.replace(/\s+/g, ' ').trim().slice(0, 60);
  counts.set(key, (counts.get(key) ?? 0) + 1);
  return query.call(this, config, ...rest);
};
process.on('SIGUSR2', () => {
  writeFileSync(`${process.env.STATEMENTS_OUT}.${++n}`, JSON.stringify([...counts].sort((a, b) => b[1] - a[1])));
  counts = new Map();
});
