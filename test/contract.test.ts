import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { contract } from './support/contract.js';

// A root hook: it runs once every suite has finished, in whatever order the files were loaded.
after('every success answer of the suite matched its answer schema, and every API answered one', () => {
  expect(contract.violations, 'answers that do not match their schema').to.deep.equal([]);
  // Only the whole suite (npm test) must reach every API; npm run test:one runs a file or two.
  if (process.env.npm_lifecycle_event !== 'test') return;
  const unchecked = registry.map((row) => `${row.type}/${row.subtype}`).filter((name) => !contract.checked.has(name));
  expect(unchecked, 'APIs no test received a success answer from').to.deep.equal([]);
});
