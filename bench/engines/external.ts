/**
 * Launchers for the engines that run outside Node: SymPy (Debian's python3-sympy, under /usr/bin/python3,
 * not whatever python3 is first on PATH) and Maxima (Debian's maxima). Each runs a whole job in one
 * process and times every item inside it, so process start-up is never part of a time.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, type Job, type Launcher, type Row } from '../lib/job.js';

const PYTHON = '/usr/bin/python3';

const installed = new Map<string, boolean>();
/** Is the engine there? Asked once per run; a missing engine makes its rows say "not installed". */
export function isInstalled(name: 'SymPy' | 'Maxima'): boolean {
  if (!installed.has(name)) {
    const r = name === 'SymPy'
      ? spawnSync(PYTHON, ['-c', 'import sympy'], { stdio: 'ignore' })
      : spawnSync('maxima', ['--version'], { stdio: 'ignore' });
    installed.set(name, r.status === 0);
  }
  return installed.get(name) as boolean;
}

export const sympyLauncher: Launcher = {
  command: (jobFile, start) => ({ cmd: PYTHON, args: [join(BENCH_DIR, 'engines', 'sympy_worker.py'), jobFile, String(start)] }),
  parse: (line) => (line.startsWith('{') ? (JSON.parse(line) as Row) : null),
};

/** A Maxima string literal (the corpus has no quotes, but a stray one must not break the batch file). */
const str = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function statement(task: string, item: unknown, i: number, reps: number): string {
  switch (task) {
    case 'parse-throughput': return `bnch_throughput(${i}, [${(item as string[]).map(str).join(',\n')}], ${reps})$`;
    case 'parse-big': return `bnch_big(${i}, ${str(item as string)})$`;
    case 'simplify': return `bnch_row(${i}, lambda([], ratsimp(parse_string(${str((item as { text: string }).text)}))), 0.2)$`;
    case 'diff': return `bnch_row(${i}, lambda([], diff(parse_string(${str((item as { text: string }).text)}), x)), 0.2)$`;
    case 'diff-order': {
      const { text, order } = item as { text: string; order: number };
      return `bnch_row(${i}, lambda([], diff(parse_string(${str(text)}), x, ${order})), 0.05)$`;
    }
    default: return `printf(true, "@@ ${i} NA~%")$`;
  }
}

/** One untimed first-order call on the first item, as tasks/perItem.ts does: start-up belongs to no item. */
function warmUp(task: string, first: unknown): string[] {
  if (first === undefined || !['simplify', 'diff', 'diff-order'].includes(task)) return [];
  const text = str((first as { text: string }).text);
  return [`errcatch(${task === 'simplify' ? `ratsimp(parse_string(${text}))` : `diff(parse_string(${text}), x)`})$`];
}

/** Maxima's launcher writes a batch file for the items from `start` on, then runs it. */
export function maximaLauncher(task: string): Launcher {
  return {
    command: (jobFile, start) => {
      const job = JSON.parse(readFileSync(jobFile, 'utf8')) as Job;
      const reps = Number(job.options?.reps ?? 5);
      const lines = [
        `load(${str(join(BENCH_DIR, 'engines', 'maxima_clock.lisp'))})$`,
        `batchload(${str(join(BENCH_DIR, 'engines', 'maxima_prelude.mac'))})$`,
        ...warmUp(task, job.items[start]),
        ...job.items.slice(start).map((item, j) => statement(task, item, start + j, reps)),
      ];
      const mac = jobFile.replace(/\.json$/, `-${start}.mac`);
      writeFileSync(mac, `${lines.join('\n')}\n`);
      return { cmd: 'maxima', args: ['--very-quiet', `--batch-string=batchload(${str(mac)})$`] };
    },
    parse: (line): Row | null => {
      const m = /^@@ (\d+) (.*)$/.exec(line);
      if (!m) return null;
      const i = Number(m[1]);
      const rest = m[2] as string;
      if (rest === 'ERR') return { i, err: 'error' };
      if (rest === 'NA') return { i, err: 'not available' };
      const [us = '', ...more] = rest.split(' ');
      if (task === 'parse-throughput') return { i, us: Number(us), data: { errors: Number(more[0]) } };
      if (task === 'parse-big') {
        const [len = '', printUs = '', ...out] = more;
        return { i, us: Number(us), out: out.join(' '), data: { len: Number(len), printUs: Number(printUs) } };
      }
      return { i, us: Number(us), out: more.join(' ') };
    },
  };
}
