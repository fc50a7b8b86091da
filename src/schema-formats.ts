import type { FormatDefinition } from 'ajv';
import { isDateTimeText } from './services/datetime.js';

/**
 * The formats the API schemas use beyond JSON Schema's own, in one place: the validators generated from
 * the schemas call them from here.
 */
export const schemaFormats = {
  // Empty text is allowed where the API fills in a default (occurrence_time, publish_time, …).
  'campus-datetime': { type: 'string', validate: (text: string) => text === '' || isDateTimeText(text) },
} satisfies Record<string, FormatDefinition<string>>;
