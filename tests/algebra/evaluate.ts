import type { Expr } from '../../src/ast/expr.js';
import { fold } from '../../src/ast/path.js';

/**
 * A small float evaluator for the algebra tests, independent of src/numeric: each node gives its value and a
 * "scale" (the value computed with every term counted positively), so the comparison tolerance follows the size of
 * the intermediate numbers and catastrophic cancellation in expanded forms is not mistaken for a wrong answer.
 */
export type Valued = { value: number; scale: number };

const FUNCTIONS: Record<string, (...xs: number[]) => number> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, exp: Math.exp, log: Math.log, ln: Math.log, sqrt: Math.sqrt, abs: Math.abs,
};

export function evaluateScaled(e: Expr, scope: Record<string, number>): Valued {
  return fold<Valued>(e, (node, kids) => {
    switch (node.kind) {
      case 'num': {
        const v = Number(node.value.num) / Number(node.value.den);
        return { value: v, scale: Math.abs(v) };
      }
      case 'sym': {
        const v = node.name === 'pi' ? Math.PI : node.name === 'e' ? Math.E : scope[node.name];
        if (v === undefined) throw new Error(`no value for ${node.name}`);
        return { value: v, scale: Math.abs(v) };
      }
      case 'neg':
        return { value: -kids[0]!.value, scale: kids[0]!.scale };
      case 'add':
        return { value: kids.reduce((s, k) => s + k.value, 0), scale: kids.reduce((s, k) => s + k.scale, 0) };
      case 'sub':
        return { value: kids[0]!.value - kids[1]!.value, scale: kids[0]!.scale + kids[1]!.scale };
      case 'mul':
        return { value: kids.reduce((s, k) => s * k.value, 1), scale: kids.reduce((s, k) => s * k.scale, 1) };
      case 'div': {
        // A denominator that is tiny next to its own terms is too cancelled to trust: the point says nothing.
        const [a, b] = kids as [Valued, Valued];
        const trusted = Math.abs(b.value) > 1e-6 * b.scale;
        return { value: a.value / b.value, scale: trusted ? a.scale / Math.abs(b.value) : Infinity };
      }
      case 'pow': {
        const v = Math.pow(kids[0]!.value, kids[1]!.value);
        return { value: v, scale: Math.max(Math.abs(v), Math.pow(kids[0]!.scale, kids[1]!.value)) };
      }
      case 'call': {
        const f = FUNCTIONS[node.fn];
        if (!f) throw new Error(`no float for ${node.fn}`);
        const v = f(...kids.map((k) => k.value));
        return { value: v, scale: Math.max(1, Math.abs(v)) };
      }
    }
  });
}

export const evaluate = (e: Expr, scope: Record<string, number>): number => evaluateScaled(e, scope).value;

/**
 * Do two trees agree at this point? Points where either side is not finite or a denominator is nearly zero say
 * nothing (undefined); otherwise the difference must be within 1e-8 of the larger scale.
 */
export function agreeAt(a: Expr, b: Expr, scope: Record<string, number>): boolean | undefined {
  const x = evaluateScaled(a, scope);
  const y = evaluateScaled(b, scope);
  if (![x.value, y.value, x.scale, y.scale].every(Number.isFinite)) return undefined;
  const scale = Math.max(1, x.scale, y.scale);
  if (scale > 1e12) return undefined;
  return Math.abs(x.value - y.value) <= 1e-8 * scale;
}
