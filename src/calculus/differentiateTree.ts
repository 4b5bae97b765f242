import type { Call, Expr, Sym } from '../ast/expr.js';
import { key } from '../ast/equal.js';
import { fold, children } from '../ast/path.js';
import { withChildren } from '../ast/build.js';
import { FluxionError } from '../errors.js';
import { higherOrderRule } from './derivativeNatives.js';
import { dOf, fillHoles, isD } from './derivativeHoles.js';
import { derivativeRules, type DerivativeRules, type Planned } from './derivativeRules.js';

/**
 * The derivative of `e` with respect to `x` by the derivative rules, before simplification: each node's rule is
 * found once (equal subtrees share one answer, by structural key), the derivatives it leaves are taken from an
 * explicit stack, never by recursion, so 100,000-deep trees work and the cost grows linearly. A function with no
 * rule (a user's f) stays as D(f(x), x). D(...) nodes inside `e` are evaluated first.
 * Example: derivativeOf(parse('x^3'), 'x') is 3 * x^(3 - 1).
 */
export function derivativeOf(e: Expr, x: string, rules: DerivativeRules = derivativeRules()): Expr {
  return new TreeDifferentiator(rules, x).derive(resolveDerivatives(e, rules));
}

/** derivativeOf for a tree resolveDerivatives has just returned (no D(...) left to evaluate: not scanned again). */
export function derivativeOfResolved(e: Expr, x: string, rules: DerivativeRules = derivativeRules()): Expr {
  return new TreeDifferentiator(rules, x).derive(e);
}

/** Replaces every D(f, x) / D(f, x, n) inside `e`, innermost first, by its derivative (unsimplified). */
export function resolveDerivatives(e: Expr, rules: DerivativeRules = derivativeRules()): Expr {
  if (!containsDerivative(e)) return e;
  return fold<Expr>(e, (node, kids) => {
    const old = children(node);
    const same = kids.every((k, i) => k === old[i]);
    const rebuilt = same ? node : withChildren(node, kids);
    if (!isD(rebuilt) || rebuilt.args[1]?.kind !== 'sym') return rebuilt;
    const nested = rebuilt.args.length === 3 ? higherOrderRule.apply(rebuilt)?.after : rebuilt;
    if (!nested) return rebuilt;
    // Unwind D(D(...D(f, x)...)) from the inside out.
    const layers: string[] = [];
    let body: Expr = nested;
    while (isD(body) && body.args.length === 2 && body.args[1]!.kind === 'sym') {
      layers.push((body.args[1] as Sym).name);
      body = body.args[0]!;
    }
    for (let i = layers.length - 1; i >= 0; i--) body = new TreeDifferentiator(rules, layers[i]!).derive(body);
    return body;
  });
}

/** One variable, one memo: every subtree's derivative is computed at most once. */
export class TreeDifferentiator {
  private readonly memo = new Map<number, Expr>();
  private readonly plans = new Map<number, Planned | null>();

  constructor(
    private readonly rules: DerivativeRules,
    private readonly x: string,
  ) {}

  /** The rule application for D(node, x), or null when no rule applies (the derivative stays unevaluated). */
  plan(node: Expr): Planned | null {
    const k = key(node);
    let p = this.plans.get(k);
    if (p === undefined) {
      p = this.rules.apply(node, this.x) ?? null;
      this.plans.set(k, p);
    }
    return p;
  }

  /** The unsimplified derivative of `root`. Example: derive(parse('sin(x)')) is cos(x). */
  derive(root: Expr): Expr {
    const stack: Expr[] = [root];
    const started = new Set<number>();
    while (stack.length) {
      const node = stack[stack.length - 1]!;
      const k = key(node);
      if (this.memo.has(k)) {
        stack.pop();
        continue;
      }
      const p = this.plan(node);
      if (!p) {
        this.memo.set(k, dOf(node, this.x));
        stack.pop();
        continue;
      }
      if (!started.has(k)) {
        started.add(k);
        let waiting = false;
        for (const h of p.holes) {
          const sub = h.node.args[0]!;
          const hk = key(sub);
          if (this.memo.has(hk)) continue;
          if (started.has(hk)) throw new FluxionError(`the derivative rules loop on D(${hk}) (rule ${p.rule.id})`);
          stack.push(sub);
          waiting = true;
        }
        if (waiting) continue;
      }
      this.memo.set(k, this.fill(node, p));
      stack.pop();
    }
    return this.memo.get(key(root))!;
  }

  /**
   * A rule's result with its holes replaced by the derivatives already found. fillHoles walks the part the rule
   * created exactly as findHoles did, so every D(...) it meets is one of the holes.
   */
  fill(_node: Expr, p: Planned): Expr {
    if (p.holes.length === 0) return p.after;
    return fillHoles(p.after, p.stop, (d: Call) => this.known(d.args[0]!));
  }

  /** The derivative of a subtree already derived. */
  known(sub: Expr): Expr {
    const got = this.memo.get(key(sub));
    if (got === undefined) throw new FluxionError('internal: a derivative was used before it was taken');
    return got;
  }
}

/**
 * Whether a D(...) node occurs in `e`: a scan with an explicit stack that visits each shared subtree once (a
 * derivative of a derivative shares most of its subtrees; written out it can be millions of nodes).
 */
function containsDerivative(e: Expr): boolean {
  const stack: Expr[] = [e];
  const seen = new Set<Expr>();
  while (stack.length) {
    const node = stack.pop()!;
    if (isD(node)) return true;
    if (node.kind === 'num' || node.kind === 'sym' || seen.has(node)) continue;
    seen.add(node);
    for (const k of children(node)) stack.push(k);
  }
  return false;
}
