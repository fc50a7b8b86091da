import { answerSchemaOf, type ApiRow } from '../rpc/api.js';
import type { SchemaFiles } from '../schemas.js';
import { GLOBAL_STATUSES, Http, Status, type StatusDef } from '../status.js';
import { FAMILY_STATUSES, familyCodes, ownStatuses, whenAnswered } from '../rpc/statuses.js';

/**
 * The API as an OpenAPI 3.1 document, generated at start from the registry, the schema files and the
 * status table, so the documentation cannot drift from what the service does. Each (type, subtype) is
 * an operation of its own, at the path that serves it (a fragment names the API: an envelope's path is
 * shared by several); each type is a tag whose description indexes its APIs and the statuses each answers of its own.
 */

type Json = Record<string, unknown>;

const PREFIX = '/api/external';

const cell = (text: string) => text.replaceAll('|', '\\|');
const table = (statuses: readonly StatusDef[]): string =>
  ['| status | message |', '|---|---|', ...statuses.map((s) => `| ${s.code} | ${cell(s.message)} |`)].join('\n');

/** Inlines every $ref (across the schema files), so each schema stands alone in the document. */
function inline(node: unknown, file: string, files: ReadonlyMap<string, Json>): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(item, file, files));
  if (typeof node !== 'object' || node === null) return node;
  const { $ref, $id: _id, $schema: _schema, definitions: _definitions, ...rest } = node as Json;
  if (typeof $ref === 'string') {
    const [target = '', pointer = ''] = $ref.split('#');
    const targetFile = target || file;
    let found: unknown = files.get(targetFile);
    for (const part of pointer.split('/').filter(Boolean)) found = (found as Json)[part];
    if (found === undefined) throw new Error(`openapi: ${file} refers to ${$ref}, which does not exist`);
    return { ...(inline(found, targetFile, files) as Json), ...(inline(rest, file, files) as Json) };
  }
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inline(v, file, files)]));
}

const envelopeAnswer = (dataSchema: Json): Json => ({
  type: 'object',
  required: ['id', 'status', 'message', 'data'],
  properties: { id: { type: 'integer' }, status: { type: 'integer' }, message: { type: 'string' }, data: dataSchema },
});

const nameOf = (row: ApiRow): string => `${row.type}/${row.subtype}`;
/** The path that serves an API besides the single endpoint (the first of its URLs). */
const pathOf = (row: ApiRow): string => `${PREFIX}${row.urls[0] ?? ''}`;

/** An API's example request data and answer: the first of `examples` in its request and answer schemas. */
function exampleOf(row: ApiRow, files: ReadonlyMap<string, Json>): { data: Json; answer: unknown } {
  const [data] = (files.get(row.schema)?.examples ?? []) as Json[];
  const [answer] = (files.get(answerSchemaOf(row))?.examples ?? []) as unknown[];
  // A start-up error, so that no API is ever documented without a real example.
  if (data === undefined || answer === undefined) throw new Error(`openapi: ${row.schema} and ${answerSchemaOf(row)} need an example each`);
  return { data, answer };
}

/** What a type is, in the clients' language and in English: its request schemas' x-type-name. */
const typeNameOf = (row: ApiRow, files: ReadonlyMap<string, Json>): string => String(files.get(row.schema)?.['x-type-name'] ?? row.type);

/** A refusal this API really answers: the first status of its own, else its family's missing-key status. */
function failureOf(row: ApiRow, schema: Json): Json {
  const [own] = Object.values(row.statuses ?? {});
  if (own) return { id: 1, status: own.code, message: own.message, data: {} };
  const missing = ((schema.required as string[] | undefined) ?? [])[0];
  const status = row.family === 'captcha' ? Status.dataKey : Status.missingKey;
  return { id: 1, status: status.code, message: missing ? `${status.message}: ${missing}` : status.message, data: {} };
}

const statusList = (statuses: readonly StatusDef[]): string => statuses.map((s) => `${s.code} ${cell(s.message)}`).join('; ') || '—';

