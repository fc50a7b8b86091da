/**
 * The configuration's JSON Schema. Defaults live here, so a config file gives only what it changes;
 * `additionalProperties: false` everywhere so that a misspelt key is an error, not a silent default.
 */
// Every key has a default, so after loading every key is there: each is required of the loaded config.
const obj = (properties: Record<string, object>, extra: object = {}) => ({
  type: 'object',
  additionalProperties: false,
  default: {},
  required: Object.keys(properties),
  properties,
  ...extra,
});
const described = (description: string, schema: object) => ({ ...schema, description });
const int = (def: number, minimum = 0, maximum?: number) => ({
  type: 'integer',
  default: def,
  minimum,
  ...(maximum === undefined ? {} : { maximum }),
});
const str = (def: string) => ({ type: 'string', default: def });
const bool = (def: boolean) => ({ type: 'boolean', default: def });
const nullOr = (schema: object) => ({ default: null, anyOf: [{ type: 'null' }, schema] });
// Plain redis:// only: the nodes a cluster or the sentinels name are reached with the same options.
const redisUrl = { type: 'string', pattern: '^redis://[^/]+$' };

export const configSchema = obj({
  server: obj({
    host: described('The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface.', str('127.0.0.1')),
    port: described('The port to listen on (0: any free port).', int(4081, 0, 65535)),
    workers: described('Processes serving the port (Node cluster); more than 1 needs kv.driver redis.', int(1, 1, 64)),
    bodyLimitBytes: described('A request body larger than this answers HTTP 413 (-2), except on the upload paths, which take what pic.maxBytes needs.', int(2 * 1024 * 1024, 1024)),
    basePaths: described(
      'Every API path is served below each of these ("" as the original server did behind its proxy); /healthz, /readyz, /metrics and /api/schemas are not.',
      { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', pattern: '^(/[A-Za-z0-9._~-]+)*$' }, default: ['/api/external', ''] },
    ),
    cors: obj({
      origins: described('Exact origins (https://host[:port]) allowed to call the API from a browser page on another origin.', {
        type: 'array',
        items: { type: 'string', pattern: '^https?://[^/]+$' },
        default: [],
      }),
    }),
    maxBatch: described('Envelopes in one batch (a JSON array body) at most.', int(20, 1, 1000)),
    maxResponseBytes: described(
      'No answer is larger: a single answer that would be is -406 alone; a batch answers -406 from the envelope whose answer would pass it on, and runs none after it.',
      int(4 * 1024 * 1024, 1024),
    ),
    trustProxy: described('Behind a reverse proxy: take the client\'s address from X-Forwarded-For (see proxyHops) and the scheme from X-Forwarded-Proto.', bool(false)),
    proxyHops: described(
      'Behind trustProxy: how many proxies in front append to X-Forwarded-For; the client is the entry that many from the right.',
      int(1, 1, 16),
    ),
    requestTimeoutMs: described("How long a client may take to send one request's headers and body.", int(30000, 1000)),
    maxConnections: described('Open connections at most; Node closes any more at once.', int(10000, 1)),
    publicBaseUrl: described('Base of the URLs the service hands out (avatar URLs); empty means http://host:port.', str('')),
    shutdownTimeoutMs: described('On SIGTERM, how long requests in flight may take to finish before their connections are closed.', int(10000, 100)),
  }),
  log: obj({
    level: described('The least level written (pino\'s levels).', { enum: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
    access: described('One line per request at info level (method, path, API, statuses, milliseconds, client).', bool(true)),
  }),
  timeZone: described('The IANA zone of the times the service writes and answers (creat_time, occurrence_time, …).', str('Asia/Shanghai')),
  db: obj({
    client: described('The database: sqlite (embedded, a file), mysql (MySQL or MariaDB) or pg (PostgreSQL).', { enum: ['sqlite', 'mysql', 'pg'], default: 'sqlite' }),
    connection: {
      description: 'A connection URL (mysql://user:pass@host/db, postgres://…) or knex connection object; for sqlite { "filename": … }, relative to the config file.',
      default: { filename: 'data/campus.sqlite' },
      anyOf: [{ type: 'string', minLength: 1 }, { type: 'object', additionalProperties: true }],
    },
    pool: obj({
      min: described('Connections kept open when idle.', int(0)),
      max: described('Connections open at most; a request waits for one up to acquireTimeoutMs.', int(10, 1)),
    }),
    acquireTimeoutMs: described('How long a request may wait for a connection before it answers -200 (the database is away).', int(5000, 100)),
    queryTimeoutMs: described('How long a query may go unanswered (MySQL, PostgreSQL) before it fails with -200.', int(10000, 100)),
    startRetrySeconds: described('A database that cannot be reached at start is tried again, with backoff, for this long (0: not at all).', int(30, 0)),
    migrateOnStart: described(
      'Run pending migrations at start; false: a start with migrations pending exits 1 naming them, for a deploy that runs `npm run migrate -- latest` itself.',
      bool(true),
    ),
  }),
  kv: obj({
    driver: described('Where captchas, limits and caches live: memory (one process only) or redis (shared by workers and instances).', { enum: ['memory', 'redis'], default: 'memory' }),
    url: described(
      'The Redis URL (redis://[:password@]host:port[/db]); its default holds only when neither kv.cluster nor kv.sentinel is given.',
      str('redis://127.0.0.1:6379'),
    ),
    cluster: described(
      'A Redis Cluster instead of kv.url: the nodes asked for its layout (the rest are found). kv.prefix must then hold a hash tag, {campus}: (docs/OPERATIONS.md).',
      nullOr({
        type: 'object',
        additionalProperties: false,
        required: ['rootNodes'],
        properties: { rootNodes: { type: 'array', minItems: 1, items: redisUrl } },
      }),
    ),
    sentinel: described(
      'A master watched by Redis Sentinels instead of kv.url: the master\'s name as the sentinels know it, and some of the sentinels.',
      nullOr({
        type: 'object',
        additionalProperties: false,
        required: ['name', 'sentinels'],
        properties: { name: { type: 'string', minLength: 1 }, sentinels: { type: 'array', minItems: 1, items: redisUrl } },
      }),
    ),
    password: described('The password of the cluster\'s nodes or of the sentinels\' master and replicas (kv.url carries its own).', str('')),
    sentinelPassword: described('The sentinels\' own password, when they have one.', str('')),
    prefix: described('Put in front of every key the service writes (not the legacy sets\'), so services can share one Redis.', str('')),
    commandTimeoutMs: described('A Redis command unanswered this long fails (-404), so a stalled Redis does not hold requests.', int(1000, 10)),
  }),
  objects: obj({
    driver: described('Where pictures are kept: disk (objects.dir) or cos (Tencent Cloud Object Storage).', { enum: ['disk', 'cos'], default: 'disk' }),
    dir: described('The folder of the disk store, relative to the config file.', str('data/objects')),
    cos: obj({
      bucket: described('The COS bucket, with its APPID (campus-1250000000).', str('')),
      region: described('The bucket\'s region (ap-shanghai).', str('')),
      secretId: described('The COS key\'s id.', str('')),
      secretKey: described('The COS key\'s secret.', str('')),
      domain: described('Another host for the bucket (a private endpoint, a test server); empty: COS\'s own.', str('')),
      protocol: described('How COS is reached (http: only for a test server).', { enum: ['https:', 'http:'], default: 'https:' }),
      timeoutMs: described('A COS request unanswered this long fails (-500).', int(5000, 100)),
    }),
  }),
  sms: obj({
    driver: described('How codes are sent: console (written to the log, for development) or tencent (Tencent Cloud SMS).', { enum: ['console', 'tencent'], default: 'console' }),
    codeLength: described('Digits of an SMS code.', int(6, 4, 10)),
    ttlSeconds: described('How long an SMS code may be used.', int(180, 10)),
    cooldownSeconds: described('Seconds between two codes to one phone (1023 sooner).', int(60, 0)),
    perPhoneHour: described('Codes to one phone an hour at most (1024 beyond).', int(5, 1)),
    perPhoneDay: described('Codes to one phone a day at most (1025 beyond).', int(10, 1)),
    perIpHour: described('sms/generate calls from one client an hour at most (-405 beyond).', int(20, 1)),
    maxFailures: described('Wrong sms/validate guesses naming a phone before its pending code is void.', int(5, 1)),
    guessesPerIpHour: described('Failed sms/validate calls without a phone, per client per hour, before -405.', int(60, 1)),
    tencent: obj({
      secretId: described('Tencent Cloud\'s key id.', str('')),
      secretKey: described('Tencent Cloud\'s key secret.', str('')),
      region: described('The SMS service\'s region.', str('ap-guangzhou')),
      appId: described('The SMS application\'s SdkAppId.', str('')),
      signName: described('The approved signature put before each message.', str('')),
      templateId: described('The approved template: its first parameter is the code, its second the minutes it lasts.', str('')),
      endpoint: described('The SMS API\'s host (another for a test server).', str('sms.tencentcloudapi.com')),
      protocol: described('How the SMS API is reached (http:// only for a test server).', { enum: ['https://', 'http://'], default: 'https://' }),
      timeoutSeconds: described('An SMS request unanswered this long fails (1000; the limits are given back).', int(5, 1, 60)),
    }),
  }),
  captcha: obj({
    ttlSeconds: described('How long an image captcha may be used.', int(180, 10)),
    length: described('Characters of an image captcha.', int(5, 4, 6)),
    format: described('What img/generate draws: png (the original\'s) or svg (smaller, cheaper).', { enum: ['png', 'svg'], default: 'png' }),
    width: described('The captcha\'s width in pixels.', int(150, 60, 600)),
    height: described('The captcha\'s height in pixels.', int(50, 30, 200)),
    logCodes: described(
      'Writes each image captcha code to the log, for local front-end work (as the console SMS sender does for SMS codes). Never in production.',
      bool(false),
    ),
    legacySets: described(
      "The original server's Redis sets of live hashes, read by the Java service (SISMEMBER, SREM): names used as given, without kv.prefix. null: off. Redis only.",
      {
        default: null,
        anyOf: [
          { type: 'null' },
          {
            type: 'object',
            additionalProperties: false,
            required: ['img', 'sms'],
            properties: { img: { type: 'string', minLength: 1 }, sms: { type: 'string', minLength: 1 } },
          },
        ],
      },
    ),
  }),
  tokens: obj({
    table: described('The account service\'s table of tokens, read by the service.', { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'tokens' }),
    tokenColumn: described('Its column of tokens.', { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'token' }),
    userColumn: described('Its column of user ids.', { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'user_id' }),
    expiresColumn: described('Its column of expiry times (null: tokens never expire).', { type: ['string', 'null'], pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'expires_at' }),
    cacheSeconds: described('How long a token\'s user is remembered in the key-value store (0: asked every time); a deleted token works that long at most.', int(30, 0)),
  }),
  property: obj({
    defaultLimit: described('Rows of a list when the request gives no limit.', int(50, 1)),
    maxLimit: described('The largest limit a list request may give.', int(200, 1)),
    searchTimeoutMs: described('A search still running after this long is cancelled in the database and answers -200.', int(5000, 100)),
    searchCacheSeconds: described(
      'Answers of the list are shared for at most this long; every write through the service ends them at once. 0: no caching.',
      int(30, 0),
    ),
    searchCacheRows: described('Rows of cached answers each process keeps at most (about 0.5 KB each).', int(10000, 1)),
  }),
  shop: obj({ maxPerUser: described('Shops one user may open (101 beyond).', int(3, 0)) }),
  metrics: obj({
    enabled: described('GET /metrics, and the per-request counting behind it.', bool(true)),
    token: described('When set, GET /metrics needs "Authorization: Bearer <token>"; empty: open.', str('')),
  }),
  wallet: described(
    "The account service's users table, whose balance column is each user's wallet (DECIMAL(12,2), yuan). Created with just these columns when missing; never altered.",
    obj({
      table: described('The users table.', { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'users' }),
      idColumn: described('Its column of user ids.', { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'id' }),
      balanceColumn: described('Its column of balances.', { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', default: 'wealth' }),
      nameColumn: described("The users' names, shown with their shops (user_name); \"\" where the column is missing.", {
        type: 'string',
        pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
        default: 'name',
      }),
    }),
  ),
  purchase: obj({
    payMinutes: described('An unpaid purchase is cancelled this long after it was made.', int(15, 1)),
    sweepSeconds: described('How often each process tidies the stored state of expired purchases and releases held money whose time has come.', int(60, 1)),
    escrowSeconds: described(
      "How long a payment's money is held before the seller is credited, unless the buyer confirms, the seller refunds or the buyer disputes first; 0: the seller is credited at pay, as the original did.",
      int(604_800, 0),
    ),
  }),
  pic: obj({
    maxBytes: described(
      'A picture or avatar larger than this, decoded, is refused (-204); the bodies of the /pic and /portrait paths may be as large as such a picture needs. portrait.maxBytes is another name for it.',
      int(12 * 1024 * 1024, 1),
    ),
    maxPixels: described('A picture or avatar with more pixels than this (all frames of an animation together) is refused (-204).', int(24_000_000, 1)),
    maxFrames: described('An animated picture with more frames than this is refused (-204).', int(100, 1)),
    maxAnimationPixels: described(
      "An animation's frames times its frame's pixels at most (-204 beyond): what re-encoding it costs, about 45 ns of CPU a pixel for a GIF.",
      int(5_000_000, 1),
    ),
    maxSide: described('A stored picture is scaled down, in its own format, until its longer side is at most this.', int(2560, 16, 16384)),
    concurrency: described(
      'Pictures decoded and encoded at once; 0: the number of cores. Each runs on one thread.',
      int(0, 0, 256),
    ),
    queueLength: described('Pictures waiting for their turn at most; beyond, an upload or a sized copy answers -405.', int(64, 0)),
    uploadsPerMinute: described("pic/upload and portrait/upload calls per user per minute (-405 beyond).", int(30, 1)),
    maxPerUser: described('Pictures one user may store under names of their own or of their bytes (101 "Too many pictures" beyond); replacing one does not count.', int(2000, 0)),
    widths: described('The widths of the sized copies served with ?w= (another width gets the nearest of these).', {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { type: 'integer', minimum: 16, maximum: 4096 },
      default: [160, 320, 640],
    }),
  }),
  portrait: obj(
    {
      maxBytes: described('The first name of pic.maxBytes, still read: giving both with different values is an error.', { type: 'integer', minimum: 1 }),
      allowedOrigins: described('Pages whose Referer may show avatars and pictures; any other gets the "ban" image.', { type: 'array', items: { type: 'string' }, default: ['https://www.zustservice.cn'] }),
      allowMissingReferer: described('Whether a request without a Referer (an app, a bookmark) may show them.', bool(true)),
      cacheSeconds: described('max-age of avatars and pictures (Cache-Control: private).', int(300, 0)),
    },
    { required: ['allowedOrigins', 'allowMissingReferer', 'cacheSeconds'] },
  ),
});

/** How the schema is checked: defaults filled in, every problem reported, its annotations not Ajv's business. */
export const CONFIG_AJV_OPTIONS = { useDefaults: true, allErrors: true, strict: false } as const;
