import { isDateTimeText } from '../../src/services/datetime.js';
import type { Gen } from './fuzz.js';

type Schema = Record<string, unknown>;

/** Resolves "file.json#/definitions/name" against the schema files by name. */
export function resolveRef(schema: Schema, files: Map<string, Schema>): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const [file, pointer = ''] = ref.split('#');
  let node: unknown = files.get(file!);
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Schema)[part];
  return node as Schema;
}

const UNICODE_EDGES = ['\u0000', '\ud83d', '\u202e\u0644\u0627', 'e\u0301\u0301\u0301', '\ufeff', '𝕏'.repeat(10), '寻物'.repeat(3), '\u2028'];
const INJECTIONS = ["' OR '1'='1", '"; DROP TABLE property; --', '%_\\', '<img src=x onerror=alert(1)>', '{{7*7}}', '../../etc/passwd', '$(reboot)'];

function collect(schema: Schema): Schema {
  // Flatten allOf, which the API schemas use only to order keyword checks.
  const merged: Schema = { ...schema };
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) Object.assign(merged, part);
  return merged;
}

/** A value the schema accepts (most of the time: a random valid-looking value). */
export function validValue(raw: Schema, files: Map<string, Schema>, g: Gen): unknown {
  const schema = collect(resolveRef(raw, files));
  if (Array.isArray(schema.enum)) return g.pick(schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = g.pick(types as string[]);
  if (type === 'integer') return Math.max(Number(schema.minimum ?? 1), g.int(1000) + 1);
  if (type === 'object') {
    const out: Schema = {};
    const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
    const required = new Set((schema.required as string[] | undefined) ?? []);
    for (const [key, sub] of Object.entries(props)) if (required.has(key) || g.chance(0.5)) out[key] = validValue(sub, files, g);
    return out;
  }
  if (schema.format === 'campus-datetime') {
    const text = `20${10 + g.int(20)}-0${1 + g.int(9)}-1${g.int(9)} 1${g.int(9)}:3${g.int(9)}:0${g.int(9)}`;
    return isDateTimeText(text) ? text : '';
  }
  if (typeof schema.pattern === 'string') {
    if (schema.pattern.includes('1[3-9]')) return `13${String(g.int(1e9)).padStart(9, '0')}`;
    return String(1 + g.int(999999));
  }
  const max = Number(schema.maxLength ?? 30);
  const min = Number(schema.minLength ?? 0);
  return '失物'.repeat(Math.max(min, g.int(Math.min(max, 10)) + 1)).slice(0, Math.max(min, Math.min(max, 1 + g.int(max))));
}

/** One mutation of a valid data object: what clients get wrong, and what attackers try. */
export function mutate(data: Schema, schema: Schema, files: Map<string, Schema>, g: Gen): Schema {
  const out: Schema = { ...data };
  const props = Object.keys((schema.properties as Schema | undefined) ?? {});
  const key = props.length > 0 ? g.pick(props) : 'x';
  const sub = props.length > 0 ? collect(resolveRef((schema.properties as Record<string, Schema>)[key]!, files)) : {};
  switch (g.int(9)) {
    case 0: {
      const dropped = g.pick((schema.required as string[] | undefined) ?? [key]);
      return Object.fromEntries(Object.entries(out).filter(([name]) => name !== dropped));
    }
    case 1:
      out[key] = g.pick([null, true, 3.14, -1, [], {}, [1, 2], { $gt: '' }, 2 ** 63]);
      break;
    case 2:
      out[key] = 'x'.repeat(Number(sub.maxLength ?? 64) + 1 + g.int(3));
      break;
    case 3:
      out[key] = '長'.repeat(g.pick([1000, 70000]));
      break;
    case 4:
      out[key] = g.pick(UNICODE_EDGES);
      break;
    case 5:
      out[key] = g.pick(INJECTIONS);
      break;
    case 6:
      out[g.pick(['__proto__', 'constructor', 'prototype', 'extra', ''])] = g.pick(INJECTIONS);
      break;
    case 7:
      out[key] = '';
      break;
    default:
      break; // valid as generated
  }
  return out;
}
