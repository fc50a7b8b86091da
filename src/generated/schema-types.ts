// Generated from src/config.schema.ts and schemas/*.json by `npm run schema-types`: do not edit by hand.
/* eslint-disable */
export interface Config {
  server: {
    /**
     * The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface.
     */
    host: string;
    /**
     * The port to listen on (0: any free port).
     */
    port: number;
    /**
     * Processes serving the port (Node cluster); more than 1 needs kv.driver redis.
     */
    workers: number;
    /**
     * A request body larger than this answers HTTP 413 (-2), except on the upload paths, which take what pic.maxBytes needs.
     */
    bodyLimitBytes: number;
    /**
     * Every API path is served below each of these ("" as the original server did behind its proxy); /healthz, /readyz, /metrics and /api/schemas are not.
     *
     * @minItems 1
     */
    basePaths: [string, ...string[]];
    cors: {
      /**
       * Exact origins (https://host[:port]) allowed to call the API from a browser page on another origin.
       */
      origins: string[];
    };
    /**
     * Envelopes in one batch (a JSON array body) at most.
     */
    maxBatch: number;
    /**
     * No answer is larger: a single answer that would be is -406 alone; a batch answers -406 from the envelope whose answer would pass it on, and runs none after it.
     */
    maxResponseBytes: number;
    /**
     * Behind a reverse proxy: take the client's address from X-Forwarded-For (see proxyHops) and the scheme from X-Forwarded-Proto.
     */
    trustProxy: boolean;
    /**
     * Behind trustProxy: how many proxies in front append to X-Forwarded-For; the client is the entry that many from the right.
     */
    proxyHops: number;
    /**
     * How long a client may take to send one request's headers and body.
     */
    requestTimeoutMs: number;
    /**
     * Open connections at most; Node closes any more at once.
     */
    maxConnections: number;
    /**
     * Base of the URLs the service hands out (avatar URLs); empty means http://host:port.
     */
    publicBaseUrl: string;
    /**
     * On SIGTERM, how long requests in flight may take to finish before their connections are closed.
     */
    shutdownTimeoutMs: number;
  };
  log: {
    /**
     * The least level written (pino's levels).
     */
    level: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
    /**
     * One line per request at info level (method, path, API, statuses, milliseconds, client).
     */
    access: boolean;
  };
  /**
   * The IANA zone of the times the service writes and answers (creat_time, occurrence_time, …).
   */
  timeZone: string;
  db: {
    /**
     * The database: sqlite (embedded, a file), mysql (MySQL or MariaDB) or pg (PostgreSQL).
     */
    client: "sqlite" | "mysql" | "pg";
    /**
     * A connection URL (mysql://user:pass@host/db, postgres://…) or knex connection object; for sqlite { "filename": … }, relative to the config file.
     */
    connection:
      | string
      | {
          [k: string]: unknown;
        };
    pool: {
      /**
       * Connections kept open when idle.
       */
      min: number;
      /**
       * Connections open at most; a request waits for one up to acquireTimeoutMs.
       */
      max: number;
    };
    /**
     * How long a request may wait for a connection before it answers -200 (the database is away).
     */
    acquireTimeoutMs: number;
    /**
     * How long a query may go unanswered (MySQL, PostgreSQL) before it fails with -200.
     */
    queryTimeoutMs: number;
    /**
     * A database that cannot be reached at start is tried again, with backoff, for this long (0: not at all).
     */
    startRetrySeconds: number;
    /**
     * Run pending migrations at start; false: a start with migrations pending exits 1 naming them, for a deploy that runs `npm run migrate -- latest` itself.
     */
    migrateOnStart: boolean;
  };
  kv: {
    /**
     * Where captchas, limits and caches live: memory (one process only) or redis (shared by workers and instances).
     */
    driver: "memory" | "redis";
    /**
     * The Redis URL (redis://[:password@]host:port[/db]); its default holds only when neither kv.cluster nor kv.sentinel is given.
     */
    url: string;
    /**
     * A Redis Cluster instead of kv.url: the nodes asked for its layout (the rest are found). kv.prefix must then hold a hash tag, {campus}: (docs/OPERATIONS.md).
     */
    cluster: null | {
      /**
       * @minItems 1
       */
      rootNodes: [string, ...string[]];
    };
    /**
     * A master watched by Redis Sentinels instead of kv.url: the master's name as the sentinels know it, and some of the sentinels.
     */
    sentinel: null | {
      name: string;
      /**
       * @minItems 1
       */
      sentinels: [string, ...string[]];
    };
    /**
     * The password of the cluster's nodes or of the sentinels' master and replicas (kv.url carries its own).
     */
    password: string;
    /**
     * The sentinels' own password, when they have one.
     */
    sentinelPassword: string;
    /**
     * Put in front of every key the service writes (not the legacy sets'), so services can share one Redis.
     */
    prefix: string;
    /**
     * A Redis command unanswered this long fails (-404), so a stalled Redis does not hold requests.
     */
    commandTimeoutMs: number;
  };
  objects: {
    /**
     * Where pictures are kept: disk (objects.dir) or cos (Tencent Cloud Object Storage).
     */
    driver: "disk" | "cos";
    /**
     * The folder of the disk store, relative to the config file.
     */
    dir: string;
    cos: {
      /**
       * The COS bucket, with its APPID (campus-1250000000).
       */
      bucket: string;
      /**
       * The bucket's region (ap-shanghai).
       */
      region: string;
      /**
       * The COS key's id.
       */
      secretId: string;
      /**
       * The COS key's secret.
       */
      secretKey: string;
      /**
       * Another host for the bucket (a private endpoint, a test server); empty: COS's own.
       */
      domain: string;
      /**
       * How COS is reached (http: only for a test server).
       */
      protocol: "https:" | "http:";
      /**
       * A COS request unanswered this long fails (-500).
       */
      timeoutMs: number;
    };
  };
  sms: {
    /**
     * How codes are sent: console (written to the log, for development) or tencent (Tencent Cloud SMS).
     */
    driver: "console" | "tencent";
    /**
     * Digits of an SMS code.
     */
    codeLength: number;
    /**
     * How long an SMS code may be used.
     */
    ttlSeconds: number;
    /**
     * Seconds between two codes to one phone (1023 sooner).
     */
    cooldownSeconds: number;
    /**
     * Codes to one phone an hour at most (1024 beyond).
     */
    perPhoneHour: number;
    /**
     * Codes to one phone a day at most (1025 beyond).
     */
    perPhoneDay: number;
    /**
     * sms/generate calls from one client an hour at most (-405 beyond).
     */
    perIpHour: number;
    /**
     * Wrong sms/validate guesses naming a phone before its pending code is void.
     */
    maxFailures: number;
    /**
     * Failed sms/validate calls without a phone, per client per hour, before -405.
     */
    guessesPerIpHour: number;
    tencent: {
      /**
       * Tencent Cloud's key id.
       */
      secretId: string;
      /**
       * Tencent Cloud's key secret.
       */
      secretKey: string;
      /**
       * The SMS service's region.
       */
      region: string;
      /**
       * The SMS application's SdkAppId.
       */
      appId: string;
      /**
       * The approved signature put before each message.
       */
      signName: string;
      /**
       * The approved template: its first parameter is the code, its second the minutes it lasts.
       */
      templateId: string;
      /**
       * The SMS API's host (another for a test server).
       */
      endpoint: string;
      /**
       * How the SMS API is reached (http:// only for a test server).
       */
      protocol: "https://" | "http://";
      /**
       * An SMS request unanswered this long fails (1000; the limits are given back).
       */
      timeoutSeconds: number;
    };
  };
  captcha: {
    /**
     * How long an image captcha may be used.
     */
    ttlSeconds: number;
    /**
     * Characters of an image captcha.
     */
    length: number;
    /**
     * What img/generate draws: png (the original's) or svg (smaller, cheaper).
     */
    format: "png" | "svg";
    /**
     * The captcha's width in pixels.
     */
    width: number;
    /**
     * The captcha's height in pixels.
     */
    height: number;
    /**
     * Writes each image captcha code to the log, for local front-end work (as the console SMS sender does for SMS codes). Never in production.
     */
    logCodes: boolean;
    /**
     * The original server's Redis sets of live hashes, read by the Java service (SISMEMBER, SREM): names used as given, without kv.prefix. null: off. Redis only.
     */
    legacySets: null | {
      img: string;
      sms: string;
    };
  };
  tokens: {
    /**
     * The account service's table of tokens, read by the service.
     */
    table: string;
    /**
     * Its column of tokens.
     */
    tokenColumn: string;
    /**
     * Its column of user ids.
     */
    userColumn: string;
    /**
     * Its column of expiry times (null: tokens never expire).
     */
    expiresColumn: string | null;
    /**
     * How long a token's user is remembered in the key-value store (0: asked every time); a deleted token works that long at most.
     */
    cacheSeconds: number;
  };
  property: {
    /**
     * Rows of a list when the request gives no limit.
     */
    defaultLimit: number;
    /**
     * The largest limit a list request may give.
     */
    maxLimit: number;
    /**
     * A search still running after this long is cancelled in the database and answers -200.
     */
    searchTimeoutMs: number;
    /**
     * Answers of the list are shared for at most this long; every write through the service ends them at once. 0: no caching.
     */
    searchCacheSeconds: number;
    /**
     * Rows of cached answers each process keeps at most (about 0.5 KB each).
     */
    searchCacheRows: number;
  };
  shop: {
    /**
     * Shops one user may open (101 beyond).
     */
    maxPerUser: number;
  };
  metrics: {
    /**
     * GET /metrics, and the per-request counting behind it.
     */
    enabled: boolean;
    /**
     * When set, GET /metrics needs "Authorization: Bearer <token>"; empty: open.
     */
    token: string;
  };
  /**
   * The account service's users table, whose balance column is each user's wallet (DECIMAL(12,2), yuan). Created with just these columns when missing; never altered.
   */
  wallet: {
    /**
     * The users table.
     */
    table: string;
    /**
     * Its column of user ids.
     */
    idColumn: string;
    /**
     * Its column of balances.
     */
    balanceColumn: string;
    /**
     * The users' names, shown with their shops (user_name); "" where the column is missing.
     */
    nameColumn: string;
  };
  purchase: {
    /**
     * An unpaid purchase is cancelled this long after it was made.
     */
    payMinutes: number;
    /**
     * How often each process tidies the stored state of expired purchases and releases held money whose time has come.
     */
    sweepSeconds: number;
    /**
     * How long a payment's money is held before the seller is credited, unless the buyer confirms, the seller refunds or the buyer disputes first; 0: the seller is credited at pay, as the original did.
     */
    escrowSeconds: number;
  };
  pic: {
    /**
     * A picture or avatar larger than this, decoded, is refused (-204); the bodies of the /pic and /portrait paths may be as large as such a picture needs. portrait.maxBytes is another name for it.
     */
    maxBytes: number;
    /**
     * A picture or avatar with more pixels than this (all frames of an animation together) is refused (-204).
     */
    maxPixels: number;
    /**
     * An animated picture with more frames than this is refused (-204).
     */
    maxFrames: number;
    /**
     * An animation's frames times its frame's pixels at most (-204 beyond): what re-encoding it costs, about 45 ns of CPU a pixel for a GIF.
     */
    maxAnimationPixels: number;
    /**
     * A stored picture is scaled down, in its own format, until its longer side is at most this.
     */
    maxSide: number;
    /**
     * Pictures decoded and encoded at once; 0: the number of cores. Each runs on one thread.
     */
    concurrency: number;
    /**
     * Pictures waiting for their turn at most; beyond, an upload or a sized copy answers -405.
     */
    queueLength: number;
    /**
     * pic/upload and portrait/upload calls per user per minute (-405 beyond).
     */
    uploadsPerMinute: number;
    /**
     * Pictures one user may store under names of their own or of their bytes (101 "Too many pictures" beyond); replacing one does not count.
     */
    maxPerUser: number;
    /**
     * The widths of the sized copies served with ?w= (another width gets the nearest of these).
     *
     * @minItems 1
     */
    widths: [number, ...number[]];
  };
  portrait: {
    /**
     * The first name of pic.maxBytes, still read: giving both with different values is an error.
     */
    maxBytes?: number;
    /**
     * Pages whose Referer may show avatars and pictures; any other gets the "ban" image.
     */
    allowedOrigins: string[];
    /**
     * Whether a request without a Referer (an app, a bookmark) may show them.
     */
    allowMissingReferer: boolean;
    /**
     * max-age of avatars and pictures (Cache-Control: private).
     */
    cacheSeconds: number;
  };
}

