import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { registry } from '../handlers/registry.js';
import { DomainError } from '../src/errors.js';
import { api, type Call, NoRecords } from '../src/rpc/api.js';
import { documentedStatuses, ownStatuses, statusOfFailure } from '../src/rpc/statuses.js';
import { Status } from '../src/status.js';
import { contract, contractRegistry } from './support/contract.js';

describe('statuses are written once, in the registry rows', () => {
  it("answers each failure with its row's status, else the global table's", () => {
    const pay = registry.find((row) => row.type === 'purchase' && row.subtype === 'pay');
    expect(statusOfFailure(pay, 'insufficientFunds')).to.equal(Status.balanceNotEnough);
    expect(statusOfFailure(pay, 'databaseFailed')).to.equal(Status.database);
    const generate = registry.find((row) => row.type === 'sms' && row.subtype === 'generate');
    expect(ownStatuses(generate!).map((s) => s.code)).to.deep.equal([-405, -4, 1000, 1016, 1023, 1024, 1025]);
  });

  it('makes the contract check fail on a status its row does not document, and pass on one it does', async () => {
    const throwing = (failure: 'smsFailed' | 'taken') =>
      api({ type: 'shop', subtype: 'creat', schema: 'shop.creat.json', family: 'record', auth: true, urls: [], statuses: { taken: Status.shopNameUsed }, handler: async () => {
        throw new DomainError(failure);
      } });
    const finding = api({ type: 'shop', subtype: 'creat', schema: 'shop.creat.json', family: 'record', auth: true, urls: [], handler: async () => new NoRecords({}) });
    const call = {} as Call;
    const before = contract.violations.length;
    for (const row of contractRegistry([throwing('taken'), throwing('smsFailed'), finding])) await row.handler({}, call).catch(() => undefined);
    const found = contract.violations.splice(before);
    expect(found).to.deep.equal([
      'shop/creat answered 1000 "SMS sending failed" (smsFailed), which its registry row does not document',
      'shop/creat answered 1 "Empty records" (nothing found), which its registry row does not document',
    ]);
    expect(documentedStatuses(registry[0]!).has(Status.dataKey)).to.equal(true);
  });
});

describe("the schemas' prose agrees with the rows", () => {
  it('names no status its API does not document', () => {
    const wrong: string[] = [];
    for (const row of registry) {
      const schema = JSON.parse(readFileSync(`schemas/${row.schema}`, 'utf8')) as { description?: string };
      const text = String(schema.description ?? '');
      const codes = new Set([...documentedStatuses(row, schema)].map((s) => s.code));
      // A status is a negative number, or a number before its quoted message: 100 "The shop name was used".
      const named = [...text.matchAll(/(?<![\w.])(-\d{1,3})(?!\d)|(?<![\w.-])(\d{1,4}) "/g)].map((m) => Number(m[1] ?? m[2]));
      for (const code of named) if (!codes.has(code)) wrong.push(`${row.type}/${row.subtype}: ${code}`);
    }
    expect([...new Set(wrong)]).to.deep.equal([]);
  });
});
