/**
 * The judge judged, before any engine is: run.ts calls this first and stops if it fails. Every engine's way of
 * printing the derivative of x^x must pass; planted wrong derivatives must fail (a judge that passes
 * everything would report "0 wrong" for any engine); and every corpus line, translated to every peer's syntax
 * and read back, must keep its value (a translation bug would be charged to the peer).
 */
import { readCorpus } from './corpus.js';
import { judgeDerivative, judgeSame } from './numeric.js';
import { readMath } from './read.js';
import { writeMath, type Dialect } from './write.js';

const RIGHT: readonly [string, string, boolean?][] = [
  ['fluxion', 'x^x(log(x) + 1)'],
  ['math.js', 'x ^ x * (log(x) + 1)'],
  ['nerdamer', '(1+log(x))*x^x'],
  ['Algebrite', 'x^x+x^x*log(x)'],
  ['Compute Engine', 'x^x + ln(x) * x^x', true],
  ['SymPy', 'x**x*(log(x) + 1)'],
  ['Maxima', 'x^x*(log(x)+1)'],
];
const WRONG: readonly [string, string][] = [['x^x', 'x^x*log(x)'], ['sin(x)', '-cos(x)'], ['x^3', '3x^3'], ['log(x)', 'log(x)/x']];
const DIALECTS: readonly Dialect[] = ['mathjs', 'nerdamer', 'algebrite', 'ce', 'sympy', 'maxima'];

export function selfCheck(): string[] {
  const problems: string[] = [];
  for (const [engine, answer, ce] of RIGHT) {
    const v = judgeDerivative(readMath('x^x'), readMath(answer, { logIsBase10: ce }), 'x', 1);
    if (v !== 'ok') problems.push(`${engine}'s right answer ${answer} judged ${v}`);
  }
  for (const [f, answer] of WRONG) {
    const v = judgeDerivative(readMath(f), readMath(answer), 'x', 1);
    if (v !== 'wrong') problems.push(`planted wrong derivative of ${f}: ${answer} judged ${v}`);
  }
  if (judgeSame(readMath('log(100x)'), readMath('log(100x)', { logIsBase10: true }), 1) !== 'wrong') {
    problems.push('Compute Engine\'s log is not read as base 10');
  }
  for (const file of ['derivatives.txt', 'simplify.txt']) {
    for (const line of readCorpus(file)) {
      const t = readMath(line);
      for (const d of DIALECTS) {
        let v: string;
        try { v = judgeSame(t, readMath(writeMath(t, d), { logIsBase10: d === 'ce' }), 3, 1e-12); } catch (e) { v = String(e); }
        if (v !== 'ok' && !(v === 'unchecked' && judgeSame(t, t, 3) === 'unchecked')) problems.push(`${file}: ${line} in ${d}: ${v}`);
      }
    }
  }
  return problems;
}
