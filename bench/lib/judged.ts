/**
 * The shared shape of the simplify and diff suites: run every engine over the same items, judge every
 * printed answer numerically with the bench's own evaluator, and print one table row per engine.
 */
import type { Row } from './job.js';
import { median } from './measure.js';
import { judgeDerivative, judgeSame, type Verdict } from './numeric.js';
import { readMath } from './read.js';
import { progress, runEngine, translate } from './runEngine.js';
import { saveRaw, type SummaryEntry } from './summary.js';
import { duration, ratio, table, type Cell } from './table.js';
import { size, type Tree } from './tree.js';

export interface JudgedSpec {
  readonly suite: string;
  readonly task: 'simplify' | 'diff';
  readonly title: string;
  readonly items: readonly string[];
  readonly engines: readonly string[];
}

/** An answer still holding a derivative operator is unevaluated: not wrong, not an answer either. */
const UNEVALUATED = /\bd\(|\bD\(|Derivative|'diff|\bdiff\(|Apply\(/;

export interface EngineOutcome {
  readonly engine: string;
  readonly rows: readonly Row[];
  readonly verdicts: readonly (Verdict | 'error' | 'unevaluated')[];
  /** Nodes of each answer as the bench's reader sees it (undefined where it could not read it). */
  readonly nodes: readonly (number | undefined)[];
}

type Judged = { verdict: Verdict | 'error' | 'unevaluated'; nodes?: number };

function judge(task: JudgedSpec['task'], engine: string, input: Tree, row: Row, seed: number): Judged {
  if (row.err !== undefined || row.out === undefined) return { verdict: 'error' };
  if (UNEVALUATED.test(row.out)) return { verdict: 'unevaluated' };
  let answer: Tree;
  try { answer = readMath(row.out, { logIsBase10: engine === 'Compute Engine' }); } catch { return { verdict: 'unchecked' }; }
  const verdict = task === 'diff' ? judgeDerivative(input, answer, 'x', seed) : judgeSame(input, answer, seed);
  return { verdict, nodes: size(answer) };
}

export async function runJudged(spec: JudgedSpec): Promise<{ outcomes: EngineOutcome[]; summary: SummaryEntry[] }> {
  const inputs = spec.items.map((t) => readMath(t));
  const outcomes: EngineOutcome[] = [];
  for (const engine of spec.engines) {
    const texts = spec.items.map((t) => { try { return translate(engine, t); } catch { return undefined; } });
    const ran = await runEngine(engine, spec.task, texts.map((text) => ({ text: text ?? '' })));
    const rows = ran.map((r, i) => (texts[i] === undefined ? { i, err: 'cannot translate' } : r));
    const judged = rows.map((r, i) => judge(spec.task, engine, inputs[i] as Tree, r, 7 + i));
    outcomes.push({ engine, rows, verdicts: judged.map((j) => j.verdict), nodes: judged.map((j) => j.nodes) });
  }
  progress(`${spec.suite}: done`);
  saveRaw(spec.suite, outcomes.map((o) => ({ engine: o.engine, rows: o.rows.map((r, i) => ({ input: spec.items[i], ...r, verdict: o.verdicts[i], nodes: o.nodes[i] })) })));
  return { outcomes, summary: report(spec, outcomes) };
}

const lengthOf = (s: string): number => s.replace(/\s+/g, '').length;

function report(spec: JudgedSpec, outcomes: readonly EngineOutcome[]): SummaryEntry[] {
  const stats = outcomes.map((o) => {
    const answered = o.rows.filter((r) => r.us !== undefined);
    const count = (v: string): number => o.verdicts.filter((x) => x === v).length;
    return {
      engine: o.engine,
      answered: answered.length,
      medianUs: answered.length ? median(answered.map((r) => r.us as number)) : undefined,
      totalUs: answered.reduce((s, r) => s + (r.us as number), 0),
      medianLen: answered.length ? median(answered.map((r) => lengthOf(r.out ?? ''))) : undefined,
      medianNodes: median(o.nodes.filter((n): n is number => n !== undefined)),
      wrong: count('wrong'), unchecked: count('unchecked'), unevaluated: count('unevaluated'), errors: count('error'),
      firstError: o.rows.find((r) => r.err !== undefined)?.err,
    };
  });
  const flux = stats.find((s) => s.engine === 'fluxion');
  const rows: Cell[][] = stats.map((s) => {
    if (s.answered === 0) {
      const why = s.engine === 'fluxion' && /not available/.test(s.firstError ?? '') ? 'fluxion: not available yet' : (s.firstError ?? 'no answers');
      return [s.engine, why];
    }
    return [s.engine, `${s.answered}/${spec.items.length}`, duration(s.medianUs), ratio(s.medianUs, flux?.medianUs),
      duration(s.totalUs), s.medianLen, s.medianNodes, s.wrong, s.unevaluated, s.unchecked, s.errors];
  });
  console.log(table(`${spec.title} — ${spec.items.length} items`,
    ['engine', 'answered', 'median time', '÷ fluxion', 'total', 'median length', 'median nodes', 'wrong', 'unevaluated', 'unchecked', 'errors'], rows));
  printWrong(spec, outcomes);
  return stats.map((s) => ({
    measure: `${spec.suite}: median time, wrong`,
    engine: s.engine,
    cell: s.answered === 0 ? (s.engine === 'fluxion' ? 'not available yet' : 'no answers')
      : `${s.engine === 'fluxion' ? duration(s.medianUs) : ratio(s.medianUs, flux?.medianUs) || duration(s.medianUs)} · ${s.wrong} wrong`,
  }));
}

/** A few wrong answers per engine, so a reader can see what "wrong" means without opening results/. */
function printWrong(spec: JudgedSpec, outcomes: readonly EngineOutcome[]): void {
  const lines: string[] = [];
  for (const o of outcomes) {
    const wrong = o.verdicts.flatMap((v, i) => (v === 'wrong' ? [i] : []));
    for (const i of wrong.slice(0, 4)) {
      const out = o.rows[i]?.out ?? '';
      lines.push(`  ${o.engine}: ${spec.items[i]}  →  ${out.length > 100 ? `${out.slice(0, 100)}…` : out}`);
    }
    if (wrong.length > 4) lines.push(`  ${o.engine}: … and ${wrong.length - 4} more (bench/results/${spec.suite}.json)`);
  }
  if (lines.length) console.log(`Wrong answers (${spec.suite}):\n${lines.join('\n')}`);
}