/**
 * The captcha image and its rand.
 */
export interface ImgGenerateAnswer {
  /**
   * The image, base64 without a data: prefix.
   */
  imgdata: string;
  /**
   * The random text the hash is made with: md5(lowercase(code) + rand).
   */
  rand: string;
  mime: "image/png" | "image/svg+xml";
}

/**
 * Draws an image captcha. Answers {imgdata: base64 image, rand, mime}; hash = md5(lowercase(code) + rand).
 */
export interface ImgGenerateData {}

/**
 * Nothing: {}.
 */
export interface ImgValidateAnswer {}

/**
 * Consumes an image-captcha hash: 0 the first time, -1 when it is wrong, used or expired.
 */
export interface ImgValidateData {
  hash: string;
}

/**
 * The picture's URL.
 */
export interface PicUploadAnswer {
  /**
   * Where the picture is served: <public base>/api/external/get/…
   */
  url: string;
}

/**
 * Stores a picture. Answers {url}: <public base>/api/external/get/pic/<from>/<name>. The type is taken from the bytes (PNG, JPEG, GIF or WebP; anything else -204); at most pic.maxBytes (12 MiB) decoded (-204, naming the limit); neither base64 nor a file part -202; not base64 -203. The picture is decoded and encoded again in its format, upright and without metadata (EXIF, GPS, XMP, comments): one that does not decode, has more than pic.maxPixels pixels (24 million, all frames together) or more than pic.maxFrames frames (100), or is an animation of more than pic.maxAnimationPixels (5 million: frames times a frame's pixels) is -204, naming what was exceeded and the limit; a picture whose longer side passes pic.maxSide (2560) is stored scaled down to it. Uploads are also sent as multipart/form-data to the /pic path: fields id, type, subtype, data (this object as JSON text, without base64) and the part "file". A user uploads at most pic.uploadsPerMinute (30) pictures a minute (-405) and stores at most pic.maxPerUser (2000) names (101 "Too many pictures"; replacing one of one's own does not count); -405 too when too many pictures wait to be processed. A picture under an explicit name belongs to its first uploader, who may replace it; anyone else gets 100 "The picture name was used". Without a name it is named by the MD5 of the uploaded bytes, and a second upload of the same bytes changes nothing; an explicit name of 32 hexadecimal digits is -204 (those names are the service's). from "portrait" is the caller's avatar: name, if given, must be the caller's user id. -500 when storage fails (nothing is left half-stored).
 */
