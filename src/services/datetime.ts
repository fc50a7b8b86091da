/** "YYYY-MM-DD HH:MM:SS": how every datetime travels and is stored, as wall time in the configured zone. */
const DATETIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The last second formatted, per zone: every request of a busy second asks for the same text. */
const lastFormatted = new Map<string, { second: number; text: string }>();

export function formatDateTime(epochMs: number, timeZone: string): string {
  const second = Math.floor(epochMs / 1000);
  const last = lastFormatted.get(timeZone);
  if (last?.second === second) return last.text;
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(epochMs)) parts[p.type] = p.value;
  const text = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  lastFormatted.set(timeZone, { second, text });
  return text;
}

/** True for a well-formed text naming a real calendar date and time (no 2019-02-30, no 24:00:00). */
export function isDateTimeText(text: string): boolean {
  const m = DATETIME_PATTERN.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1000 &&
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day &&
    d.getUTCHours() === hour &&
    d.getUTCMinutes() === minute &&
    d.getUTCSeconds() === second
  );
}

/** The wall time an instant shows in `timeZone`, read back as if it were UTC. */
function wallClockMs(epochMs: number, timeZone: string): number {
  const [date = '', time = ''] = formatDateTime(epochMs, timeZone).split(' ');
  return Date.parse(`${date}T${time}Z`);
}

/** The instant a "YYYY-MM-DD HH:MM:SS" text names in `timeZone` (NaN for malformed text). */
export function parseDateTime(text: string, timeZone: string): number {
  if (!DATETIME_PATTERN.test(text)) return Number.NaN;
  const wall = Date.parse(`${text.replace(' ', 'T')}Z`);
  // The zone's offset at the guess, applied twice, settles even next to a daylight-saving change.
  let epoch = wall;
  for (let i = 0; i < 2; i++) epoch = wall - (wallClockMs(epoch, timeZone) - epoch);
  return epoch;
}
