import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { buildConfig, ConfigError, loadConfig, repositoryConfigPath } from '../src/config.js';

describe('config', () => {
  it('the repository config.json gives the embedded defaults', () => {
    const config = loadConfig(repositoryConfigPath, {});
    expect(config.server).to.include({ port: 4081, workers: 1 });
    expect(config.db.client).to.equal('sqlite');
    expect(config.kv).to.include({ driver: 'memory', prefix: '' });
    expect(config.objects.driver).to.equal('disk');
    expect(config.sms.driver).to.equal('console');
    expect(config.captcha).to.include({ ttlSeconds: 180, length: 5, format: 'png' });
  });

  it('fills every key a file leaves out', () => {
    const config = buildConfig({ server: { port: 9000 } }, '/srv', {});
    expect(config.server).to.include({ port: 9000, host: '127.0.0.1', workers: 1 });
    expect(config.sms).to.include({ cooldownSeconds: 60, perPhoneHour: 5, perPhoneDay: 10 });
    expect(config.objects.dir).to.equal('/srv/data/objects');
  });

  it('names the bad key', () => {
    expect(() => buildConfig({ server: { port: 'x' } }, '/', {})).to.throw(ConfigError, /server\.port/);
    expect(() => buildConfig({ db: { client: 'oracle' } }, '/', {})).to.throw(ConfigError, /db\.client/);
    expect(() => buildConfig({ sever: {} }, '/', {})).to.throw(ConfigError, /"sever"/);
    expect(() => buildConfig({ timeZone: 'Mars/Olympus' }, '/', {})).to.throw(ConfigError, /timeZone/);
    expect(() => buildConfig([], '/', {})).to.throw(ConfigError);
  });

  it('refuses several workers on the in-process kv store', () => {
    expect(() => buildConfig({ server: { workers: 2 } }, '/', {})).to.throw(ConfigError, /workers/);
  });

  it('takes secrets from the environment', () => {
    const config = buildConfig({}, '/', {
      CAMPUS_DB_CONNECTION: 'mysql://u:p@db/campus',
      CAMPUS_KV_URL: 'redis://kv:6379',
      TENCENTCLOUD_SECRET_ID: 'id',
      TENCENTCLOUD_SECRET_KEY: 'key',
    });
    expect(config.db.connection).to.equal('mysql://u:p@db/campus');
    expect(config.kv.url).to.equal('redis://kv:6379');
    expect(config.sms.tencent).to.include({ secretId: 'id', secretKey: 'key' });
    expect(config.objects.cos).to.include({ secretId: 'id', secretKey: 'key' });
  });

  describe('where Redis is', () => {
    const cluster = { rootNodes: ['redis://10.0.0.1:7000', 'redis://10.0.0.2:7000'] };
    const sentinel = { name: 'campus', sentinels: ['redis://10.0.0.1:26379'] };

    it('takes one of kv.url, kv.cluster and kv.sentinel, and refuses two', () => {
      expect(buildConfig({ kv: { driver: 'redis', cluster, prefix: '{campus}:' } }, '/', {}).kv.cluster).to.deep.equal(cluster);
      expect(buildConfig({ kv: { driver: 'redis', sentinel } }, '/', {}).kv.sentinel).to.deep.equal(sentinel);
      expect(buildConfig({ kv: { driver: 'redis' } }, '/', {}).kv).to.include({ url: 'redis://127.0.0.1:6379', cluster: null, sentinel: null });
      expect(() => buildConfig({ kv: { driver: 'redis', url: 'redis://a:6379', sentinel } }, '/', {})).to.throw(ConfigError, /give one of kv\.url, kv\.sentinel/);
      expect(() => buildConfig({ kv: { driver: 'redis', cluster, sentinel, prefix: '{c}' } }, '/', {})).to.throw(ConfigError, /kv\.cluster, kv\.sentinel/);
      // The URL from the environment is given as much as one in the file.
      expect(() => buildConfig({ kv: { driver: 'redis', sentinel } }, '/', { CAMPUS_KV_URL: 'redis://kv:6379' })).to.throw(ConfigError, /give one of/);
      expect(() => buildConfig({ kv: { sentinel } }, '/', {})).to.throw(ConfigError, /kv\.sentinel needs kv\.driver "redis"/);
    });

    it('on a cluster, needs a hash tag in kv.prefix and the same one in the legacy sets', () => {
      expect(() => buildConfig({ kv: { driver: 'redis', cluster, prefix: 'campus:' } }, '/', {})).to.throw(ConfigError, /kv\.prefix "campus:" has no hash tag/);
      expect(() => buildConfig({ kv: { driver: 'redis', cluster, prefix: '{}campus:' } }, '/', {})).to.throw(ConfigError, /no hash tag/);
      const legacySets = { img: '{campus}captcha_img', sms: 'captcha_sms' };
      expect(() => buildConfig({ kv: { driver: 'redis', cluster, prefix: '{campus}:' }, captcha: { legacySets } }, '/', {})).to.throw(
        ConfigError,
        /captcha\.legacySets\.sms "captcha_sms" must hold kv\.prefix's hash tag \{campus\}/,
      );
      const tagged = { img: '{campus}captcha_img', sms: '{campus}captcha_sms' };
      expect(buildConfig({ kv: { driver: 'redis', cluster, prefix: '{campus}:' }, captcha: { legacySets: tagged } }, '/', {}).captcha.legacySets).to.deep.equal(tagged);
    });

    it('refuses a node that is not a redis:// address', () => {
      expect(() => buildConfig({ kv: { driver: 'redis', cluster: { rootNodes: ['10.0.0.1:7000'] }, prefix: '{c}' } }, '/', {})).to.throw(ConfigError, /kv\.cluster/);
      expect(() => buildConfig({ kv: { driver: 'redis', sentinel: { name: 'campus', sentinels: [] } } }, '/', {})).to.throw(ConfigError, /kv\.sentinel/);
    });

    it('takes the passwords from the environment', () => {
      const config = buildConfig({ kv: { driver: 'redis', sentinel } }, '/', { CAMPUS_KV_PASSWORD: 'p1', CAMPUS_KV_SENTINEL_PASSWORD: 'p2' });
      expect(config.kv).to.include({ password: 'p1', sentinelPassword: 'p2' });
    });
  });

  it('reports a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'campus-config-'));
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    expect(() => loadConfig(join(dir, 'bad.json'), {})).to.throw(ConfigError, /not valid JSON/);
    expect(() => loadConfig(join(dir, 'missing.json'), {})).to.throw(ConfigError, /cannot read/);
  });
});

describe('the production config examples', () => {
  for (const file of ['config.mariadb-cos.example.json', 'config.postgres.example.json']) {
    it(`${file} is valid, its secrets left to the environment`, () => {
      const config = loadConfig(file, { CAMPUS_DB_CONNECTION: '', TENCENTCLOUD_SECRET_ID: 'id', TENCENTCLOUD_SECRET_KEY: 'key', CAMPUS_METRICS_TOKEN: 'metrics' });
      expect(config.kv.driver).to.equal('redis');
      expect(config.db.migrateOnStart).to.equal(false);
      expect(config.sms.tencent.secretId).to.equal('id');
      expect(JSON.stringify(JSON.parse(readFileSync(file, 'utf8')))).not.to.match(/secret|password|:[^/@]+@/i);
    });
  }
});