export interface PicUploadData {
  /**
   * What the picture is for.
   */
  from: "property" | "shop" | "product" | "portrait";
  /**
   * The picture, base64 (a data:image/...;base64, prefix is allowed): required in a JSON body; in a multipart/form-data body the picture is the part "file" instead, and base64 is not given.
   */
  base64?: string;
  /**
   * 1 to 64 letters, digits, _ or -, but not 32 hexadecimal digits (the names the service gives: the lowercase hex MD5 of the uploaded bytes, when name is missing).
   */
  name?: string;
}

/**
 * The picture's URL.
 */
export interface PortraitUploadAnswer {
  /**
   * Where the picture is served: <public base>/api/external/get/…
   */
  url: string;
}

/**
 * Stores the token user's avatar. Answers {url}. base64 may carry a data:image/...;base64, prefix; at most pic.maxBytes (12 MiB) decoded, or sent as multipart/form-data to the /portrait path (fields id, type, subtype, data as JSON text without base64, and the part "file"); type png, jpg, jpeg, gif or webp and the bytes must be that format (no SVG, no HTML). The image is decoded and encoded again in its format, upright and without metadata (EXIF, GPS, XMP, comments); one that does not decode, has more than pic.maxPixels pixels (24 million, all frames together) or more than pic.maxFrames frames (100), or is an animation of more than pic.maxAnimationPixels (5 million) is -204; one whose longer side passes pic.maxSide (2560) is stored scaled down to it. At most pic.uploadsPerMinute (30) uploads a user a minute (-405). -202 neither base64 nor a file part; -203 not base64; -204 too large, wrong format, or an id that is not the token's user; -500 storage failure.
 */
