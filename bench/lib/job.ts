/**
 * Runs one engine's share of a suite in a child process and collects one Row per item. A child per
 * (suite, engine) keeps engines from sharing a heap or a JIT, and lets the parent stop an item that
 * hangs: when no row arrives within the time limit the child is killed, the item is recorded as
 * timed out, and a new child resumes with the next item. A crash is handled the same way, so one
 * engine's failure never ends the whole run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
export const RESULTS_DIR = join(BENCH_DIR, 'results');

/** One item's outcome. `us` is the median time per call; `out` the printed answer. */
export interface Row {
  readonly i: number;
  readonly us?: number;
  readonly out?: string;
  readonly err?: string;
  /** Task-specific numbers (print time, compile time, values at check points, ...). */
  readonly data?: Readonly<Record<string, number | number[] | string>>;
}

export interface Job {
  readonly engine: string;
  readonly task: string;
  readonly items: readonly unknown[];
  readonly options?: Readonly<Record<string, unknown>>;
}

/** How to start a child for a job file from item `start`; `parse` turns a stdout line into a Row (or null). */
export interface Launcher {
  readonly command: (jobFile: string, start: number) => { cmd: string; args: string[] };
  readonly parse: (line: string) => Row | null;
}

/** The launcher for the JavaScript engines: `node --import tsx worker.ts`. */
export const nodeWorker: Launcher = {
  command: (jobFile, start) => ({
    cmd: process.execPath,
    args: ['--max-old-space-size=8192', '--import', 'tsx', join(BENCH_DIR, 'worker.ts'), jobFile, String(start)],
  }),
  parse: (line) => (line.startsWith('{') ? (JSON.parse(line) as Row) : null),
};

let jobCounter = 0;

export function writeJobFile(job: Job): string {
  mkdirSync(join(RESULTS_DIR, 'jobs'), { recursive: true });
  const file = join(RESULTS_DIR, 'jobs', `${process.pid}-${++jobCounter}-${job.engine}-${job.task}.json`);
  writeFileSync(file, JSON.stringify(job));
  return file;
}

function runChild(l: Launcher, jobFile: string, start: number, timeoutMs: number, onRow: (r: Row) => void):
    Promise<{ stalled: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const { cmd, args } = l.command(jobFile, start);
    const child = spawn(cmd, args, { cwd: BENCH_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let stalled = false;
    let stderr = '';
    let buffer = '';
    let timer = setTimeout(stall, timeoutMs);
    function stall(): void { stalled = true; child.kill('SIGKILL'); }
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        let row: Row | null = null;
        try { row = l.parse(line); } catch { row = null; }
        if (row) { clearTimeout(timer); timer = setTimeout(stall, timeoutMs); onRow(row); }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr = (stderr + chunk).slice(-2000); });
    child.on('error', (e) => { stderr += String(e); });
    child.on('close', () => { clearTimeout(timer); resolve({ stalled, stderr }); });
  });
}

/**
 * Runs `job` to the end: every item gets a Row, with `err` set for a timeout or a crash. `timeoutMs`
 * is per item (the time allowed between two rows).
 */
export async function runJob(job: Job, launcher: Launcher = nodeWorker, timeoutMs = 60_000, stopAfterTimeout = false): Promise<Row[]> {
  const file = writeJobFile(job);
  const rows = new Map<number, Row>();
  let next = 0;
  while (next < job.items.length) {
    const { stalled, stderr } = await runChild(launcher, file, next, timeoutMs, (r) => { rows.set(r.i, r); });
    while (rows.has(next)) next++;
    if (next >= job.items.length) break;
    const why = stalled ? `timeout (> ${timeoutMs / 1000} s)` : `crashed: ${lastLine(stderr)}`;
    rows.set(next, { i: next, err: why });
    next++;
    // Items in order of growing difficulty (higher derivatives): after one timeout the rest would only time out too.
    if (stalled && stopAfterTimeout) {
      for (; next < job.items.length; next++) rows.set(next, { i: next, err: 'skipped after a timeout' });
    }
  }
  removeJobFiles(file);
  return job.items.map((_, i) => rows.get(i) ?? { i, err: 'no result' });
}

/** The job file and whatever a launcher wrote beside it (Maxima's batch files), once the job is done. */
function removeJobFiles(file: string): void {
  const stem = basename(file, '.json');
  for (const name of readdirSync(dirname(file))) {
    if (name === `${stem}.json` || name.startsWith(`${stem}-`)) rmSync(join(dirname(file), name), { force: true });
  }
}

function lastLine(s: string): string {
  const lines = s.trim().split('\n').filter((l) => l.trim() !== '');
  const meaningful = lines.filter((l) => /Error|error|not |No /.test(l));
  return (meaningful.at(-1) ?? lines.at(-1) ?? 'exited without a result').trim().slice(0, 120);
}
