import type { Expr } from '../ast/expr.js';
import { walk } from '../ast/path.js';
import { isInteger } from '../number/rational.js';
import type { Bindings } from './pattern.js';
import { attribute } from './native/attribute.js';

/**
 * The closed table of `where` predicates. Each answers yes, no or unknown; a rule fires only on yes (or, when the
 * caller assumes generic values, on unknown with the assumption recorded in the step).
 */
export type Answer = 'yes' | 'no' | 'unknown';
export type Predicate = { readonly arity: number; readonly doc: string; readonly test: (args: readonly Expr[]) => Answer };

const NUMERIC_CONSTANTS = new Set(['pi', 'e']);
const yesNo = (b: boolean): Answer => (b ? 'yes' : 'no');

/** True when no symbol named `x` occurs in e. Example: isFreeOf(parse('2y'), 'x') is true. */
export function isFreeOf(e: Expr, x: string): boolean {
  for (const { node } of walk(e)) if (node.kind === 'sym' && node.name === x) return false;
  return true;
}

/** True when e has no variables at all (numbers, pi, e and functions of them). Memoised per node, no recursion. */
export const isConstant = attribute<boolean>((node, kids) => {
  if (node.kind === 'sym') return NUMERIC_CONSTANTS.has(node.name);
  if (node.kind === 'call' && (node.fn === 'D' || node.fn === 'Integral' || node.fn === 'Limit')) return false;
  return kids.every(Boolean);
});

/**
 * What is evident about the sign of an expression whatever its variables are: 'pos' (> 0), 'neg' (< 0), 'zero',
 * 'nonneg' (≥ 0), 'nonpos' (≤ 0), or undefined (nothing evident). Memoised per node, no recursion.
 */
export type SignInfo = 'pos' | 'neg' | 'zero' | 'nonneg' | 'nonpos' | undefined;

const flip = (s: SignInfo): SignInfo =>
  s === 'pos' ? 'neg' : s === 'neg' ? 'pos' : s === 'nonneg' ? 'nonpos' : s === 'nonpos' ? 'nonneg' : s;
const atLeastZero = (s: SignInfo) => s === 'pos' || s === 'zero' || s === 'nonneg';
const atMostZero = (s: SignInfo) => s === 'neg' || s === 'zero' || s === 'nonpos';
const POSITIVE_FUNCTIONS = new Set(['exp', 'sigmoid', 'softplus', 'cosh']);
const NONNEGATIVE_FUNCTIONS = new Set(['abs', 'sqrt', 'relu']);

function productSign(signs: readonly SignInfo[]): SignInfo {
  if (signs.some((s) => s === 'zero')) return 'zero';
  if (signs.some((s) => s === undefined)) return undefined;
  const negatives = signs.filter((s) => s === 'neg' || s === 'nonpos').length;
  const strict = signs.every((s) => s === 'pos' || s === 'neg');
  if (negatives % 2 === 0) return strict ? 'pos' : 'nonneg';
  return strict ? 'neg' : 'nonpos';
}

function sumSign(signs: readonly SignInfo[]): SignInfo {
  if (signs.every(atLeastZero)) return signs.some((s) => s === 'pos') ? 'pos' : signs.every((s) => s === 'zero') ? 'zero' : 'nonneg';
  if (signs.every(atMostZero)) return signs.some((s) => s === 'neg') ? 'neg' : 'nonpos';
  return undefined;
}

/** The evident sign of a tree. Example: signOf(parse('x^2 + 1')) is 'pos'. */
export const signOf = attribute<SignInfo>((e, kids) => {
  switch (e.kind) {
    case 'num':
      return e.value.num > 0n ? 'pos' : e.value.num < 0n ? 'neg' : 'zero';
    case 'sym':
      return NUMERIC_CONSTANTS.has(e.name) || e.name === 'oo' ? 'pos' : undefined;
    case 'neg':
      return flip(kids[0]);
    case 'call': {
      const a = kids[0];
      if (POSITIVE_FUNCTIONS.has(e.fn)) return 'pos';
      if (e.fn === 'abs') return a === 'pos' || a === 'neg' ? 'pos' : a === 'zero' ? 'zero' : 'nonneg';
      if (e.fn === 'sqrt') return a === 'pos' ? 'pos' : a === 'zero' ? 'zero' : 'nonneg';
      if (NONNEGATIVE_FUNCTIONS.has(e.fn)) return 'nonneg';
      return undefined;
    }
    case 'pow': {
      const [b, x] = kids;
      if (b === 'pos') return 'pos';
      if (e.exp.kind === 'num' && isInteger(e.exp.value)) {
        const even = e.exp.value.num % 2n === 0n;
        if (b === 'zero') return e.exp.value.num > 0n ? 'zero' : undefined;
        if (even) return b === 'neg' ? 'pos' : 'nonneg';
        return b;
      }
      // A root or other power of a nonnegative base is nonnegative where it is defined.
      if (b === 'nonneg' || (b === 'zero' && x === 'pos')) return b === 'zero' ? 'zero' : 'nonneg';
      return undefined;
    }
    case 'mul':
      return productSign(kids);
    case 'add':
      return sumSign(kids);
    case 'sub':
      return sumSign([kids[0], flip(kids[1])]);
    case 'div': {
      const [l, r] = kids;
      if (r === 'zero' || r === undefined || r === 'nonneg' || r === 'nonpos') return undefined;
      return productSign([l, r]);
    }
    default:
      return undefined;
  }
});

