/** The worker's side of the job protocol: one JSON line per finished item, flushed as it is written. */
import { writeSync } from 'node:fs';
import type { Row } from '../lib/job.js';

export function emit(row: Row): void {
  writeSync(1, `${JSON.stringify(row)}\n`);
}

export function errorText(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.split('\n')[0]?.slice(0, 160) ?? text;
}
