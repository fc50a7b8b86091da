import { validate } from '@readme/openapi-parser';
import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

describe('GET /api/openapi.json', () => {
  let h: Harness;
  let doc: { openapi: string; paths: Record<string, Record<string, { description?: string; requestBody?: { content: Record<string, { examples: Record<string, unknown> }> }; security?: unknown }>> };
  before(async () => {
    h = await startHarness(SQLITE_MEMORY);
    const res = await h.http.get('/api/openapi.json');
    expect(res.status).to.equal(200);
    doc = res.body as typeof doc;
  });
  after(() => h.close());

  it('is a valid OpenAPI 3.1 document (checked by @readme/openapi-parser)', async () => {
    expect(doc.openapi).to.equal('3.1.0');
    const result = await validate(structuredClone(doc) as Parameters<typeof validate>[0]);
    expect(result.valid, JSON.stringify(result)).to.equal(true);
  });

  it('describes every (type, subtype) at each URL that serves it, with an example request and its local statuses', () => {
    for (const row of registry) {
      for (const url of ['/api/external', ...row.urls.map((u) => `/api/external${u}`)]) {
        const op = doc.paths[url]?.post;
        expect(op, url).to.not.equal(undefined);
        expect(op!.requestBody!.content['application/json']!.examples, `${url} ${row.type}/${row.subtype}`).to.have.property(`${row.type}/${row.subtype}`);
        expect(op!.description).to.contain(`### ${row.type}/${row.subtype}`);
        for (const status of Object.values(row.local ?? {})) expect(op!.description).to.contain(`| ${status.code} | ${status.message}`);
      }
    }
  });

  it('says which APIs need a token, and describes the GET routes', () => {
    expect(doc.paths['/api/external/captcha']!.post!.security).to.equal(undefined);
    expect(doc.paths['/api/external/purchase']!.post!.security).to.deep.equal([{ token: [] }, { bearer: [] }]);
    for (const path of ['/api/external/get/portrait/{id}', '/api/external/get/pic/{from}/{name}', '/api/external/get/property']) expect(doc.paths[path]?.get, path).to.not.equal(undefined);
  });
});
