import type { Expr } from '../ast/expr.js';
import { walk } from '../ast/path.js';
import { isInteger } from '../number/rational.js';
import type { Bindings } from './pattern.js';

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

/** True when e has no variables at all (numbers, pi, e and functions of them). */
export function isConstant(e: Expr): boolean {
  for (const { node } of walk(e)) {
    if (node.kind === 'sym' && !NUMERIC_CONSTANTS.has(node.name)) return false;
    if (node.kind === 'call' && (node.fn === 'D' || node.fn === 'Integral' || node.fn === 'Limit')) return false;
  }
  return true;
}

/** Sign of a constant expression when it is evident: numbers, pi, e, exp(...), squares, sums of positives. */
export function knownSign(e: Expr): 1 | -1 | 0 | undefined {
  switch (e.kind) {
    case 'num':
      return e.value.num > 0n ? 1 : e.value.num < 0n ? -1 : 0;
    case 'sym':
      return NUMERIC_CONSTANTS.has(e.name) || e.name === 'oo' ? 1 : undefined;
    case 'neg': {
      const s = knownSign(e.arg);
      return s === undefined ? undefined : ((-s || 0) as 1 | -1 | 0);
    }
    case 'call':
      if (e.fn === 'exp' || e.fn === 'sigmoid' || e.fn === 'softplus' || e.fn === 'cosh') return 1;
      if ((e.fn === 'sqrt' || e.fn === 'abs') && knownSign(e.args[0]!) === 1) return 1;
      return undefined;
    case 'pow': {
      const b = knownSign(e.base);
      if (b === 1) return 1;
      if (e.exp.kind === 'num' && isInteger(e.exp.value) && e.exp.value.num % 2n === 0n && b === -1) return 1;
      return undefined;
    }
    case 'mul':
    case 'add': {
      const signs = e.args.map(knownSign);
      if (signs.every((s) => s === 1)) return 1;
      if (e.kind === 'mul' && signs.every((s) => s === 1 || s === -1)) return signs.filter((s) => s === -1).length % 2 ? -1 : 1;
      return undefined;
    }
    case 'div': {
      const l = knownSign(e.left);
      const r = knownSign(e.right);
      return l !== undefined && r !== undefined && r !== 0 ? ((l * r) as 1 | -1 | 0) : undefined;
    }
    default:
      return undefined;
  }
}

const symName = (e: Expr | undefined): string | undefined => (e?.kind === 'sym' ? e.name : undefined);

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
    const s = knownSign(u!);
    return s === undefined ? 'unknown' : yesNo(s === 1);
  } }],
  ['negative', { arity: 1, doc: 'negative(?u): ?u < 0', test: ([u]) => {
    const s = knownSign(u!);
    return s === undefined ? 'unknown' : yesNo(s === -1);
  } }],
  ['nonzero', { arity: 1, doc: 'nonzero(?u): ?u ≠ 0', test: ([u]) => {
    const s = knownSign(u!);
    return s === undefined ? 'unknown' : yesNo(s !== 0);
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
