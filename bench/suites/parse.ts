/**
 * Parsing (issue 2): (a) throughput over 10,000 short textbook expressions; (b) growth on one long
 * sum of products of 10 KB, 100 KB and 1 MB (linear growth means ~10× per step); (c) nesting
 * 1,000 / 10,000 / 100,000 deep (a continued fraction), parsed and printed back.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { generateParseShort } from '../corpus/gen-parse-short.js';
import { corpusPath } from '../lib/corpus.js';
import type { Row } from '../lib/job.js';
import { mulberry32 } from '../lib/random.js';
import { progress, runEngine, translate } from '../lib/runEngine.js';
import { engineInfo } from '../engines/engine.js';
import { saveRaw, type Suite, type SummaryEntry } from '../lib/summary.js';
import { brief, duration, ratio, table, type Cell } from '../lib/table.js';

const ENGINES = ['fluxion', 'math.js', 'nerdamer', 'Compute Engine', 'SymPy', 'Maxima'];
const SIZES = [10_000, 100_000, 1_000_000];
const DEPTHS = [1_000, 10_000, 100_000];

/** The short corpus, written to corpus/parse-short.txt whenever the generator's output changes. */
function shortCorpus(): string[] {
  const lines = generateParseShort();
  const text = `${lines.join('\n')}\n`;
  const file = corpusPath('parse-short.txt');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return lines;
}

/** A long sum of products `c*x^k*y^m ± ...` of at least `bytes` characters, in `engine`'s syntax. */
function longSum(engine: string, bytes: number): string {
  const pow = engineInfo(engine).dialect === 'sympy' ? '**' : '^';
  const rand = mulberry32(bytes);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const term = `${1 + Math.floor(rand() * 99)}*x${pow}${1 + Math.floor(rand() * 9)}*y${pow}${1 + Math.floor(rand() * 9)}`;
    const piece = parts.length === 0 ? term : `${rand() < 0.5 ? ' + ' : ' - '}${term}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

/** 1/(1+1/(1+ ... 1/(1+x) ...)): `depth` levels of division and addition; the same text in every syntax. */
const continuedFraction = (depth: number): string => `${'1/(1+'.repeat(depth)}x${')'.repeat(depth)}`;

async function throughput(lines: readonly string[]): Promise<{ rows: Cell[][]; summary: SummaryEntry[]; raw: unknown }> {
  const results: { engine: string; row: Row }[] = [];
  for (const engine of ENGINES) {
    const texts = lines.map((l) => translate(engine, l));
    const [row] = await runEngine(engine, 'parse-throughput', [texts], { options: { reps: 5 }, timeoutMs: 300_000 });
    results.push({ engine, row: row as Row });
  }
  const flux = results.find((r) => r.engine === 'fluxion')?.row.us;
  const rows: Cell[][] = results.map(({ engine, row }) => row.us === undefined
    ? [engine, engine === 'fluxion' && /not available/.test(row.err ?? '') ? 'fluxion: not available yet' : row.err]
    : [engine, duration(row.us), ratio(row.us, flux), Math.round(1e6 / row.us), row.data?.errors as number,
       row.data?.n !== undefined && row.data.n !== lines.length
         ? `timed on the first ${(row.data.n as number).toLocaleString('en-US')} (60 s budget)`
         : (row.data?.firstError as string | undefined)?.slice(0, 70)]);
  const summary = results.map(({ engine, row }) => ({
    measure: 'parse: 10,000 short', engine,
    cell: row.us === undefined ? 'n/a' : engine === 'fluxion' ? duration(row.us) : ratio(row.us, flux),
  }));
  return { rows, summary, raw: results };
}

async function big(): Promise<{ sums: Cell[][]; nests: Cell[][]; summary: SummaryEntry[]; raw: unknown }> {
  const results: { engine: string; rows: Row[] }[] = [];
  for (const engine of ENGINES) {
    // Two jobs of growing items: after a timeout the bigger ones of the same kind are skipped.
    const opts = { timeoutMs: 30_000, stopAfterTimeout: true };
    const sums = await runEngine(engine, 'parse-big', SIZES.map((b) => longSum(engine, b)), opts);
    const nests = await runEngine(engine, 'parse-big', DEPTHS.map(continuedFraction), opts);
    results.push({ engine, rows: [...sums, ...nests] });
  }
  const fluxRows = results.find((r) => r.engine === 'fluxion')?.rows ?? [];
  const cell = (r: Row | undefined): string => (r?.us !== undefined ? duration(r.us) : brief(r?.err));
  const sums = results.map(({ engine, rows }) => {
    const [a, b, c] = rows;
    const growth = b?.us !== undefined && c?.us !== undefined ? `${(c.us / b.us).toFixed(1)}×` : '';
    return [engine, cell(a), cell(b), cell(c), ratio(c?.us, fluxRows[2]?.us), growth,
      printCell(c)];
  });
  const nests = results.map(({ engine, rows }) => {
    const [a, b, c] = rows.slice(3);
    return [engine, cell(a), cell(b), cell(c), printCell(c), c?.data?.len !== undefined ? (c.data.len as number) : ''];
  });
  const summary = results.flatMap(({ engine, rows }) => [
    { measure: 'parse: 1 MB sum', engine, cell: rows[2]?.us === undefined ? brief(rows[2]?.err) : engine === 'fluxion' ? duration(rows[2].us) : ratio(rows[2].us, fluxRows[2]?.us) },
    { measure: 'parse: 100,000 deep', engine, cell: rows[5]?.us === undefined ? brief(rows[5]?.err) : engine === 'fluxion' ? duration(rows[5].us) : ratio(rows[5].us, fluxRows[5]?.us) },
  ]);
  return { sums, nests, summary, raw: results };
}

function printCell(r: Row | undefined): string {
  if (r?.data?.printUs !== undefined) return duration(r.data.printUs as number);
  return r?.data?.printErr !== undefined ? brief(r.data.printErr as string) : '';
}

export const parseSuite: Suite = {
  name: 'parse',
  async run() {
    const lines = shortCorpus();
    const a = await throughput(lines);
    console.log(table(`parse (a): ${lines.length.toLocaleString('en-US')} short textbook expressions (corpus/parse-short.txt), time per expression`,
      ['engine', 'median time', '÷ fluxion', 'per second', 'rejected', 'note'], a.rows));
    const b = await big();
    console.log(table('parse (b): one long sum of products (c*x^k*y^m ± ...), parse time; growth = 1 MB ÷ 100 KB (10× is linear)',
      ['engine', '10 KB', '100 KB', '1 MB', '÷ fluxion', 'growth', 'print 1 MB'], b.sums));
    console.log(table('parse (c): continued fraction 1/(1+1/(1+...x)) nested n deep, parse time',
      ['engine', '1,000', '10,000', '100,000', 'print 100,000', 'printed length'], b.nests));
    progress('parse: done');
    saveRaw('parse', { throughput: a.raw, big: b.raw });
    return [...a.summary, ...b.summary];
  },
};
