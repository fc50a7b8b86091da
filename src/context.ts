import { createDatabase } from './backends/db/pool.js';
import { MemoryKeyValueStore } from './backends/kv/memory.js';
import { guardKeyValueStore } from './backends/kv/guarded.js';
import type { KeyValueStore } from './backends/kv/types.js';
import { pictureQueue, SharpImageCodec } from './backends/images/sharp.js';
import { DiskObjectStore } from './backends/objects/disk.js';
import type { ObjectStore } from './backends/objects/types.js';
import { ConsoleSmsSender } from './backends/sms/console.js';
import type { SmsSender } from './backends/sms/types.js';
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { createMetrics } from './metrics.js';
import { CaptchaPainter } from './services/captcha/captcha-painter.js';
import { type Clock, systemClock } from './backends/clock.js';
import { startLegacySweeper } from './services/captcha/legacy-sets.js';
import { startPurchaseSweeper } from './services/market/purchases.js';
import { startReleaseSweeper } from './services/market/settlements.js';
import { secureRandom } from './services/random.js';
import { kvKeys } from './services/kv-keys.js';
import { SearchCache } from './services/lostfound/search-cache.js';
import { clickCounter } from './services/market/product-clicks.js';
import { productReader } from './services/market/product-reads.js';
import { copyMaker } from './services/market/pictures.js';
import { productLister } from './services/market/products.js';
import { noticeWriter } from './services/lostfound/property-writes.js';
import { TokenService } from './services/accounts/tokens.js';
import { UserNames } from './services/accounts/user-names.js';
import type { Deps } from './services/deps.js';

/** The dependencies of every service, and the power to close them: one bag, built once per process. */
export interface AppContext extends Deps {
  close(): Promise<void>;
}

/** Test seams: any dependency given here replaces the one the config would build. */
export type ContextOverrides = Partial<Pick<AppContext, 'db' | 'kv' | 'sms' | 'objects' | 'images' | 'clock' | 'random'>>;

async function createKv(config: Config, clock: Clock, log: Logger): Promise<KeyValueStore> {
  if (config.kv.driver === 'memory') return new MemoryKeyValueStore(clock, config.kv.prefix);
  const { RedisKeyValueStore } = await import('./backends/kv/redis.js');
  const redis = new RedisKeyValueStore({ ...config.kv, log });
  // Start without waiting for Redis: until it answers, captcha calls get -404 and /readyz says so.
  redis.connect().catch((err: unknown) => log.error({ err: (err as Error).message }, 'redis connect failed'));
  return redis;
}

async function createSms(config: Config, log: Logger): Promise<SmsSender> {
  if (config.sms.driver === 'console') return new ConsoleSmsSender(log);
  const { TencentSmsSender } = await import('./backends/sms/tencent.js');
  return new TencentSmsSender(config.sms.tencent);
}

async function createObjects(config: Config): Promise<ObjectStore> {
  if (config.objects.driver === 'disk') return new DiskObjectStore(config.objects.dir);
  const { CosObjectStore } = await import('./backends/objects/cos.js');
  return new CosObjectStore(config.objects.cos);
}

export async function createContext(config: Config, log: Logger, overrides: ContextOverrides = {}): Promise<AppContext> {
  const clock = overrides.clock ?? systemClock;
  const random = overrides.random ?? secureRandom;
  const db = overrides.db ?? (await createDatabase(config, log));
  const kv = guardKeyValueStore(overrides.kv ?? (await createKv(config, clock, log)));
  const sms = overrides.sms ?? (await createSms(config, log));
  const objects = overrides.objects ?? (await createObjects(config));
  const images = overrides.images ?? new SharpImageCodec(pictureQueue(config.pic));
  const captchas = new CaptchaPainter();
  const stopSweepers = [startLegacySweeper(kv, config, log), startPurchaseSweeper(db, config, clock, log), startReleaseSweeper({ db, config, clock }, log)];
  return {
    config,
    log,
    db,
    kv,
    sms,
    objects,
    images,
    clock,
    random,
    tokens: new TokenService(db, kv, clock, config, log),
    userNames: new UserNames(db, config.wallet, log),
    metrics: createMetrics(db, config.metrics.enabled),
    captchas,
    propertySearches: new SearchCache(kv, clock, random, log, {
      generationKey: kvKeys.propertyGeneration,
      seconds: config.property.searchCacheSeconds,
      maxRows: config.property.searchCacheRows,
    }),
    notices: noticeWriter(db),
    productReads: productReader(db),
    productClicks: clickCounter(db),
    productLists: productLister(db),
    pictureCopies: copyMaker({ objects, images, config }),
    async close() {
      for (const stop of stopSweepers) stop();
      await captchas.close();
      await Promise.allSettled([overrides.kv ? undefined : kv.close(), overrides.db ? undefined : db.destroy()]);
    },
  };
}
