/**
 * The bench's own tiny expression tree. It is deliberately independent of fluxion's `Expr`: the bench
 * translates the corpus into each peer's syntax and judges every engine's printed answer with it, so
 * it must not share code (or bugs) with the system under test.
 */
export type Tree =
  | { readonly k: 'num'; readonly v: number; readonly src: string }
  | { readonly k: 'sym'; readonly name: string }
  /** Operators use their symbol as `f` ('+', '-', '*', '/', '^', 'neg'); functions their canonical name. */
  | { readonly k: 'fn'; readonly f: string; readonly a: readonly Tree[] };

export const num = (src: string): Tree => ({ k: 'num', v: Number(src), src });
export const sym = (name: string): Tree => ({ k: 'sym', name });
export const fn = (f: string, ...a: Tree[]): Tree => ({ k: 'fn', f, a });

/** Canonical names of the constants, whatever a dialect calls them. */
export const CONSTANTS: Readonly<Record<string, number>> = { e: Math.E, pi: Math.PI };

/** Free symbols (not constants), sorted. */
export function symbols(t: Tree, out = new Set<string>()): string[] {
  const stack: Tree[] = [t];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.k === 'sym' && !(n.name in CONSTANTS)) out.add(n.name);
    else if (n.k === 'fn') stack.push(...n.a);
  }
  return [...out].sort();
}

/** Number of nodes: an engine-neutral size of an answer (printed length favours terse printers). */
export function size(t: Tree): number {
  let n = 0;
  const stack: Tree[] = [t];
  for (let node = stack.pop(); node; node = stack.pop()) {
    n++;
    if (node.k === 'fn') stack.push(...node.a);
  }
  return n;
}
