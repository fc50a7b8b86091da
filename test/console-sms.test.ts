import { Writable } from 'node:stream';
import { expect } from 'chai';
import { pino } from 'pino';
import { ConsoleSmsSender } from '../src/backends/sms/console.js';
import { describeFailure, maskPhone } from '../src/log.js';

describe('console SMS sender (the embedded default)', () => {
  it('logs the code with the phone masked', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    await new ConsoleSmsSender(pino(sink)).sendCode('+8613812341234', '123456', 3);
    expect(lines.join('')).to.contain('SMS to 138****1234: code 123456');
    expect(lines.join('')).not.to.contain('13812341234');
  });

  it('masks every phone form the same way', () => {
    expect(maskPhone('13812341234')).to.equal('138****1234');
    expect(maskPhone('+8613812341234')).to.equal('138****1234');
    expect(maskPhone('123')).to.equal('****');
  });
});

describe('logging a backend failure', () => {
  it('keeps the driver\'s words and drops the statement with its values', () => {
    const err = Object.assign(new Error("select `user_id` from `tokens` where `token` = 'secret-token' - Connection lost"), { code: 'PROTOCOL_CONNECTION_LOST' });
    const logged = JSON.stringify(describeFailure(err));
    expect(logged).to.contain('Connection lost');
    expect(logged).to.contain('PROTOCOL_CONNECTION_LOST');
    expect(logged).not.to.contain('secret-token');
  });
});
