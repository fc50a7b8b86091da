import { parentPort } from 'node:worker_threads';
import type { DrawOptions } from './captcha.js';
import { drawCaptchaImage } from './captcha-drawing.js';

/** One drawing thread of the CaptchaPainter: a code in, the image's bytes out. */
parentPort?.on('message', ({ id, code, options }: { id: number; code: string; options: DrawOptions }) => {
  try {
    const image = drawCaptchaImage(code, options);
    parentPort?.postMessage({ id, mime: image.mime, bytes: image.bytes });
  } catch (err) {
    parentPort?.postMessage({ id, error: (err as Error).message });
  }
});
