import type { Expr } from '../../ast/expr.js';
import { add, addOf, mulOf, num } from '../../ast/build.js';
import { key } from '../../ast/equal.js';
import { add as ratAdd, type Rational } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { buildFactor, buildTerm, isNum, splitFactor, splitTerm } from './terms.js';

/** Groups operands by a key, keeping the position of each group's first member. */
function groups<T>(items: readonly Expr[], view: (e: Expr) => { k: number | undefined; v: T }): { first: Expr; members: T[]; k: number | undefined }[] {
  const out: { first: Expr; members: T[]; k: number | undefined }[] = [];
  const index = new Map<number, number>();
  for (const e of items) {
    const { k, v } = view(e);
    const at = k === undefined ? undefined : index.get(k);
    if (at === undefined) {
      if (k !== undefined) index.set(k, out.length);
      out.push({ first: e, members: [v], k });
    } else out[at]!.members.push(v);
  }
  return out;
}

/** True when two operands have the same defined key (a quick "nothing to collect" before grouping). */
function anyShared(items: readonly Expr[], keyOf: (e: Expr) => number | undefined): boolean {
  const keys: (number | undefined)[] = [];
  for (const e of items) {
    const k = keyOf(e);
    if (k !== undefined && keys.includes(k)) return true;
    keys.push(k);
  }
  return false;
}

const restKey = (t: Expr): number | undefined => {
  const { rest } = splitTerm(t);
  return rest === undefined ? undefined : key(rest);
};

/** The key of a factor's base; undefined for a number (the coefficient is not a power to collect). */
const baseKey = (f: Expr): number | undefined => (isNum(f) ? undefined : key(f.kind === 'pow' ? f.base : f));

/** Terms with the same non-numeric part added. Example: 2x + 3x → 5x. */
export const collectTerms = nativeRule({
  id: 'simplify.collect-terms',
  title: 'Combine Like Terms',
  head: 'add',
  examples: [
    ['2x + 3x', '5x'],
    ['x + y + x', '2x + y'],
    ['sin(x) + (-1) sin(x) + 1', '0 + 1'],
  ],
  apply: (e) => {
    if (e.kind !== 'add' || !anyShared(e.args, restKey)) return undefined;
    // Numbers are the business of add-numbers; here only terms with a non-numeric part are grouped.
    const gs = groups<Rational>(e.args, (t) => {
      const { coef, rest } = splitTerm(t);
      return { k: rest === undefined ? undefined : key(rest), v: coef };
    });
    if (gs.every((g) => g.members.length === 1)) return undefined;
    const out = gs.map((g) => {
      if (g.members.length === 1) return g.first;
      const total = g.members.reduce((s, c) => ratAdd(s, c), { num: 0n, den: 1n });
      return buildTerm(total, splitTerm(g.first).rest);
    });
    return out.length === 1 ? out[0]! : add(...out);
  },
});

/** Factors with the same base multiplied by adding exponents. Example: x^2 · x^3 → x^5. */
export const collectPowers = nativeRule({
  id: 'simplify.collect-powers',
  title: 'Product of Powers',
  head: 'mul',
  examples: [
    ['x * x', 'x^2'],
    ['x^2 * x^3', 'x^5'],
    ['x^a * x^b', 'x^(a + b)'],
    ['2 * x * y * x^n', '2 * x^(1 + n) * y'],
  ],
  apply: (e) => {
    if (e.kind !== 'mul' || !anyShared(e.args, baseKey)) return undefined;
    // The numeric coefficient is not a power to collect (2 · 2^x stays); a number raised to a power is.
    const gs = groups<Expr>(e.args, (f) => (isNum(f) ? { k: undefined, v: f } : { k: key(splitFactor(f).base), v: splitFactor(f).exp }));
    if (gs.every((g) => g.members.length === 1)) return undefined;
    const out: Expr[] = [];
    for (const g of gs) {
      if (g.members.length === 1) {
        out.push(g.first);
        continue;
      }
      const exps = g.members;
      const exp = exps.every(isNum) ? num(exps.reduce((s, x) => ratAdd(s, x.value), { num: 0n, den: 1n })) : addOf(exps);
      const f = buildFactor(splitFactor(g.first).base, exp);
      if (f) out.push(f);
    }
    return mulOf(out);
  },
});
