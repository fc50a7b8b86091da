/**
 * Photos straight from a phone, and what an attacker's animations cost everyone else: a 12-megapixel JPEG
 * uploaded as multipart and as base64 (time and service CPU per upload), eight at once (peak RSS), and
 * animated GIFs from 16 clients while one client uploads small pictures and asks for their sized copies
 * and another draws captchas.
 */
import sharp from 'sharp';
import type { Row } from './row.js';

const PIC = '/api/external/pic';
const ROUNDS = 8;
const AT_ONCE = 8;
const ATTACKERS = 16;

export interface ServiceProbe {
  base: string;
  /** Tokens of distinct users, as many as the rows need (18 at least). */
  tokens: string[];
  cpuMs(): number;
  rssMb(): number | null;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** A phone's 12-megapixel photo: 4000 × 3000 with a camera's grain, about 5 MB of JPEG. */
export async function phonePhoto(): Promise<Buffer> {
  const grain = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  return sharp(grain).blur(0.6).jpeg({ quality: 90 }).toBuffer();
}

/** `frames` frames of `side` × `side`, mostly flat (a few kilobytes however many pixels). */
export async function animation(frames: number, side: number): Promise<Buffer> {
  const raw = Buffer.alloc(side * side * frames * 3);
  for (let f = 0; f < frames; f++) for (let i = 0; i < 40; i++) raw[(f * side * side + i * side + f) * 3] = 255;
  return sharp(raw, { raw: { width: side, height: side * frames, channels: 3, pageHeight: side } }).gif().toBuffer();
}

function multipart(data: object, bytes: Buffer): FormData {
  const form = new FormData();
  form.append('type', 'pic');
  form.append('subtype', 'upload');
  form.append('data', JSON.stringify(data));
  form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'photo.jpg');
  return form;
}

