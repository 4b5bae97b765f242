/**
 * The parent's view of an engine: translate items into its dialect, run its job (in a Node worker,
 * the SymPy script or a Maxima batch) and hand back one Row per item. A missing external engine
 * gives rows that say "not installed"; nothing here throws for an engine's sake.
 */
import { engineInfo } from '../engines/engine.js';
import { isInstalled, maximaLauncher, sympyLauncher } from '../engines/external.js';
import { runJob, type Row } from './job.js';
import { readMath } from './read.js';
import { writeMath } from './write.js';

/** The corpus text (fluxion's syntax) in `engine`'s syntax. Throws if the reader cannot read it. */
export function translate(engine: string, text: string): string {
  const { dialect } = engineInfo(engine);
  return dialect === 'fluxion' ? text : writeMath(readMath(text), dialect);
}

export interface RunOptions {
  readonly options?: Readonly<Record<string, unknown>>;
  /** Time allowed per item before the item is recorded as timed out. */
  readonly timeoutMs?: number;
  /** Items grow harder in order: skip the rest after a timeout. */
  readonly stopAfterTimeout?: boolean;
}

/** Progress goes to stderr so the tables on stdout stay clean when redirected. */
export function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

export async function runEngine(engine: string, task: string, items: readonly unknown[], opts: RunOptions = {}): Promise<Row[]> {
  const info = engineInfo(engine);
  const job = { engine, task, items, ...(opts.options && { options: opts.options }) };
  const timeout = opts.timeoutMs ?? 60_000;
  progress(`${task}: ${engine} (${items.length} item${items.length === 1 ? '' : 's'})`);
  if (info.kind === 'python') {
    if (!isInstalled('SymPy')) return items.map((_, i) => ({ i, err: 'not installed' }));
    return runJob(job, sympyLauncher, timeout, opts.stopAfterTimeout);
  }
  if (info.kind === 'maxima') {
    if (!isInstalled('Maxima')) return items.map((_, i) => ({ i, err: 'not installed' }));
    return runJob(job, maximaLauncher(task), timeout, opts.stopAfterTimeout);
  }
  return runJob(job, undefined, timeout, opts.stopAfterTimeout);
}
