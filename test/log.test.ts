import { spawnSync } from 'node:child_process';
import { expect } from 'chai';

describe('the log (stdout in batches)', () => {
  it('writes every line whole and in order, characters of several bytes too, the last ones at exit', () => {
    // Batches fill and are written while more lines come; the lines logged just before exit wait in one.
    const script = `
      import { createLogger } from './src/log.ts';
      const log = createLogger('info');
      for (let i = 0; i < 3000; i++) log.info({ i, note: '验证码' + 'é'.repeat(i % 40) }, '失物 ' + i);
      setTimeout(() => {
        for (let i = 3000; i < 3005; i++) log.info({ i }, 'last');
        process.exit(0);
      }, 150);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { i: number; note?: string; msg: string });
    expect(lines.map((line) => line.i)).to.deep.equal(Array.from({ length: 3005 }, (_, i) => i));
    expect(lines[39]).to.include({ note: `验证码${'é'.repeat(39)}`, msg: '失物 39' });
    expect(lines.at(-1)?.msg).to.equal('last');
  });
});