export interface PortraitUploadData {
  /**
   * The user id: must be the token's user.
   */
  id: string | number;
  /**
   * The picture, base64 (a data:image/...;base64, prefix is allowed): required in a JSON body; in a multipart/form-data body the picture is the part "file" instead, and base64 is not given.
   */
  base64?: string;
  type: "png" | "jpg" | "jpeg" | "gif" | "webp" | "PNG" | "JPG" | "JPEG" | "GIF" | "WEBP";
  /**
   * The file's name; kept for compatibility, not used.
   */
  name?: string;
}

/**
 * The new product's id (7 digits).
 */
export interface ProductCreatAnswer {
  product_id: number;
}

/**
 * Puts a product in one of the caller's shops. Answers {product_id} (7 digits, random). 100 "No right to operate" when the shop is not the caller's (or does not exist). product_status 0 off sale or 1 on sale. The counters (product_sale, product_click, product_collection) are the service's: setting one is -204.
 */
export interface ProductCreatData {
  product_name: string;
  /**
   * Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.
   */
  product_price: number | string;
  /**
   * A discounted price, at most product_price; null or missing: none.
   */
  product_disprice?: null | (number | string);
  /**
   * 9 digits; a larger number names no shop.
   */
  shop_id: number | string;
  product_status: 0 | 1 | "0" | "1";
  /**
   * Stored and answered verbatim (HTML included: escaping is the client's job).
   */
  product_content?: string;
  /**
   * Keywords, separated by "|".
   */
  product_key?: string;
  pic_url?: string;
  /**
   * counted by the service (each paid purchase); it cannot be set
   */
  product_sale?: {
    [k: string]: unknown;
  };
  /**
   * counted by the service (each product/info); it cannot be set
   */
  product_click?: {
    [k: string]: unknown;
  };
  /**
   * counted by the service; it cannot be set
   */
  product_collection?: {
    [k: string]: unknown;
  };
}

/**
 * One product.
 */
export interface ProductInfoAnswer {
  product_id: number;
  product_name: string;
  product_content: string;
  product_key: string;
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  product_price: number;
  /**
   * The discounted price; null when there is none.
   */
  product_disprice: number | null;
  product_sale: number;
  product_click: number;
  product_collection: number;
  shop_id: number;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  creat_time: string;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  update_time: string;
  pic_url: string;
  /**
   * 0 off sale, 1 on sale, 2 deleted.
   */
  product_status: 0 | 1 | 2;
}

/**
 * One product, with every column. On sale: anyone may read it; off sale or deleted: only its shop's owner; otherwise (or no such product) 100 "Error Product id". A read by anyone but the owner adds 1 to product_click.
 */
export interface ProductInfoData {
  /**
   * 7 digits; a larger number names no product.
   */
  product_id: number | string;
}

/**
 * A page of products (status 1 "Empty records" with [] when there are none).
 */
export type ProductListAnswer = Product[];

export interface Product {
  product_id: number;
  product_name: string;
  product_content: string;
  product_key: string;
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  product_price: number;
  /**
   * The discounted price; null when there is none.
   */
  product_disprice: number | null;
  product_sale: number;
  product_click: number;
  product_collection: number;
  shop_id: number;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  creat_time: string;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  update_time: string;
  pic_url: string;
  /**
   * 0 off sale, 1 on sale, 2 deleted.
   */
  product_status: 0 | 1 | 2;
}

/**
 * Lists products. product_name and product_key match by substring (case-insensitive; % and _ match themselves); all given filters are ANDed. type "up" (default): on sale, for anyone; "down" off sale, "all" on and off sale, "del" deleted: only with a shop_id of the caller's own shop, else 100 "No right to operate". Rows carry every column; status 1 "Empty records" with [] when there are none.
 */
export interface ProductListData {
  product_name?: string;
  product_key?: string;
  /**
   * 9 digits; a larger number names no shop.
   */
  shop_id?: number | string;
  type?: "up" | "down" | "all" | "del";
  /**
   * A comma-separated list of "<column> ASC|DESC" over the list's columns; ties are broken by the id.
   */
  order?: string;
  /**
   * Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.
   */
  limit?: number | string;
  /**
   * Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.
   */
  offset?: number | string;
}

/**
 * Nothing: {}.
 */
export interface ProductUpdateAnswer {}

/**
 * Changes the given fields of a product of one of the caller's shops: any of product_status, product_name, product_content, product_key, product_price, product_disprice, pic_url (at least one: -202). product_id and shop_id only identify it: the caller must own the shop and the product must be in it, else 100 "No right to operate". product_status 2 deletes it, for good: a deleted product cannot be changed (100 "No right to operate: the product is deleted"). product_disprice null clears the discount; it may not exceed the price (-204). The counters are the service's (-204). Answers {}.
 */
export type ProductUpdateData = {
  [k: string]: unknown;
} & {
  /**
   * 7 digits; a larger number names no product.
   */
  product_id: number | string;
  /**
   * 9 digits; a larger number names no shop.
   */
  shop_id: number | string;
  product_status?: 0 | 1 | 2 | "0" | "1" | "2";
  product_name?: string;
  /**
   * Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.
   */
  product_price?: number | string;
  product_disprice?: null | (number | string);
  /**
   * Stored and answered verbatim (HTML included: escaping is the client's job).
   */
  product_content?: string;
  /**
   * Keywords, separated by "|".
   */
  product_key?: string;
  pic_url?: string;
  /**
   * counted by the service (each paid purchase); it cannot be set
   */
  product_sale?: {
    [k: string]: unknown;
  };
  /**
   * counted by the service (each product/info); it cannot be set
   */
  product_click?: {
    [k: string]: unknown;
  };
  /**
   * counted by the service; it cannot be set
   */
  product_collection?: {
    [k: string]: unknown;
  };
};

