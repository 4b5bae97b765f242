import type { Expr } from '../ast/expr.js';
import { key } from '../ast/equal.js';
import { format } from '../ast/print.js';
import { nodeMemo } from '../ast/nodeMemo.js';

/**
 * The variables of a polynomial are "atoms": symbols, or opaque subtrees such as sin(x) or sqrt(6x) that algebra does
 * not look inside. Atoms are kept in one canonical order so that two forms of the same polynomial give the same
 * tree: symbols first, alphabetically; then other atoms by their printed text (computed once per node, cached).
 */
const textCache = nodeMemo<string>();

function atomText(e: Expr): string {
  let t = textCache.get(e);
  if (t === undefined) {
    t = format(e);
    textCache.set(e, t);
  }
  return t;
}

/** Functions the printer does not write as `name(arguments)` (see ast/print.ts). */
const SPECIALLY_PRINTED = new Set(['D', 'Integral', 'Sum', 'Limit', 'List', 'abs', 'Define']);

/**
 * The order of two calls' printed texts read off their names alone, or 0 when the names cannot decide it: for
 * `f(…)` and `g(…)` whose names differ before either ends, the texts differ first where the names do.
 * Example: compareCallNames('cos', 'sin') < 0; compareCallNames('sin', 'sinh') is 0.
 */
function compareCallNames(f: string, g: string): number {
  if (f === g || f.startsWith(g) || g.startsWith(f) || SPECIALLY_PRINTED.has(f) || SPECIALLY_PRINTED.has(g)) return 0;
  return f < g ? -1 : 1;
}

/** Total order on atoms. Example: compareAtoms(x, y) < 0 and compareAtoms(y, sin(x)) < 0. */
export function compareAtoms(a: Expr, b: Expr): number {
  if (a === b) return 0;
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return 0;
  const sa = a.kind === 'sym';
  const sb = b.kind === 'sym';
  if (sa !== sb) return sa ? -1 : 1;
  if (a.kind === 'call' && b.kind === 'call') {
    const byName = compareCallNames(a.fn, b.fn);
    if (byName !== 0) return byName;
  }
  const ta = sa ? (a as { name: string }).name : atomText(a);
  const tb = sb ? (b as { name: string }).name : atomText(b);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return ka - kb;
}

/**
 * Sorted union of two sorted atom lists. When one list holds all the atoms of the other, that list itself is the
 * answer (lists are never changed), which saves the copy and lets liftTo see that nothing needs renumbering.
 * Example: mergeAtoms([x, z], [y]) is [x, y, z].
 */
export function mergeAtoms(a: readonly Expr[], b: readonly Expr[]): readonly Expr[] {
  if (a === b || b.length === 0) return a;
  if (a.length === 0) return b;
  const out: Expr[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length) out.push(a[i++]!);
    else if (i >= a.length) out.push(b[j++]!);
    else {
      const c = compareAtoms(a[i]!, b[j]!);
      if (c === 0) {
        out.push(a[i++]!);
        j++;
      } else out.push(c < 0 ? a[i++]! : b[j++]!);
    }
  }
  return out.length === a.length ? a : out;
}

const indexMaps = new WeakMap<readonly Expr[], Map<number, number>>();

/** Atom key → position, built once per list (lists are immutable). Example: atomIndexMap([x, y]).get(key(y)) is 1. */
export function atomIndexMap(vars: readonly Expr[]): Map<number, number> {
  let m = indexMaps.get(vars);
  if (!m) {
    m = new Map(vars.map((v, i) => [key(v), i]));
    indexMaps.set(vars, m);
  }
  return m;
}

/** Index of an atom in a sorted list, or -1. Example: atomIndex([x, y], y) is 1. */
export function atomIndex(vars: readonly Expr[], atom: Expr): number {
  if (vars.length < 8) {
    const k = key(atom);
    for (let i = 0; i < vars.length; i++) if (key(vars[i]!) === k) return i;
    return -1;
  }
  return atomIndexMap(vars).get(key(atom)) ?? -1;
}

/** Sorted union of many sorted atom lists, in one sort (merging pairwise would be quadratic). Example: unionAtoms([[x], [z], [y]]) is [x, y, z]. */
export function unionAtoms(lists: readonly (readonly Expr[])[]): readonly Expr[] {
  const nonempty = lists.filter((l) => l.length > 0);
  // A few lists: merging one after the other is linear enough and keeps the first list's atoms, as the map does.
  if (nonempty.length <= 8) return nonempty.reduce<readonly Expr[]>((a, b) => mergeAtoms(a, b), []);
  const seen = new Map<number, Expr>();
  for (const l of nonempty) for (const a of l) if (!seen.has(key(a))) seen.set(key(a), a);
  return [...seen.values()].sort(compareAtoms);
}
