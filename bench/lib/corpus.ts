/** Reads a corpus file of bench/corpus/: one item a line, `#` comments and blank lines skipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './job.js';

export function corpusPath(name: string): string {
  return join(BENCH_DIR, 'corpus', name);
}

export function readCorpus(name: string): string[] {
  return readFileSync(corpusPath(name), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}