/**
 * The notice's id.
 */
export interface PropertyAddAnswer {
  /**
   * The notice's id.
   */
  uid: number;
}

/**
 * Posts a notice owned by the token's user. Answers {uid}. occurrence_time and publish_time empty or missing: now (occurrence_time: the publish time); state is 0; id, user2_*, update_time are ignored. -202 missing, -201 empty, -203 wrong type, -204 bad value or a user_id that is not the token's.
 */
export interface PropertyAddData {
  /**
   * 1 lost (寻物启事), 2 found (失物招领).
   */
  type: (1 | 2 | "1" | "2") & (number | string);
  /**
   * Tags, separated by "|".
   */
  lab: string;
  title: string;
  content: string;
  occurrence_time?: string;
  /**
   * Must be the token's user when given (empty means the token's user).
   */
  user_id?: string | number;
  user_name: string;
  user_phone?: string;
  user_qq?: string;
  publish_time?: string;
  /**
   * How many pictures, 0 to 3.
   */
  pic_num?: (0 | 1 | 2 | 3 | "0" | "1" | "2" | "3") & (number | string);
  pic_url1?: string;
  pic_url2?: string;
  pic_url3?: string;
}

/**
 * The notice's id.
 */
export interface PropertyDeleteAnswer {
  /**
   * The notice's id.
   */
  uid: number;
}

/**
 * Deletes one of the token's user's notices. Answers {uid}. Every key but id and user_id is ignored; -200 when nothing was deleted (no such notice, or not the caller's).
 */
export interface PropertyDeleteData {
  /**
   * The notice's id (generated by the database).
   */
  id: number | string;
  /**
   * Must be the token's user when given (empty means the token's user).
   */
  user_id?: string | number;
}

/**
 * A page of notices, newest update first.
 */
export type PropertyQueryAnswer = {
  /**
   * The notice's id.
   */
  id: number;
  /**
   * 1 lost (寻物启事), 2 found (失物招领).
   */
  type: 1 | 2;
  /**
   * 0 open, 1 closed.
   */
  state: number | null;
  lab: string | null;
  title: string | null;
  content: string | null;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  occurrence_time: string | null;
  /**
   * The owner (null only in rows adopted from the original server, as are the other nulls).
   */
  user_id: string | null;
  user_name: string | null;
  user_phone: string | null;
  user_qq: string | null;
  user2_id: string | null;
  user2_name: string | null;
  user2_phone: string | null;
  user2_qq: string | null;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  publish_time: string | null;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  update_time: string | null;
  /**
   * How many pictures, 0 to 3.
   */
  pic_num: number | null;
  pic_url1: string | null;
  pic_url2: string | null;
  pic_url3: string | null;
}[];

export type Integer = string;
export type Datetime = string;

/**
 * The lost-and-found list: every value is text, as a query string has it. token and type are required; then either key alone, or field filters. Newest update first. Local statuses: -100 unknown parameter, -101 a value of the wrong form (or a parameter given twice), -103 key with a filter, -104 token or type missing, -105 bad token, -106 a value not allowed.
 */
export interface PropertyQueryData {
  /**
   * The caller's token (or an Authorization: Bearer header).
   */
  token: string;
  /**
   * 1 lost (寻物启事), 2 found (失物招领).
   */
  type: Integer & ("1" | "2") & string;
  /**
   * Searched in lab, title and content (substring, case-insensitive), and matched exactly against id and user_id. Not combined with the field filters.
   */
  key?: string;
  /**
   * Page size, 1 to property.maxLimit (200 by default); 50 when missing.
   */
  limit?: Integer;
  /**
   * Rows to skip.
   */
  offset?: Integer;
  /**
   * Exact match.
   */
  id?: Integer;
  /**
   * Exact match: 0 open, 1 closed.
   */
  state?: Integer;
  /**
   * Substring match (% and _ match themselves).
   */
  lab?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  title?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  content?: string;
  /**
   * Exact match, "YYYY-MM-DD HH:MM:SS".
   */
  occurrence_time?: Datetime;
  /**
   * Substring match (% and _ match themselves).
   */
  user_id?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  user_name?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  user_phone?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  user_qq?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  user2_id?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  user2_name?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  user2_phone?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  user2_qq?: string;
  /**
   * Exact match, "YYYY-MM-DD HH:MM:SS".
   */
  publish_time?: Datetime;
  /**
   * Exact match, "YYYY-MM-DD HH:MM:SS".
   */
  update_time?: Datetime;
  /**
   * Exact match.
   */
  pic_num?: Integer;
  /**
   * Substring match (% and _ match themselves).
   */
  pic_url1?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  pic_url2?: string;
  /**
   * Substring match (% and _ match themselves).
   */
  pic_url3?: string;
}

/**
 * The notice's id.
 */
export interface PropertyUpdateAnswer {
  /**
   * The notice's id.
   */
  uid: number;
}

/**
 * Changes the given fields of one of the token's user's notices. Answers {uid}. update_time empty or missing: now; occurrence_time empty: the publish time. -200 when the notice does not exist or is not the caller's; -204 for a user_id that is not the token's.
 */
export interface PropertyUpdateData {
  /**
   * The notice's id (generated by the database).
   */
  id: number | string;
  /**
   * 1 lost (寻物启事), 2 found (失物招领).
   */
  type?: (1 | 2 | "1" | "2") & (number | string);
  /**
   * 0 open, 1 closed.
   */
  state?: (0 | 1 | "0" | "1") & (number | string);
  /**
   * Tags, separated by "|".
   */
  lab?: string;
  title?: string;
  content?: string;
  occurrence_time?: string;
  /**
   * Must be the token's user when given (empty means the token's user).
   */
  user_id?: string | number;
  user_name?: string;
  user_phone?: string;
  user_qq?: string;
  user2_id?: string;
  user2_name?: string;
  user2_phone?: string;
  user2_qq?: string;
  update_time?: string;
  /**
   * How many pictures, 0 to 3.
   */
  pic_num?: (0 | 1 | 2 | 3 | "0" | "1" | "2" | "3") & (number | string);
  pic_url1?: string;
  pic_url2?: string;
  pic_url3?: string;
}

