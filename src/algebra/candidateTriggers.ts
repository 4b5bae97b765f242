import type { Expr } from '../ast/expr.js';
import { key } from '../ast/equal.js';
import { walk } from '../ast/path.js';
import { format } from '../ast/print.js';

/**
 * Whether the candidate search (cancel, expand and factor as a rational function; src/algebra/simplify.ts) can give
 * something shorter than a normal form w (working form: sums are `add`, products `mul`, quotients negative powers).
 * The search costs most of a derivative's time, and for most results it only confirms them. It can only win where
 * one of these shapes occurs, at any depth (also inside a function's argument):
 *
 * - a sum with a term that has a denominator (combining over one denominator: 1/x + 1/y);
 * - a sum whose terms share a factor other than a number (taking it out: e^x cos(x) + e^x sin(x));
 * - a sum with a term that holds a sum (expanding may cancel: 2x(x^3 − x) + (x^2 + 1)(3x^2 − 1) = 5x^4 − 1);
 * - a sum of three or more terms with a square or higher power (a perfect power or a factorable polynomial);
 * - a product of two sums (conjugates: (x − 1)(x + 1) = x^2 − 1), or of a sum and a denominator (cancelling, or
 *   (x cos(x) − sin(x))/x^2 = cos(x)/x − sin(x)/x^2), or of a sum and a negative number (−4(1 − x)^3 = 4(x − 1)^3),
 *   or of a sum and factors short enough that writing them once per term is no longer (x(x + 1) = x^2 + x);
 * - a power of a sum of trigonometric or hyperbolic functions ((cos(x) + sin(x))^2 = sin(2x) + 1).
 *
 * Outside these shapes the search gives back w's own form (tests/algebra/candidateTriggers.test.ts checks that on
 * the corpora), so skipping it changes no answer.
 * Example: mayImprove(working form of x cos(x) + sin(x)) is false; of e^x cos(x) + e^x sin(x) true.
 */
export function mayImprove(w: Expr): boolean {
  for (const { node } of walk(w)) {
    if (node.kind === 'add' && sumMayImprove(node.args)) return true;
    if (node.kind === 'mul' && productMayImprove(node.args)) return true;
    if (node.kind === 'pow' && isSumPower(node) && (exponentValue(node) ?? 0) >= 2 && hasIdentityAtom(node.base)) return true;
  }
  return false;
}

const isSum = (e: Expr): boolean => e.kind === 'add';
const exponentValue = (e: Expr): number | undefined => (e.kind === 'pow' && e.exp.kind === 'num' ? Number(e.exp.value.num) / Number(e.exp.value.den) : undefined);
const isSumPower = (e: Expr): boolean => e.kind === 'pow' && isSum(e.base) && (exponentValue(e) ?? 0) >= 1 && Number.isInteger(exponentValue(e));
const isDenominator = (e: Expr): boolean => (exponentValue(e) ?? 0) < 0;
const factorsOf = (term: Expr): readonly Expr[] => (term.kind === 'mul' ? term.args : [term]);
/** The base a factor shares with others: x for x^2 and x^-1, the factor itself otherwise. */
const baseOf = (f: Expr): Expr => (f.kind === 'pow' && f.exp.kind === 'num' ? f.base : f);

function sumMayImprove(terms: readonly Expr[]): boolean {
  let shared: Set<number> | undefined;
  let hasSquare = false;
  for (const term of terms) {
    const bases = new Set<number>();
    for (const f of factorsOf(term)) {
      if (f.kind === 'num') {
        if (f.value.den !== 1n) return true;
        continue;
      }
      if (isDenominator(f) || isSum(f) || isSumPower(f)) return true;
      if ((exponentValue(f) ?? 0) >= 2) hasSquare = true;
      bases.add(key(baseOf(f)));
    }
    shared = shared === undefined ? bases : new Set([...shared].filter((b) => bases.has(b)));
  }
  return (shared !== undefined && shared.size > 0) || (hasSquare && terms.length >= 3);
}

function productMayImprove(factors: readonly Expr[]): boolean {
  let sums = 0;
  let denominators = 0;
  let negative = false;
  let sum: Expr | undefined;
  let othersLength = 0;
  for (const f of factors) {
    if (isSum(f) || isSumPower(f)) {
      sums++;
      sum = f;
    } else if (f.kind === 'num') negative = f.value.num < 0n;
    else {
      if (isDenominator(f)) denominators++;
      othersLength += format(f).length;
    }
  }
  if (sums >= 2 || (sums === 1 && (denominators > 0 || negative))) return true;
  // m·(a + b + ...) expanded repeats m once per term: it can only be as short when m is (x(x + 1) = x^2 + x).
  return sum !== undefined && isSum(sum) && (termCount(sum) - 1) * othersLength <= 3;
}

const termCount = (e: Expr): number => (e.kind === 'add' ? e.args.length : 1);

/** Functions whose powers rules/trig.rules can rewrite into shorter forms (sin(x)^2 + cos(x)^2 = 1, 2 sin cos = sin 2x). */
const IDENTITY_FUNCTIONS = new Set(['sin', 'cos', 'tan', 'sec', 'csc', 'cot', 'sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth']);

function hasIdentityAtom(e: Expr): boolean {
  for (const { node } of walk(e)) if (node.kind === 'call' && IDENTITY_FUNCTIONS.has(node.fn)) return true;
  return false;
}