/** Sign of an expression when it is evident (1, −1, 0), else undefined. Example: knownSign(parse('x^2 + 1')) is 1. */
export function knownSign(e: Expr): 1 | -1 | 0 | undefined {
  const s = signOf(e);
  return s === 'pos' ? 1 : s === 'neg' ? -1 : s === 'zero' ? 0 : undefined;
}

/** True when e is written with a leading minus: a negative number, −u, or a product whose number is negative. */
export function hasMinusSign(e: Expr): boolean {
  if (e.kind === 'num') return e.value.num < 0n;
  if (e.kind === 'neg') return true;
  if (e.kind === 'mul') return hasMinusSign(e.args[0]!);
  return false;
}

const symName = (e: Expr | undefined): string | undefined => (e?.kind === 'sym' ? e.name : undefined);

/** The closed table of `where` predicates, by name. Example: PREDICATES.get('positive')!.test([parse('e^x')]) is 'yes'. */
export const PREDICATES: ReadonlyMap<string, Predicate> = new Map<string, Predicate>([
  ['free', { arity: 2, doc: 'free(?u, ?x): ?u does not contain the variable ?x', test: ([u, x]) => {
    const name = symName(x);
    return name === undefined ? 'unknown' : yesNo(isFreeOf(u!, name));
  } }],
  ['depends', { arity: 2, doc: 'depends(?u, ?x): ?u contains the variable ?x', test: ([u, x]) => {
    const name = symName(x);
    return name === undefined ? 'unknown' : yesNo(!isFreeOf(u!, name));
  } }],
  ['const', { arity: 1, doc: 'const(?u): ?u has no variables (numbers, pi, e)', test: ([u]) => yesNo(isConstant(u!)) }],
  ['number', { arity: 1, doc: 'number(?u): ?u is a number literal', test: ([u]) => yesNo(u!.kind === 'num') }],
  ['symbol', { arity: 1, doc: 'symbol(?u): ?u is a variable name', test: ([u]) => yesNo(u!.kind === 'sym') }],
  ['integer', { arity: 1, doc: 'integer(?n): ?n is an integer', test: ([n]) => (n!.kind === 'num' ? yesNo(isInteger(n!.value)) : isConstant(n!) ? 'unknown' : 'unknown') }],
  ['even', { arity: 1, doc: 'even(?n): ?n is an even integer', test: ([n]) => (n!.kind === 'num' ? yesNo(isInteger(n!.value) && n!.value.num % 2n === 0n) : 'unknown') }],
  ['odd', { arity: 1, doc: 'odd(?n): ?n is an odd integer', test: ([n]) => (n!.kind === 'num' ? yesNo(isInteger(n!.value) && n!.value.num % 2n !== 0n) : 'unknown') }],
  ['positive', { arity: 1, doc: 'positive(?u): ?u > 0', test: ([u]) => {
    const s = signOf(u!);
    return s === 'pos' ? 'yes' : atMostZero(s) ? 'no' : 'unknown';
  } }],
  ['negative', { arity: 1, doc: 'negative(?u): ?u < 0', test: ([u]) => {
    const s = signOf(u!);
    return s === 'neg' ? 'yes' : atLeastZero(s) ? 'no' : 'unknown';
  } }],
  ['nonnegative', { arity: 1, doc: 'nonnegative(?u): ?u ≥ 0', test: ([u]) => {
    const s = signOf(u!);
    return atLeastZero(s) ? 'yes' : s === 'neg' ? 'no' : 'unknown';
  } }],
  ['minus', { arity: 1, doc: 'minus(?u): ?u is written with a leading minus sign (−3, −x, (−2)x)', test: ([u]) => yesNo(hasMinusSign(u!)) }],
  ['nonzero', { arity: 1, doc: 'nonzero(?u): ?u ≠ 0', test: ([u]) => {
    const s = signOf(u!);
    return s === 'pos' || s === 'neg' ? 'yes' : s === 'zero' ? 'no' : 'unknown';
  } }],
  ['!=', { arity: 2, doc: '?a != ?b: the two are different numbers (or different trees when not numbers)', test: ([a, b]) => {
    if (a!.kind === 'num' && b!.kind === 'num') return yesNo(a!.value.num !== b!.value.num || a!.value.den !== b!.value.den);
    if (a!.kind === 'sym' && b!.kind === 'sym') return yesNo(a!.name !== b!.name);
    return 'unknown';
  } }],
]);

/** Evaluates a condition with the pattern's bindings already substituted into its arguments. */
export function testPredicate(name: string, args: readonly Expr[], _b?: Bindings): Answer {
  const p = PREDICATES.get(name);
  if (!p || p.arity !== args.length) return 'unknown';
  return p.test(args);
}
