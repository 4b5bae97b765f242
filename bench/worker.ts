/**
 * A child process running one engine's share of one suite: `node --import tsx worker.ts JOB START`.
 * It reads the job file written by lib/job.ts, loads the engine and prints one JSON row per item.
 */
import { readFileSync } from 'node:fs';
import { engineInfo, type Engine } from './engines/engine.js';
import type { Job } from './lib/job.js';
import { errorText } from './tasks/emit.js';
import { runCompile, type CompileItem } from './tasks/compile.js';
import { runBigGradient, runGradientCost } from './tasks/gradient.js';
import { runParseBig, runParseThroughput } from './tasks/parse.js';
import { runPerItem, type PerItem } from './tasks/perItem.js';

const [jobFile, startText] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile as string, 'utf8')) as Job;
const start = Number(startText ?? 0);

async function loadEngine(name: string): Promise<Engine> {
  const info = engineInfo(name);
  const mod = (await import(`./engines/${info.module}`)) as { load(): Engine };
  return mod.load();
}

/** An engine that cannot load (say, fluxion's working tree mid-edit) answers every item with the reason. */
async function loadOrExplain(name: string): Promise<Engine> {
  try {
    return await loadEngine(name);
  } catch (e) {
    const err = `cannot load: ${errorText(e)}`;
    const fail = (): never => { throw new Error(err); };
    return { name, show: String, parse: fail, simplify: fail, diff: fail, compile: fail };
  }
}

const items = job.items;
if (job.task === 'compile') {
  // Several engines side by side in this one process (see tasks/compile.ts); `job.engine` only names the job.
  runCompile(await Promise.all(((job.options?.engines ?? []) as string[]).map(loadOrExplain)), items as CompileItem[], start);
  process.exit(0);
}
const engine = await loadOrExplain(job.engine);

switch (job.task) {
  case 'parse-throughput': runParseThroughput(engine, items as string[][], start, Number(job.options?.reps ?? 5)); break;
  case 'parse-big': runParseBig(engine, items as string[], start); break;
  case 'simplify': case 'diff': case 'diff-order': runPerItem(job.task, engine, items as PerItem[], start); break;
  case 'gradient-cost': await runGradientCost(engine, items as { n: number }[], start); break;
  case 'big-gradient': await runBigGradient(engine, items as { text: string; vars: string[] }[], start); break;
  default: throw new Error(`unknown task ${job.task}`);
}
