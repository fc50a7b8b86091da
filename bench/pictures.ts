/**
 * What the sized copies save a phone: a product list page's pictures as uploaded (encoded again by the
 * service) against their copies at w=320, and the time to make a copy (a copy's first request) and to
 * serve one made already.
 */
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { createClient } from '../clients/ts/src/index.js';
import type { Row } from './row.js';

const PAGE = 20;
const WIDTH = 320;

/** A photo-like picture: smooth colour with grain, as a phone's JPEG of 1600 × 1200 is to an encoder. */
async function photo(seed: number): Promise<Buffer> {
  const grain = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#000000', noise: { type: 'gaussian', mean: 110 + (seed % 40), sigma: 40 } } })
    .blur(1.2)
    .png()
    .toBuffer();
  return sharp(grain).resize(1600, 1200).jpeg({ quality: 85 }).toBuffer();
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function timed(url: string): Promise<{ ms: number; bytes: number; type: string }> {
  const started = performance.now();
  const res = await fetch(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes, type: res.headers.get('content-type') ?? '' };
}

export async function pictureRow(base: string, token: string): Promise<Row> {
  const run = randomBytes(4).toString('hex');
  const client = createClient({ baseUrl: base, token });
  const names: string[] = [];
  let uploaded = 0;
  for (let i = 0; i < PAGE; i++) {
    const bytes = await photo(i);
    uploaded += bytes.length;
    const name = `bench-${run}-${i}`;
    const answer = await client.pic.upload({ from: 'product', name, base64: bytes.toString('base64') });
    if (answer.status !== 0) throw new Error(`pic/upload answered ${answer.status}`);
    names.push(name);
  }
  const originals = await Promise.all(names.map((name) => timed(`${base}/api/external/get/pic/product/${name}`)));
  // One after another, as a page's first visitor would have them made (each copy is made on its own).
  const made: number[] = [];
  let copies = 0;
  for (const name of names) {
    const first = await timed(`${base}/api/external/get/pic/product/${name}?w=${WIDTH}`);
    if (first.type !== 'image/webp') throw new Error(`a copy came as ${first.type}`);
    made.push(first.ms);
    copies += first.bytes;
  }
  const served: number[] = [];
  for (const name of names) served.push((await timed(`${base}/api/external/get/pic/product/${name}?w=${WIDTH}`)).ms);
  made.sort((a, b) => a - b);
  served.sort((a, b) => a - b);
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
  const kept = originals.reduce((sum, o) => sum + o.bytes, 0);
  return {
    scenario: `product list page: ${PAGE} photos at w=${WIDTH} against the originals`,
    connections: 1,
    rps: 0,
    p50: Math.round(percentile(made, 50)),
    p95: Math.round(percentile(made, 95)),
    p99: Math.round(made[made.length - 1] ?? 0),
    errors: 0,
    rssMb: null,
    note:
      `1600×1200 JPEGs, ${kb(uploaded)} uploaded, ${kb(kept)} kept (encoded again); w=${WIDTH} WebP copies ${kb(copies)} (${((copies / kept) * 100).toFixed(1)}% of the originals); ` +
      `ms columns: making a copy (its first request); a copy already made: p50 ${percentile(served, 50).toFixed(1)} ms`,
  };
}
