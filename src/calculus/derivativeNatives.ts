import type { Expr } from '../ast/expr.js';
import { add, addOf, call, mul, mulOf, num } from '../ast/build.js';
import { walk } from '../ast/path.js';
import { isInteger } from '../number/rational.js';
import type { Rule } from '../rewrite/rule.js';
import { dependsOn } from '../ast/dependence.js';
import { dOf, isD } from './derivativeHoles.js';
import { DerivativeNative } from './derivativeNative.js';

/** Products with more factors than this are split in halves, so the Product Rule's output stays O(n log n). */
const WIDEST_PRODUCT = 16;

/** Sum Rule, n-ary: D(a + b + c, x) = D(a, x) + D(b, x) + D(c, x). */
export const sumRule = new DerivativeNative(
  'derivative.sum',
  'Sum Rule',
  (h) => h === 'add',
  (node, x) => {
    if (node.kind !== 'add') return undefined;
    return { after: add(...node.args.map((a) => dOf(a, x))), bindings: new Map([['terms', node.args]]) };
  },
  [
    ['diff(x^2 + sin(x), x)', 'diff(x^2, x) + diff(sin(x), x)'],
    ['diff(x + y + 1, x)', 'diff(x, x) + diff(y, x) + diff(1, x)'],
  ],
);

/**
 * Constant Multiple Rule, n-ary: the factors free of x come out in front. D(3 a x^2, x) = 3 a D(x^2, x).
 * (The Constant Rule has already answered products that are wholly constant.)
 */
export const constantMultipleRule = new DerivativeNative(
  'derivative.constant-multiple',
  'Constant Multiple Rule',
  (h) => h === 'mul',
  (node, x) => {
    if (node.kind !== 'mul') return undefined;
    const constants = node.args.filter((a) => !dependsOn(a, x.name));
    const varying = node.args.filter((a) => dependsOn(a, x.name));
    if (constants.length === 0 || varying.length === 0) return undefined;
    const u = mulOf(varying);
    return { after: mul(...constants, dOf(u, x)), bindings: new Map<string, Expr>([['c', mulOf(constants)], ['u', u]]) };
  },
  [
    ['diff(3x^2, x)', '3 diff(x^2, x)'],
    ['diff(2 a x sin(x), x)', '2 a diff(x sin(x), x)'],
  ],
);

const FACTOR_NAMES = ['f', 'g', 'h', 'k', 'p', 'q', 'r', 's', 'u', 'v', 'w'];

/**
 * Names for the operands of the Product and Quotient Rules as a teacher writes them (f, g, h, ...), skipping names
 * the expression already uses (a user's f(x)), then f_1, f_2, ... Example: teachingNames(2, parse('x^2 f(x)')) is
 * ['g', 'h'].
 */
export function teachingNames(n: number, context?: Expr): string[] {
  const used = new Set<string>();
  if (context) for (const { node } of walk(context)) if (node.kind === 'sym') used.add(node.name);
  else if (node.kind === 'call') used.add(node.fn);
  const free = FACTOR_NAMES.filter((name) => !used.has(name));
  if (n <= free.length) return free.slice(0, n);
  return Array.from({ length: n }, (_, i) => `f_${i + 1}`).map((name, i) => (used.has(name) ? `f_${n + i + 1}` : name));
}

/**
 * Product Rule, n-ary: D(f g h, x) = D(f, x) g h + f D(g, x) h + f g D(h, x). Wider products are split into two
 * halves (f = first half, g = second half) so the result grows as n log n, not n².
 */
export const productRule = new DerivativeNative(
  'derivative.product',
  'Product Rule',
  (h) => h === 'mul',
  (node, x, options) => {
    if (node.kind !== 'mul') return undefined;
    const factors =
      node.args.length > WIDEST_PRODUCT
        ? [mulOf(node.args.slice(0, node.args.length >> 1)), mulOf(node.args.slice(node.args.length >> 1))]
        : node.args;
    const terms = factors.map((_, i) => mul(...factors.map((f, j) => (i === j ? dOf(f, x) : f))));
    // Positional names are enough to find the result; the teaching names look at the expression.
    const names = options.explain ? teachingNames(factors.length, node) : factors.map((_, i) => `f_${i + 1}`);
    return { after: addOf(terms), bindings: new Map<string, Expr>(factors.map((f, i) => [names[i]!, f])) };
  },
  [
    ['diff(x^2 sin(x), x)', 'diff(x^2, x) sin(x) + x^2 diff(sin(x), x)'],
    ['diff(x e^x sin(x), x)', 'diff(x, x) e^x sin(x) + x diff(e^x, x) sin(x) + x e^x diff(sin(x), x)'],
  ],
);

/**
 * Higher-Order Derivative: D(f, x, n) is n derivatives, one after the other (each simplified before the next).
 * Example: D(f, x, 3) becomes D(D(D(f, x), x), x).
 */
export const higherOrderRule: Rule = {
  id: 'derivative.higher-order',
  title: 'Higher-Order Derivative',
  head: 'call:D',
  get examples() {
    return higherOrderExamples();
  },
  apply(e) {
    if (!isD(e) || e.args.length !== 3) return undefined;
    const order = e.args[2]!;
    if (order.kind !== 'num' || !isInteger(order.value) || order.value.num < 0n || order.value.num > 1000n) return undefined;
    let out: Expr = e.args[0]!;
    for (let i = 0n; i < order.value.num; i++) out = call('D', out, e.args[1]!);
    return { after: out, bindings: new Map<string, Expr>([['n', num(order.value.num)]]) };
  },
};

let cachedHigherOrderExamples: { input: Expr; output: Expr }[] | undefined;
function higherOrderExamples(): { input: Expr; output: Expr }[] {
  const x = { kind: 'sym', name: 'x' } as const;
  const f = call('sin', x);
  cachedHigherOrderExamples ??= [{ input: call('D', f, x, num(3)), output: dOf(dOf(dOf(f, x), x), x) }];
  return cachedHigherOrderExamples;
}