/**
 * The new purchase's id.
 */
export interface PurchaseApplyAnswer {
  /**
   * 17 digits.
   */
  purchase_id: string;
}

/**
 * Orders product_num (1 to 99) of a product on sale. The price is the service's: the unit price is product_disprice if set, else product_price, and the total is unit × num; the client's product_unitprice and product_totalprice must equal them to the cent, else -204 "price changed" (show the new price and ask again). 100 "Product_id not exist" when the product is not on sale; -204 for a product of the caller's own shop. Answers {purchase_id} (17 digits, as a string); the purchase is "paying" until paid, cancelled, or purchase.payMinutes (15) have passed.
 */
export interface PurchaseApplyData {
  /**
   * 7 digits; a larger number names no product.
   */
  product_id: number | string;
  product_num: number | string;
  /**
   * Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.
   */
  product_unitprice: number | string;
  /**
   * Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.
   */
  product_totalprice: number | string;
}

/**
 * Nothing: {}.
 */
export interface PurchaseCancelAnswer {}

/**
 * Cancels a purchase the caller made, while it is paying. Answers {}. 100 "Purchase id not exist", 101 "Have no right to operate" (not the buyer), 201 "This purchase is not paying state".
 */
export interface PurchaseCancelData {
  /**
   * 17 digits, best sent as a string (a JSON number that long loses digits).
   */
  purchase_id: string | number;
}

/**
 * Nothing: {}.
 */
export interface PurchaseConfirmAnswer {}

/**
 * The buyer confirms that the purchase arrived: the money held for it goes to the seller (ledger kind release), settle_state released. Only the buyer (else 101), only while held or disputed (else 203 "This purchase is not held"). Answers {}. 100 "Purchase id not exist", 103 "The seller's wallet is full" (nothing changes).
 */
export interface PurchaseConfirmData {
  /**
   * 17 digits, best sent as a string (a JSON number that long loses digits).
   */
  purchase_id: string | number;
}

/**
 * Nothing: {}.
 */
export interface PurchaseDisputeAnswer {}

/**
 * The buyer disputes the purchase: its money stays held and is never released by time; it ends by the buyer's confirm, the seller's refund, or the operator's decision (npm run settle). Only the buyer (else 101), only while held (else 203 "This purchase is not held"). reason: 1 to 200 characters. Answers {}. 100 "Purchase id not exist".
 */
export interface PurchaseDisputeData {
  /**
   * 17 digits, best sent as a string (a JSON number that long loses digits).
   */
  purchase_id: string | number;
  reason: string;
}

/**
 * One purchase.
 */
export interface PurchaseInfoAnswer {
  /**
   * 17 digits.
   */
  purchase_id: string;
  /**
   * paying, finish or cancel (an unpaid purchase past its deadline is cancel).
   */
  purchase_state: "paying" | "finish" | "cancel";
  /**
   * The buyer.
   */
  user_id: number | null;
  purchase_type: number;
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  purchase_price: number;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  creat_time: string;
  /**
   * "wallet" once paid, "" before.
   */
  pay_method: string;
  product_id: number;
  product_num: number;
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  product_unitprice: number;
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  product_totalprice: number;
  /**
   * When it was paid; null before.
   */
  pay_time: string | null;
  shop_id: number;
  /**
   * What became of the money a payment holds: "" until paid, then held (until the buyer confirms, the seller refunds, the buyer disputes, or release_at), disputed (held until the buyer confirms, the seller refunds or the operator decides), released (the seller was credited) or refunded (the buyer was credited back).
   */
  settle_state: "" | "held" | "disputed" | "released" | "refunded";
  /**
   * When held money goes to the seller if nobody acts first (pay time + purchase.escrowSeconds); "" unless held (disputed included).
   */
  release_at: string;
}

/**
 * One purchase, for its buyer or its seller: {purchase_id, purchase_state (paying, finish or cancel; an unpaid purchase past its deadline is cancel), user_id (the buyer, an integer), purchase_type, purchase_price, creat_time, pay_method ("" until paid), product_id, product_num, product_unitprice, product_totalprice, pay_time, shop_id, settle_state ("" until paid, then held, disputed, released or refunded), release_at (when held money goes to the seller; "" unless held)}. 100 "Purchase id not exist", 101 "Have no right to operate".
 */
export interface PurchaseInfoData {
  /**
   * 17 digits, best sent as a string (a JSON number that long loses digits).
   */
  purchase_id: string | number;
}

/**
 * A page of purchases, as the original answered it: num is the rows of this page.
 */
export interface PurchaseListAnswer {
  num: number;
  list: {
    /**
     * 17 digits.
     */
    purchase_id: string;
    /**
     * paying, finish or cancel (an unpaid purchase past its deadline is cancel).
     */
    purchase_state: "paying" | "finish" | "cancel";
    /**
     * The buyer.
     */
    user_id: number | null;
    purchase_type: number;
    /**
     * Yuan, exact to the cent (a JSON number).
     */
    purchase_price: number;
    /**
     * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
     */
    creat_time: string;
    /**
     * "wallet" once paid, "" before.
     */
    pay_method: string;
    product_id: number;
    product_num: number;
    shop_id: number;
    /**
     * What became of the money a payment holds: "" until paid, then held (until the buyer confirms, the seller refunds, the buyer disputes, or release_at), disputed (held until the buyer confirms, the seller refunds or the operator decides), released (the seller was credited) or refunded (the buyer was credited back).
     */
    settle_state: "" | "held" | "disputed" | "released" | "refunded";
    /**
     * When held money goes to the seller if nobody acts first (pay time + purchase.escrowSeconds); "" unless held (disputed included).
     */
    release_at: string;
  }[];
}

