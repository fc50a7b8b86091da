import { expect } from 'chai';
import fc from 'fast-check';
import { accessFields, type AccessEntry } from '../src/http/access-log.js';

// Any text: quotes, backslashes, control characters, lone surrogates, characters outside ASCII.
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('"', '\\', '\u0000', '\u2028', '\ud800', '/a b?'));

const entries: fc.Arbitrary<AccessEntry> = fc.record({
  method: fc.oneof(fc.constantFrom('GET', 'POST', 'OPTIONS'), text),
  path: text,
  api: fc.option(text, { nil: undefined }),
  status: fc.option(fc.oneof(fc.integer({ min: -2000, max: 2000 }), fc.array(fc.integer({ min: -2000, max: 2000 }))), { nil: undefined }),
  http: fc.integer({ min: 100, max: 599 }),
  ms: fc.oneof(fc.constantFrom(0, 0.1, 12.3, 1e21), fc.double({ min: 0, max: 1e6, noNaN: true })),
  ip: fc.oneof(fc.constantFrom('127.0.0.1', '::1', '::ffff:10.0.0.1'), text),
  refusal: fc.option(text, { nil: undefined }),
});

describe('the access log line', () => {
  it('holds each field of the entry as JSON.stringify would, absent ones left out', () => {
    fc.assert(
      fc.property(entries, (entry) => {
        const fields = accessFields(entry);
        expect(fields).to.equal(JSON.stringify(entry).slice(1, -1));
        expect(JSON.parse(`{${fields}}`)).to.deep.equal(JSON.parse(JSON.stringify(entry)));
      }),
      { numRuns: 2000 },
    );
  });
});
