import { ApiError } from '../../src/errors.js';
import { answerSchemaOf, type ApiRow, NoRecords } from '../../src/rpc/api.js';
import { domainFailure } from '../../src/rpc/failures.js';
import { documentedStatuses, statusOfFailure } from '../../src/rpc/statuses.js';
import { Status, type StatusDef } from '../../src/status.js';
import { schemaValidators } from '../../src/rpc/validate.js';

interface ContractRecord {
  violations: string[];
  checked: Map<string, number>;
}

/**
 * What the suite's answers broke of their contract, and how many success answers of each API it checked.
 * Kept on the global object: mocha loads a spec file with top-level await as an ES module and one without
 * through require, and each way gets a copy of this module of its own.
 */
const RECORD = Symbol.for('campus.test.contract');
const shared = globalThis as { [RECORD]?: ContractRecord };
export const contract: ContractRecord = (shared[RECORD] ??= { violations: [], checked: new Map() });

/**
 * The registry, with every handler's success answer checked against its answer schema, as the wire
 * carries it (JSON), and every refusal's status against the statuses its row documents (its family's and
 * its own). The harness serves through it, so every answer of every test is checked; a
 * mismatch is recorded, and a root hook fails the run with it (test/contract.test.ts).
 */
export function contractRegistry(rows: readonly ApiRow[]): ApiRow[] {
  return rows.map((row) => {
    const name = `${row.type}/${row.subtype}`;
    const file = answerSchemaOf(row);
    const validate = schemaValidators[file];
    if (!validate) throw new Error(`${name} has no answer schema ${file}`);
    const documented = documentedStatuses(row);
    const undocumented = (status: StatusDef, why: string) => {
      if (!documented.has(status)) contract.violations.push(`${name} answered ${status.code} "${status.message}" (${why}), which its registry row does not document`);
    };
    return {
      ...row,
      handler: async (data, call) => {
        let result: object;
        try {
          result = await row.handler(data, call);
        } catch (err) {
          if (err instanceof ApiError) undocumented(err.status, err.message);
          const failure = domainFailure(err);
          if (failure) undocumented(statusOfFailure(row, failure.failure), failure.failure);
          throw err;
        }
        if (result instanceof NoRecords) undocumented(Status.noRecords, 'nothing found');
        else {
          const wire: unknown = JSON.parse(JSON.stringify(result));
          if (!validate(wire)) contract.violations.push(`${name}: ${JSON.stringify(validate.errors?.[0])} in ${JSON.stringify(wire).slice(0, 300)}`);
          contract.checked.set(name, (contract.checked.get(name) ?? 0) + 1);
        }
        return result;
      },
    };
  });
}
