import type { Expr } from '../../ast/expr.js';
import { add, div, mul, num, pow, sym } from '../../ast/build.js';
import { equals } from '../../ast/equal.js';
import { fold } from '../../ast/path.js';
import { inv, isOne, isZero, mul as ratMul, neg as ratNeg, rat } from '../../number/rational.js';
import { nativeRule } from './nativeRule.js';
import { isNum } from './terms.js';

/**
 * The working form the simplifier computes in: differences are sums with a negative coefficient (a − b → a + (−1)b),
 * quotients are products with a negative power (a/b → a·b^(−1)), −u is (−1)u, sqrt(u) is u^(1/2) and exp(u) is e^u.
 * One notation means one set of rules; the textbook pass (textbook.ts) writes the result back as a person would.
 */

/** −b in working form. Example: negate(3) is −3, negate(2x) is (−2)x, negate(y) is (−1)y. */
export function negate(b: Expr): Expr {
  if (isNum(b)) return num(ratNeg(b.value));
  if (b.kind === 'mul' && isNum(b.args[0]!)) {
    const c = ratNeg(b.args[0].value);
    const rest = b.args.slice(1);
    if (isOne(c)) return rest.length === 1 ? rest[0]! : mul(...rest);
    return mul(num(c), ...rest);
  }
  return mul(num(-1), b);
}

/**
 * 1/b in working form, or undefined for a zero number. A product is inverted factor by factor, so 1/(2(x + 1)) is
 * (1/2)(x + 1)^(−1) however it was written. Example: reciprocal(2) is 1/2, reciprocal(x^2) is x^(−2).
 */
export function reciprocal(b: Expr): Expr | undefined {
  if (isNum(b)) return isZero(b.value) ? undefined : num(inv(b.value));
  if (b.kind === 'pow' && isNum(b.exp)) return pow(b.base, num(ratNeg(b.exp.value)));
  if (b.kind === 'mul') {
    const parts = b.args.map(reciprocal);
    return parts.every((p): p is Expr => p !== undefined) ? mul(...parts) : undefined;
  }
  return pow(b, num(-1));
}

/** u^n in working form: a whole power of a product is the product of the powers ((2x)^(−1) = (1/2)x^(−1)). */
function power(base: Expr, exp: Expr): Expr {
  if (base.kind === 'mul' && isNum(exp) && exp.value.den === 1n) {
    if (exp.value.num === -1n) return reciprocal(base) ?? pow(base, exp);
    return mul(...base.args.map((f) => (f.kind === 'pow' && isNum(f.exp) ? pow(f.base, num(ratMul(f.exp.value, exp.value))) : pow(f, exp))));
  }
  return pow(base, exp);
}

const ROOTS: Readonly<Record<string, bigint>> = { sqrt: 2n, cbrt: 3n };

