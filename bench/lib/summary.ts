/** What a suite hands back for the closing summary, and where raw rows are kept for later reading. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from './job.js';

/** One cell of the summary: a measure (row) for an engine (column), e.g. "12.3× · 0 wrong". */
export interface SummaryEntry {
  readonly measure: string;
  readonly engine: string;
  readonly cell: string;
}

export interface Suite {
  readonly name: string;
  /** Runs, prints its tables to stdout and returns its summary entries. */
  run(): Promise<SummaryEntry[]>;
}

/** Keeps a suite's raw rows as JSON in bench/results/ (git-ignored) for anyone checking a number. */
export function saveRaw(name: string, data: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${name}.json`), JSON.stringify(data, null, 1));
}
