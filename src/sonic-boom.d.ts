import 'sonic-boom';

declare module 'sonic-boom' {
  interface SonicBoom {
    /** With contentMode "buffer" (its README's option), write takes Buffers: its own types know only strings. */
    write(data: Buffer): boolean;
  }
}
