import type { Expr } from '../../ast/expr.js';
import { add, mul } from '../../ast/build.js';
import { toNumber } from '../../number/rational.js';
import { attribute } from './attribute.js';
import { nativeRule } from './nativeRule.js';
import { compareTrees } from './compareTrees.js';
import { isNum, splitFactor, splitTerm } from './terms.js';

/**
 * The textbook order of terms and factors. Terms: descending degree, constants last, then negative powers
 * (x^2 + x + sin(x) + 1 + 1/x); ties by the exponents of the variables in alphabetical order (x^2 + x y + y^2).
 * Factors: the number first, then pi, then variables alphabetically, then functions and e^u, then sums. Remaining
 * ties follow a structural order of the trees (compareTrees), the same in every run.
 */
const CONSTANT_NAMES = new Set(['pi', 'e', 'oo', 'undefined']);

/** True when the tree contains a variable (a symbol that is not pi, e, oo or undefined). Memoised per node. */
export const hasVariables = attribute<boolean>((n, kids) => (n.kind === 'sym' ? !CONSTANT_NAMES.has(n.name) : kids.some(Boolean)));

function factorRank(f: Expr): number {
  if (isNum(f)) return 0;
  // |u| right after the number (2|x| sqrt(3)): a bar cannot follow a name in juxtaposition.
  if (f.kind === 'call' && f.fn === 'abs') return 0.5;
  const { base } = splitFactor(f);
  if (base.kind === 'sym') return base.name === 'pi' ? 1 : CONSTANT_NAMES.has(base.name) ? 3 : 2;
  // A surd (sqrt(3)) goes with the numbers; an exponential (10^x) with the functions.
  if (base.kind === 'num') return isNum(splitFactor(f).exp) ? 1 : 3;
  if (base.kind === 'call') return 3;
  if (base.kind === 'add') return 4;
  return 5;
}

/** Total degree of a polynomial-like tree (variables 1, sums the largest, products added, numeric powers scaled). */
const polynomialDegree = attribute<number>((n, kids) => {
  switch (n.kind) {
    case 'sym':
      return CONSTANT_NAMES.has(n.name) ? 0 : 1;
    case 'add':
      return Math.max(...kids);
    case 'mul':
      return kids.reduce((a, b) => a + b, 0);
    case 'pow':
      return isNum(n.exp) ? kids[0]! * toNumber(n.exp.value) : 0;
    default:
      return 0;
  }
});

/** Order of factors in a product. Example: sorting [sin(x), 2, x] gives [2, x, sin(x)]. */
export function compareFactors(a: Expr, b: Expr): number {
  const r = factorRank(a) - factorRank(b);
  if (r !== 0) return r;
  const fa = splitFactor(a);
  const fb = splitFactor(b);
  return compareTrees(fa.base, fb.base) || compareTrees(fa.exp, fb.exp);
}

type TermInfo = { bucket: number; degree: number; powers: Map<string, number>; rest: Expr };

function termInfo(t: Expr): TermInfo {
  const { rest } = splitTerm(t);
  const powers = new Map<string, number>();
  let degree = 0;
  if (rest !== undefined) {
    for (const f of rest.kind === 'mul' ? rest.args : [rest]) {
      const { base, exp } = splitFactor(f);
      if (base.kind === 'sym' && !CONSTANT_NAMES.has(base.name) && isNum(exp)) {
        const d = toNumber(exp.value);
        powers.set(base.name, (powers.get(base.name) ?? 0) + d);
        degree += d;
      } else if (isNum(exp)) degree += toNumber(exp.value) * polynomialDegree(base);
    }
  }
  // Buckets: 0 terms with variables and degree ≥ 0, 1 constants such as pi, 2 numbers, 3 negative degree.
  const bucket = rest === undefined ? 2 : degree < 0 ? 3 : hasVariables(rest) ? 0 : 1;
  return { bucket, degree, powers, rest: rest ?? t };
}

function compareInfo(a: TermInfo, b: TermInfo): number {
  if (a.bucket !== b.bucket) return a.bucket - b.bucket;
  if (a.degree !== b.degree) return b.degree - a.degree;
  const names = [...new Set([...a.powers.keys(), ...b.powers.keys()])].sort();
  // Higher powers first, counting a power in the denominator by its size (1/x + 1/y, like x + y).
  for (const n of names) {
    const d = Math.abs(b.powers.get(n) ?? 0) - Math.abs(a.powers.get(n) ?? 0);
    if (d !== 0) return d;
  }
  return compareTrees(a.rest, b.rest);
}

/** Order of terms in a sum. Example: sorting [1, x, x^2] gives [x^2, x, 1]. */
export function compareTerms(a: Expr, b: Expr): number {
  return compareInfo(termInfo(a), termInfo(b)) || compareTrees(a, b);
}

/** Sorts with precomputed term keys (a stable sort, so equal keys keep their order). */
function sortTerms(args: readonly Expr[]): Expr[] {
  const keyed = args.map((t, i) => ({ t, i, info: termInfo(t) }));
  keyed.sort((a, b) => compareInfo(a.info, b.info) || compareTrees(a.t, b.t) || a.i - b.i);
  return keyed.map((k) => k.t);
}

const sameOrder = (a: readonly Expr[], b: readonly Expr[]): boolean => a.every((x, i) => x === b[i]);

/** A sum put in textbook order. Example: 1 + x + x^2 → x^2 + x + 1. */
export const orderTerms = nativeRule({
  id: 'simplify.order-terms',
  title: 'Order the Terms',
  head: 'add',
  examples: [
    ['1 + x + x^2', 'x^2 + x + 1'],
    ['y^2 + x y + x^2', 'x^2 + x y + y^2'],
  ],
  apply: (e) => {
    if (e.kind !== 'add') return undefined;
    const sorted = sortTerms(e.args);
    return sameOrder(sorted, e.args) ? undefined : add(...sorted);
  },
});

/** A product put in textbook order. Example: x · 2 → 2x. */
export const orderFactors = nativeRule({
  id: 'simplify.order-factors',
  title: 'Order the Factors',
  head: 'mul',
  examples: [
    ['x * 2', '2x'],
    ['sin(x) * y * x', 'x y sin(x)'],
  ],
  apply: (e) => {
    if (e.kind !== 'mul') return undefined;
    const sorted = e.args.map((f, i) => ({ f, i })).sort((a, b) => compareFactors(a.f, b.f) || a.i - b.i).map((k) => k.f);
    return sameOrder(sorted, e.args) ? undefined : mul(...sorted);
  },
});
