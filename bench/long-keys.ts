/**
 * `npx tsx bench/long-keys.ts -- <config.json>`: how long searches with very long keys take, alone and ten
 * at once beside /healthz and a property/add, against whatever database the config names (the bench's
 * MariaDB with 100,000 notices, bench/results/bench-config.json with its port set to 0, say).
 * Needs `npm run build` first. Never part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { createDatabase } from '../src/backends/db/pool.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';

const cfg = process.argv.at(-1)!;
const child = spawn(process.execPath, ['dist/src/main.js', '-c', cfg], { cwd: '/work/main', stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
child.stdout.on('data', (c: Buffer) => (out += c.toString()));
while (!/listening on http:\/\/[^:]+:(\d+)/.test(out)) await new Promise((r) => setTimeout(r, 50));
const base = `http://127.0.0.1:${/listening on http:\/\/[^:]+:(\d+)/.exec(out)![1]}`;
const knex = await createDatabase(loadConfig(cfg), createLogger('warn'));
const token = 'measure-' + Date.now();
await knex('tokens').insert({ token, user_id: '3999999999' });
const chars = (n: number) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
const timed = async (url: string, init?: RequestInit) => { const t = performance.now(); const r = await fetch(url, init); const b = await r.json() as { status: number; data: unknown[] }; return { ms: Math.round(performance.now() - t), status: b.status, n: Array.isArray(b.data) ? b.data.length : -1 }; };
const search = (key: string) => `${base}/api/external/get/property?token=${token}&type=1&key=${encodeURIComponent(key)}`;
for (const n of [100, 200, 499, 500, 1000, 1600]) console.log(`key of ${n} distinct characters:`, await timed(search(chars(n))));
console.log('title filter of 20 distinct characters:', await timed(`${base}/api/external/get/property?token=${token}&type=1&title=${encodeURIComponent(chars(20))}`));
// Ten 500-character searches at once, with /healthz and a property/add beside them.
const t0 = performance.now();
const searches = Array.from({ length: 10 }, (_, i) => timed(search(chars(500 - i))));
await new Promise((r) => setTimeout(r, 20));
const health = await timed(`${base}/healthz`).catch(() => ({ ms: -1, status: -1, n: -1 }));
const add = await timed(`${base}/api/external/property?token=${token}`, { method: 'POST', body: JSON.stringify({ type: 'property', subtype: 'add', data: { type: 1, lab: 'x', title: 'measure', content: 'measure', user_name: 'm' } }) });
const all = await Promise.all(searches);
console.log(`ten 500-character searches at once: all done in ${Math.round(performance.now() - t0)} ms (slowest ${Math.max(...all.map((a) => a.ms))} ms); /healthz meanwhile ${health.ms} ms; property/add meanwhile ${add.ms} ms (status ${add.status})`);
await knex('property').where('user_id', '3999999999').del();
await knex('tokens').where({ token }).del();
await knex.destroy();
child.kill('SIGTERM');
