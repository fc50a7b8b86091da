import type { Knex } from 'knex';
import type { Clock } from '../backends/clock.js';
import type { ImageCodec } from '../backends/images/types.js';
import type { KeyValueStore } from '../backends/kv/types.js';
import type { ObjectStore, StoredObject } from '../backends/objects/types.js';
import type { SmsSender } from '../backends/sms/types.js';
import type { Config } from '../config.js';
import type { ProductListAnswer } from '../generated/schema-types.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import type { CaptchaPainter } from './captcha/captcha-painter.js';
import type { Coalescer } from './coalescer.js';
import type { ProductList } from './market/listing.js';
import type { ProductWithOwner } from './market/product-reads.js';
import type { SizedCopy } from './market/sized-copy.js';
import type { NewNotice } from './lostfound/property-writes.js';
import type { RandomSource } from './random.js';
import type { SearchCache } from './lostfound/search-cache.js';
import type { TokenService } from './accounts/tokens.js';
import type { UserNames } from './accounts/user-names.js';

/**
 * Everything a service may be given, built once per process (src/context.ts). A service names the few it
 * uses (`Pick<Deps, 'db' | 'clock'>`): tests can then hand it just those, real or fake.
 */
export interface Deps {
  config: Config;
  log: Logger;
  db: Knex;
  kv: KeyValueStore;
  sms: SmsSender;
  objects: ObjectStore;
  /** Decodes and encodes pictures again (libvips, loaded at the first picture). */
  images: ImageCodec;
  clock: Clock;
  random: RandomSource;
  tokens: TokenService;
  /** The account service's names of users (shown with their shops). */
  userNames: UserNames;
  metrics: Metrics;
  /** Draws image captchas off the event loop. */
  captchas: CaptchaPainter;
  /** Answers of the lost-and-found list; every write to notices must invalidate it. */
  propertySearches: SearchCache;
  /** Stores new notices with their search postings, concurrent adds in one transaction; answers each id. */
  notices: Coalescer<NewNotice, number>;
  /** Reads product/info's products with their shops' owners, concurrent ones in one statement. */
  productReads: Coalescer<number, ProductWithOwner | undefined>;
  /** Adds product/info's clicks to product_click, concurrent ones in one statement; resolves once counted. */
  productClicks: Coalescer<number, void>;
  /** product/list's answers, read once for all who ask for the same list at once. */
  productLists: Coalescer<ProductList, ProductListAnswer | NoRecords>;
  /** Sized copies of pictures (?w=), made once for all who ask for one at once. */
  pictureCopies: Coalescer<SizedCopy, StoredObject | null>;
}

/**
 * A list or lookup that found nothing. The original answered these with its local status 1 "Empty
 * records" (data [] for a list, {} for one row), so a client that only checks status 0 sees "no rows".
 */
export class NoRecords {
  constructor(readonly data: readonly never[] | Record<string, never>) {}
}

/** A file sent beside an upload's data (a multipart upload's part "file"). */
export interface UploadedFile {
  bytes: Buffer;
  /** More was sent than the reader keeps: `bytes` holds the limit and one byte more. */
  truncated: boolean;
}