/**
 * The caller's purchases (role buyer, the default) or the purchases from the caller's shops (role seller), newest first, optionally of one state and of one settle_state (a seller's "money on its way": held). Answers {num, list} as the original did: num is the rows of this page, list its rows {purchase_id, purchase_state, user_id (the buyer, an integer), purchase_type, purchase_price, creat_time, pay_method, product_id, product_num, shop_id, settle_state, release_at}; an empty page is status 0 with {num: 0, list: []}.
 */
export interface PurchaseListData {
  role?: "buyer" | "seller";
  state?: "paying" | "finish" | "cancel";
  settle_state?: "held" | "disputed" | "released" | "refunded";
  /**
   * Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.
   */
  limit?: number | string;
  /**
   * Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.
   */
  offset?: number | string;
}

/**
 * Nothing: {}.
 */
export interface PurchasePayAnswer {}

/**
 * Pays a purchase from the buyer's wallet, in one transaction: the purchase goes from paying to finish (only if still paying and not expired), the product must still be on sale and its sale count grows, the buyer's balance goes down by the price agreed at apply (only if it stays at or above 0), the money is held for the seller (settle_state held) until the buyer confirms, the seller refunds, or purchase.escrowSeconds pass (then released to the seller); with escrowSeconds 0 the seller is credited at once (only if the wallet stays at or below 9999999999.99). Any refusal changes nothing. Answers {}. Local statuses: 100 "Purchase id not exist", 101 "Have no right to operate" (not the buyer), 102 "Balance is not enough", 103 "The seller's wallet is full" (escrowSeconds 0), 200 "Pay method not allow" (only "wallet"), 201 "This purchase is not paying state" (paid, cancelled or expired), 202 "The product is not on sale" (withdrawn or deleted since apply).
 */
export interface PurchasePayData {
  /**
   * 17 digits, best sent as a string (a JSON number that long loses digits).
   */
  purchase_id: string | number;
  method: "wallet";
}

/**
 * Nothing: {}.
 */
export interface PurchaseRefundAnswer {}

/**
 * The seller gives the money back: the money held for the purchase goes back to the buyer (ledger kind refund), purchase_state cancel, settle_state refunded, and the product's sale count goes down by product_num. Only the seller (the shop's owner; else 101), only while held or disputed (else 203 "This purchase is not held"). Answers {}. 100 "Purchase id not exist", 104 "The buyer's wallet is full" (nothing changes).
 */
export interface PurchaseRefundData {
  /**
   * 17 digits, best sent as a string (a JSON number that long loses digits).
   */
  purchase_id: string | number;
}

/**
 * The new shop's id (9 digits).
 */
export interface ShopCreatAnswer {
  shop_id: number;
}

/**
 * Opens a shop owned by the token's user. Answers {shop_id} (9 digits, random). shop_id and creat_time in the request are ignored. 100 the name is taken; 101 the user already has the maximum number of shops (3 by default).
 */
export interface ShopCreatData {
  /**
   * Unique, and never changes.
   */
  shop_name: string;
  shop_content?: string;
  /**
   * Must be the token's user when given.
   */
  user_id?: string | number;
}

/**
 * One shop (status 1 "Empty records" with {} when there is none).
 */
export interface ShopInfoAnswer {
  shop_id: number;
  shop_name: string;
  shop_content: string;
  /**
   * A user id (1 to 15 digits); null for an owner that is no user id, in rows adopted from the original.
   */
  user_id: number | null;
  /**
   * The owner's name in the account service's users table; "" when it has none.
   */
  user_name: string;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  creat_time: string;
  pic_url: string;
}

/**
 * One shop, by shop_id or by its exact name (shop_id wins when both are given); -202 when neither is. Answers {shop_id, shop_name, shop_content, user_id (an integer), user_name (the owner's name, "" when none), creat_time, pic_url}; status 1 "Empty records" with {} when there is no such shop.
 */
export type ShopInfoData = {
  [k: string]: unknown;
} & {
  /**
   * 9 digits; a larger number names no shop.
   */
  shop_id?: number | string;
  /**
   * Leading and trailing white space is trimmed first, so names compare the same on every database.
   */
  shop_name?: string;
};

/**
 * A page of shops (status 1 "Empty records" with [] when there are none).
 */
export type ShopListAnswer = Shop[];

export interface Shop {
  shop_id: number;
  shop_name: string;
  shop_content: string;
  /**
   * A user id (1 to 15 digits); null for an owner that is no user id, in rows adopted from the original.
   */
  user_id: number | null;
  /**
   * The owner's name in the account service's users table; "" when it has none.
   */
  user_name: string;
  /**
   * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
   */
  creat_time: string;
  pic_url: string;
}

/**
 * Lists shops: mode 0 (default) every shop whose name contains shop_name (case-insensitive; empty: all), in `order`; mode 1 the caller's own shops (shop_name and order ignored). Answers an array of {shop_id, shop_name, shop_content, user_id (an integer), user_name (the owner's name in the account service's users table, "" when it has none), creat_time, pic_url}; status 1 "Empty records" with [] when there are none.
 */
