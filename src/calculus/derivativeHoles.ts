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
 * Rebuilds a rule's result with each hole replaced by `value(hole)`, copying only the part the rule created.
 * Example: fillHoles(cos(x) * D(x, x), stop, () => 1) is cos(x) * 1.
 */
export function fillHoles(after: Expr, stop: ReadonlySet<Expr>, value: (hole: Call) => Expr): Expr {
  // Post-order over the created part only; stop nodes and holes are leaves.
  type Frame = { node: Expr; kids: Expr[]; next: number };
  const leaf = (n: Expr): Expr | undefined => (stop.has(n) ? n : isD(n) ? value(n) : undefined);
  const first = leaf(after);
  if (first !== undefined) return first;
  const frames: Frame[] = [{ node: after, kids: [], next: 0 }];
  for (;;) {
    const top = frames[frames.length - 1]!;
    const kids = children(top.node);
    if (top.next < kids.length) {
      const kid = kids[top.next++]!;
      const done = leaf(kid);
      if (done !== undefined) top.kids.push(done);
      else frames.push({ node: kid, kids: [], next: 0 });
      continue;
    }
    const same = top.kids.every((k, i) => k === kids[i]);
    const rebuilt = same ? top.node : withChildren(top.node, top.kids);
    frames.pop();
    if (frames.length === 0) return rebuilt;
    frames[frames.length - 1]!.kids.push(rebuilt);
  }
}
