import { validate } from '@readme/openapi-parser';
import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { ownStatuses } from '../src/rpc/statuses.js';
import { answerSchemaOf } from '../src/rpc/api.js';
import { schemaValidators } from '../src/rpc/validate.js';
import { readSchemaFiles } from '../src/schemas.js';
import { SQLITE_MEMORY } from './support/backends.js';
import { type Harness, startHarness } from './support/harness.js';

describe('GET /api/openapi.json', () => {
  let h: Harness;
  interface Operation {
    tags: string[];
    description?: string;
    requestBody?: { content: Record<string, { example: Record<string, unknown> }> };
    responses: Record<string, { content?: Record<string, { examples?: Record<string, { value: { status: number } }>; example?: { status: number } }> }>;
    security?: unknown;
  }
  let doc: { openapi: string; tags: { name: string; description: string }[]; paths: Record<string, Record<string, Operation>> };
  before(async () => {
    h = await startHarness(SQLITE_MEMORY);
    const res = await h.http.get('/api/openapi.json');
    expect(res.status).to.equal(200);
    doc = res.body as typeof doc;
  });
  after(() => h.close());

  it('is a valid OpenAPI 3.1 document (checked by @readme/openapi-parser)', async () => {
    expect(doc.openapi).to.equal('3.1.0');
    const result = await validate(structuredClone(doc) as unknown as Parameters<typeof validate>[0]);
    expect(result.valid, JSON.stringify(result)).to.equal(true);
  });

  it('has one operation per (type, subtype), under its type\'s tag, whose index names it with its local statuses', () => {
    for (const row of registry) {
      const name = `${row.type}/${row.subtype}`;
      const op = doc.paths[`/api/external${row.urls[0] ?? ''}#${name}`]?.post;
      expect(op, name).to.not.equal(undefined);
      expect(op!.requestBody!.content['application/json']!.example).to.deep.include({ type: row.type, subtype: row.subtype });
      expect(op!.requestBody!.content['application/json']!.example, `${name}: a request has no status`).not.to.have.property('status');
      const examples = op!.responses['200']!.content!['application/json']!.examples!;
      expect(examples.success!.value.status).to.equal(0);
      expect(examples.refusal!.value.status).to.not.equal(0);
      expect(op!.responses['413']!.content!['application/json']!.example!.status).to.equal(-2);
      const tag = doc.tags.find((t) => t.name === op!.tags[0]);
      expect(tag?.description, name).to.contain(`**${name}**`);
      for (const status of ownStatuses(row, readSchemaFiles().get(row.schema)?.schema)) {
        expect(op!.description).to.contain(`| ${status.code} | ${status.message}`);
        expect(tag?.description).to.contain(`${status.code} ${status.message}`);
      }
    }
    expect(Object.keys(doc.paths).filter((path) => doc.paths[path]!.post)).to.have.length(registry.length);
  });

  it("takes each API's examples from its schemas, and each example is valid by its schema", () => {
    const files = readSchemaFiles();
    for (const row of registry) {
      for (const file of [row.schema, answerSchemaOf(row)]) {
        const [example] = ((files.get(file)?.schema as { examples?: unknown[] }).examples ?? []) as unknown[];
        const validate = schemaValidators[file]!;
        expect(validate(example), `${file}: ${JSON.stringify(validate.errors?.[0])}`).to.equal(true);
      }
      const op = doc.paths[`/api/external${row.urls[0] ?? ''}#${row.type}/${row.subtype}`]!.post!;
      const [example] = (files.get(row.schema)?.schema as { examples: unknown[] }).examples;
      expect(op.requestBody!.content['application/json']!.example).to.deep.include({ data: example });
    }
  });

  it('says which APIs need a token, and describes the GET routes', () => {
    expect(doc.paths['/api/external/captcha#img/generate']!.post!.security).to.equal(undefined);
    expect(doc.paths['/api/external/purchase#purchase/pay']!.post!.security).to.deep.equal([{ token: [] }, { bearer: [] }]);
    for (const path of ['/api/external/get/portrait/{id}', '/api/external/get/pic/{from}/{name}', '/api/external/get/property']) expect(doc.paths[path]?.get, path).to.not.equal(undefined);
  });
});