/** The GET routes, under their type's tag, with their own statuses (an image route answers images). */
interface GetRoute {
  path: string;
  token: boolean;
  statuses: readonly StatusDef[];
}
const GET_ROUTES: { readonly portrait: GetRoute; readonly pic: GetRoute; readonly property: GetRoute } = {
  portrait: { path: `${PREFIX}/get/portrait/{id}`, token: false, statuses: [] },
  pic: { path: `${PREFIX}/get/pic/{from}/{name}`, token: false, statuses: [] },
  property: {
    path: `${PREFIX}/get/property`,
    token: true,
    // Its own table, as the query family's statuses say it (the database's and the store's are global).
    statuses: FAMILY_STATUSES.query.filter((s) => !GLOBAL_STATUSES.includes(s) && s !== Status.unknown),
  },
};

/** A tag's description: one line per API (and GET route) with its path, whether it needs a token, and the statuses it answers beyond its family's. */
function indexOf(type: string, apis: readonly ApiRow[], files: ReadonlyMap<string, Json>): string {
  const lines = apis.map((row) => `| **${nameOf(row)}** | \`${pathOf(row)}\` | ${row.auth ? 'token' : '—'} | ${statusList(ownStatuses(row, files.get(row.schema)))} |`);
  const get = Object.hasOwn(GET_ROUTES, type) ? GET_ROUTES[type as keyof typeof GET_ROUTES] : undefined;
  if (get) lines.push(`| **GET** | \`${get.path}\` | ${get.token ? 'token' : '—'} | ${statusList(get.statuses)} |`);
  return ['| API | path | | statuses of its own |', '|---|---|---|---|', ...lines].join('\n');
}

/** The statuses an operation answers: its own (with the failures that answer each), then its family's. */
function statusesOf(row: ApiRow, schema: Json): string {
  const own = ownStatuses(row, schema);
  const ownTable = ['| status | message | when |', '|---|---|---|', ...own.map((s) => `| ${s.code} | ${cell(s.message)} | ${whenAnswered(row, s)} |`)].join('\n');
  return [
    own.length ? `本接口的状态码 · its own statuses:\n\n${ownTable}` : '',
    `And those of every ${row.family} API: ${familyCodes(row.family).join(', ')} (the global table).`,
  ].filter(Boolean).join('\n\n');
}

