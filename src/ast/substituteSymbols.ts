import type { Expr } from './expr.js';
import { children, fold } from './path.js';
import { num, withChildren } from './build.js';
import { fromNumber } from '../number/rational.js';

export type Replacements = Readonly<Record<string, Expr | number>> | ReadonlyMap<string, Expr>;

/**
 * Replaces symbols by values everywhere (all at once, so x → y, y → x swaps). Numbers become exact rationals.
 * Nothing is simplified. Example: substitute(parse('x^2 + y'), { x: 3 }) is 3^2 + y.
 */
export function substituteSymbols(e: Expr, replacements: Replacements): Expr {
  const map = new Map<string, Expr>();
  const entries = replacements instanceof Map ? [...replacements] : Object.entries(replacements);
  for (const [k, v] of entries) map.set(k, typeof v === 'number' ? num(fromNumber(v)) : (v as Expr));
  if (map.size === 0) return e;
  return fold<Expr>(e, (node, kids) => {
    if (node.kind === 'sym') return map.get(node.name) ?? node;
    const old = children(node);
    return kids.every((k, i) => k === old[i]) ? node : withChildren(node, kids);
  });
}
