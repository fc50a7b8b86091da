import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { assertValidatorsMatch } from '../src/rpc/validate.js';
import { readSchemaFiles } from '../src/schemas.js';
import { clientApiPath, clientApiSource } from '../src/cli/client.js';
import { configValidatorPath, configValidatorSource, schemaTypes, schemaTypesPath, schemaValidatorsPath, schemaValidatorsSource } from '../src/cli/schema-types.js';

describe('code generated from the schemas', () => {
  it('src/generated/schema-types.ts is what the schemas generate today (else run `npm run schema-types`)', async function () {
    this.timeout(20000);
    expect(readFileSync(schemaTypesPath, 'utf8')).to.equal(await schemaTypes());
  });

  it('src/generated/config-validator.ts is what src/config.schema.ts generates today (else run `npm run schema-types`)', () => {
    expect(readFileSync(configValidatorPath, 'utf8')).to.equal(configValidatorSource());
  });

  it('src/generated/schema-validators.ts is what schemas/*.json generate today (else run `npm run schema-types`)', () => {
    expect(readFileSync(schemaValidatorsPath, 'utf8')).to.equal(schemaValidatorsSource());
  });

  it('clients/ts/src/api.ts, the typed client\'s generated part, is current (else run `npm run schema-types`)', async function () {
    this.timeout(20000);
    expect(readFileSync(clientApiPath, 'utf8')).to.equal(await clientApiSource());
  });

  it('a start refuses validators generated from other schema files than those it serves', () => {
    const files = readSchemaFiles();
    expect(() => assertValidatorsMatch(files)).not.to.throw();
    const edited = new Map(files);
    const [name, file] = [...files][0]!;
    edited.set(name, { ...file, text: `${file.text} ` });
    expect(() => assertValidatorsMatch(edited)).to.throw(/npm run schema-types/);
  });
});