export function buildOpenApi(rows: readonly ApiRow[], _postPaths: ReadonlyMap<string, ReadonlySet<ApiRow>>, schemaFiles: SchemaFiles): Json {
  const files = new Map([...schemaFiles].map(([name, { schema }]) => [name, schema as Json]));
  const paths: Json = {};
  const groups = new Map<string, ApiRow[]>();
  for (const row of rows) groups.set(typeNameOf(row, files), [...(groups.get(typeNameOf(row, files)) ?? []), row]);

  for (const row of rows) {
    const schema = files.get(row.schema) as Json;
    const example = exampleOf(row, files);
    paths[`${pathOf(row)}#${nameOf(row)}`] = {
      post: {
        operationId: `${row.type}_${row.subtype}`,
        tags: [typeNameOf(row, files)],
        summary: nameOf(row),
        description: [
          String(schema.description ?? ''),
          `POST \`${pathOf(row)}\`${row.auth ? '?token=' : ''} (also \`${PREFIX}\`, the single endpoint, and both without the \`${PREFIX}\` prefix): \`{"id": 1, "type": "${row.type}", "subtype": "${row.subtype}", "data": {…}}\`. ${row.auth ? '需要 token · needs a token.' : '不需要 token · no token.'}`,
          statusesOf(row, schema),
        ].filter(Boolean).join('\n\n'),
        ...(row.auth ? { security: [{ token: [] }, { bearer: [] }] } : {}),
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                title: nameOf(row),
                type: 'object',
                required: ['type', 'subtype', 'data'],
                properties: {
                  id: { type: ['integer', 'string'], description: 'Echoed in the answer.' },
                  type: { const: row.type },
                  subtype: { const: row.subtype },
                  data: inline(schema, row.schema, files),
                },
              },
              example: { id: 1, type: row.type, subtype: row.subtype, data: example.data },
            },
          },
        },
        responses: {
          [Http.ok]: {
            description: 'Always HTTP 200 with an envelope: `status` 0 is success, with `data` as below; anything else a status from the tables, with `data` {}.',
            content: {
              'application/json': {
                schema: envelopeAnswer(inline(files.get(answerSchemaOf(row)), answerSchemaOf(row), files) as Json),
                examples: {
                  success: { summary: 'success', value: { id: 1, status: Status.ok.code, message: Status.ok.message, data: example.answer } },
                  refusal: { summary: 'a refusal', value: failureOf(row, schema) },
                },
              },
            },
          },
          [Http.payloadTooLarge]: {
            description: 'The body is over server.bodyLimitBytes (2 MiB).',
            content: { 'application/json': { schema: envelopeAnswer({}), example: { id: -1, status: Status.jsonValue.code, message: `${Status.jsonValue.message}: body larger than 2097152 bytes`, data: {} } } },
          },
        },
      },
    };
  }

  const group = (type: string): string => [...groups].find(([, apis]) => apis[0]?.type === type)?.[0] ?? type;
  const image = { description: 'The image bytes (a placeholder image for anything unknown, malformed or banned).', content: { 'image/png': {}, 'image/jpeg': {}, 'image/gif': {}, 'image/webp': {} } };
  const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
  const width = { name: 'w', in: 'query', required: false, description: 'A sized copy: the nearest of pic.widths (160, 320, 640), as WebP unless Accept takes only JPEG or PNG.', schema: { type: 'integer' } };
  const notModified = { description: 'Not modified (If-None-Match).' };
  paths[GET_ROUTES.portrait.path] = {
    get: { operationId: 'getPortrait', tags: [group('portrait')], summary: 'GET an avatar', parameters: [pathParam('id', 'The user id.'), width], responses: { [Http.ok]: image, [Http.notModified]: notModified } },
  };
  paths[GET_ROUTES.pic.path] = {
    get: {
      operationId: 'getPic',
      tags: [group('pic')],
      summary: 'GET a picture',
      parameters: [pathParam('from', 'property, shop, product or portrait.'), pathParam('name', 'The picture name.'), width],
      responses: { [Http.ok]: image, [Http.notModified]: notModified },
    },
  };
  const query = files.get('property.query.json') as { properties: Record<string, Json>; required: string[]; description: string };
  paths[GET_ROUTES.property.path] = {
    get: {
      operationId: 'getProperty',
      tags: [group('property')],
      summary: 'GET the lost-and-found list',
      description: `${query.description}\n\n${table(FAMILY_STATUSES.query)}`,
      parameters: Object.entries(query.properties).map(([name, schema]) => ({
        name,
        in: 'query',
        required: query.required.includes(name),
        schema: inline(schema, 'property.query.json', files),
      })),
      responses: { [Http.ok]: { description: 'An envelope whose data is the list.', content: { 'application/json': { schema: envelopeAnswer({ type: 'array', items: { type: 'object' } }) } } } },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: '校园服务 API · Campus service API',
      version: '3',
      description: [
        '校园服务后端：图片和短信验证码、头像、失物招领，以及学生小市场（店铺、图片、商品、订单与钱包）。每个请求都是一个 JSON 信封，POST 到下列路径之一；回答总是 HTTP 200 的信封，`status` 为 0 表示成功。',
        `The campus service back end: image and SMS captchas, avatars, lost and found, and a student marketplace (shops, pictures, products, purchases paid from a wallet). Every request is a JSON envelope POSTed to its path (or to \`${PREFIX}\`, which serves every API); every answer is an envelope with HTTP 200, \`status\` 0 for success. A body may also be a JSON array of envelopes (a batch), answered in order. Each group below lists its APIs with the statuses each answers besides the global ones; open an API to see its data, examples, and to try it.`,
        `全局状态码 · global statuses:\n\n${table(GLOBAL_STATUSES)}`,
      ].join('\n\n'),
    },
    servers: [{ url: '/' }],
    tags: [...groups].map(([name, apis]) => ({ name, description: indexOf(apis[0]?.type ?? '', apis, files) })),
    components: {
      securitySchemes: {
        token: { type: 'apiKey', in: 'query', name: 'token', description: 'The token the account service issued.' },
        bearer: { type: 'http', scheme: 'bearer', description: 'The same token, in an Authorization header.' },
      },
    },
    paths,
  };
}
