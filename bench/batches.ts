/**
 * What bounds a batch's answer: 16 clients at once each sending batches of 20 product/list of 200 rows of
 * 5,000-character contents (tens of megabytes of answer each, unbounded), and the service's peak RSS.
 */
import { createClient } from '../clients/ts/src/index.js';
import type { Row } from './row.js';

const CLIENTS = 16;
const PRODUCTS = 200;
/** 5,000 characters, as the attack's contents were (20 such lists answered 20.8 MB). */
const CONTENT = 'A good second-hand textbook, barely used. '.repeat(120).slice(0, 5000);

/** A shop of 200 products with 5,000-character contents, made through the typed client; its id. */
export async function bigShop(base: string, token: string, name: string): Promise<number> {
  const client = createClient({ baseUrl: base, token });
  const shop = await client.shop.creat({ shop_name: name });
  if (shop.status !== 0) throw new Error(`shop/creat answered ${shop.status}`);
  for (let i = 0; i < PRODUCTS; i++) {
    const made = await client.product.creat({ shop_id: shop.data.shop_id, product_name: `长介绍 ${i}`, product_price: 1, product_status: 1, product_content: CONTENT });
    if (made.status !== 0) throw new Error(`product/creat answered ${made.status}`);
  }
  return shop.data.shop_id;
}

/** 16 clients sending such batches for `seconds`; the service's RSS sampled every 100 ms. */
export async function batchMemoryRow(scenario: string, base: string, token: string, shopId: number, seconds: number, rssMb: () => number | null): Promise<Row> {
  const batch = Array.from({ length: 20 }, (_, i) => ({ id: i, type: 'product', subtype: 'list', data: { shop_id: shopId, limit: 200 } }));
  const deadline = Date.now() + seconds * 1000;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb() ?? 0)), 100);
  const latencies: number[] = [];
  let answered = 0;
  let notRun = 0;
  let bytes = 0;
  /** Requests that got no answer, by the cause the client gave. */
  const failures = new Map<string, number>();
  try {
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (Date.now() < deadline) {
          const started = performance.now();
          let text: string;
          try {
            const res = await fetch(`${base}/api/external/get/product?token=${token}`, { method: 'POST', body: JSON.stringify(batch) });
            text = await res.text();
          } catch (err) {
            // One lost connection is the row's error count, not the end of the whole bench run.
            const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
            const why = cause?.code ?? cause?.message ?? (err as Error).message;
            failures.set(why, (failures.get(why) ?? 0) + 1);
            continue;
          }
          latencies.push(performance.now() - started);
          bytes = Math.max(bytes, Buffer.byteLength(text));
          const answers = JSON.parse(text) as { status: number }[];
          answered += answers.filter((a) => a.status === 0).length;
          notRun += answers.filter((a) => a.status === -406).length;
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  latencies.sort((a, b) => a - b);
  const at = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0);
  return {
    scenario,
    connections: CLIENTS,
    rps: Math.round(latencies.length / seconds),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    errors: [...failures.values()].reduce((sum, n) => sum + n, 0),
    rssMb: peak,
    note:
      `batches of 20 product/list × 200 rows of 5,000 characters; largest answer ${(bytes / 2 ** 20).toFixed(1)} MiB; ${answered} lists answered, ${notRun} not run (-406); RSS: the peak` +
      (failures.size > 0 ? `; no answer: ${[...failures].map(([cause, n]) => `${n} × ${cause}`).join(', ')}` : ''),
  };
}
