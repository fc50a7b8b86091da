import { migrate } from '../backends/db/migrating.js';
import { rowsPerInsert } from '../backends/dialect.js';
import { loadConfig } from '../config.js';
import { createContext } from '../context.js';
import { createLogger } from '../log.js';
import { formatDateTime } from '../services/datetime.js';
import { PROPERTY_TABLE } from '../services/lostfound/property.js';
import { backfillGrams } from '../services/lostfound/property-grams.js';
import { secureRandom } from '../services/random.js';
import { publicBaseUrl } from '../services/market/portrait.js';
import { commandArgs, parseDuration } from './args.js';
import { othersData, seedDemo } from './demo.js';

const ITEMS: [string, string][] = [
  ['卡类|一卡通', '一卡通'], ['卡类|身份证', '身份证'], ['电子|耳机', '蓝牙耳机'], ['电子|手机', '手机'],
  ['电子|充电宝', '充电宝'], ['书籍|教材', '高等数学教材'], ['书籍|笔记', '笔记本'], ['钥匙', '宿舍钥匙'],
  ['衣物|外套', '黑色外套'], ['生活|水杯', '保温杯'], ['生活|雨伞', '雨伞'], ['证件|学生证', '学生证'],
];
const PLACES = ['图书馆三楼', '第一教学楼', '食堂二楼', '体育馆', '实验楼 A 区', '宿舍楼下', '操场看台', '校门口公交站'];
const NAMES = ['王凌超', '李明', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄婷', '周杰', '吴敏'];
const BATCH = 1000;
const USERS = 5000;
const YEAR_MS = 365 * 24 * 3600 * 1000;

const pick = <T>(items: readonly T[]): T => items[secureRandom.int(0, items.length)] as T;

const USAGE = 'usage: npm run seed -- --posts N | --demo [--ttl 7d] [--force] [-c config.json]';
/** How long the demo's tokens last unless --ttl says otherwise. */
const DEMO_TTL = '7d';

/**
 * `npm run seed -- --posts N [-c config.json]`: loads N realistic lost-and-found notices.
 * `npm run seed -- --demo`: a small living marketplace, and a token for each of its people.
 */
async function main(): Promise<void> {
  const { configPath, options, flags } = commandArgs(process.argv.slice(2), ['posts', 'ttl'], ['demo', 'force']);
  const posts = Number(options.posts ?? 1000);
  if (!Number.isSafeInteger(posts) || posts < 1 || (flags.has('demo') && options.posts !== undefined)) throw new Error(USAGE);
  const ttlSeconds = parseDuration(options.ttl ?? DEMO_TTL, '--ttl');
  const config = loadConfig(configPath);
  const context = await createContext(config, createLogger('warn'));
  try {
    await migrate(context.db, config, context.log);
    if (flags.has('demo')) {
      const others = await othersData(context);
      if (others.length > 0 && !flags.has('force')) {
        throw new Error(`this database holds other users' data (${others.join(', ')}): the demo goes only into a database of its own, or with --force`);
      }
      const users = await seedDemo(context, ttlSeconds);
      await context.propertySearches.invalidate();
      const base = publicBaseUrl(config.server);
      process.stdout.write(
        [
          `A demo marketplace in ${config.db.client}: 2 shops, 6 products with pictures, 3 notices, 4 wallets credited 500.00 once, purchases paid; run again, it stays the same.`,
          `Its people's ids are 15 digits beginning 900000000 (student numbers have 10); their tokens expire in ${options.ttl ?? DEMO_TTL}.`,
          '',
          ...users.map((u) => `${u.role.padEnd(6)} ${u.id} ${u.name}\ttoken ${u.token}`),
          '',
          `Try: curl -s -X POST '${base}/api/external/get/product?token=${users[2]?.token ?? ''}' -d '{"id":1,"type":"product","subtype":"list","data":{}}'`,
          '',
        ].join('\n'),
      );
      return;
    }
    const now = Date.now();
    const before = (await context.db(PROPERTY_TABLE).max({ id: 'id' }).first()) as { id: number | null } | undefined;
    for (let done = 0; done < posts; done += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, posts - done) }, () => {
        const [lab, item] = pick(ITEMS);
        const type = secureRandom.int(1, 3);
        const place = pick(PLACES);
        const published = now - secureRandom.int(0, YEAR_MS);
        const updated = published + secureRandom.int(0, 7 * 24 * 3600 * 1000);
        return {
          type,
          state: secureRandom.int(0, 4) === 0 ? 1 : 0,
          lab,
          title: (type === 1 ? `寻找${item}` : `捡到${item}`).slice(0, 20),
          content: type === 1 ? `今天在${place}丢失了${item}，有捡到的同学请联系我，非常感谢！` : `在${place}捡到${item}一个，失主请联系我认领。`,
          occurrence_time: formatDateTime(published - secureRandom.int(0, 86400000), config.timeZone),
          user_id: String(1180300000 + secureRandom.int(0, USERS)),
          user_name: pick(NAMES),
          user_phone: `13${secureRandom.string(9, '0123456789')}`,
          user_qq: secureRandom.string(9, '0123456789'),
          publish_time: formatDateTime(published, config.timeZone),
          update_time: formatDateTime(Math.min(updated, now), config.timeZone),
        };
      });
      await context.db.batchInsert(PROPERTY_TABLE, rows, rowsPerInsert(context.db));
    }
    await backfillGrams(context.db, Number(before?.id ?? 0));
    // A service running on the same database and store shows the new notices at once.
    await context.propertySearches.invalidate();
    process.stdout.write(`seeded ${posts} posts into ${config.db.client}\n`);
  } finally {
    await context.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message.slice(0, 500)}\n`);
  process.exit(1);
});
