import type { Call, Expr } from '../ast/expr.js';
import { sym, withChildren } from '../ast/build.js';
import { children, type Path } from '../ast/path.js';

/** D(f, x): the derivative node rules produce and consume. Example: dOf(parse('x^2'), 'x') prints diff(x^2, x). */
export const dOf = (f: Expr, x: string | Expr): Call => ({ kind: 'call', fn: 'D', args: [f, typeof x === 'string' ? sym(x) : x] });

export const isD = (e: Expr): e is Call => e.kind === 'call' && e.fn === 'D';

/** A derivative still to be taken inside a rule's result: D(node.args[0], x) at `path`. */
export type Hole = { readonly path: Path; readonly node: Call };

/**
 * The D(...) nodes a rule application created, found without entering the subtrees the rule copied from its input
 * (`stop`): those are as large as the input, and walking them at every node would make differentiation quadratic.
 * Example: in D(sin(x)) * x + sin(x) * D(x) with stop = {sin(x), x}, the holes are at [0, 0] and [1, 1].
 */
export function findHoles(after: Expr, stop: ReadonlySet<Expr>): Hole[] {
  const holes: Hole[] = [];
  collectHoles(after, stop, [], holes);
  return holes;
}

/** Left to right, depth first; `path` is the current node's, extended in place (the created part is shallow). */
function collectHoles(node: Expr, stop: ReadonlySet<Expr>, path: number[], holes: Hole[]): void {
  if (stop.has(node)) return;
  if (isD(node)) {
    holes.push({ path: path.slice(), node });
    return;
  }
  if (node.kind === 'num' || node.kind === 'sym') return;
  const kids = children(node);
  for (let i = 0; i < kids.length; i++) {
    path.push(i);
    collectHoles(kids[i]!, stop, path, holes);
    path.pop();
  }
}

/**
 * Rebuilds a rule's result with each hole replaced by `value(hole)`, copying only the part the rule created (which
 * is shallow: a rule's template, so this recurses).
 * Example: fillHoles(cos(x) * D(x, x), stop, () => 1) is cos(x) * 1.
 */
export function fillHoles(after: Expr, stop: ReadonlySet<Expr>, value: (hole: Call) => Expr): Expr {
  const visit = (n: Expr): Expr => {
    if (stop.has(n)) return n;
    if (isD(n)) return value(n);
    if (n.kind === 'num' || n.kind === 'sym') return n;
    const kids = children(n);
    let out: Expr[] | undefined;
    for (let i = 0; i < kids.length; i++) {
      const k = visit(kids[i]!);
      if (k !== kids[i] && !out) out = kids.slice(0, i);
      out?.push(k);
    }
    return out ? withChildren(n, out) : n;
  };
  return visit(after);
}
