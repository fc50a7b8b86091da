import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { ACCOUNT_RIGHTS } from '../src/backends/db-start.js';
import { documentedApis, renderApiDoc } from '../src/cli/api-doc.js';
import { configKeys, renderConfigDoc } from '../src/cli/config-doc.js';
import { ALIASES } from '../src/config.js';
import { Status } from '../src/status.js';

describe('docs/API.md is in step with the registry and the status module', () => {
  const doc = readFileSync('docs/API.md', 'utf8');

  it('describes every (type, subtype)', () => {
    for (const row of registry) expect(doc, `${row.type}/${row.subtype}`).to.contain(`${row.type}/${row.subtype}`);
  });

  it('gives every status code with its message', () => {
    for (const [name, status] of Object.entries(Status)) {
      // Statuses named for a local table appear with their API; the global ones in the table.
      expect(doc, name).to.contain(String(status.code));
      expect(doc, name).to.contain(status.message);
    }
  });

  it("gives each API's statuses as the registry has them (npm run schema-types writes them)", () => {
    expect(renderApiDoc(doc) === doc, 'docs/API.md is stale: run npm run schema-types').to.equal(true);
    const blocks = documentedApis(doc);
    // An alias (shop/create) is documented with the API it is another name of.
    const named = registry.filter((row, i) => !registry.slice(0, i).some((earlier) => earlier.schema === row.schema && earlier.handler === row.handler));
    for (const row of named) expect(blocks.has(`${row.type}/${row.subtype}`), `${row.type}/${row.subtype} has a block of statuses`).to.equal(true);
  });

  it('names every data key of every schema', () => {
    for (const row of registry) {
      const schema = JSON.parse(readFileSync(`schemas/${row.schema}`, 'utf8')) as { properties?: Record<string, unknown> };
      for (const key of Object.keys(schema.properties ?? {})) expect(doc, `${row.schema}: ${key}`).to.contain(`\`${key}\``);
    }
  });
});

describe('docs/CONFIG.md is generated from the config schema', () => {
  it('is current (npm run schema-types writes it)', () => {
    expect(renderConfigDoc() === readFileSync('docs/CONFIG.md', 'utf8'), 'docs/CONFIG.md is stale: run npm run schema-types').to.equal(true);
  });

  it('gives every key a description and a default (an old name: the key it stands for)', () => {
    const aliases = new Set(ALIASES.map((a) => a.old.join('.')));
    for (const key of configKeys()) {
      expect(key.schema.description, key.name).to.be.a('string').and.not.equal('');
      if (!aliases.has(key.name)) expect(key.schema.default, key.name).not.to.equal(undefined);
    }
  });
});

describe('the README is a page', () => {
  it('holds at most 1,500 words (as wc -w counts them) and links every document', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.split(/\s+/).filter(Boolean).length).to.be.at.most(1500);
    for (const doc of ['docs/API.md', 'docs/CONFIG.md', 'docs/OPERATIONS.md', 'docs/BENCHMARKS.md']) expect(readme, doc).to.contain(`(${doc})`);
  });
});

describe('README and docs/OPERATIONS.md give the database account the rights the start names', () => {
  // Prose wraps anywhere: compared with its line breaks as spaces.
  const prose = (path: string) => readFileSync(path, 'utf8').replace(/\s+/g, ' ');

  for (const path of ['README.md', 'docs/OPERATIONS.md']) {
    it(path, () => {
      for (const [client, rights] of Object.entries(ACCOUNT_RIGHTS)) expect(prose(path), `${client} rights`).to.contain(rights);
    });
  }
});
