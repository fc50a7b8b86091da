/**
 * The random numbers and colours of svg-captcha's pictures (its lib/random.js, MIT licence, which the
 * package does not export): owned here rather than imported by a private path, so that an upgrade of
 * svg-captcha cannot change them under us. They draw from Math.random in the order svg-captcha does, and
 * a test holds the pictures side by side with svg-captcha's own.
 */

/** An integer from min to max, both included, as svg-captcha rounds it. */
export function randomInt(min: number, max: number): number {
  return Math.round(min + Math.random() * (max - min));
}

/** The lightness (0 to 1) of a #rgb or #rrggbb colour; 1 for anything else. */
function lightnessOf(colour: string): number {
  if (colour[0] !== '#') return 1;
  let hex = colour.slice(1);
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  const value = parseInt(hex, 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255];
  return (Math.max(r, g, b) + Math.min(r, g, b)) / (2 * 255);
}

function hueToRgb(p: number, q: number, hue: number): number {
  const h = (hue + 1) % 1;
  if (h * 6 < 1) return p + (q - p) * h * 6;
  if (h * 2 < 1) return q;
  if (h * 3 < 2) return p + (q - p) * (2 / 3 - h) * 6;
  return p;
}

/** One of 24 hues, saturated 60–80%, its lightness 25–45 points away from the background's. */
export function randomColour(background?: string): string {
  const hue = randomInt(0, 24) / 24;
  const saturation = randomInt(60, 80) / 100;
  const backgroundLightness = background ? lightnessOf(background) : 1;
  const around = Math.round(backgroundLightness * 100);
  const [min, max] = backgroundLightness >= 0.5 ? [around - 45, around - 25] : [around + 25, around + 45];
  const lightness = randomInt(min, max) / 100;
  const q = lightness < 0.5 ? lightness * (lightness + saturation) : lightness + saturation - lightness * saturation;
  const p = 2 * lightness - q;
  const r = Math.floor(hueToRgb(p, q, hue + 1 / 3) * 255);
  const g = Math.floor(hueToRgb(p, q, hue) * 255);
  const b = Math.floor(hueToRgb(p, q, hue - 1 / 3) * 255);
  return `#${((b | (g << 8) | (r << 16) | (1 << 24)) >>> 0).toString(16).slice(1)}`;
}