async function upload(probe: ServiceProbe, token: string, data: object, bytes: Buffer, as: 'multipart' | 'base64'): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const res = await fetch(`${probe.base}${PIC}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, ...(as === 'base64' ? { 'Content-Type': 'application/json' } : {}) },
    body: as === 'multipart' ? multipart(data, bytes) : JSON.stringify({ id: 1, type: 'pic', subtype: 'upload', data: { ...data, base64: bytes.toString('base64') } }),
  });
  const { status } = (await res.json()) as { status: number };
  return { ms: performance.now() - started, status };
}

const row = (scenario: string, connections: number, ms: number[], errors: number, rssMb: number | null, note: string): Row => ({
  scenario,
  connections,
  rps: 0,
  p50: Math.round(percentile(ms, 50)),
  p95: Math.round(percentile(ms, 95)),
  p99: Math.round(percentile(ms, 99)),
  errors,
  rssMb,
  note,
});

/** ROUNDS uploads of the photo one after another: time and the service's CPU for each. */
async function photoRow(probe: ServiceProbe, photo: Buffer, as: 'multipart' | 'base64'): Promise<Row> {
  const ms: number[] = [];
  let errors = 0;
  const cpu = probe.cpuMs();
  for (let i = 0; i < ROUNDS; i++) {
    const answer = await upload(probe, probe.tokens[0] as string, { from: 'product', name: `bench-photo-${as}-${i}` }, photo, as);
    ms.push(answer.ms);
    if (answer.status !== 0) errors++;
  }
  const perUpload = (probe.cpuMs() - cpu) / ROUNDS;
  return row(`12-MP JPEG upload as ${as}`, 1, ms, errors, probe.rssMb(), `${(photo.length / 2 ** 20).toFixed(1)} MiB photo stored at 2560 × 1920; service CPU ${Math.round(perUpload)} ms an upload`);
}

/** AT_ONCE uploads of the photo at the same time, the service's RSS sampled meanwhile. */
async function peakRow(probe: ServiceProbe, photo: Buffer): Promise<Row> {
  let peak = probe.rssMb() ?? 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, probe.rssMb() ?? 0);
  }, 20);
  const answers = await Promise.all(
    Array.from({ length: AT_ONCE }, (_, i) => upload(probe, probe.tokens[1 + i] as string, { from: 'product', name: `bench-peak-${i}` }, photo, 'multipart')),
  );
  clearInterval(sampler);
  peak = Math.max(peak, probe.rssMb() ?? 0);
  return row(`${AT_ONCE} uploads of a 12-MP JPEG at once (multipart)`, AT_ONCE, answers.map((a) => a.ms), answers.filter((a) => a.status !== 0).length, peak, 'rss column: the peak, sampled every 20 ms');
}

/**
 * ATTACKERS clients upload `gif` in a loop for `seconds`; meanwhile one client uploads 1×1 PNGs (each new)
 * and asks for each one's ?w=320 copy, and another draws captchas, one after the other.
 */
async function stormRows(probe: ServiceProbe, gif: Buffer, what: string, seconds: number): Promise<Row[]> {
  const until = performance.now() + seconds * 1000;
  const gifStatuses = new Map<number, number>();
  const attackers = Array.from({ length: ATTACKERS }, async (_, i) => {
    const token = probe.tokens[1 + i] as string;
    while (performance.now() < until) {
      const { status } = await upload(probe, token, { from: 'shop' }, gif, 'multipart');
      gifStatuses.set(status, (gifStatuses.get(status) ?? 0) + 1);
    }
  });
  const small: number[] = [];
  let smallErrors = 0;
  const victim = (async () => {
    const token = probe.tokens[ATTACKERS + 1] as string;
    for (let n = 0; performance.now() < until; n++) {
      const dot = await sharp({ create: { width: 1, height: 1, channels: 3, background: { r: n % 256, g: (n >> 8) % 256, b: 77 } } }).png().toBuffer();
      const name = `bench-dot-${Date.now().toString(36)}-${n}`;
      const up = await upload(probe, token, { from: 'product', name }, dot, 'multipart');
      small.push(up.ms);
      if (up.status !== 0) smallErrors++;
      const started = performance.now();
      const copy = await fetch(`${probe.base}/api/external/get/pic/product/${name}?w=320`);
      await copy.arrayBuffer();
      small.push(performance.now() - started);
      if (copy.status !== 200) smallErrors++;
    }
  })();
  const captchas: number[] = [];
  const drawer = (async () => {
    while (performance.now() < until) {
      const started = performance.now();
      const res = await fetch(`${probe.base}/api/external/captcha`, { method: 'POST', body: JSON.stringify({ id: 1, type: 'img', subtype: 'generate', data: {} }) });
      await res.arrayBuffer();
      captchas.push(performance.now() - started);
    }
  })();
  await Promise.all([...attackers, victim, drawer]);
  const statuses = [...gifStatuses].map(([status, n]) => `${n}× ${status}`).join(', ');
  return [
    row(`1×1 PNG uploads and their ?w=320 copies, while ${ATTACKERS} clients upload ${what}`, 1, small, smallErrors, probe.rssMb(), `the GIF uploads answered ${statuses}`),
    row(`img/generate, while ${ATTACKERS} clients upload ${what}`, 1, captchas, 0, null, ''),
  ];
}

export interface UploadRows {
  photoMultipart: Row;
  photoBase64: Row;
  peak: Row;
  /** The attack of the issue: 99 frames of 490 × 490 (refused now, by pic.maxAnimationPixels). */
  storm: Row[];
  /** The heaviest animation still taken: 20 frames of 490 × 490. */
  heaviest: Row[];
}

export async function uploadRows(probe: ServiceProbe, seconds: number): Promise<UploadRows> {
  const photo = await phonePhoto();
  // The first picture loads libvips and warms the code up: not a row's figure.
  await upload(probe, probe.tokens[0] as string, { from: 'product', name: 'bench-photo-warm-up' }, photo, 'multipart');
  return {
    photoMultipart: await photoRow(probe, photo, 'multipart'),
    photoBase64: await photoRow(probe, photo, 'base64'),
    peak: await peakRow(probe, photo),
    storm: await stormRows(probe, await animation(99, 490), 'a 99-frame 490×490 GIF', seconds),
    heaviest: await stormRows(probe, await animation(20, 490), 'a 20-frame 490×490 GIF (the most pixels taken)', seconds),
  };
}
