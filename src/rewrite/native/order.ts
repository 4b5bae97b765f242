import type { Expr } from '../../ast/expr.js';
import { add, mul, ONE_EXPR } from '../../ast/build.js';
import { toNumber } from '../../number/rational.js';
import { nodeMemo } from '../../ast/nodeMemo.js';
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

/** The rank of factor f, which splits as base ^ exp. */
function factorRank(f: Expr, base: Expr, exp: Expr): number {
  if (isNum(f)) return 0;
  // |u| right after the number (2|x| sqrt(3)): a bar cannot follow a name in juxtaposition.
  if (f.kind === 'call' && f.fn === 'abs') return 0.5;
  if (base.kind === 'sym') return base.name === 'pi' ? 1 : CONSTANT_NAMES.has(base.name) ? 3 : 2;
  // A surd (sqrt(3)) goes with the numbers; an exponential (10^x) with the functions.
  if (base.kind === 'num') return isNum(exp) ? 1 : 3;
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

/** A factor's sort key: its rank and its base and exponent (exponent 1 when it is not a power). */
type FactorInfo = { readonly rank: number; readonly base: Expr; readonly exp: Expr };

/** As splitFactor, with one shared exponent 1 (compareTrees sees it equal to itself at once). */
function factorInfo(f: Expr): FactorInfo {
  const base = f.kind === 'pow' ? f.base : f;
  const exp = f.kind === 'pow' ? f.exp : ONE_EXPR;
  return { rank: factorRank(f, base, exp), base, exp };
}

function compareFactorInfo(a: FactorInfo, b: FactorInfo): number {
  return a.rank - b.rank || compareTrees(a.base, b.base) || compareTrees(a.exp, b.exp);
}

/** Order of factors in a product. Example: sorting [sin(x), 2, x] gives [2, x, sin(x)]. */
export function compareFactors(a: Expr, b: Expr): number {
  return compareFactorInfo(factorInfo(a), factorInfo(b));
}

/**
 * A term's sort key. `names` are the variables with a numeric power, sorted, and `exps` their total powers in the
 * same order; `rest` is the term without its number.
 */
type TermInfo = { readonly bucket: number; readonly degree: number; readonly names: readonly string[]; readonly exps: readonly number[]; readonly rest: Expr };

/** Sort keys of terms, kept on the term nodes: a sum is ordered again after every rewrite of one of its terms. */
const termInfos = nodeMemo<TermInfo>();

function termInfo(t: Expr): TermInfo {
  const known = termInfos.get(t);
  if (known !== undefined) return known;
  const info = computeTermInfo(t);
  termInfos.set(t, info);
  return info;
}

function computeTermInfo(t: Expr): TermInfo {
  const { rest } = splitTerm(t);
  const powers = new Map<string, number>();
  let degree = 0;
  const factors = rest === undefined ? [] : rest.kind === 'mul' ? rest.args : [rest];
  for (const f of factors) {
    const { base, exp } = splitFactor(f);
    if (base.kind === 'sym' && !CONSTANT_NAMES.has(base.name) && isNum(exp)) {
      const d = toNumber(exp.value);
      powers.set(base.name, (powers.get(base.name) ?? 0) + d);
      degree += d;
    } else if (isNum(exp)) degree += toNumber(exp.value) * polynomialDegree(base);
  }
  // Buckets: 0 terms with variables and degree ≥ 0, 1 constants such as pi, 2 numbers, 3 negative degree.
  // (The rest has variables when one of its factors has: asked of the factors, not of a rest built just now.)
  const bucket = rest === undefined ? 2 : degree < 0 ? 3 : factors.some(hasVariables) ? 0 : 1;
  const names = [...powers.keys()].sort();
  return { bucket, degree, names, exps: names.map((n) => powers.get(n)!), rest: rest ?? t };
}

function compareInfo(a: TermInfo, b: TermInfo): number {
  if (a.bucket !== b.bucket) return a.bucket - b.bucket;
  if (a.degree !== b.degree) return b.degree - a.degree;
  // Higher powers first, name by name in alphabetical order over both terms' names (a missing name has power 0),
  // counting a power in the denominator by its size (1/x + 1/y, like x + y). The two name lists are merged.
  let i = 0;
  let j = 0;
  while (i < a.names.length || j < b.names.length) {
    const na = a.names[i];
    const nb = b.names[j];
    let d: number;
    if (nb === undefined || (na !== undefined && na < nb)) d = -Math.abs(a.exps[i++]!);
    else if (na === undefined || nb < na) d = Math.abs(b.exps[j++]!);
    else d = Math.abs(b.exps[j++]!) - Math.abs(a.exps[i++]!);
    if (d !== 0) return d;
  }
  return compareTrees(a.rest, b.rest);
}

/** Order of terms in a sum. Example: sorting [1, x, x^2] gives [x^2, x, 1]. */
export function compareTerms(a: Expr, b: Expr): number {
  return compareInfo(termInfo(a), termInfo(b)) || compareTrees(a, b);
}

/**
 * Sorts by precomputed keys, stably (equal keys keep their order); undefined when the operands are already in order.
 * The check asks the comparator exactly what the engine's sort asks first (each operand against the one before), and
 * an array that is one ascending run is returned by that sort unchanged, so the answer is the same as sorting.
 */
function sortedBy<K>(args: readonly Expr[], keyOf: (e: Expr) => K, compare: (a: K, b: K, x: Expr, y: Expr) => number): Expr[] | undefined {
  const keys = args.map(keyOf);
  let inOrder = true;
  for (let i = 1; i < args.length && inOrder; i++) inOrder = (compare(keys[i]!, keys[i - 1]!, args[i]!, args[i - 1]!) || 1) >= 0;
  if (inOrder) return undefined;
  const keyed = args.map((t, i) => ({ t, i, k: keys[i]! }));
  keyed.sort((a, b) => compare(a.k, b.k, a.t, b.t) || a.i - b.i);
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
    const sorted = sortedBy(e.args, termInfo, (a, b, x, y) => compareInfo(a, b) || compareTrees(x, y));
    return sorted === undefined || sameOrder(sorted, e.args) ? undefined : add(...sorted);
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
    const sorted = sortedBy(e.args, factorInfo, compareFactorInfo);
    return sorted === undefined || sameOrder(sorted, e.args) ? undefined : mul(...sorted);
  },
});
