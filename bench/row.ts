/** One line of the bench's table. */
export interface Row {
  scenario: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rssMb: number | null;
  note?: string;
  /** The target for the row, and whether this run met it. */
  target?: string;
}
