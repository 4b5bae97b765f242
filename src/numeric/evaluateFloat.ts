import type { Expr } from '../ast/expr.js';
import { FluxionError } from '../errors.js';
import { powFloat } from './algebra.js';
import { numericCallProblem } from './lower.js';
import { primitiveFor } from './primitives.js';
import { ratToNumber } from './ratToNumber.js';
import { oddRootExponent, realRootPower } from './realRoot.js';
import { type Scope, type ScopeValue, lookup } from './scope.js';
import { memoFold } from '../ast/memoFold.js';

const CONSTANTS: ReadonlyMap<string, number> = new Map([['pi', Math.PI], ['e', Math.E], ['oo', Infinity], ['undefined', NaN]]);

/**
 * Float value of a tree by walking it (independent of the compiler: no program, no code), IEEE-754 like
 * JavaScript: 1/0 is Infinity, log(0) is -Infinity, sqrt(-1) is NaN.
 * Example: evaluateFloat(parse('x^2 + 1'), { x: 3 }) === 10.
 */
export function evaluateFloat(e: Expr, scope: Scope): number {
  return memoFold<number>(e, (node, kids) => {
    switch (node.kind) {
      case 'num':
        return ratToNumber(node.value);
      case 'sym': {
        const v = lookup(scope, node.name);
        if (v !== undefined) return toFloat(v, node.name);
        const c = CONSTANTS.get(node.name);
        if (c !== undefined) return c;
        throw new FluxionError(`evaluate: the variable ${JSON.stringify(node.name)} has no value in the scope`);
      }
      case 'neg':
        return -kids[0]!;
      case 'add':
        return kids.reduce((s, k) => s + k);
      case 'mul':
        return kids.reduce((s, k) => s * k);
      case 'sub':
        return kids[0]! - kids[1]!;
      case 'div':
        return kids[0]! / kids[1]!;
      case 'pow': {
        const odd = oddRootExponent(node.exp);
        return odd ? realRootPower(kids[0]!, odd.p, odd.q) : powFloat(kids[0]!, kids[1]!);
      }
      case 'call': {
        const row = primitiveFor(node.fn, kids.length);
        if (!row) throw new FluxionError(`evaluate: ${numericCallProblem(node.fn, kids.length)}`);
        return row.value(...kids);
      }
    }
  });
}

function toFloat(v: ScopeValue, name: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return ratToNumber({ num: v, den: 1n });
  if (typeof v === 'string') {
    const x = Number(v);
    if (v.trim() === '' || Number.isNaN(x)) throw new FluxionError(`evaluate: the value of ${JSON.stringify(name)} is not a number: ${JSON.stringify(v)}`);
    return x;
  }
  return ratToNumber(v);
}
