import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { schemaTypes, schemaTypesPath } from '../src/cli/schema-types.js';

describe('types generated from the schemas', () => {
  it('src/schema-types.ts is what the schemas generate today (else run `npm run schema-types`)', async function () {
    this.timeout(20000);
    expect(readFileSync(schemaTypesPath, 'utf8')).to.equal(await schemaTypes());
  });
});