export interface ShopListData {
  /**
   * A fragment of the name; % and _ match themselves.
   */
  shop_name?: string;
  /**
   * A comma-separated list of "<column> ASC|DESC" over the list's columns; ties are broken by the id.
   */
  order?: string;
  mode?: 0 | 1 | "0" | "1";
  /**
   * Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.
   */
  limit?: number | string;
  /**
   * Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.
   */
  offset?: number | string;
}

/**
 * Nothing: {}.
 */
export interface ShopUpdateAnswer {}

/**
 * Changes a shop's content and/or picture (one of them is required: -202). Answers {}. 100 "No right to update" when the caller does not own the shop; -204 when there is no such shop.
 */
export type ShopUpdateData = {
  [k: string]: unknown;
} & {
  /**
   * 9 digits; a larger number names no shop.
   */
  shop_id: number | string;
  shop_content?: string;
  pic_url?: string;
};

/**
 * The rand of the SMS hash: md5(code + rand).
 */
export interface SmsGenerateAnswer {
  rand: string;
}

/**
 * Sends a verification code by SMS after an image captcha is solved. Answers {rand}; the SMS hash is md5(code + rand), valid 3 minutes. 1016 bad phone; 1023/1024/1025 per-phone limits; -405 per-client limit; -4 image-captcha hash wrong, used or expired.
 */
export interface SmsGenerateData {
  /**
   * A mainland China mobile number as text, optionally prefixed by +86 or 86.
   */
  phone: string;
  /**
   * md5(lowercase(image code) + image rand).
   */
  hash: string;
}

/**
 * Nothing: {}.
 */
export interface SmsValidateAnswer {}

/**
 * Consumes an SMS hash: 0 the first time (and only for its phone, when phone is given); -4 when it is wrong, used, expired or another phone's.
 */
export interface SmsValidateData {
  hash: string;
  phone?: string;
}

/**
 * The caller's balance and a page of its ledger, newest first, with the money held for the caller's purchases and sales.
 */
export interface WalletInfoAnswer {
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  balance: number;
  ledger: {
    /**
     * "YYYY-MM-DD HH:MM:SS" in the service's time zone.
     */
    time: string;
    /**
     * credit: money put in (npm run wallet); pay, income, release, refund: a purchase's; adjust: an operator's correction (npm run wallet -- --debit).
     */
    kind: "credit" | "pay" | "income" | "release" | "refund" | "adjust";
    /**
     * Signed yuan: negative for a payment.
     */
    amount: number;
    /**
     * null for a credit.
     */
    purchase_id: string | null;
  }[];
  num: number;
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  held_out: number;
  /**
   * Yuan, exact to the cent (a JSON number).
   */
  held_in: number;
}

/**
 * The caller's own wallet: {balance, ledger, num}. balance is yuan (a JSON number); ledger is a page of the wallet's changes, newest first: {time, kind (credit, pay or income), amount (signed yuan), purchase_id (null for a credit)}; num is the rows of this page. A user without a wallet has balance 0 and an empty ledger (status 0).
 */
export interface WalletInfoData {
  /**
   * Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.
   */
  limit?: number | string;
  /**
   * Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.
   */
  offset?: number | string;
}

/** Each API's request schema file, with its data type and its answer type. */
export interface ApiSchemas {
  "img.generate.json": { data: ImgGenerateData; answer: ImgGenerateAnswer };
  "img.validate.json": { data: ImgValidateData; answer: ImgValidateAnswer };
  "pic.upload.json": { data: PicUploadData; answer: PicUploadAnswer };
  "portrait.upload.json": { data: PortraitUploadData; answer: PortraitUploadAnswer };
  "product.creat.json": { data: ProductCreatData; answer: ProductCreatAnswer };
  "product.info.json": { data: ProductInfoData; answer: ProductInfoAnswer };
  "product.list.json": { data: ProductListData; answer: ProductListAnswer };
  "product.update.json": { data: ProductUpdateData; answer: ProductUpdateAnswer };
  "property.add.json": { data: PropertyAddData; answer: PropertyAddAnswer };
  "property.delete.json": { data: PropertyDeleteData; answer: PropertyDeleteAnswer };
  "property.query.json": { data: PropertyQueryData; answer: PropertyQueryAnswer };
  "property.update.json": { data: PropertyUpdateData; answer: PropertyUpdateAnswer };
  "purchase.apply.json": { data: PurchaseApplyData; answer: PurchaseApplyAnswer };
  "purchase.cancel.json": { data: PurchaseCancelData; answer: PurchaseCancelAnswer };
  "purchase.confirm.json": { data: PurchaseConfirmData; answer: PurchaseConfirmAnswer };
  "purchase.dispute.json": { data: PurchaseDisputeData; answer: PurchaseDisputeAnswer };
  "purchase.info.json": { data: PurchaseInfoData; answer: PurchaseInfoAnswer };
  "purchase.list.json": { data: PurchaseListData; answer: PurchaseListAnswer };
  "purchase.pay.json": { data: PurchasePayData; answer: PurchasePayAnswer };
  "purchase.refund.json": { data: PurchaseRefundData; answer: PurchaseRefundAnswer };
  "shop.creat.json": { data: ShopCreatData; answer: ShopCreatAnswer };
  "shop.info.json": { data: ShopInfoData; answer: ShopInfoAnswer };
  "shop.list.json": { data: ShopListData; answer: ShopListAnswer };
  "shop.update.json": { data: ShopUpdateData; answer: ShopUpdateAnswer };
  "sms.generate.json": { data: SmsGenerateData; answer: SmsGenerateAnswer };
  "sms.validate.json": { data: SmsValidateData; answer: SmsValidateAnswer };
  "wallet.info.json": { data: WalletInfoData; answer: WalletInfoAnswer };
}