/** The working form of one node whose children are already in working form (no regrouping). */
export function workingNode(e: Expr): Expr | undefined {
  switch (e.kind) {
    case 'sub':
      return add(e.left, negate(e.right));
    case 'neg':
      return negate(e.arg);
    case 'div': {
      const r = reciprocal(e.right);
      if (r === undefined) return undefined; // a/0 stays as written
      return isNum(e.left) && isOne(e.left.value) ? r : mul(e.left, r);
    }
    case 'call': {
      const index = ROOTS[e.fn];
      if (index !== undefined) return pow(e.args[0]!, num(rat(1n, index)));
      if (e.fn === 'exp') return pow(sym('e'), e.args[0]!);
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A sum or product still being gathered: parts are trees or ropes of the same kind, spliced once at the end.
 * `same` is the node the rope was made for when its parts are exactly that node's operands (nothing to splice or
 * rewrite): it then stands for itself, so trees already in working form keep their nodes, and the keys and other
 * facts remembered on them.
 */
type Rope = { readonly rope: 'add' | 'mul'; readonly parts: readonly (Expr | Rope)[]; readonly same: Expr | undefined };
const isRope = (r: Expr | Rope): r is Rope => 'rope' in r;

function materialize(r: Expr | Rope): Expr {
  if (!isRope(r)) return r;
  if (r.same) return r.same;
  const out: Expr[] = [];
  const stack: (Expr | Rope)[] = [r];
  while (stack.length) {
    const top = stack.pop()!;
    if (isRope(top)) for (let i = top.parts.length - 1; i >= 0; i--) stack.push(top.parts[i]!);
    else out.push(top);
  }
  if (out.length === 1) return out[0]!;
  return r.rope === 'add' ? add(...out) : mul(...out);
}

/** True when `parts` are exactly the operands of `node` (a sum or product of at least two). */
function sameOperands(node: Expr, parts: readonly (Expr | Rope)[]): boolean {
  if ((node.kind !== 'add' && node.kind !== 'mul') || node.args.length !== parts.length || parts.length < 2) return false;
  for (let i = 0; i < parts.length; i++) if (parts[i] !== node.args[i]) return false;
  return true;
}

/** A rope of `kind`; `node` is the sum or product it is made for, if any. */
function rope(kind: 'add' | 'mul', parts: readonly (Expr | Rope)[], node?: Expr): Rope {
  const ps = parts.map((p) => (isRope(p) && p.rope !== kind ? materialize(p) : p));
  return { rope: kind, parts: ps, same: node && node.kind === kind && sameOperands(node, ps) ? node : undefined };
}

/** The working form of a power whose base and exponent are: the node itself when power() would rebuild it as it is. */
function workingPower(node: Expr & { kind: 'pow' }, base: Expr, exp: Expr): Expr {
  const rebuilt = base.kind === 'mul' && isNum(exp) && exp.value.den === 1n;
  return !rebuilt && base === node.base && exp === node.exp ? node : power(base, exp);
}

/** The working form of a call whose arguments are: the node itself when nothing changes. */
function workingCall(node: Expr & { kind: 'call' }, args: readonly Expr[]): Expr {
  const same = args.length === node.args.length && args.every((a, i) => a === node.args[i]);
  const rebuilt: Expr = same ? node : { kind: 'call', fn: node.fn, args };
  return workingNode(rebuilt) ?? rebuilt;
}

/**
 * The whole tree in working form, with nested sums and products regrouped, in one linear pass (no recursion, so a
 * 100,000-deep a − b − c − ... becomes one flat sum). Example: workingForm(x − y/2) is x + (−1/2)y... as x + (-1)(y·(1/2)).
 */
export function workingForm(root: Expr): Expr {
  return materialize(
    fold<Expr | Rope>(root, (node, kids) => {
      switch (node.kind) {
        case 'num':
        case 'sym':
          return node;
        case 'add':
          return rope('add', kids, node);
        case 'mul':
          return rope('mul', kids, node);
        case 'sub':
          return rope('add', [kids[0]!, negate(materialize(kids[1]!))]);
        case 'div': {
          const r = reciprocal(materialize(kids[1]!));
          if (r === undefined) return div(materialize(kids[0]!), materialize(kids[1]!));
          const l = kids[0]!;
          if (!isRope(l) && isNum(l) && isOne(l.value)) return r;
          return rope('mul', [l, ...(r.kind === 'mul' ? r.args : [r])]);
        }
        case 'neg':
          return negate(materialize(kids[0]!));
        case 'pow':
          return workingPower(node, materialize(kids[0]!), materialize(kids[1]!));
        case 'call':
          return workingCall(node, kids.map(materialize));
      }
    }),
  );
}

/** The whole tree in working form (one step). Example: x − y → x + (−1)y. */
export const toWorkingForm = nativeRule({
  id: 'simplify.working-form',
  title: 'Write Differences as Sums and Quotients as Products',
  head: undefined,
  examples: [
    ['x - y', 'x + (-1) y'],
    ['x/2', 'x * 0.5'],
    ['sqrt(x)', 'x^0.5'],
  ],
  apply: (e) => {
    const w = workingForm(e);
    return equals(w, e) ? undefined : w;
  },
});

/** The same conversions one node at a time, for trees that rules build in textbook notation. */
export const subtraction = nativeRule({
  id: 'simplify.subtraction',
  title: 'Subtract by Adding the Opposite',
  head: 'sub',
  examples: [['x - 2', 'x + -2']],
  apply: workingNode,
});
/** −u as (−1)u. Example: −x → (−1)x. */
export const negation = nativeRule({
  id: 'simplify.negation',
  title: 'Negation as a Coefficient',
  head: 'neg',
  examples: [['-(x)', '(-1) x']],
  apply: workingNode,
});
/** a/b as a · b^(−1). Example: x/y → x · y^(−1). */
export const division = nativeRule({
  id: 'simplify.division',
  title: 'Divide by Multiplying by the Reciprocal',
  head: 'div',
  examples: [['x / y', 'x * y^(-1)']],
  apply: workingNode,
});
/** sqrt(u) as u^(1/2). Example: sqrt(x) → x^(1/2). */
export const rootAsPower = nativeRule({
  id: 'simplify.root-as-power',
  title: 'Root as a Power',
  head: 'call:sqrt',
  examples: [['sqrt(x)', 'x^0.5']],
  apply: workingNode,
});
/** cbrt(u) as u^(1/3). Example: cbrt(x) → x^(1/3). */
export const cubeRootAsPower = nativeRule({
  id: 'simplify.cube-root-as-power',
  title: 'Root as a Power',
  head: 'call:cbrt',
  examples: [['cbrt(x)', 'x^(1/3)']],
  apply: workingNode,
});
/** exp(u) as e^u. Example: exp(x) → e^x. */
export const expAsPower = nativeRule({
  id: 'simplify.exp-as-power',
  title: 'Exponential as a Power of e',
  head: 'call:exp',
  examples: [['exp(x)', 'e^x']],
  apply: workingNode,
});
