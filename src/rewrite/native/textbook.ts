import type { Expr, Num } from '../../ast/expr.js';
import { add, call, div, mulOf, neg, num, pow, sub, withChildren } from '../../ast/build.js';
import { equals } from '../../ast/equal.js';
import { fold } from '../../ast/path.js';
import { abs as ratAbs, isInteger, isNegative, isOne, neg as ratNeg, type Rational } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { isNum } from './terms.js';

/**
 * Writes a working-form tree as a textbook does, and exactly as the parser reads the printed text back:
 * x + (−1) → x − 1, x·(1/2) → x/2, (−1)x → −x, 2x^(−1) → 2/x, x^(1/2) → sqrt(x), 1 + (−1)x → 1 − x.
 * A node is printed with its sign taken out (`abs`) when it is negative, and as a denominator (`recip`) when it is a
 * negative power, so sums become differences and products become quotients.
 */
type Written = { readonly expr: Expr; readonly abs?: Expr; readonly recip?: Expr };

/** A non-negative rational as a textbook number: 3, or the quotient 1/2 (so it prints 1/2, not 0.5). */
function unsignedNumber(r: Rational): Expr {
  return isInteger(r) ? num(r) : div(num(r.num), num(r.den));
}

/** A number node as written; a whole number is written as itself (the node is kept). */
function writeNumber(node: Num): Written {
  const r = node.value;
  if (!isNegative(r)) return { expr: isInteger(r) ? node : unsignedNumber(r) };
  const a = unsignedNumber(ratAbs(r));
  return { expr: isInteger(r) ? node : neg(a), abs: a };
}

/** base^r for a positive rational r, written as a person would. */
function writePower(base: Expr, r: Rational): Expr {
  if (isOne(r)) return base;
  if (r.num === 1n && r.den === 2n) return call('sqrt', base);
  return pow(base, isInteger(r) ? num(r) : div(num(r.num), num(r.den)));
}

function writeProduct(node: Expr & { kind: 'mul' }, kids: readonly Written[]): Written {
  const first = node.args[0]!;
  const coef: Rational = isNum(first) ? first.value : { num: 1n, den: 1n };
  const top: Expr[] = [];
  const bottom: Expr[] = [];
  kids.forEach((k, i) => {
    if (i === 0 && isNum(first)) return;
    if (k.recip) bottom.push(k.recip);
    else top.push(k.expr);
  });
  const a = ratAbs(coef);
  if (a.num !== 1n || top.length === 0) top.unshift(num(a.num));
  if (a.den !== 1n) bottom.unshift(num(a.den));
  const body = bottom.length ? div(mulOf(top), mulOf(bottom)) : mulOf(top);
  return isNegative(coef) ? { expr: neg(body), abs: body } : { expr: body };
}

function writeSum(kids: readonly Written[]): Written {
  const terms = [...kids];
  // A textbook starts with a positive term when there is one: 1 − x rather than −x + 1.
  if (terms[0]!.abs) {
    const p = terms.findIndex((t) => !t.abs);
    if (p > 0) terms.unshift(...terms.splice(p, 1));
  }
  // Built exactly as the parser builds `a + b − c + d`: runs of + are one n-ary sum, each − a difference.
  let acc = terms[0]!.expr;
  let open: Expr[] | undefined;
  const close = () => {
    if (open) acc = add(...open);
    open = undefined;
  };
  for (const t of terms.slice(1)) {
    if (t.abs) {
      close();
      acc = sub(acc, t.abs);
    } else (open ??= [acc]).push(t.expr);
  }
  close();
  return { expr: acc };
}

function writeNode(node: Expr, kids: readonly Written[]): Written {
  switch (node.kind) {
    case 'num':
      return writeNumber(node);
    case 'sym':
      return { expr: node };
    case 'add':
      return writeSum(kids);
    case 'mul':
      return writeProduct(node, kids);
    case 'pow': {
      const base = kids[0]!.expr;
      if (!isNum(node.exp)) return { expr: pow(base, kids[1]!.expr) };
      const r = node.exp.value;
      if (!isNegative(r)) return { expr: writePower(base, r) };
      const positive = writePower(base, ratNeg(r));
      return { expr: div(num(1), positive), recip: positive };
    }
    default:
      return { expr: withChildren(node, kids.map((k) => k.expr)) };
  }
}

/** The textbook form of a working-form tree. Example: textbookForm(x + (−1)) is x − 1. */
export const textbookForm = (e: Expr): Expr => fold<Written>(e, writeNode).expr;

/** The whole working-form tree written as a textbook does (one step). Example: x + (−1) → x − 1. */
export const toTextbookForm = nativeRule({
  id: 'simplify.textbook-form',
  title: 'Write in Textbook Form',
  head: undefined,
  examples: [
    ['x + -1', 'x - 1'],
    ['0.5 * x', 'x/2'],
    ['(-1) * x', '-x'],
    ['2 * x^(-1)', '2/x'],
    ['0.5 * x^2', 'x^2/2'],
    ['1 + (-1) * x', '1 - x'],
    ['x^0.5', 'sqrt(x)'],
  ],
  apply: (e) => {
    const t = textbookForm(e);
    return equals(t, e) ? undefined : t;
  },
});
